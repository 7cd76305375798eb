//! `#[derive(ErrorCodes)]`: declare integer error codes once, on an enum,
//! and get lookups both ways, names, reasons, messages and the `std` traits,
//! all `const` and `core`-only.
//!
//! ```
//! use error_macros::ErrorCodes;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
//! #[error_codes(rename_all = "camelCase")]
//! pub enum ErrorCode {
//!     #[code(104, "A Participant tries to join a Session with a name that already exists",
//!         category = "User Error codes")]
//!     ExistingUserInSession,
//!     #[code(-1, "Internal server error", name = "unknownError")]
//!     Unknown,
//! }
//!
//! assert_eq!(ErrorCode::ExistingUserInSession.code(), 104);
//! assert_eq!(ErrorCode::from_code(-1), Some(ErrorCode::Unknown));
//! assert_eq!(ErrorCode::from_name("existingUserInSession"), Some(ErrorCode::ExistingUserInSession));
//! assert_eq!(ErrorCode::Unknown.to_string(), "Internal server error");
//! assert_eq!(ErrorCode::try_from(4242).unwrap_err().to_string(), "no variant of ErrorCode has code 4242");
//! ```
//!
//! See the [`ErrorCodes`](derive@ErrorCodes) derive for the attribute
//! reference and the generated API.

mod ast;
mod attr;
mod case;
mod ctxt;
mod expand;
mod fallback;
mod valid;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives a complete error-code type from an annotated enum.
#[proc_macro_derive(ErrorCodes, attributes(code, error_codes))]
pub fn derive_error_codes(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input).into()
}

/// The whole expansion on `proc_macro2` tokens, so that it also runs outside
/// the compiler, in this crate's tests: the real items, or the errors and
/// the fallback items.
fn derive(input: &DeriveInput) -> proc_macro2::TokenStream {
    expand::derive(input).unwrap_or_else(|error| fallback::expand(input, error))
}
