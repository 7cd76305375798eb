// A flag is no code.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(true)]
    Yes,
}

fn main() {}
