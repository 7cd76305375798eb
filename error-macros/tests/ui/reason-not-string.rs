use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, 42)]
    First,
}

fn main() {}
