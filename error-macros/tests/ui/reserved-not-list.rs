use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(reserved = 7)]
enum E {
    #[code(1)]
    First,
}

fn main() {}
