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
use crate::context::{Context, core_path};
use crate::fallback;
use crate::lookup::{self, Keys};
use crate::tables;
use error_codes_model::ast::{Enum, Variant};
use error_codes_model::field_type;
use error_codes_model::template::{Message, Segment};
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::{DeriveInput, Fields, LitStr};

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
    let option = core_path("option", "Option");
    let result = core_path("result", "Result");
    let code_error = cx.named_after("FromCodeError");
    let name_error = cx.named_after("FromNameError");
    // A range variant has no single code: not in `ALL`.
    let variants = model
        .variants
        .iter()
        .filter(|variant| variant.range.is_none())
        .map(|variant| variant.ident);
    let count = variants.clone().count();
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
        count,
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
        display_bounds: display_bounds(model),
        checks: const_checks::checks(&cx, model, &keys),
    };
    api::items(&cx, &bodies)
}

/// `Display` writes the description through `Formatter::pad`, so width and
/// alignment flags work as they do for `str`; a variant with a message
/// writes it with its fields' values, and the catch-all adds the code it
/// carries.
fn display(model: &Enum) -> TokenStream {
    let mut arms = TokenStream::new();
    let mut written = 0;
    for variant in &model.variants {
        match (&variant.facts.message, variant.range) {
            (Some(message), _) => arms.extend(message_arm(variant, message)),
            // A range variant without a message writes its code as the
            // catch-all does.
            (None, Some(_)) => {
                let ident = variant.ident;
                arms.extend(quote! {
                    Self::#ident(__code) => ::core::write!(__formatter, "{} (code {})", self.description(), __code),
                });
            }
            (None, None) => continue,
        }
        written += 1;
    }
    if let Some(catch_all) = &model.catch_all {
        written += 1;
        let ident = catch_all.ident;
        arms.extend(quote! {
            Self::#ident(__code) => ::core::write!(__formatter, "{} (code {})", self.description(), __code),
        });
    }
    if written == 0 {
        return quote!(__formatter.pad(self.description()));
    }
    // No other arm where every variant has one: it would be unreachable.
    let others = (written < model.variants.len() + usize::from(model.catch_all.is_some()))
        .then(|| quote!(_ => __formatter.pad(self.description()),));
    quote! {
        match self {
            #arms
            #others
        }
    }
}

/// The arm of `Display` that writes a variant's message: its template as a
/// format string, each placeholder a `{}` of the field it names.
fn message_arm(variant: &Variant, message: &Message) -> TokenStream {
    let ident = variant.ident;
    let mut format = String::new();
    let mut arguments = Vec::new();
    for segment in message.segments() {
        match segment {
            Segment::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Segment::Placeholder(name) => {
                format.push_str("{}");
                arguments.push(binding(&name));
            }
        }
    }
    let pattern = match variant.fields {
        Fields::Named(fields) => {
            let mut bound = TokenStream::new();
            for name in fields.named.iter().filter_map(|field| field.ident.as_ref()) {
                let written = name.unraw().to_string();
                if message.parameter(&written).is_some() {
                    let binding = binding(&written);
                    bound.extend(quote!(#name: #binding,));
                }
            }
            quote!({ #bound .. })
        }
        Fields::Unnamed(fields) => {
            let mut bound = Vec::with_capacity(fields.unnamed.len());
            for index in 0..fields.unnamed.len() {
                let name = index.to_string();
                bound.push(if message.parameter(&name).is_some() {
                    binding(&name).into_token_stream()
                } else {
                    quote!(_)
                });
            }
            quote!((#(#bound),*))
        }
        Fields::Unit => TokenStream::new(),
    };
    let format = LitStr::new(&format, ident.span());
    quote! {
        Self::#ident #pattern => ::core::write!(__formatter, #format #(, #arguments)*),
    }
}

/// The binding of the field a placeholder names, out of the user's
/// names: `__field_room`, `__field_0`.
fn binding(name: &str) -> Ident {
    format_ident!("__field_{}", name.strip_prefix("r#").unwrap_or(name))
}

/// `T: Display` for each field a message writes whose type names a type
/// parameter of the enum.
fn display_bounds(model: &Enum) -> Vec<TokenStream> {
    let parameters: Vec<&Ident> = model
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    if parameters.is_empty() {
        return Vec::new();
    }
    let mut bounds: Vec<TokenStream> = Vec::new();
    for variant in &model.variants {
        let Some(message) = &variant.facts.message else {
            continue;
        };
        for parameter in &message.parameters {
            let Some(ty) = field_type(variant.fields, &parameter.name) else {
                continue;
            };
            let mentions = mentions_any(ty.to_token_stream(), &parameters);
            let bound = quote!(#ty: ::core::fmt::Display);
            if mentions
                && !bounds
                    .iter()
                    .any(|known| known.to_string() == bound.to_string())
            {
                bounds.push(bound);
            }
        }
    }
    bounds
}

/// Whether any of `idents` is among the tokens, inside groups too.
fn mentions_any(tokens: TokenStream, idents: &[&Ident]) -> bool {
    for token in tokens {
        let found = match token {
            TokenTree::Group(group) => mentions_any(group.stream(), idents),
            TokenTree::Ident(ident) => idents.contains(&&ident),
            TokenTree::Punct(_) | TokenTree::Literal(_) => false,
        };
        if found {
            return true;
        }
    }
    false
}
