use error_macros::ErrorCodes;

const MEDIA: u16 = 350;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(300..=399)]
    Band(u16),
    #[code(MEDIA)]
    Media,
}

fn main() {}
