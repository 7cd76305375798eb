use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    #[error_codes(rename_all = "camelCase")]
    First,
}

fn main() {}
