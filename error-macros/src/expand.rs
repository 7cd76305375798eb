//! Code generation, from the validated model only (`error_codes_model`).
//!
//! The shape of the output is what users pay for on every edit, and it is
//! benchmarked (BENCHMARKS.md): one `match` maps a variant to its index and
//! every per-variant answer is a `const` table indexed by it, instead of one
//! `match` per method; one `match` maps an index back to a variant, for both
//! lookups; `from_code` on a large enum and `from_name` on any probe a hash
//! table built here (`lookup.rs`). Per-variant items are single tokens
//! pushed into one stream, never a `TokenStream` of their own.
//!
//! Everything but the two error types lives in one `const _: () = { ... };`
//! block: the tables and helpers are free items there, out of the enum's
//! namespace, so that no variant name can collide with them.

use crate::lookup;
use error_codes_model::ast::{Code, Enum, Shape};
use proc_macro2::{Delimiter, Group, Ident, Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::{Generics, Visibility};

/// The generated items for a valid enum.
pub(crate) fn derive(model: &Enum) -> TokenStream {
    let cx = Context::new(model.ident, model.vis, model.generics, model.shape);
    generate(&cx, Some(model))
}

/// What every part of the output needs to name the enum and its code type.
pub(crate) struct Context<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    pub generics: &'a Generics,
    pub shape: Shape,
    /// The enum's name without `r#`, for docs and messages.
    pub ty_name: String,
    /// `::core::primitive::u16`.
    pub code_ty: TokenStream,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        ident: &'a Ident,
        vis: &'a Visibility,
        generics: &'a Generics,
        shape: Shape,
    ) -> Self {
        // The code type carries the enum's span, as its other generated
        // names do.
        let name = Ident::new(shape.code_type.name(), ident.span());
        Context {
            ident,
            vis,
            generics,
            shape,
            ty_name: ident.unraw().to_string(),
            code_ty: quote!(::core::primitive::#name),
        }
    }

    /// `FromCodeError` -> `SessionErrorFromCodeError`, spanned at the enum.
    fn named_after(&self, suffix: &str) -> Ident {
        format_ident!("{}{}", self.ty_name, suffix, span = self.ident.span())
    }
}

/// The generated items. Without a model (after an error) every item still
/// exists, with a body that is never run, so that the user's uses of the
/// API raise no further errors.
pub(crate) fn generate(cx: &Context, model: Option<&Enum>) -> TokenStream {
    let keys = model.map(lookup::Keys::new);
    let keyed = model.zip(keys.as_ref());
    let error_types = error_types(cx);
    let tables = model.map(|model| tables(cx, model));
    let methods = methods(cx, model);
    let lookups = cx.shape.lookups.then(|| lookups(cx, keyed));
    let conversions = conversions(cx, model.is_some());
    let display = cx.shape.display.then(|| display(cx, model));
    let checks = keyed.map(|(model, keys)| lookup::const_checks(cx, model, keys));
    quote! {
        #error_types

        // `deprecated`: a deprecated enum or variant is named throughout.
        // `single_use_lifetimes`: the helpers below take the enum's
        // generics as they are. `unused_parens`: a constant code keeps the
        // parentheses the grammar asks for, wherever it lands.
        #[allow(deprecated, single_use_lifetimes, unused_parens, unused_qualifications)]
        const _: () = {
            #tables
            #methods
            #lookups
            #conversions
            #display
            #checks
        };
    }
}

