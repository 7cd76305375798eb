// The code is echoed as written, with its decimal value. In hex, a code
// may be any bits of the type (`0x80` is -128), no more.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(i8)]
enum E {
    #[code(0x100)]
    First,
}

fn main() {}
