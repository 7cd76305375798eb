// The user's crate shadows every prelude name the generated code could
// reach for, and has a local `mod core`: the derive must use absolute
// `::core::` paths and primitive types through `::core::primitive`.
#![allow(dead_code, non_camel_case_types, unused_macros)]

use error_macros::ErrorCodes;

mod core {}
mod std {}

struct Option;
struct Some;
struct None;
struct Result;
struct Ok;
struct Err;
struct str;
struct usize;
struct u8;
struct u16;
struct i32;
struct bool;
trait Display {}
trait Error {}
trait From {}
trait TryFrom {}
trait FromStr {}
trait Copy {}
trait Clone {}
trait PartialEq {}
macro_rules! write {
    () => {};
}
macro_rules! unreachable {
    () => {};
}
macro_rules! panic {
    () => {};
}

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(rename_all = "snake_case")]
enum Shadowed {
    #[code(1, "first", category = "Section")]
    First,
    #[code(2)]
    Second,
}

#[derive(Debug, ErrorCodes)]
enum DefaultType {
    #[code(-1, "negative")]
    Negative,
}

// Every new form through the same shadowed names: aliases, alternatives,
// constant codes (whose lookup table and duplicate check the compiler
// evaluates), reserved codes, a catch-all, links and retryability.
mod consts {
    pub const FIRST: ::core::primitive::u16 = 10;
}

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(reserved = [7, 100..=199, "old"], doc_url = "https://docs.example.com/{name}")]
enum Everything {
    #[code(consts::FIRST, "first", alias = "premier", alternatives = [11, (consts::FIRST + 2)])]
    First,
    #[code(2, retryable)]
    Second,
    #[code(catch_all, "unknown")]
    Other(::core::primitive::u16),
}

#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
enum WithFields {
    #[code(5)]
    Tuple(::core::primitive::u8),
}

fn main() {
    ::std::assert_eq!(Shadowed::First.code(), 1);
    ::std::assert_eq!(Shadowed::Second.name(), "second");
    ::std::assert!(Shadowed::from_name("first").is_some());
    ::std::assert!(Shadowed::from_code(2).is_some());
    ::std::assert_eq!(Shadowed::COUNT, 2);
    ::std::assert_eq!(::std::string::ToString::to_string(&Shadowed::First), "first");
    ::std::assert!(<Shadowed as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(9).is_err());
    ::std::assert!(<Shadowed as ::core::str::FromStr>::from_str("x").is_err());
    ::std::assert_eq!(<::core::primitive::u16 as ::core::convert::From<Shadowed>>::from(Shadowed::Second), 2);
    ::std::assert_eq!(DefaultType::Negative.code(), -1);
    ::std::assert_eq!(WithFields::Tuple(0).code(), 5);
    ::std::assert_eq!(Everything::from_code(12).code(), 10);
    ::std::assert!(::std::matches!(Everything::from_code(9), Everything::Other(9)));
    ::std::assert!(Everything::from_name("premier").is_some());
    ::std::assert_eq!(::std::string::ToString::to_string(&Everything::Other(9)), "unknown (code 9)");
    ::std::assert_eq!(Everything::Other(9).doc_url(), ::core::option::Option::Some("https://docs.example.com/Other"));
    ::std::assert!(Everything::Second.is_retryable() && !Everything::First.is_retryable());
}
