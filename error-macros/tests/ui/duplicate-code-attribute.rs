use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    #[code(2)]
    First,
}

fn main() {}
