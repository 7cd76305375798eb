//! The errors of one enum, collected rather than returned one at a time, so
//! that a single compile reports every mistake (serde's `Ctxt`).

use quote::ToTokens;
use std::fmt::Display;

#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<syn::Error>,
}

impl Errors {
    /// An error on `tokens`, the smallest piece of input at fault.
    pub(crate) fn at(&mut self, tokens: &dyn ToTokens, message: impl Display) {
        self.list.push(error(tokens, message.to_string()));
    }

    /// An error on `tokens` whose message has a second line, as rustc
    /// writes a `help:` under an error.
    pub(crate) fn at_with_help(
        &mut self,
        tokens: &dyn ToTokens,
        message: impl Display,
        help: Option<impl Display>,
    ) {
        match help {
            Some(help) => self.at(tokens, format_args!("{message}\nhelp: {help}")),
            None => self.at(tokens, message),
        }
    }

    /// An error that syn made, when parsing failed.
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.list.push(error);
    }

    /// A repeated item: the error points at the second use, and a combined
    /// second error points back at the first, as rustc does for duplicate
    /// definitions.
    pub(crate) fn duplicate(
        &mut self,
        second: &dyn ToTokens,
        message: impl Display,
        first: &dyn ToTokens,
        first_message: impl Display,
    ) {
        let mut error = error(second, message.to_string());
        error.combine(self::error(first, first_message.to_string()));
        self.list.push(error);
    }

    /// Every error as one, in the order found; `Ok` when there is none.
    pub(crate) fn finish(self) -> syn::Result<()> {
        let mut list = self.list.into_iter();
        let Some(mut combined) = list.next() else {
            return Ok(());
        };
        for error in list {
            combined.combine(error);
        }
        Err(combined)
    }
}

/// The one place errors are made; the methods above only convert their
/// arguments.
fn error(tokens: &dyn ToTokens, message: String) -> syn::Error {
    syn::Error::new_spanned(tokens.to_token_stream(), message)
}
