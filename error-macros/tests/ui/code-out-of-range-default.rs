use error_macros::ErrorCodes;

// Without a `repr`, codes are `i32`.
#[derive(Debug, ErrorCodes)]
enum E {
    #[code(3000000000)]
    First,
}

fn main() {}
