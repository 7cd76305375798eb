use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u8)]
#[error_codes(reserved = [300])]
enum E {
    #[code(1)]
    First,
}

fn main() {}
