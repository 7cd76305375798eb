use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(rename_all = "lowercase")]
enum E {
    #[code(1)]
    SessionFull,
    #[code(2)]
    SessionFULL,
}

fn main() {}
