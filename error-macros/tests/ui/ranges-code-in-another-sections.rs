// A code without a section taking a code of the Session band.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(ranges = [("Session", 200..=299)])]
enum E {
    #[code(201, category = "Session")]
    Closed,
    #[code(250)]
    Unsorted,
}

fn main() {}
