use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, c"The network went away")]
    First,
}

fn main() {}
