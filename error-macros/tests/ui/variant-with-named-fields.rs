use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    Unit,
    #[code(2)]
    Named { participant: String },
}

fn main() {}
