use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(300..300)]
    Band(u16),
}

fn main() {}
