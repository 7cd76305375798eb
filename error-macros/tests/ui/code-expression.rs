use error_macros::ErrorCodes;

const BASE: i32 = 100;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(BASE + 4)]
    First,
}

fn main() {}
