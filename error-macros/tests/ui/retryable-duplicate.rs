// Saying twice whether a code is retryable is a mistake, even when both
// agree.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum Status {
    #[code(1, "Timed out", retryable, retryable = true)]
    TimedOut,
}

fn main() {}
