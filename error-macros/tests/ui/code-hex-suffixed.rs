// Unsuffixed, a hex code is the bits of an `i32`; suffixed, it is a
// number, which must fit: rustc denies `0x80004005i32` too.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum HResult {
    #[code(0x80004005i32)]
    Fail,
}

fn main() {}
