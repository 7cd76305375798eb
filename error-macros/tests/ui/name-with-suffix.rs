use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, name = "first"_x)]
    First,
}

fn main() {}
