// `E::from_code` would name the variant, not the generated function.
use error_macros::ErrorCodes;

#[allow(non_camel_case_types)]
#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1)]
    from_code,
}

fn main() {}
