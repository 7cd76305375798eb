//! Tests of the expansion itself, run on `proc_macro2` tokens outside the
//! compiler: it never panics, whatever the input, it stays linear in the
//! number of variants, and what an enum does not use costs it nothing.

mod generated_items;
mod linear;
mod no_panic;
mod unused_features;

use proc_macro2::TokenStream;

/// What the derive makes of one input.
struct Expansion {
    /// The whole output: items, and the errors as `compile_error!`s.
    output: TokenStream,
    /// Every message of the reading's combined error, in order: none for
    /// a valid enum. Counted from the error itself, never from the text
    /// of the output.
    messages: Vec<String>,
}

/// The derive's expansion of `source`, or `None` when `source` is not
/// even an item (the compiler would have rejected it before the derive ran).
fn expand_source(source: &str) -> Option<Expansion> {
    let input = syn::parse_str::<syn::DeriveInput>(source).ok()?;
    let messages = match error_codes_model::read(&input) {
        Ok(_) => Vec::new(),
        Err(failed) => failed
            .error
            .into_iter()
            .map(|error| error.to_string())
            .collect(),
    };
    Some(Expansion {
        output: crate::expand::derive(&input),
        messages,
    })
}
