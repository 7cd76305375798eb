// A misspelt placeholder is named with the one it resembles.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(doc_url = "https://docs.example.com/errors#{cdoe}")]
enum Status {
    #[code(1, "Timed out")]
    TimedOut,
}

fn main() {}
