use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(name = "first", 1)]
    First,
}

fn main() {}
