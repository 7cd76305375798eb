// `{1}` names the second field of a tuple variant that has one.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "{1} requests waiting")]
    Busy(u32),
}

fn main() {}
