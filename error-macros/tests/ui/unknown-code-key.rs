use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "reason", section = "User Error codes")]
    First,
}

fn main() {}
