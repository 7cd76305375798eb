//! The derive's entry: the input read once by the grammar
//! (`error_codes_model::read`), then the API generated from the validated
//! model only, or after an error, the same API from [`fallback`](crate::fallback).
//!
//! The shape of the output is what users pay for on every edit, and it is
//! benchmarked (BENCHMARKS.md): one `match` maps a variant to its index and
//! every per-variant answer is a `const` table indexed by it, instead of one
//! `match` per method ([`tables`](crate::tables)); one `match` maps an index back to a
//! variant, for both lookups; `from_code` on a large enum and `from_name` on
//! any probe a hash table built here ([`lookup`](crate::lookup)). Per-variant items are
//! single tokens pushed into one stream, never a `TokenStream` of their own.

use crate::api::{self, Bodies};
use crate::const_checks;
use crate::context::Context;
use crate::fallback;
use crate::lookup::{self, Keys};
use crate::tables;
use error_codes_model::ast::Enum;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

/// The whole expansion: the items, or the errors and the items with
/// bodies that never run.
pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    match error_codes_model::read(input) {
        Ok(model) => expand(&model),
        Err(failed) => fallback::expand(input, failed),
    }
}

/// The generated items of a valid enum.
fn expand(model: &Enum) -> TokenStream {
    let cx = Context::new(model.ident, model.vis, model.generics, model.shape);
    let keys = Keys::new(model);
    let (tables, methods) = tables::tables(&cx, model);
    let option = quote!(::core::option::Option);
    let result = quote!(::core::result::Result);
    let code_error = cx.named_after("FromCodeError");
    let name_error = cx.named_after("FromNameError");
    let variants = model.variants.iter().map(|variant| variant.ident);
    // The lookups exist only when every variant but the catch-all is a
    // unit variant.
    let lookup = |body: fn(&Context, &Enum, &Keys) -> TokenStream| {
        if cx.shape.lookups {
            body(&cx, model, &keys)
        } else {
            TokenStream::new()
        }
    };
    let bodies = Bodies {
        tables,
        methods,
        lookup_helpers: lookup(lookup::helpers),
        all: quote!(&[#(Self::#variants),*]),
        count: model.variants.len(),
        from_code: lookup(lookup::from_code),
        from_name: lookup(lookup::from_name),
        from_code_impl: if cx.shape.catch_all {
            quote!(Self::from_code(code))
        } else {
            quote! {
                match Self::from_code(code) {
                    #option::Some(__variant) => #result::Ok(__variant),
                    #option::None => #result::Err(#code_error { code }),
                }
            }
        },
        from_str: quote! {
            match Self::from_name(name) {
                #option::Some(__variant) => #result::Ok(__variant),
                #option::None => #result::Err(#name_error(())),
            }
        },
        display: display(model),
        checks: const_checks::checks(&cx, model, &keys),
    };
    api::items(&cx, &bodies)
}

/// `Display` writes the description through `Formatter::pad`, so width and
/// alignment flags work as they do for `str`; the catch-all adds the code
/// it carries.
fn display(model: &Enum) -> TokenStream {
    let Some(catch_all) = &model.catch_all else {
        return quote!(__formatter.pad(self.description()));
    };
    let ident = catch_all.ident;
    quote! {
        match self {
            Self::#ident(__code) => ::core::write!(__formatter, "{} (code {})", self.description(), __code),
            _ => __formatter.pad(self.description()),
        }
    }
}
