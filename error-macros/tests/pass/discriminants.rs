// An explicit discriminant may restate the code, so `as` and `code()` agree.

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u8)]
pub enum Status {
    #[code(200)]
    Ok = 200,
    #[code(4)]
    NotFound = 4,
    #[code(255u8)]
    Max = 0xff,
}

fn main() {
    for status in Status::ALL {
        assert_eq!(*status as u8, status.code());
    }
    assert_eq!(Status::from_code(255), Some(Status::Max));
}
