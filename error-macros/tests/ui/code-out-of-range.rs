use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u8)]
enum E {
    #[code(256)]
    First,
}

fn main() {}
