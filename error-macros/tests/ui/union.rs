use error_macros::ErrorCodes;

#[derive(ErrorCodes)]
union NotAnEnum {
    code: i32,
    other: u32,
}

fn main() {}
