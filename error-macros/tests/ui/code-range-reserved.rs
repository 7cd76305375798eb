use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(reserved = [7, 350..=359])]
enum E {
    #[code(300..=399)]
    Band(u16),
}

fn main() {}
