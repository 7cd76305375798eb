// The catch-all's code is known only at run time: `{code}` cannot fill its
// link.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(doc_url = "https://docs.example.com/errors#{code}")]
enum Status {
    #[code(408, "Timed out")]
    TimedOut,
    #[code(catch_all, "Unknown status")]
    Other(u16),
}

fn main() {}
