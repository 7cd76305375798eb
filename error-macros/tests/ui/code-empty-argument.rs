// Two commas with nothing between: an argument is missing.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1,, "The first reason")]
    First,
}

fn main() {}
