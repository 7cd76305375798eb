use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(reserved = [199..=100])]
enum E {
    #[code(1)]
    First,
}

fn main() {}
