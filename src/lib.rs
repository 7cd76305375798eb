//! The library behind `error-codes`, for a build script or an xtask to call
//! too: a taxonomy from the built-in NSError codes ([`builtin`]) or from any
//! SDK's Rust source ([`input`]), either as [`source`] chooses, as a
//! [`document`] to present, explained ([`explain`]), listed ([`list`]),
//! exported for the other platforms ([`export`], [`json`]) and checked
//! against a released version for breaking changes ([`breaking`]);
//! [`output`] writes what they make, and [`files`] is how every part reads
//! files and tells them apart.
//!
//! A taxonomy can also be built from any derived enum, through the API the
//! derive generates, with no source to read:
//!
//! ```
//! use error_codes_cli::document::Document;
//! use error_codes_cli::export::Format;
//! use error_codes_model::{CodeType, Entry, Taxonomy};
//! use error_macros::ErrorCodes;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
//! #[repr(u16)]
//! pub enum PaymentError {
//!     #[code(402, "The card was declined", category = "Payments")]
//!     CardDeclined,
//!     #[code(409)]
//!     Duplicate,
//! }
//!
//! let mut taxonomy = Taxonomy::new("PaymentError", CodeType::U16);
//! for error in PaymentError::ALL {
//!     let mut entry = Entry::new(format!("{error:?}"), error.code().into(), error.name());
//!     entry.facts.reasons = error.reasons().iter().map(|reason| reason.to_string()).collect();
//!     entry.facts.category = error.category().map(str::to_owned);
//!     taxonomy.entries.push(entry);
//! }
//!
//! let json = Format::Json.render(&Document::new(taxonomy))?;
//! assert!(json.contains("\"code\": 402"));
//! assert!(json.contains("\"description\": \"Duplicate\""));
//! # Ok::<(), String>(())
//! ```

pub mod annotation;
pub mod breaking;
pub mod build;
pub mod builtin;
pub mod document;
pub mod explain;
pub mod export;
pub mod files;
pub mod generate;
pub mod input;
pub mod json;
pub mod list;
pub mod manifest;
pub mod next;
pub mod output;
mod rustc_rules;
mod scan;
pub mod source;
pub mod translations;
