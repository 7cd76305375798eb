use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "reason", categry = "Session")]
    First,
}

fn main() {}
