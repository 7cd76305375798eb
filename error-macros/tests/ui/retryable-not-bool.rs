// `retryable` is a flag: bare, or `= true` / `= false`.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum Status {
    #[code(1, "Timed out", retryable = "yes")]
    TimedOut,
}

fn main() {}
