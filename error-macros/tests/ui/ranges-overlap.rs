// Two sections' ranges sharing codes: which section would 350 be?
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(ranges = [("Media", 300..=399), ("Socket", 350..=450)])]
enum E {
    #[code(301, category = "Media")]
    NoTrack,
    #[code(401, category = "Socket")]
    Closed,
}

fn main() {}
