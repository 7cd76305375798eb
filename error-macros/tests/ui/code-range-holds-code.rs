use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(305)]
    Single,
    #[code(300..=399)]
    Band(u16),
}

fn main() {}
