//! The grammar of `#[derive(ErrorCodes)]`, its rules, and the models it
//! validates into, in one place for the derive and for the tools that read
//! its enums from source: a taxonomy read from a file means what
//! the compiler makes of it, and a mistake gets the same words from both.
//!
//! * [`read`] takes syn's [`DeriveInput`] and returns the validated
//!   [`ast::Enum`], still tied to its syntax (what the derive generates
//!   from), or every mistake in it as one [`syn::Error`] ([`Failed`]),
//!   with the shape of the API the enum would have.
//! * What documents a code (name, reasons, section, link, retryability,
//!   where it is declared) is one record, [`Facts`], which every declared
//!   code and the catch-all hold alike.
//! * `ast::Enum::to_taxonomy` turns the enum into a `Taxonomy`: plain
//!   owned data (name, code type, entries with code, aliases,
//!   alternatives, deprecation and facts; the catch-all's facts; reserved
//!   codes and names), what renderers and the breaking-change check take.
//!   It is the `taxonomy` feature's, on by default: the derive, which
//!   generates from the `ast` alone, turns it off and does not compile it.
//!
//! ```
//! use error_codes_model::{CodeType, read};
//!
//! let input: syn::DeriveInput = syn::parse_quote! {
//!     #[repr(u16)]
//!     #[error_codes(
//!         rename_all = "SCREAMING_SNAKE_CASE",
//!         reserved = [3],
//!         doc_url = "https://docs.example.com/errors#{code}"
//!     )]
//!     enum SessionError {
//!         #[code(1, "The network went away", category = "Network", retryable)]
//!         ConnectionLost,
//!         #[code(2, alias = "TIMEOUT")]
//!         TimedOut,
//!     }
//! };
//! let taxonomy = read(&input)?.to_taxonomy()?;
//! assert_eq!(taxonomy.name, "SessionError");
//! assert_eq!(taxonomy.code_type, CodeType::U16);
//! assert_eq!(taxonomy.entries[0].facts.name, "CONNECTION_LOST");
//! assert_eq!(taxonomy.entry_by_name("TIMEOUT").map(|e| e.code), Some(2));
//! let connection_lost = &taxonomy.entries[0].facts;
//! assert_eq!(connection_lost.doc_url.as_deref(), Some("https://docs.example.com/errors#1"));
//! assert!(connection_lost.retryable && !taxonomy.entries[1].facts.retryable);
//!
//! let mistake: syn::DeriveInput = syn::parse_quote! {
//!     enum E {
//!         #[code(3, categry = "Network")]
//!         Reused,
//!     }
//! };
//! let error = read(&mistake).err().unwrap().error;
//! assert_eq!(
//!     error.to_string(),
//!     "unknown key `categry` in `#[code(...)]`; expected one of `name`, `alias`, `alternatives`, `category`, `doc_url`, `retryable`\n\
//!      help: a key with a similar name exists: `category`",
//! );
//! # Ok::<(), syn::Error>(())
//! ```

mod args;
pub mod ast;
mod case;
mod check;
mod code_type;
mod enum_attrs;
mod errors;
mod facts;
mod generated;
mod lookup_order;
mod message;
mod reserved;
mod section_range;
mod suggest;
#[cfg(feature = "taxonomy")]
mod taxonomy;
pub mod template;
mod values;
mod variant_attrs;
mod variant_message;

pub use code_type::CodeType;
#[cfg(feature = "taxonomy")]
pub use facts::Deprecation;
pub use facts::{Facts, Location};
pub use generated::{GENERATED_ITEMS, GeneratedItem, generated_items};
pub use message::written;
pub use reserved::Reserved;
pub use section_range::SectionRange;
pub use suggest::{edit_distance, similar};
#[cfg(feature = "taxonomy")]
pub use taxonomy::{Entry, Section, Taxonomy};
pub use values::literal_code;
pub use variant_message::field_type;

use syn::DeriveInput;

/// Reads one `#[derive(ErrorCodes)]` input: the enum, or every mistake in
/// it, combined into one error (each spanned at the smallest offending
/// token), with the shape of the API the enum would have.
///
/// # Errors
///
/// The input is not an enum, or breaks the grammar or one of its rules.
pub fn read(input: &DeriveInput) -> Result<ast::Enum<'_>, Failed> {
    let data = check::enum_data(input).map_err(|error| Failed { error, shape: None })?;
    let mut errors = errors::Errors::default();
    let checked = check::check(input, data, &mut errors);
    match errors.finish() {
        Ok(()) => Ok(checked),
        Err(error) => Err(Failed {
            error,
            shape: Some(checked.shape),
        }),
    }
}

/// An input that [`read`] refused.
#[derive(Debug)]
pub struct Failed {
    /// Every mistake, combined.
    pub error: syn::Error,
    /// The shape of the generated API, as far as the attributes could be
    /// read; `None` for a struct or a union, which get no API. The derive
    /// emits this API after an error, so that the user's uses of it raise
    /// no further errors.
    pub shape: Option<ast::Shape>,
}

impl From<Failed> for syn::Error {
    fn from(failed: Failed) -> Self {
        failed.error
    }
}

// The README's example runs as a doctest, so it cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
