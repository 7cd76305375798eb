use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum Status {
    #[code(200)]
    Ok,
    #[code(catch_all)]
    Other(u16),
    #[code(catch_all)]
    Unknown(u16),
}

fn main() {}
