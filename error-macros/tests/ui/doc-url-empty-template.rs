// An empty template would give every variant an empty link.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(doc_url = "")]
enum Status {
    #[code(1, "Timed out")]
    TimedOut,
}

fn main() {}
