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
    // The errors were already reported; reading the attributes again only
    // recovers the shape of the API (code type, `Display` or not).
    let attrs = attr::enum_attrs(&node.attrs, &mut Errors::default());
    let all_unit = match &node.data {
        Data::Enum(data) => data
            .variants
            .iter()
            .all(|v| matches!(v.fields, Fields::Unit)),
        Data::Struct(_) | Data::Union(_) => true,
    };
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
    let mut tokens = error.into_compile_error();
    tokens.extend(expand::generate(&shape, None));
    tokens
}
