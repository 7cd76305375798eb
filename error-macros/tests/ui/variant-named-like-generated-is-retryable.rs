// `E::is_retryable(&e)` would name the variant, not the generated method,
// also on an enum whose variants carry fields.
use error_macros::ErrorCodes;

#[allow(non_camel_case_types)]
#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
enum E {
    #[code(1)]
    is_retryable { attempts: u32 },
}

fn main() {}
