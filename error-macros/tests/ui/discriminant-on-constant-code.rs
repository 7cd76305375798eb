use error_macros::ErrorCodes;

const CODE: isize = 4;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(CODE)]
    First = 4,
}

fn main() {}
