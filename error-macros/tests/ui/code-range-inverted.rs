use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(399..=300)]
    Band(u16),
}

fn main() {}
