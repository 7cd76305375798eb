use error_macros::ErrorCodes;

// With fields, a variant cannot be built from a code: no `from_code`.
#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
enum E {
    #[code(1)]
    First(u8),
}

fn main() {
    let _ = E::First(0).code();
    let _ = E::from_code(1);
}
