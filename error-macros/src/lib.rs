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
/// # Attributes
///
/// On each variant, exactly one `#[code(CODE [, "reason"]* [, key = value]*)]`:
///
/// | argument | meaning |
/// | --- | --- |
/// | `CODE` | an integer literal in any Rust spelling (`104`, `-1`, `0x1F`, `1_000`); it must fit the code type, and a suffix (`104u16`) must name it. Or a path to a constant (`libc::ENOENT`) or a parenthesised constant expression (`(ffi::SQLITE_IOERR \| (1 << 8))`), whose type and value the compiler checks |
/// | `catch_all` | in place of `CODE`, on one tuple variant of the code type (`Other(u16)`): the variant that keeps every code the enum does not know |
/// | `"reason"` | zero or more non-empty string literals, in documentation order, before any `key = value` |
/// | `name = "..."` | the wire/display name; overrides `rename_all` |
/// | `alias = "..."` | repeatable: another name that `from_name` and `FromStr` accept; `name()` stays the name |
/// | `alternatives = [CODE, ...]` | more codes that `from_code` and `TryFrom` map to this variant; `code()` stays the first |
/// | `category = "..."` | the section the code belongs to |
///
/// Every code (first or alternative) and every name (name or alias) is
/// unique across the enum.
///
/// On the enum, optionally `#[error_codes(...)]`:
///
/// | key | meaning |
/// | --- | --- |
/// | `rename_all = "..."` | serde's spellings, with serde's results: `lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE`; without it a name is the identifier as written (`r#` removed). As in serde, every capital starts a word (`InvalidSocketURL` becomes `invalid_socket_u_r_l`, so give acronyms a `name`), and only ASCII letters change case |
/// | `display = false` | emit neither `Display` nor `Error`, so they can come from `thiserror` or your own impls; only then may variants carry fields |
/// | `doc_reasons` | a variant whose `#[code]` has no reason takes the first paragraph of its doc comment (lines trimmed, joined with one space) as its one reason |
/// | `reserved = [7, 100..=199, "oldName"]` | codes, ranges of codes and names retired for good: using one, as a code, an alternative, a name or an alias, is a compile error |
///
/// `#[deprecated]` on a variant is part of the taxonomy (tools that read
/// the enum see it and its note) and never warns inside the generated code.
///
/// The code type `T` is the enum's `#[repr(i8|i16|i32|i64|u8|u16|u32|u64)]`,
/// else `i32` (`#[repr(C)]` alone keeps `i32`). An explicit discriminant
/// must be the literal code itself (`Ok = 200` with `#[code(200)]`), so that
/// `E::Ok as T` and `E::Ok.code()` agree. Every misuse is a compile error at
/// the offending token, never a panic, and all of an enum's errors are
/// reported in one compile.
///
/// # What it generates
///
/// For `enum E` with code type `T`, in one `impl E` plus trait impls, each
/// item with the enum's visibility:
///
/// | item | meaning |
/// | --- | --- |
/// | `const ALL: &'static [E]` | every variant with a code of its own (not the catch-all), declaration order |
/// | `const COUNT: usize` | `ALL.len()` |
/// | `const fn code(&self) -> T` | the code; the catch-all's carried code |
/// | `const fn name(&self) -> &'static str` | the (renamed) name |
/// | `const fn reasons(&self) -> &'static [&'static str]` | the documented reasons |
/// | `const fn description(&self) -> &'static str` | reasons joined with `"; "`; the name when there is none |
/// | `const fn category(&self) -> Option<&'static str>` | the section |
/// | `const fn from_code(code: T) -> Option<E>` | lookup by code, alternatives included; `-> E` with a catch-all, which keeps any other code |
/// | `const fn from_name(name: &str) -> Option<E>` | lookup by name or alias, exact and case-sensitive, through a hash table: O(1), not a scan |
/// | `impl Display`, `impl core::error::Error` | the description (honours width and precision); the catch-all writes `description (code N)`; skipped with `display = false`; `Error` needs your `Debug` |
/// | `impl From<E> for T` | the code |
/// | `impl TryFrom<T> for E` | error `EFromCodeError`: `no variant of E has code 4242`, with `.code()`; with a catch-all, `impl From<T> for E` instead |
/// | `impl FromStr for E` | error `EFromNameError`: `no variant of E has that name` |
///
/// `ALL`, `COUNT`, `from_code`, `from_name`, `TryFrom`/`From<T>`, `FromStr`
/// and the error types exist when every variant but the catch-all is a unit
/// variant. The error types are declared beside the enum with its
/// visibility and named after it, so two derives in one module do not
/// collide. A variant cannot be named like a generated item (`ALL`,
/// `from_code`, ...): that is a compile error at the variant.
///
/// Written out by hand, the expansion of
///
/// ```
/// # use error_macros::ErrorCodes;
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
/// #[error_codes(rename_all = "camelCase")]
/// pub enum SessionError {
///     #[code(104, "A participant with this name is already in the session", category = "Session")]
///     ExistingUser,
///     #[code(-1, name = "unknownError")]
///     Unknown,
/// }
/// ```
///
/// amounts to the following. The real output reaches every per-variant
/// answer through one `match` and `const` tables that live, with its
/// helpers, inside a `const _: () = { ... };` block (out of the enum's
/// namespace, so no variant name can collide with them), and spells every
/// path absolutely (`::core::option::Option`), so that the user's own
/// `Option` or `Result` cannot shadow it.
///
/// ```text
/// impl SessionError {
///     /// Every `SessionError` with a code of its own, in declaration order.
///     pub const ALL: &'static [Self] = &[Self::ExistingUser, Self::Unknown];
///     /// The number of `SessionError` variants in `SessionError::ALL`.
///     pub const COUNT: usize = 2;
///
///     pub const fn code(&self) -> i32 {
///         match self { Self::ExistingUser => 104, Self::Unknown => -1 }
///     }
///     pub const fn name(&self) -> &'static str {
///         match self { Self::ExistingUser => "existingUser", Self::Unknown => "unknownError" }
///     }
///     pub const fn reasons(&self) -> &'static [&'static str] {
///         match self {
///             Self::ExistingUser => &["A participant with this name is already in the session"],
///             Self::Unknown => &[],
///         }
///     }
///     pub const fn description(&self) -> &'static str {
///         match self {
///             Self::ExistingUser => "A participant with this name is already in the session",
///             Self::Unknown => "unknownError", // no reason: the name
///         }
///     }
///     pub const fn category(&self) -> Option<&'static str> {
///         match self { Self::ExistingUser => Some("Session"), Self::Unknown => None }
///     }
///     pub const fn from_code(code: i32) -> Option<Self> {
///         match code { 104 => Some(Self::ExistingUser), -1 => Some(Self::Unknown), _ => None }
///     }
///     pub const fn from_name(name: &str) -> Option<Self> {
///         // hash `name`, probe a table of "existingUser" and "unknownError"
///         // built by the derive, compare the one name found there
///     }
/// }
///
/// impl Display for SessionError { /* formatter.pad(self.description()) */ }
/// impl core::error::Error for SessionError {}
/// impl From<SessionError> for i32 { /* value.code() */ }
/// impl TryFrom<i32> for SessionError { type Error = SessionErrorFromCodeError; /* from_code */ }
/// impl FromStr for SessionError { type Err = SessionErrorFromNameError; /* from_name */ }
///
/// /// The error of `SessionError::try_from(code)` ...: "no variant of SessionError has code 4242".
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// pub struct SessionErrorFromCodeError { code: i32 } // .code(), Display, Error
///
/// /// The error of `str::parse::<SessionError>()` ...: "no variant of SessionError has that name".
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// pub struct SessionErrorFromNameError(()); // Display, Error
/// ```
///
/// # Variants with fields, `thiserror` enums
///
/// Under `#[error_codes(display = false)]`, variants may carry fields (tuple
/// or named) and the derive adds the per-variant methods (`code`, `name`,
/// `reasons`, `description`, `category`) and `From<E> for T`, whatever the
/// fields hold. `Display` and `Error` are yours: written by hand as here, or
/// by `#[derive(thiserror::Error)]` with `#[error("...")]` on each variant.
/// The lookups, which would have to invent field values, are not generated.
///
/// ```
/// use error_macros::ErrorCodes;
/// use core::fmt;
///
/// #[derive(Debug, ErrorCodes)]
/// #[error_codes(display = false)]
/// pub enum JoinError {
///     #[code(104, "A participant with this name is already in the session")]
///     NameTaken { name: String },
///     #[code(206, "The room is full")]
///     RoomFull(usize),
/// }
///
/// impl fmt::Display for JoinError {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         match self {
///             JoinError::NameTaken { name } => write!(f, "{name:?} is already in the session"),
///             JoinError::RoomFull(limit) => write!(f, "the room is full ({limit} participants)"),
///         }
///     }
/// }
///
/// impl std::error::Error for JoinError {}
///
/// let error = JoinError::NameTaken { name: "alice".into() };
/// assert_eq!(error.to_string(), "\"alice\" is already in the session");
/// assert_eq!((error.code(), error.name()), (104, "NameTaken"));
/// assert_eq!(JoinError::RoomFull(16).description(), "The room is full");
/// ```
///
/// Without `display = false`, a variant with fields is a compile error that
/// says to add it: the derive's own `Display` prints a fixed description and
/// would silently drop the fields.
///
/// # Doc comments as reasons
///
/// With `#[error_codes(doc_reasons)]`, a variant whose `#[code]` has no
/// reason takes the first paragraph of its doc comment (`///`, `/** */` or
/// `#[doc = "..."]`), lines trimmed and joined with one space. An explicit
/// reason wins; a variant with neither has no reason.
///
/// ```
/// use error_macros::ErrorCodes;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
/// #[error_codes(doc_reasons)]
/// pub enum TokenError {
///     /// The token has expired
///     /// or was revoked.
///     ///
///     /// Ask the backend for a new one: this paragraph is not a reason.
///     #[code(1101)]
///     Invalid,
///     /// Not this one: the reason below wins.
///     #[code(1102, "The token is not valid JSON")]
///     Malformed,
///     #[code(1103)]
///     Unknown,
/// }
///
/// assert_eq!(TokenError::Invalid.reasons(), ["The token has expired or was revoked."]);
/// assert_eq!(TokenError::Malformed.reasons(), ["The token is not valid JSON"]);
/// assert!(TokenError::Unknown.reasons().is_empty());
/// ```
#[proc_macro_derive(ErrorCodes, attributes(code, error_codes))]
pub fn derive_error_codes(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}
