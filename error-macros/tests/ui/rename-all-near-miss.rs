use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(rename_all = "camelcase")]
enum E {
    #[code(1)]
    First,
}

fn main() {}
