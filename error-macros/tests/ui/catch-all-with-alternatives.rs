use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    First,
    #[code(catch_all, alternatives = [2])]
    Other(i32),
}

fn main() {}
