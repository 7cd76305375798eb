// One link per variant.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum Status {
    #[code(
        1,
        "Timed out",
        doc_url = "https://docs.example.com/timeout",
        doc_url = "https://docs.example.com/timed-out"
    )]
    TimedOut,
}

fn main() {}
