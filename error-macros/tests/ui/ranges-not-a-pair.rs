// `ranges` takes pairs of a section and a range of codes.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(ranges = ["Session", ("Media", 300)])]
enum E {
    #[code(201, category = "Session")]
    Closed,
}

fn main() {}
