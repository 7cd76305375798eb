// The enum's default retryability is `true` or `false`.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(retryable = 1)]
enum Status {
    #[code(1, "Timed out")]
    TimedOut,
}

fn main() {}
