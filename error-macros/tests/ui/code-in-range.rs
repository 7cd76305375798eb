use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(300..=399)]
    Band(u16),
    #[code(1, alternatives = [350])]
    Single,
}

fn main() {}
