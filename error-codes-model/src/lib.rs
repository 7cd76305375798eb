//! The grammar of `#[derive(ErrorCodes)]`, its rules, and the models it
//! validates into, in one place for the derive and for the tools that read
//! its enums from source (SPEC 3.4): a taxonomy read from a file means what
//! the compiler makes of it, and a mistake gets the same words from both.
//!
//! * [`read`] takes syn's [`DeriveInput`] and returns the validated
//!   [`ast::Enum`], still tied to its syntax (what the derive generates
//!   from), or every mistake in it as one [`syn::Error`].
//! * [`ast::Enum::to_taxonomy`] turns it into a [`Taxonomy`]: plain owned
//!   data (name, code type, entries with code, name, aliases, alternatives,
//!   reasons, category, deprecation; catch-all; reserved codes and names),
//!   what renderers and the breaking-change check take.
//!
//! ```
//! use error_codes_model::{CodeType, read};
//!
//! let input: syn::DeriveInput = syn::parse_quote! {
//!     #[repr(u16)]
//!     #[error_codes(rename_all = "SCREAMING_SNAKE_CASE", reserved = [3])]
//!     enum SessionError {
//!         #[code(1, "The network went away", category = "Network")]
//!         ConnectionLost,
//!         #[code(2, alias = "TIMEOUT")]
//!         TimedOut,
//!     }
//! };
//! let taxonomy = read(&input)?.to_taxonomy()?;
//! assert_eq!(taxonomy.name, "SessionError");
//! assert_eq!(taxonomy.code_type, CodeType::U16);
//! assert_eq!(taxonomy.entries[0].name, "CONNECTION_LOST");
//! assert_eq!(taxonomy.entry_by_name("TIMEOUT").map(|e| e.code), Some(2));
//!
//! let mistake: syn::DeriveInput = syn::parse_quote! {
//!     enum E {
//!         #[code(3, categry = "Network")]
//!         Reused,
//!     }
//! };
//! let error = read(&mistake).err().unwrap();
//! assert_eq!(
//!     error.to_string(),
//!     "unknown key `categry` in `#[code(...)]`; expected one of `name`, `alias`, `alternatives`, `category`\n\
//!      help: a key with a similar name exists: `category`",
//! );
//! # Ok::<(), syn::Error>(())
//! ```

pub mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod suggest;
mod taxonomy;

pub use suggest::edit_distance;
pub use taxonomy::{CatchAll, CodeType, Deprecation, Entry, Location, Reserved, Taxonomy};

use syn::DeriveInput;

/// Reads one `#[derive(ErrorCodes)]` input: the enum, or every mistake in
/// it, combined into one error (each spanned at the smallest offending
/// token).
///
/// # Errors
///
/// The input is not an enum, or breaks the grammar or a rule of SPEC 3.
pub fn read(input: &DeriveInput) -> syn::Result<ast::Enum<'_>> {
    let mut errors = ctxt::Errors::default();
    let checked = check::check(input, &mut errors);
    errors.finish()?;
    checked.ok_or_else(|| {
        syn::Error::new_spanned(
            &input.ident,
            "the enum breaks a rule of `#[derive(ErrorCodes)]`",
        )
    })
}

/// The shape of the generated API for an input that may break the rules,
/// recovered as far as the attributes can be read; `None` for a struct or
/// a union, which get no API. The derive emits this API after an error, so
/// that the user's uses of it raise no further errors.
#[must_use]
pub fn shape(input: &DeriveInput) -> Option<ast::Shape> {
    check::shape(input)
}
