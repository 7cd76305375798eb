use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
enum E {
    #[code(300..=399)]
    Band(u16),
    #[code(390..400)]
    Next(u16),
}

fn main() {}
