use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(usize)]
enum E {
    #[code(1)]
    First,
}

fn main() {}
