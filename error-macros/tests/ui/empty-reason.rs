use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "Invalid participant type", "")]
    First,
}

fn main() {}
