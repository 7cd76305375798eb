use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code = 104]
    First,
}

fn main() {}
