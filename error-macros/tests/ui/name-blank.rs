// A name of spaces is as empty as no name: reasons and categories are
// held to the same rule.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, name = "   ")]
    First,
}

fn main() {}
