use error_macros::ErrorCodes;

macro_rules! doc_from_macro {
    () => {
        "The reason, from a macro"
    };
}

#[derive(Debug, ErrorCodes)]
#[error_codes(doc_reasons)]
enum E {
    #[doc = doc_from_macro!()]
    #[code(1)]
    First,
}

fn main() {}
