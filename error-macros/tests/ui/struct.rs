use error_macros::ErrorCodes;

#[derive(ErrorCodes)]
struct NotAnEnum {
    code: i32,
}

fn main() {}
