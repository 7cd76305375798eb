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
}
