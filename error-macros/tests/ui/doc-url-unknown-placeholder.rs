// A `doc_url` template knows `{name}` and `{code}` only.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(doc_url = "https://docs.example.com/errors/{variant}")]
enum Status {
    #[code(1, "Timed out")]
    TimedOut,
}

fn main() {}
