// A variant `ALL` would silently hide the generated `E::ALL`.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    ALL,
    #[code(2)]
    Some,
}

fn main() {}
