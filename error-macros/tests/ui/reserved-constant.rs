// A reservation outlives the constant that held the code: a literal.
use error_macros::ErrorCodes;

const OLD: i32 = 7;

#[derive(Debug, ErrorCodes)]
#[error_codes(reserved = [OLD])]
enum E {
    #[code(1)]
    First,
}

fn main() {}