/// The per-variant tables and the one `match` that indexes them: coded
/// variants first, in declaration order, then the catch-all.
fn tables(cx: &Context, model: &Enum) -> TokenStream {
    let ty = cx.ident;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let code_ty = &cx.code_ty;
    let codes = model
        .variants
        .iter()
        .map(|variant| CodeTokens(&variant.code));
    let entries = model.variants.iter().map(|variant| {
        (
            &variant.name,
            &variant.reasons,
            variant.description(),
            &variant.category,
        )
    });
    let catch_all = model.catch_all.as_ref().map(|catch_all| {
        (
            &catch_all.name,
            &catch_all.reasons,
            catch_all.description(),
            &catch_all.category,
        )
    });
    let entries: Vec<_> = entries.chain(catch_all).collect();
    let names = entries.iter().map(|entry| entry.0);
    let reasons = entries.iter().flat_map(|entry| entry.1);
    let reason_bounds = std::iter::once(0)
        .chain(entries.iter().scan(0, |end, entry| {
            *end += entry.1.len();
            Some(*end)
        }))
        .map(Literal::usize_unsuffixed);
    let descriptions = entries.iter().map(|entry| &entry.2);
    // `""` for none (a category is never blank): no `Some(..)` group per
    // variant.
    let categories = entries.iter().map(|entry| entry.3.as_deref().unwrap_or(""));
    let variants = model.variants.iter().map(|variant| variant.ident);
    let indices = (0..model.variants.len()).map(Literal::usize_unsuffixed);
    // `{ .. }` matches any fields; a unit-only enum needs none per arm.
    let fields = (!model.shape.lookups).then(any_fields);
    let catch_all_arm = model.catch_all.as_ref().map(|catch_all| {
        let ident = catch_all.ident;
        let index = Literal::usize_unsuffixed(model.variants.len());
        quote!(#ty::#ident(..) => #index,)
    });
    let str_ty = quote!(::core::primitive::str);
    let usize_ty = quote!(::core::primitive::usize);
    let body = if entries.is_empty() {
        quote!(match *value {})
    } else {
        quote! {
            match value {
                #(#ty::#variants #fields => #indices,)*
                #catch_all_arm
            }
        }
    };
    quote! {
        const CODES: &[#code_ty] = &[#(#codes),*];
        const NAMES: &[&#str_ty] = &[#(#names),*];
        const REASONS: &[&#str_ty] = &[#(#reasons),*];
        const REASON_BOUNDS: &[#usize_ty] = &[#(#reason_bounds),*];
        const DESCRIPTIONS: &[&#str_ty] = &[#(#descriptions),*];
        const CATEGORIES: &[&#str_ty] = &[#(#categories),*];

        #[inline]
        const fn index #impl_generics (value: &#ty #ty_generics) -> #usize_ty #where_clause {
            #body
        }
    }
}

fn any_fields() -> Group {
    Group::new(Delimiter::Brace, quote!(..))
}

/// A code as the generated code writes it: one literal token even when
/// negative (the compiler splits it into `-` and the magnitude), or the
/// user's constant expression; pushed into the stream being built, never a
/// stream of its own.
pub(crate) struct CodeTokens<'a>(pub &'a Code);

impl ToTokens for CodeTokens<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self.0 {
            Code::Value(value) => Literal::i128_unsuffixed(*value).to_tokens(tokens),
            Code::Const(expr) => expr.to_tokens(tokens),
        }
    }
}

/// The methods every variant answers, and `From<E>` for the code type.
fn methods(cx: &Context, model: Option<&Enum>) -> TokenStream {
    let ty = cx.ident;
    let ty_name = &cx.ty_name;
    let vis = cx.vis;
    let code_ty = &cx.code_ty;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let str_ty = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);

    let body = |per_variant: TokenStream| {
        if model.is_some() {
            per_variant
        } else {
            quote!(::core::unreachable!())
        }
    };
    // The catch-all's code is the one it carries.
    let code_body = body(
        if let Some(catch_all) = model.and_then(|model| model.catch_all.as_ref()) {
            let ident = catch_all.ident;
            quote! {
                match self {
                    Self::#ident(code) => *code,
                    _ => CODES[index(self)],
                }
            }
        } else {
            quote!(CODES[index(self)])
        },
    );
    let name_body = body(quote!(NAMES[index(self)]));
    // All reasons in one flat table, this variant's between two bounds.
    let reasons_body = body(quote! {
        let index = index(self);
        let end = REASON_BOUNDS[index + 1];
        let start = REASON_BOUNDS[index];
        REASONS.split_at(end).0.split_at(start).1
    });
    let description_body = body(quote!(DESCRIPTIONS[index(self)]));
    let category_body = body(quote! {
        let category = CATEGORIES[index(self)];
        if category.is_empty() {
            #option::None
        } else {
            #option::Some(category)
        }
    });

    let doc_code = if cx.shape.catch_all {
        format!(
            "The integer code of this `{ty_name}`: the code it carries, for the variant that keeps unknown codes."
        )
    } else {
        format!("The integer code of this `{ty_name}`.")
    };
    let doc_name = format!("The stable name of this `{ty_name}`, as every SDK spells it.");
    let doc_reasons = format!(
        "The documented reasons for this `{ty_name}`, in documentation order; empty when none is documented."
    );
    let doc_description = format!(
        "The reasons of this `{ty_name}` joined with `\"; \"`, or its name when it documents no reason."
    );
    let doc_category = format!("The section this `{ty_name}` belongs to, if it has one.");

    quote! {
        #[automatically_derived]
        impl #impl_generics #ty #ty_generics #where_clause {
            #[doc = #doc_code]
            #[must_use]
            #[inline]
            #vis const fn code(&self) -> #code_ty {
                #code_body
            }

            #[doc = #doc_name]
            #[must_use]
            #[inline]
            #vis const fn name(&self) -> &'static #str_ty {
                #name_body
            }

            #[doc = #doc_reasons]
            #[must_use]
            #[inline]
            #vis const fn reasons(&self) -> &'static [&'static #str_ty] {
                #reasons_body
            }

            #[doc = #doc_description]
            #[must_use]
            #[inline]
            #vis const fn description(&self) -> &'static #str_ty {
                #description_body
            }

            #[doc = #doc_category]
            #[must_use]
            #[inline]
            #vis const fn category(&self) -> #option<&'static #str_ty> {
                #category_body
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ty #ty_generics> for #code_ty #where_clause {
            #[inline]
            fn from(value: #ty #ty_generics) -> Self {
                value.code()
            }
        }
    }
}

