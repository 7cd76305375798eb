//! After an error the derive still emits every item, with bodies that never
//! run (the compile has already failed), so the user sees their real
//! mistakes and not a cascade of "no method named `code`" errors.

use crate::expand::{self, Context};
use proc_macro2::TokenStream;
use syn::DeriveInput;

pub(crate) fn expand(input: &DeriveInput, error: syn::Error) -> TokenStream {
    let mut tokens = error.into_compile_error();
    // A struct or union has no variants to give codes to: items on it
    // would only add errors (its `Debug`, for one), never remove any.
    if let Some(shape) = error_codes_model::shape(input) {
        let cx = Context::new(&input.ident, &input.vis, &input.generics, shape);
        tokens.extend(expand::generate(&cx, None));
    }
    tokens
}
