use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(rename_all = camelCase)]
enum E {
    #[code(1)]
    First,
}

fn main() {}
