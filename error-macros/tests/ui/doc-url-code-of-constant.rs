// `{code}` is filled in at expansion, which cannot read a constant's value:
// that variant needs its own link.
use error_macros::ErrorCodes;

const TIMED_OUT: u16 = 408;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(doc_url = "https://docs.example.com/errors#{code}")]
enum Status {
    #[code(TIMED_OUT, "Timed out")]
    TimedOut,
    #[code(500, "Server error")]
    Server,
}

fn main() {}
