//! The generated API: every item and impl the derive adds, with its docs
//! and signature, around bodies it is given. A valid enum gets the bodies
//! that answer from its variants ([`expand`](crate::expand)); after an error the same
//! items get bodies that never run ([`fallback`](crate::fallback)), so that the user's uses
//! of the API raise no further errors. What the API looks like depends on
//! the enum's [`Shape`](error_codes_model::ast::Shape) alone.
//!
//! Everything but the two error types lives in one `const _: () = { ... };`
//! block: the tables and helpers are free items there, out of the enum's
//! namespace, so that no variant name can collide with them; their names
//! start with `__`, so that none hides a constant the user's codes name.

use crate::context::{Context, core_path, primitive};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, quote};
use syn::Generics;

/// The bodies of the per-variant methods.
pub(crate) struct MethodBodies {
    pub code: TokenStream,
    pub name: TokenStream,
    pub reasons: TokenStream,
    pub description: TokenStream,
    pub category: TokenStream,
    pub doc_url: TokenStream,
    pub is_retryable: TokenStream,
}

/// What the items do, and the free items they use.
pub(crate) struct Bodies {
    /// The per-variant tables the methods read.
    pub tables: TokenStream,
    pub methods: MethodBodies,
    /// The items the lookups use: hash tables and their helpers.
    pub lookup_helpers: TokenStream,
    /// `ALL`'s value: `&[Self::A, Self::B]`.
    pub all: TokenStream,
    pub count: usize,
    pub from_code: TokenStream,
    pub from_name: TokenStream,
    /// `From<T>::from` with a catch-all, `TryFrom<T>::try_from` without.
    pub from_code_impl: TokenStream,
    pub from_str: TokenStream,
    pub display: TokenStream,
    /// What `Display` needs of the types of the fields its messages write:
    /// `T: Display` for a field of a type parameter's type.
    pub display_bounds: Vec<TokenStream>,
    /// What the compiler must check of codes only it can evaluate.
    pub checks: TokenStream,
}

/// Every generated item.
pub(crate) fn items(cx: &Context, bodies: &Bodies) -> TokenStream {
    let error_types = error_types(cx);
    let tables = &bodies.tables;
    let methods = methods(cx, bodies);
    let lookups = cx.shape.lookups.then(|| lookups(cx, bodies));
    let conversions = conversions(cx, bodies);
    let display = cx.shape.display.then(|| enum_display(cx, bodies));
    let checks = &bodies.checks;
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

/// The methods every variant answers, and `From<E>` for the code type.
fn methods(cx: &Context, bodies: &Bodies) -> TokenStream {
    let ty = cx.ident;
    let ty_name = &cx.ty_name;
    let vis = cx.vis;
    let code_ty = &cx.code_ty;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let str_ty = primitive("str");
    let bool_ty = primitive("bool");
    let option = core_path("option", "Option");
    let MethodBodies {
        code,
        name,
        reasons,
        description,
        category,
        doc_url,
        is_retryable,
    } = &bodies.methods;

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
    let doc_doc_url = format!("The page that documents this `{ty_name}`, if it has one.");
    let doc_is_retryable = format!(
        "Whether the same request may succeed if tried again after this `{ty_name}` (a timeout, an overloaded server), as opposed to a mistake the caller must fix."
    );

    // Every method has the same shape: one template for the seven.
    let mut methods = TokenStream::new();
    let mut method = |doc: String, name: &str, ret: TokenStream, body: &TokenStream| {
        let name = Ident::new(name, Span::call_site());
        methods.extend(quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            #vis const fn #name(&self) -> #ret {
                #body
            }
        });
    };
    let static_str = quote!(&'static #str_ty);
    let optional_str = quote!(#option<#static_str>);
    method(doc_code, "code", code_ty.clone(), code);
    method(doc_name, "name", static_str.clone(), name);
    method(
        doc_reasons,
        "reasons",
        quote!(&'static [#static_str]),
        reasons,
    );
    method(doc_description, "description", static_str, description);
    method(doc_category, "category", optional_str.clone(), category);
    method(doc_doc_url, "doc_url", optional_str, doc_url);
    method(doc_is_retryable, "is_retryable", bool_ty, is_retryable);

    quote! {
        #[automatically_derived]
        impl #impl_generics #ty #ty_generics #where_clause {
            #methods
        }

        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ty #ty_generics> for #code_ty #where_clause {
            #[inline]
            fn from(__value: #ty #ty_generics) -> Self {
                __value.code()
            }
        }
    }
}

