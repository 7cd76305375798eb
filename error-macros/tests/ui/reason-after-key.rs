use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "first reason", category = "Section", "second reason")]
    First,
}

fn main() {}
