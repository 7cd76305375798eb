use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    First,
    #[code(catchall)]
    Other(i32),
}

fn main() {}
