use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(1)]
    First,
    #[code(catch_all)]
    Other(u8),
}

fn main() {}
