//! After an error the derive still emits every item, with bodies that never
//! run (the compile has already failed), so the user sees their real
//! mistakes and not a cascade of "no method named `code`" errors.

use crate::ast::{Input, Variant};
use crate::attr;
use crate::ctxt::Errors;
use crate::expand;
use crate::valid::Shape;
use proc_macro2::TokenStream;

pub(crate) fn expand(input: &Input, error: syn::Error) -> TokenStream {
    let mut tokens = error.into_compile_error();
    // The errors were already reported; reading the attributes again only
    // recovers the shape of the API (code type, `Display` or not).
    let attrs = attr::enum_attrs(&input.attrs, &mut Errors::default());
    let shape = Shape {
        ident: &input.ident,
        vis: &input.vis,
        generics: &input.generics,
        code_type: attrs.code_type,
        // A `display` key written wrongly may still mean `display = false`:
        // emitting `Display` then could clash with the user's own impl.
        display: !attrs.display_written,
        all_unit: input.variants.iter().all(Variant::is_unit),
    };
    tokens.extend(expand::generate(&shape, None));
    tokens
}
