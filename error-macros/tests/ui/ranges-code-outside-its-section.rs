// A Session code in the Media band: the range says where Session's go.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(ranges = [("Session", 200..=299), ("Media", 300..=399)])]
enum E {
    #[code(201, category = "Session")]
    Closed,
    #[code(305, category = "Session")]
    Full,
    #[code(301, category = "Media")]
    NoTrack,
}

fn main() {}
