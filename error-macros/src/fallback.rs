//! After an error the derive still emits every item of the API the enum
//! would have, with bodies that never run (the compile has already failed),
//! so the user sees their real mistakes and not a cascade of "no method
//! named `code`" errors. The API's shape comes from the same reading that
//! found the errors.

use crate::api::{self, Bodies, MethodBodies};
use crate::context::Context;
use error_codes_model::Failed;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn expand(input: &DeriveInput, failed: Failed) -> TokenStream {
    let mut tokens = failed.error.into_compile_error();
    // A struct or union has no variants to give codes to: items on it
    // would only add errors (its `Debug`, for one), never remove any.
    if let Some(shape) = failed.shape {
        let cx = Context::new(&input.ident, &input.vis, &input.generics, shape);
        tokens.extend(api::items(&cx, &never_run()));
    }
    tokens
}

/// Bodies that call nothing, not even a method a misnamed variant could
/// have taken.
fn never_run() -> Bodies {
    let unreachable = quote!(::core::unreachable!());
    Bodies {
        tables: TokenStream::new(),
        methods: MethodBodies {
            code: unreachable.clone(),
            name: unreachable.clone(),
            reasons: unreachable.clone(),
            description: unreachable.clone(),
            category: unreachable.clone(),
            doc_url: unreachable.clone(),
            is_retryable: unreachable.clone(),
        },
        lookup_helpers: TokenStream::new(),
        all: quote!(&[]),
        count: 0,
        from_code: unreachable.clone(),
        from_name: unreachable.clone(),
        from_code_impl: unreachable.clone(),
        from_str: unreachable.clone(),
        display: unreachable.clone(),
        display_bounds: Vec::new(),
        checks: TokenStream::new(),
    }
}
