//! `#[derive(ErrorCodes)]`: declare integer error codes once, on an enum,
//! and get lookups both ways, names, reasons, messages and the `std` traits,
//! all `const` and `core`-only.
//!
//! Teams that ship one SDK on several platforms keep one error taxonomy:
//! integer codes, a stable name per code, documented reasons, sections. This
//! derive makes a Rust enum that taxonomy's single source of truth.
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
//! reference, what it generates, codes on enums with fields (`thiserror`
//! enums included) and doc comments as reasons.
//!
//! # Real taxonomies
//!
//! Real tables are not one name per code and one code per name. Each of
//! these is declared directly, with no generator script.
//!
//! **Two names for one code** (gRPC's `CANCELLED`, which Go spells
//! `Canceled`): an `alias` is a name the lookups accept.
//!
//! ```
//! use error_macros::ErrorCodes;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
//! #[repr(u8)]
//! #[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
//! pub enum GrpcCode {
//!     #[code(0, "Not an error; returned on success")]
//!     Ok,
//!     #[code(1, "The operation was cancelled", alias = "Canceled")]
//!     Cancelled,
//!     #[code(2, "Unknown error")]
//!     Unknown,
//! }
//!
//! assert_eq!(GrpcCode::from_name("CANCELLED"), Some(GrpcCode::Cancelled));
//! assert_eq!(GrpcCode::from_name("Canceled"), Some(GrpcCode::Cancelled));
//! assert_eq!(GrpcCode::Cancelled.name(), "CANCELLED");
//! ```
//!
//! **Two codes for one name** (`std::io` maps both `EPERM` 1 and `EACCES`
//! 13 to `PermissionDenied`): `alternatives` are codes the lookups accept.
//!
//! ```
//! use error_macros::ErrorCodes;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
//! pub enum IoErrorKind {
//!     #[code(2, "No such file or directory")]
//!     NotFound,
//!     #[code(1, "Operation not permitted", "Permission denied", alternatives = [13])]
//!     PermissionDenied,
//! }
//!
//! assert_eq!(IoErrorKind::from_code(13), Some(IoErrorKind::PermissionDenied));
//! assert_eq!(IoErrorKind::PermissionDenied.code(), 1);
//! ```
//!
//! **A code nobody declared** (a newer server's HTTP status, as
//! `http::StatusCode` accepts any): the `catch_all` variant keeps it, and
//! `from_code` becomes total.
//!
//! ```
//! use error_macros::ErrorCodes;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
//! #[repr(u16)]
//! pub enum Status {
//!     #[code(200, name = "OK")]
//!     Ok,
//!     #[code(404, name = "Not Found")]
//!     NotFound,
//!     #[code(catch_all, "A status this client does not know")]
//!     Other(u16),
//! }
//!
//! let teapot = Status::from_code(418);
//! assert_eq!(teapot, Status::Other(418));
//! assert_eq!(teapot.code(), 418);
//! assert_eq!(teapot.to_string(), "A status this client does not know (code 418)");
//! assert_eq!(Status::from(404), Status::NotFound);
//! assert_eq!(Status::ALL, [Status::Ok, Status::NotFound]);
//! ```
//!
//! **Codes from a C header** (SQLite's result codes, as a `-sys` crate
//! binds them): a code may be a path to a constant or a parenthesised
//! constant expression, so the wrapper cannot drift from the header. The
//! compiler checks each one's type and value, and two with the same value
//! are a compile error that names both variants.
//!
//! ```
//! use error_macros::ErrorCodes;
//!
//! mod ffi {
//!     pub const SQLITE_BUSY: i32 = 5;
//!     pub const SQLITE_IOERR: i32 = 10;
//!     pub const SQLITE_IOERR_READ: i32 = SQLITE_IOERR | (1 << 8);
//! }
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
//! #[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
//! pub enum SqliteError {
//!     #[code(ffi::SQLITE_BUSY, "The database file is locked")]
//!     Busy,
//!     #[code(ffi::SQLITE_IOERR_READ, "A read failed")]
//!     IoerrRead,
//!     #[code((ffi::SQLITE_IOERR | (2 << 8)), "A read returned less data than asked")]
//!     IoerrShortRead,
//! }
//!
//! assert_eq!(SqliteError::from_code(266), Some(SqliteError::IoerrRead));
//! assert_eq!(SqliteError::IoerrShortRead.code(), 522);
//! // Still `const`:
//! const BUSY: Option<SqliteError> = SqliteError::from_code(ffi::SQLITE_BUSY);
//! assert_eq!(BUSY, Some(SqliteError::Busy));
//! ```
//!
//! **A code retired for good**: `reserved` keeps a later release from
//! giving it another meaning.
//!
//! ```compile_fail
//! use error_macros::ErrorCodes;
//!
//! #[derive(Debug, ErrorCodes)]
//! #[error_codes(reserved = [7, 100..=199, "sessionFull"])]
//! pub enum SessionError {
//!     #[code(7, "Reusing a retired code")] // error: code 7 is reserved
//!     RoomFull,
//! }
//! ```
//!
//! # Fitting the ecosystem
//!
//! * **`thiserror`**: with `#[error_codes(display = false)]` the derive
//!   leaves `Display` and `Error` to `#[derive(thiserror::Error)]`, whose
//!   messages can interpolate fields, and adds the codes.
//! * **`serde`**: the generated `From<E> for T` and `TryFrom<T> for E` give
//!   any such enum its integer wire form with
//!   `#[serde(into = "i32", try_from = "i32")]` (the enum must be `Clone`;
//!   use the code type `T` of a `#[repr]`). The `error-codes` crate's docs
//!   have the tested example.
//! * **`no_std`**: the generated code uses only `core`, through absolute
//!   paths, so it compiles in `#![no_std]` crates without `alloc`, and in a
//!   crate that shadows `Option`, `Result` or `str`.
//! * **Lints**: every generated public item is documented and the output is
//!   clean under `#![deny(warnings, missing_docs, clippy::pedantic)]`.

mod api;
mod const_checks;
mod context;
mod expand;
mod fallback;
mod lookup;
mod tables;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives a complete error-code type from an annotated enum.
///
/// ```
/// use error_macros::ErrorCodes;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
/// #[repr(u16)]
/// #[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
/// pub enum SessionError {
///     #[code(104, "A participant with this name is already in the session",
///         name = "EXISTING_USER_IN_SESSION_ERROR_CODE", category = "Session")]
///     ExistingUserInSession,
///     #[code(7, "The network went away", "The server stopped answering", category = "Network")]
///     ConnectionLost,
///     #[code(65535)] // no documented reason
///     Unknown,
/// }
///
/// assert_eq!(SessionError::ConnectionLost.code(), 7u16);
/// assert_eq!(SessionError::ConnectionLost.name(), "CONNECTION_LOST");
/// assert_eq!(SessionError::ConnectionLost.category(), Some("Network"));
/// assert_eq!(
///     SessionError::ConnectionLost.to_string(),
///     "The network went away; The server stopped answering",
/// );
/// assert_eq!(SessionError::Unknown.description(), "UNKNOWN");
/// assert_eq!(SessionError::from_code(104), Some(SessionError::ExistingUserInSession));
/// assert_eq!("UNKNOWN".parse(), Ok(SessionError::Unknown));
/// assert_eq!(SessionError::ALL.len(), SessionError::COUNT);
/// ```
///
#[doc = include_str!("../REFERENCE.md")]
#[proc_macro_derive(ErrorCodes, attributes(code, error_codes))]
pub fn derive_error_codes(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}

// The README's example runs as a doctest, so it cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
