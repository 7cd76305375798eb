// `E::doc_url(&e)` would name the variant, not the generated method.
use error_macros::ErrorCodes;

#[allow(non_camel_case_types)]
#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "The link")]
    doc_url,
}

fn main() {}
