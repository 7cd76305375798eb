use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(rename_all = "camelCase")]
#[error_codes(rename_all = "snake_case")]
enum E {
    #[code(1)]
    First,
}

fn main() {}
