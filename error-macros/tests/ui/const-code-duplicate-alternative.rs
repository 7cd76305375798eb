// A constant alternative equal to another variant's code: the error is at
// the alternative, and names both variants.
use error_macros::ErrorCodes;

mod errno {
    pub const EAGAIN: i32 = 11;
    pub const EBUSY: i32 = 16;
    pub const EDEADLK: i32 = 35;
}

#[derive(Debug, ErrorCodes)]
enum IoError {
    #[code(errno::EBUSY)]
    Busy,
    #[code(errno::EAGAIN, alternatives = [errno::EDEADLK, (errno::EBUSY)])]
    WouldBlock,
}

fn main() {}
