use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "The network went away"bogus)]
    First,
}

fn main() {}