/// `ALL`, `COUNT`, `from_code` and `from_name`: the items that build a
/// variant from data, so only when no variant but the catch-all has fields.
fn lookups(cx: &Context, model: Option<(&Enum, &lookup::Keys)>) -> TokenStream {
    let ty = cx.ident;
    let ty_name = &cx.ty_name;
    let vis = cx.vis;
    let code_ty = &cx.code_ty;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let option = quote!(::core::option::Option);
    let str_ty = quote!(::core::primitive::str);

    let (all, count) = match model {
        Some((model, _)) => {
            let variants = model.variants.iter().map(|variant| variant.ident);
            (quote!(&[#(Self::#variants),*]), model.variants.len())
        }
        None => (quote!(&[]), 0),
    };
    let count = Literal::usize_unsuffixed(count);
    let helpers = model.map(|(model, keys)| lookup::helpers(cx, model, keys));
    let unreachable = quote!(::core::unreachable!());
    let from_code = model.map_or_else(
        || unreachable.clone(),
        |(model, keys)| lookup::from_code(cx, model, keys),
    );
    let from_name = model.map_or(unreachable, |(model, keys)| lookup::from_name(model, keys));
    let (from_code_ty, doc_from_code) = if cx.shape.catch_all {
        (
            quote!(Self),
            format!(
                "The `{ty_name}` with this code; the variant that keeps unknown codes for a code that no other variant has."
            ),
        )
    } else {
        (
            quote!(#option<Self>),
            format!("The `{ty_name}` with this code, or `None` if no variant has it."),
        )
    };
    let doc_all = format!("Every `{ty_name}` with a code of its own, in declaration order.");
    let doc_count = format!("The number of `{ty_name}` variants in `{ty_name}::ALL`.");
    let doc_from_name = format!(
        "The `{ty_name}` with this name or alias (exact, case-sensitive), or `None` if no variant has it."
    );

    quote! {
        #helpers

        #[automatically_derived]
        impl #impl_generics #ty #ty_generics #where_clause {
            #[doc = #doc_all]
            #vis const ALL: &'static [Self] = #all;

            #[doc = #doc_count]
            #vis const COUNT: ::core::primitive::usize = #count;

            #[doc = #doc_from_code]
            #[must_use]
            #[inline]
            #[allow(unreachable_patterns)]
            #vis const fn from_code(code: #code_ty) -> #from_code_ty {
                #from_code
            }

            #[doc = #doc_from_name]
            #[must_use]
            #vis const fn from_name(name: &#str_ty) -> #option<Self> {
                #from_name
            }
        }
    }
}

/// The error types of `TryFrom<T>` and `FromStr`, beside the enum with its
/// visibility: named after it, so two derives in one module cannot collide,
/// and needing nothing but `core`. (`non_camel_case_types`: they follow
/// the enum's name, whatever the user allowed for it.)
fn error_types(cx: &Context) -> TokenStream {
    if !cx.shape.lookups {
        return TokenStream::new();
    }
    let ty_name = &cx.ty_name;
    let vis = cx.vis;
    let code_ty = &cx.code_ty;
    let derives = quote! {
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
        #[allow(non_camel_case_types)]
    };
    let name_error = cx.named_after("FromNameError");
    let doc_name_error = format!(
        "The error of `str::parse::<{ty_name}>()` for a name that no variant of `{ty_name}` has."
    );
    let code_error = (!cx.shape.catch_all).then(|| {
        let code_error = cx.named_after("FromCodeError");
        let doc_code_error = format!(
            "The error of `{ty_name}::try_from(code)` for a code that no variant of `{ty_name}` has."
        );
        quote! {
            #[doc = #doc_code_error]
            #derives
            #vis struct #code_error {
                code: #code_ty,
            }
        }
    });
    quote! {
        #code_error

        #[doc = #doc_name_error]
        #derives
        #vis struct #name_error(());
    }
}

