use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(i64)]
enum E {
    #[code(-999999999999999999999999999999999999999999)]
    First,
}

fn main() {}
