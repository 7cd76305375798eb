// Reserved codes given out of order, one range nested in another, two
// touching, two overlapping: a constant code in any of them is an error at
// the code, and a code next to a range is not.
use error_macros::ErrorCodes;

mod consts {
    pub const BELOW: i32 = 99;
    pub const NESTED: i32 = 160;
    pub const TOUCHING: i32 = 250;
    pub const BETWEEN: i32 = 499;
    pub const SINGLE: i32 = 500;
    pub const AFTER_SINGLE: i32 = 501;
    pub const OVERLAPPING: i32 = 690;
    pub const ABOVE: i32 = 701;
}

#[derive(Debug, ErrorCodes)]
#[error_codes(reserved = [500, 640..=700, 300..=399, 120..=130, 100..=199, 200..=299, 600..=650])]
enum E {
    #[code(consts::BELOW)]
    Below,
    #[code(consts::NESTED)]
    Nested,
    #[code(consts::TOUCHING)]
    Touching,
    #[code(consts::BETWEEN)]
    Between,
    #[code(consts::SINGLE)]
    Single,
    #[code(consts::AFTER_SINGLE)]
    AfterSingle,
    #[code(consts::OVERLAPPING)]
    Overlapping,
    #[code(consts::ABOVE)]
    Above,
}

fn main() {}
