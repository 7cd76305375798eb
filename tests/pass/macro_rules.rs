// An enum produced by `macro_rules!`: every code, reason and name arrives as
// a `$x:literal` fragment, wrapped in an invisible group, `-1` included.

use error_macros::ErrorCodes;

macro_rules! error_enum {
    ($name:ident { $($variant:ident = $code:literal, $reason:literal, $wire:literal;)* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
        pub enum $name {
            $(
                #[code($code, $reason, name = $wire, category = "Generated")]
                $variant,
            )*
        }
    };
}

error_enum!(Generated {
    Unknown = -1, "Internal server error", "unknownError";
    Full = 206, "Session is full", "sessionIsFull";
});

macro_rules! with_expr_fragment {
    ($code:expr) => {
        #[derive(Debug, ErrorCodes)]
        pub enum FromExpr {
            #[code($code)]
            Only,
        }
    };
}

with_expr_fragment!(-7);

fn main() {
    assert_eq!(Generated::from_code(-1), Some(Generated::Unknown));
    assert_eq!(Generated::Full.name(), "sessionIsFull");
    assert_eq!(Generated::Unknown.to_string(), "Internal server error");
    assert_eq!(Generated::Full.category(), Some("Generated"));
    assert_eq!(FromExpr::Only.code(), -7);
}
