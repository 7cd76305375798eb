use error_macros::ErrorCodes;

const LAST: u16 = 399;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(300..=LAST)]
    Band(u16),
}

fn main() {}
