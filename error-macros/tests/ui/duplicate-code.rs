use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(104, "first")]
    First,
    #[code(105)]
    Second,
    #[code(104, "third")]
    Third,
}

fn main() {}
