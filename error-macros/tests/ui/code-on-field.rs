use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
enum E {
    #[code(1)]
    First(#[code(2)] u8),
}

fn main() {}
