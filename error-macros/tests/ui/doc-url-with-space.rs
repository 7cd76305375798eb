// A link holds no whitespace: it would not survive the other platforms'
// URL parsers.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum Status {
    #[code(1, "Timed out", doc_url = "https://docs.example.com/timed out")]
    TimedOut,
}

fn main() {}
