use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, alternatives = [10..=19])]
    First,
}

fn main() {}
