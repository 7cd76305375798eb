// Two constants with one value: the derive cannot see it, the compiler
// does, and names both variants.
use error_macros::ErrorCodes;

mod ffi {
    pub const SQLITE_IOERR: i32 = 10;
    pub const SQLITE_IOERR_READ: i32 = 266;
    pub const SQLITE_IOERR_SHORT_READ: i32 = SQLITE_IOERR | (1 << 8);
}

#[derive(Debug, ErrorCodes)]
enum SqliteError {
    #[code(ffi::SQLITE_IOERR)]
    IoErr,
    #[code(ffi::SQLITE_IOERR_READ)]
    IoErrRead,
    #[code(ffi::SQLITE_IOERR_SHORT_READ)]
    IoErrShortRead,
}

fn main() {}
