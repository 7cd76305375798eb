// An alternative is a code: it must not be another variant's code.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum IoError {
    #[code(1, alternatives = [13])]
    PermissionDenied,
    #[code(13)]
    AccessDenied,
}

fn main() {}
