use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(renameall = "camelCase")]
enum E {
    #[code(1)]
    First,
}

fn main() {}
