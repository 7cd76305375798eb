use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(doc_reasons = true)]
enum E {
    /// The first one.
    #[code(1)]
    First,
}

fn main() {}
