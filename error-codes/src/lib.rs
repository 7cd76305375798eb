//! The NSError taxonomy of the multi-platform SDK, declared once with
//! [`#[derive(ErrorCodes)]`](derive@error_macros::ErrorCodes): 21 codes from
//! `-1` to `1105`, their names, documented reasons and sections, and the
//! [`NSError`] value that carries a code and its message across SDK
//! boundaries.
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
//! # Two types
//!
//! * [`ErrorCode`] is the taxonomy: one variant per documented code. All of
//!   its API comes from the derive (see [`error_macros`] for the attribute
//!   reference and what it generates): `code`, `name`, `reasons`,
//!   `description`, `category`, `from_code`, `from_name`, `ALL`, `COUNT`,
//!   `Display`, `Error`, `From<ErrorCode> for i32`, `TryFrom<i32>` and
//!   `FromStr`, every function `const`.
//! * [`NSError`] is what crosses an SDK boundary: any `i32` code, known or
//!   not, and the message the sender wrote. A server newer than this build
//!   may send a code that [`ErrorCode`] lacks; the `NSError` keeps it and
//!   [`NSError::error_code`] says `None`.
//!
//! # serde
//!
//! With the `serde` feature (`error-codes = { version = "0.1", features =
//! ["serde"] }`), an [`NSError`] is the object the signalling server sends,
//! `{"code":104,"localizedDescription":"..."}`, and an [`ErrorCode`] is its
//! bare integer code. Both fields are required, each once; fields this build
//! does not know are skipped, so that a newer server can add some without
//! breaking older clients. Wrong types, missing or repeated fields, a code
//! out of `i32`'s range and malformed input are errors of the format, never
//! a panic. The impls need neither `std` nor `serde`'s `derive`.
//!
#![cfg_attr(feature = "serde", doc = "```")]
#![cfg_attr(not(feature = "serde"), doc = "```ignore")]
//! use error_codes::{ErrorCode, NSError};
//!
//! // In: what the signalling server sends, extra fields and all.
//! let json = r#"{"code":104,"localizedDescription":"Name 'alice' is taken","retryAfter":5}"#;
//! let error: NSError = serde_json::from_str(json)?;
//! assert_eq!(error.error_code(), Some(ErrorCode::ExistingUserInSession));
//! assert_eq!(error.localized_description, "Name 'alice' is taken");
//!
//! // A code this build does not know is kept.
//! let error: NSError = serde_json::from_str(r#"{"code":4242,"localizedDescription":"Quota exceeded"}"#)?;
//! assert_eq!((error.code, error.error_code()), (4242, None));
//!
//! // Out: the same shape.
//! assert_eq!(
//!     serde_json::to_string(&NSError::from(ErrorCode::SessionIsFull))?,
//!     r#"{"code":206,"localizedDescription":"Exceeded limit of streaming participants in the room"}"#,
//! );
//!
//! // An `ErrorCode` is its integer code, and only a code of the taxonomy.
//! assert_eq!(serde_json::to_string(&ErrorCode::Unknown)?, "-1");
//! assert_eq!(serde_json::from_str::<ErrorCode>("1104")?, ErrorCode::InvalidSocketUrl);
//! let unknown = serde_json::from_str::<ErrorCode>("4242").unwrap_err();
//! assert!(unknown.to_string().starts_with("no variant of ErrorCode has code 4242"));
//!
//! // Bad input is an error, not a panic.
//! assert!(serde_json::from_str::<NSError>(r#"{"code":"104","localizedDescription":""}"#).is_err());
//! assert!(serde_json::from_str::<NSError>(r#"{"code":1099511627776,"localizedDescription":""}"#).is_err());
//! assert!(serde_json::from_str::<NSError>(r#"{"code":104}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! ## Another SDK's enum, the same integer form
//!
//! Any enum with the derive gets the same wire form from `serde` alone,
//! through the generated `From<E> for i32` and `TryFrom<i32> for E` (whose
//! error implements `Display`, as `serde` requires). `into` needs the enum
//! to be `Clone`; with `#[repr(u16)]` the code type, and so the attribute,
//! is `u16`.
//!
//! ```
//! use error_macros::ErrorCodes;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes, Serialize, Deserialize)]
//! #[serde(into = "i32", try_from = "i32")]
//! pub enum PaymentError {
//!     #[code(402, "The card was declined")]
//!     CardDeclined,
//!     #[code(-1, "Internal error")]
//!     Internal,
//! }
//!
//! assert_eq!(serde_json::to_string(&PaymentError::CardDeclined)?, "402");
//! assert_eq!(serde_json::from_str::<PaymentError>("-1")?, PaymentError::Internal);
//! let unknown = serde_json::from_str::<PaymentError>("7").unwrap_err();
//! assert!(unknown.to_string().starts_with("no variant of PaymentError has code 7"));
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # `no_std`
//!
//! The crate is `#![no_std]`; it needs `alloc` for [`NSError`]'s message,
//! with or without the `serde` feature.

#![no_std]

extern crate alloc;

mod ns_error;
#[cfg(feature = "serde")]
mod serde_impls;
mod taxonomy;

pub use ns_error::NSError;
pub use taxonomy::{ErrorCode, ErrorCodeFromCodeError, ErrorCodeFromNameError};

// The README's Rust examples run as doctests, so the README cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
