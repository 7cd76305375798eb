use proc_macro2::TokenStream;
use quote::ToTokens;
use std::fmt::Display;

/// Collects every error found in one derive input, so that the user sees all
/// of their mistakes in a single compile instead of one per attempt.
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.list.push(error);
    }

    /// An error spanned on `tokens`, the smallest piece of input at fault.
    pub(crate) fn at(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// A repeated item: the error points at the second use, and a combined
    /// note points back at the first, as rustc does for duplicate definitions.
    pub(crate) fn duplicate(
        &mut self,
        second: impl ToTokens,
        message: impl Display,
        first: &TokenStream,
        first_message: impl Display,
    ) {
        let mut error = syn::Error::new_spanned(second, message);
        error.combine(syn::Error::new_spanned(first, first_message));
        self.push(error);
    }

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
