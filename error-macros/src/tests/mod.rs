//! Tests of the expansion itself, run on `proc_macro2` tokens outside the
//! compiler: it never panics, whatever the input, it stays linear in the
//! number of variants, and what an enum does not use costs it nothing.

mod linear;
mod no_panic;
mod unused_features;

use proc_macro2::TokenStream;

/// The derive's whole output for `source`, or `None` when `source` is not
/// even an item (the compiler would have rejected it before the derive ran).
fn expand_source(source: &str) -> Option<TokenStream> {
    let input = syn::parse_str::<syn::DeriveInput>(source).ok()?;
    Some(crate::expand::derive(&input))
}

fn has_errors(output: &TokenStream) -> bool {
    output.to_string().contains("compile_error")
}
