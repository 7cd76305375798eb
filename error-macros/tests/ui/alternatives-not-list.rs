use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, alternatives = 13)]
    First,
}

fn main() {}