/// `ALL`, `COUNT`, `from_code` and `from_name`: the items that build a
/// variant from data, so only when no variant but the catch-all has fields.
fn lookups(cx: &Context, bodies: &Bodies) -> TokenStream {
    let ty = cx.ident;
    let ty_name = &cx.ty_name;
    let vis = cx.vis;
    let code_ty = &cx.code_ty;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let option = core_path("option", "Option");
    let str_ty = primitive("str");
    let usize_ty = primitive("usize");
    let Bodies {
        lookup_helpers,
        all,
        from_code,
        from_name,
        ..
    } = bodies;
    let count = Literal::usize_unsuffixed(bodies.count);
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
        #lookup_helpers

        #[automatically_derived]
        impl #impl_generics #ty #ty_generics #where_clause {
            #[doc = #doc_all]
            #vis const ALL: &'static [Self] = #all;

            #[doc = #doc_count]
            #vis const COUNT: #usize_ty = #count;

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
/// error types' impls.
fn conversions(cx: &Context, bodies: &Bodies) -> TokenStream {
    if !cx.shape.lookups {
        return TokenStream::new();
    }
    let ty = cx.ident;
    let ty_name = &cx.ty_name;
    let code_ty = &cx.code_ty;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let result = core_path("result", "Result");
    let str_ty = primitive("str");
    let name_error = cx.named_after("FromNameError");
    let name_message = format!("no variant of {ty_name} has that name");
    let name_error_display = display(
        &Generics::default(),
        &name_error.to_token_stream(),
        &TokenStream::new(),
        &TokenStream::new(),
        &quote!(__formatter.write_str(#name_message)),
    );
    let Bodies {
        from_code_impl,
        from_str,
        ..
    } = bodies;
    let from_code = if cx.shape.catch_all {
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#code_ty> for #ty #ty_generics #where_clause {
                #[inline]
                fn from(code: #code_ty) -> Self {
                    #from_code_impl
                }
            }
        }
    } else {
        let code_error = cx.named_after("FromCodeError");
        let code_message = format!("no variant of {ty_name} has code {{}}");
        let code_error_display = display(
            &Generics::default(),
            &code_error.to_token_stream(),
            &TokenStream::new(),
            &TokenStream::new(),
            &quote!(::core::write!(__formatter, #code_message, self.code)),
        );
        quote! {
            #[automatically_derived]
            impl #code_error {
                /// The code that matched no variant.
                #[must_use]
                pub const fn code(&self) -> #code_ty {
                    self.code
                }
            }

            #code_error_display

            #[automatically_derived]
            impl #impl_generics ::core::convert::TryFrom<#code_ty> for #ty #ty_generics #where_clause {
                type Error = #code_error;

                #[inline]
                fn try_from(code: #code_ty) -> #result<Self, #code_error> {
                    #from_code_impl
                }
            }
        }
    };

    quote! {
        #from_code

        #name_error_display

        #[automatically_derived]
        impl #impl_generics ::core::str::FromStr for #ty #ty_generics #where_clause {
            type Err = #name_error;

            #[inline]
            fn from_str(name: &#str_ty) -> #result<Self, #name_error> {
                #from_str
            }
        }
    }
}

/// The enum's `Display` and empty `Error` impl. A generic enum's `Error`
/// needs it to be `Debug` and `Display`, which its type parameters decide
/// (as thiserror bounds it).
fn enum_display(cx: &Context, bodies: &Bodies) -> TokenStream {
    let ty = cx.ident;
    let (_, ty_generics, where_clause) = cx.generics.split_for_impl();
    let bounded = |bounds: &[TokenStream]| {
        if bounds.is_empty() {
            return quote!(#where_clause);
        }
        let existing = where_clause.map(|clause| &clause.predicates);
        let comma = existing
            .filter(|existing| !existing.empty_or_trailing())
            .map(|_| quote!(,));
        quote!(where #existing #comma #(#bounds),*)
    };
    let display_where = bounded(&bodies.display_bounds);
    let generic = cx.generics.type_params().next().is_some();
    let error_bounds: Vec<TokenStream> = generic
        .then(|| quote!(Self: ::core::fmt::Debug + ::core::fmt::Display))
        .into_iter()
        .collect();
    let error_where = bounded(&error_bounds);
    display(
        cx.generics,
        &quote!(#ty #ty_generics),
        &display_where,
        &error_where,
        &bodies.display,
    )
}

/// `Display` through `body` and the empty `Error` impl, for `ty` (with
/// its generic arguments) and `generics`, each impl with its where
/// clause: the enum's, and each error type's.
fn display(
    generics: &Generics,
    ty: &TokenStream,
    display_where: &TokenStream,
    error_where: &TokenStream,
    body: &TokenStream,
) -> TokenStream {
    let (impl_generics, _, _) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ty #display_where {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ty #error_where {}
    }
}
