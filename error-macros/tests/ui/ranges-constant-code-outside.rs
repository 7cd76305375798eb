// Constant codes are held to the ranges by the compiler: a Session code
// outside the Session band, and a code of no section inside it.
use error_macros::ErrorCodes;

mod ffi {
    pub const FULL: i32 = 305;
    pub const UNSORTED: i32 = 250;
    pub const CLOSED: i32 = 201;
}

#[derive(Debug, ErrorCodes)]
#[error_codes(ranges = [("Session", 200..=299)])]
enum E {
    #[code(ffi::CLOSED, category = "Session")]
    Closed,
    #[code(ffi::FULL, category = "Session")]
    Full,
    #[code(ffi::UNSORTED)]
    Unsorted,
}

fn main() {}
