use error_macros::ErrorCodes;

const BASE: isize = 100;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(104)]
    First = BASE + 4,
}

fn main() {}
