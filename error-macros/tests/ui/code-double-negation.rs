// `--1` is no integer literal: it is the expression `-(-1)`.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(--1)]
    Twice,
}

fn main() {}
