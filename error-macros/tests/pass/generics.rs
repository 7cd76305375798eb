// Fields may be generic when `display = false`; the generated impls carry
// the enum's generics and where clause.

use error_macros::ErrorCodes;
use std::fmt;

#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
pub enum Wrapped<'a, T: fmt::Debug>
where
    T: Clone,
{
    #[code(1, "Wrapped a value")]
    Value(T),
    #[code(2, "Borrowed a name")]
    Name { name: &'a str },
}

fn main() {
    let value: Wrapped<'_, u8> = Wrapped::Value(3);
    assert_eq!(value.code(), 1);
    assert_eq!(value.description(), "Wrapped a value");
    let name: Wrapped<'_, u8> = Wrapped::Name { name: "x" };
    assert_eq!(i32::from(name), 2);
}
