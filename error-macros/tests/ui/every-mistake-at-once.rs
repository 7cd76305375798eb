use error_macros::ErrorCodes;

// Every mistake of one enum is reported in one compile.
#[derive(Debug, ErrorCodes)]
#[repr(u8)]
#[error_codes(rename_all = "Title Case")]
enum E {
    #[code(300)]
    TooBig,
    Missing,
    #[code(1, "")]
    EmptyReason,
    #[code(1)]
    SameCode,
    #[code(2, colour = "red")]
    UnknownKey,
}

fn main() {}
