// Lints a careful crate denies, with what the user allowed or asked for on
// the enum: the generated code raises none of them.
#![deny(warnings, single_use_lifetimes, unreachable_pub, non_camel_case_types)]

use error_macros::ErrorCodes;

/// C-style names, allowed on the enum: the error types named after it
/// (`errno_tFromCodeError`) are allowed too.
#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
pub enum errno_t {
    /// Operation not permitted.
    #[code(1, name = "EPERM")]
    Eperm,
}

/// Deprecated as a whole: the generated code names it everywhere without a
/// warning.
#[deprecated(note = "use `errno_t`")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
pub enum OldError {
    /// Gone.
    #[code(1)]
    Gone,
    /// Deprecated on its own.
    #[deprecated(since = "0.2.0", note = "retired")]
    #[code(2)]
    Retired,
}

/// A lifetime used once in the enum: the generated impls are
/// `#[automatically_derived]`, so `single_use_lifetimes` leaves them alone.
#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
pub enum Borrowed<'a> {
    /// Borrowed text.
    #[code(10)]
    Text(&'a str),
}

/// Crate-visible, with every generated item: none of them is `pub`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
pub(crate) enum Internal {
    #[code(1)]
    Only,
}

/// Private, with every generated item unused: no dead code reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
enum Unused {
    #[code(1)]
    Only,
}

#[allow(deprecated)]
fn main() {
    assert_eq!(errno_t::from_code(1), Some(errno_t::Eperm));
    assert_eq!(errno_t::try_from(2).unwrap_err().to_string(), "no variant of errno_t has code 2");
    assert_eq!(OldError::Retired.code(), 2);
    assert_eq!(Borrowed::Text("x").code(), 10);
    assert_eq!(Internal::Only.code(), 1);
    let _ = Unused::Only;
}
