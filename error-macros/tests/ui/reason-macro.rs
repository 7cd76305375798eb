// The derive reads its attributes before any macro in them is expanded.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, concat!("The network ", "went away"))]
    First,
}

fn main() {}
