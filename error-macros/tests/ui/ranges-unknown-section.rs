// A range for a section no variant is in: a misspelling that would leave
// the real section unguarded.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(ranges = [("Sesion", 200..=299)])]
enum E {
    #[code(201, category = "Session")]
    Closed,
}

fn main() {}
