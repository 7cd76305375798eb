// The code type is `u16`: a constant of another type is the compiler's
// type error, at the constant.
use error_macros::ErrorCodes;

const WIDE: u32 = 70_000;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(WIDE)]
    Wide,
}

fn main() {}
