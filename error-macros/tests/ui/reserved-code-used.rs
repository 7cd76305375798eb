// A retired code cannot come back, as a code or as an alternative.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(reserved = [7, 100..=199])]
enum E {
    #[code(7)]
    Reused,
    #[code(1, alternatives = [150])]
    InRange,
}

fn main() {}
