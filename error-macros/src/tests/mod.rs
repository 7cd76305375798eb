//! Tests of the expansion itself, run on `proc_macro2` tokens outside the
//! compiler: it never panics, whatever the input, and it stays linear in the
//! number of variants.

mod linear;
mod no_panic;

use proc_macro2::TokenStream;

/// The derive's whole output for `source`, or `None` when `source` is not
/// even an item (the compiler would have rejected it before the derive ran).
fn expand_source(source: &str) -> Option<TokenStream> {
    let input = syn::parse_str::<syn::DeriveInput>(source).ok()?;
    Some(crate::derive(&input))
}

fn has_errors(output: &TokenStream) -> bool {
    output.to_string().contains("compile_error")
}
