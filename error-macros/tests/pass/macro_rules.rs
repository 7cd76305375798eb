// Enums produced by `macro_rules!`: every code, reason and name arrives as
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

// Every other kind of fragment: attributes as `$m:meta`, a `$v:vis`,
// generics through `$t:ident` and field types as `$f:ty` with commas
// inside `<...>`.
macro_rules! with_fragments {
    (
        $(#[$enum_meta:meta])*
        $vis:vis enum $name:ident<$t:ident> {
            $($(#[$meta:meta])* $variant:ident($field:ty),)*
        }
    ) => {
        $(#[$enum_meta])*
        $vis enum $name<$t> {
            $($(#[$meta])* $variant($field),)*
        }
    };
}

with_fragments! {
    #[derive(Debug, ErrorCodes)]
    #[error_codes(display = false)]
    pub enum Fragments<T> {
        #[code(1, "A value")]
        Value(T),
        #[code(2, "A list", name = "list")]
        List(std::collections::HashMap<T, (T, u8)>),
    }
}

// A `$t:ty` in a bound and in a `where` clause keeps its invisible group
// through the generated impls.
macro_rules! with_bounds {
    ($into:ty, $other:ty) => {
        #[derive(Debug, ErrorCodes)]
        #[error_codes(display = false)]
        pub enum Bounded<T: Into<$into>>
        where
            $other: Clone,
            Vec<$other>: Clone,
        {
            #[code(3)]
            Held(T),
        }
    };
}

with_bounds!(Option<u64>, std::collections::HashMap<u8, u16>);

fn main() {
    assert_eq!(Bounded::Held(4_u64).code(), 3);
    assert_eq!(Fragments::Value(3_u8).code(), 1);
    let list: Fragments<u8> = Fragments::List(std::collections::HashMap::new());
    assert_eq!(list.name(), "list");
    assert_eq!(list.reasons(), ["A list"]);
    assert_eq!(Generated::from_code(-1), Some(Generated::Unknown));
    assert_eq!(Generated::Full.name(), "sessionIsFull");
    assert_eq!(Generated::Unknown.to_string(), "Internal server error");
    assert_eq!(Generated::Full.category(), Some("Generated"));
    assert_eq!(FromExpr::Only.code(), -7);
}
