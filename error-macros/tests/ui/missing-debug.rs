use error_macros::ErrorCodes;

// `Error` needs `Debug`, as with thiserror: rustc says so at the derive.
#[derive(ErrorCodes)]
enum E {
    #[code(1)]
    First,
}

fn main() {}
