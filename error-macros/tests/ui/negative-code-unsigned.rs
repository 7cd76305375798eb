use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(-1, "Internal server error")]
    Unknown,
}

fn main() {}
