use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(i128)]
enum E {
    #[code(1)]
    First,
}

fn main() {}
