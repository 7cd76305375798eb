use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(1)]
    Single = 1,
    #[code(300..=399)]
    Band(u16) = 300,
}

fn main() {}
