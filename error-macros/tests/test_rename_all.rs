//! `#[error_codes(rename_all = "...")]` names every variant as
//! `#[serde(rename_all = "...")]` does, checked against `serde_derive` itself:
//! the same enum derives both, and each name is compared with the JSON
//! string serde writes for the variant.

use error_macros::ErrorCodes;
use serde::Serialize;

/// One enum per spelling, deriving both, with variants that test the
/// rules' corners: existing `_`, runs of capitals, digits, non-ASCII
/// letters (whose case neither changes: serde changes ASCII only).
macro_rules! both {
    ($name:ident, $spelling:literal, [$($code:literal $variant:ident),* $(,)?]) => {
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ErrorCodes)]
        #[serde(rename_all = $spelling)]
        #[error_codes(rename_all = $spelling)]
        enum $name {
            $(#[code($code)] $variant,)*
        }
    };
}

macro_rules! spelling {
    ($name:ident, $spelling:literal) => {
        both!($name, $spelling, [
            1 ExistingUserInSession, 2 Socket_Error, 3 IO_Error, 4 InvalidSocketURL,
            5 Http2Stream, 6 A, 7 already_snake, 8 ÉcoleFermée, 9 ÜberZügel, 10 r#Type,
        ]);
    };
}

spelling!(Lower, "lowercase");
spelling!(Upper, "UPPERCASE");
spelling!(Pascal, "PascalCase");
spelling!(Snake, "snake_case");
spelling!(ScreamingSnake, "SCREAMING_SNAKE_CASE");
spelling!(Kebab, "kebab-case");
spelling!(ScreamingKebab, "SCREAMING-KEBAB-CASE");
// serde_derive slices the first byte for camelCase and cannot take a
// variant that starts with a non-ASCII letter: those are left out here.
both!(Camel, "camelCase", [
    1 ExistingUserInSession, 2 Socket_Error, 3 IO_Error, 4 InvalidSocketURL,
    5 Http2Stream, 6 A, 7 already_snake, 8 FermeÉcole, 10 r#Type,
]);

fn serde_name(value: impl Serialize) -> String {
    let json = serde_json::to_string(&value).expect("a unit variant serializes");
    serde_json::from_str(&json).expect("as a JSON string")
}

macro_rules! check {
    ($($name:ident),*) => {$(
        for &variant in $name::ALL {
            assert_eq!(variant.name(), serde_name(variant), "{} {variant:?}", stringify!($name));
        }
    )*};
}

#[test]
fn every_spelling_names_variants_as_serde_does() {
    check!(
        Lower,
        Upper,
        Pascal,
        Camel,
        Snake,
        ScreamingSnake,
        Kebab,
        ScreamingKebab
    );
}

#[test]
fn the_corners_serde_defines() {
    assert_eq!(Kebab::Socket_Error.name(), "socket--error");
    assert_eq!(ScreamingSnake::ÉcoleFermée.name(), "ÉCOLE_FERMéE");
    assert_eq!(Camel::InvalidSocketURL.name(), "invalidSocketURL");
    assert_eq!(Snake::r#Type.name(), "type");
}
