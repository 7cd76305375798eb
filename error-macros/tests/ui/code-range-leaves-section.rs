use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(ranges = [("Media", 300..=399)])]
enum E {
    #[code(350..=450, category = "Media")]
    Band(u16),
}

fn main() {}
