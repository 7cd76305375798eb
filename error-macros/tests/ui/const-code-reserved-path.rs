// A constant code reached through a path, in a reserved range: the error
// covers the whole path and gives the value.
use error_macros::ErrorCodes;

mod sys {
    pub mod errno {
        pub const ENOENT: i32 = 2;
    }
}

#[derive(Debug, ErrorCodes)]
#[error_codes(reserved = [1..=9])]
enum FileError {
    #[code(100)]
    Busy,
    #[code(sys::errno::ENOENT, "No such file or directory")]
    NotFound,
}

fn main() {}
