use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code]
    First,
}

fn main() {}
