use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, catch_all)]
    Other(i32),
}

fn main() {}
