use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(doc_url = "https://docs.example.com/errors#{code}")]
enum E {
    #[code(1)]
    Single,
    #[code(300..=399)]
    Band(u16),
}

fn main() {}
