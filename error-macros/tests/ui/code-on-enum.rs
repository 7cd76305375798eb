use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[code(1)]
enum E {
    #[code(1)]
    First,
}

fn main() {}
