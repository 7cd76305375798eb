// The catch-all keeps the code it was built from: it needs a field.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    First,
    #[code(catch_all)]
    Other,
}

fn main() {}
