//! After an error the derive still emits every item, with bodies that never
//! run (the compile has already failed), so the user sees their real
//! mistakes and not a cascade of "no method named `code`" errors.

use crate::attr;
use crate::ctxt::Errors;
use crate::expand;
use crate::valid::Shape;
use proc_macro2::TokenStream;
use syn::{Data, DeriveInput, Fields};

pub(crate) fn expand(node: &DeriveInput, error: syn::Error) -> TokenStream {
    let mut tokens = error.into_compile_error();
    // A struct or union has no variants to give codes to: stubs on it
    // would only add errors (its `Debug`, for one), never remove any.
    let Data::Enum(data) = &node.data else {
        return tokens;
    };
    // The errors were already reported; reading the attributes again only
    // recovers the shape of the API (code type, `Display` or not).
    let attrs = attr::enum_attrs(&node.attrs, &mut Errors::default());
    let all_unit = data
        .variants
        .iter()
        .all(|variant| matches!(variant.fields, Fields::Unit));
    let shape = Shape {
        ident: &node.ident,
        vis: &node.vis,
        generics: &node.generics,
        code_type: attrs.code_type,
        // A `display` key written wrongly may still mean `display = false`:
        // emitting `Display` then could clash with the user's own impl.
        display: !attrs.display_written,
        all_unit,
    };
    tokens.extend(expand::generate(&shape, None));
    tokens
}
