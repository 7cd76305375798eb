// A link is a string literal.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum Status {
    #[code(1, "Timed out", doc_url = docs::TIMED_OUT)]
    TimedOut,
}

fn main() {}