/// `TryFrom<T>` (or `From<T>` with a catch-all) and `FromStr`, with their
/// error types' impls. After an error (`real` false) their bodies never
/// run, and call nothing that a misnamed variant could have taken.
fn conversions(cx: &Context, real: bool) -> TokenStream {
    if !cx.shape.lookups {
        return TokenStream::new();
    }
    let ty = cx.ident;
    let ty_name = &cx.ty_name;
    let code_ty = &cx.code_ty;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let option = quote!(::core::option::Option);
    let result = quote!(::core::result::Result);
    let name_error = cx.named_after("FromNameError");
    let code_error = cx.named_after("FromCodeError");
    let name_message = format!("no variant of {ty_name} has that name");

    let unreachable = quote!(::core::unreachable!());
    let (from_code_body, try_from_body, from_str_body) = if real {
        (
            quote!(Self::from_code(code)),
            quote! {
                match Self::from_code(code) {
                    #option::Some(value) => #result::Ok(value),
                    #option::None => #result::Err(#code_error { code }),
                }
            },
            quote! {
                match Self::from_name(name) {
                    #option::Some(value) => #result::Ok(value),
                    #option::None => #result::Err(#name_error(())),
                }
            },
        )
    } else {
        (unreachable.clone(), unreachable.clone(), unreachable)
    };
    let from_code = if cx.shape.catch_all {
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#code_ty> for #ty #ty_generics #where_clause {
                #[inline]
                fn from(code: #code_ty) -> Self {
                    #from_code_body
                }
            }
        }
    } else {
        let code_message = format!("no variant of {ty_name} has code {{}}");
        quote! {
            #[automatically_derived]
            impl #code_error {
                /// The code that matched no variant.
                #[must_use]
                pub const fn code(&self) -> #code_ty {
                    self.code
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #code_error {
                fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::write!(formatter, #code_message, self.code)
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #code_error {}

            #[automatically_derived]
            impl #impl_generics ::core::convert::TryFrom<#code_ty> for #ty #ty_generics #where_clause {
                type Error = #code_error;

                #[inline]
                fn try_from(code: #code_ty) -> #result<Self, #code_error> {
                    #try_from_body
                }
            }
        }
    };

    quote! {
        #from_code

        #[automatically_derived]
        impl ::core::fmt::Display for #name_error {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(#name_message)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #name_error {}

        #[automatically_derived]
        impl #impl_generics ::core::str::FromStr for #ty #ty_generics #where_clause {
            type Err = #name_error;

            #[inline]
            fn from_str(name: &::core::primitive::str) -> #result<Self, #name_error> {
                #from_str_body
            }
        }
    }
}

/// `Display` writes the description through `Formatter::pad`, so width and
/// alignment flags work as they do for `str`; the catch-all adds the code
/// it carries. `Error` is the empty impl.
fn display(cx: &Context, model: Option<&Enum>) -> TokenStream {
    let ty = cx.ident;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let body = match model {
        None => quote!(::core::unreachable!()),
        Some(Enum {
            catch_all: Some(catch_all),
            ..
        }) => {
            let ident = catch_all.ident;
            quote! {
                match self {
                    Self::#ident(code) => ::core::write!(formatter, "{} (code {})", self.description(), code),
                    _ => formatter.pad(self.description()),
                }
            }
        }
        Some(_) => quote!(formatter.pad(self.description())),
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ty #ty_generics #where_clause {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ty #ty_generics #where_clause {}
    }
}
