use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(104u16)]
    First,
}

fn main() {}
