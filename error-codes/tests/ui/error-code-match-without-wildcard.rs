// `ErrorCode` is `#[non_exhaustive]`: a user's `match` needs a `_` arm, so
// that a code added in a later release cannot break it.
use error_codes::ErrorCode;

fn handle(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::UserGeneric => "retry",
        ErrorCode::UserNotFound => "rejoin",
    }
}

fn main() {
    let _ = handle(ErrorCode::UserGeneric);
}
