//! The NSError taxonomy of the multi-platform SDK, declared once with
//! `#[derive(ErrorCodes)]`: 21 codes from `-1` to `1105`, their names,
//! documented reasons and sections, and the [`NSError`] value that carries a
//! code and its message across SDK boundaries.
//!
//! ```
//! use error_codes::{ErrorCode, NSError};
//!
//! let code = ErrorCode::from_code(104).expect("a documented code");
//! assert_eq!(code.name(), "existingUserInSession");
//! assert_eq!(code.category(), Some("User Error codes"));
//! assert_eq!(
//!     code.to_string(),
//!     "A Participant tries to join a Session with a name that already exists",
//! );
//!
//! // Several reasons are joined with "; ".
//! assert_eq!(ErrorCode::UserNotFound.reasons().len(), 2);
//! assert!(ErrorCode::UserNotFound.description().contains("; "));
//!
//! // Every code, in the document's order.
//! assert_eq!(ErrorCode::COUNT, 21);
//! assert_eq!(ErrorCode::ALL[0], ErrorCode::UserGeneric);
//!
//! // The value that travels.
//! let error = NSError::from(ErrorCode::Unknown);
//! assert_eq!((error.code, error.localized_description.as_str()), (-1, "Internal server error"));
//! assert_eq!(error.error_code(), Some(ErrorCode::Unknown));
//! ```
//!
//! The crate is `no_std` (it needs `alloc` for [`NSError`]'s message).

#![no_std]

extern crate alloc;

mod ns_error;
mod taxonomy;

pub use ns_error::NSError;
pub use taxonomy::{ErrorCode, ErrorCodeFromCodeError, ErrorCodeFromNameError};

// The README's Rust examples run as doctests, so the README cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
