use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, alias = " ")]
    First,
}

fn main() {}
