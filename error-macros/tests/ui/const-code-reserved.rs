// A constant code in a reserved range: the compiler evaluates it and stops
// at the variant.
use error_macros::ErrorCodes;

const RETIRED: u16 = 150;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(reserved = [100..=199])]
enum E {
    #[code(1)]
    First,
    #[code(RETIRED)]
    Second,
}

fn main() {}
