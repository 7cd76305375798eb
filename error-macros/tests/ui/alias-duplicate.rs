// An alias is a name: it must not be another variant's name or alias (its own is harmless).
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    #[code(1, alias = "Canceled", alias = "CANCELLED")]
    Cancelled,
    #[code(2, alias = "CANCELLED")]
    Aborted,
}

fn main() {}
