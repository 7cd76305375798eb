// The code is echoed as written, with its decimal value.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(i8)]
enum E {
    #[code(0x80)]
    First,
}

fn main() {}
