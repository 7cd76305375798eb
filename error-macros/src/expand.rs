//! Code generation, from validated data only. The layout is chosen for
//! compile time: one `match` maps a variant to its index, and every
//! per-variant answer is a `const` slice indexed by it, instead of one
//! `match` per method.

use crate::ast::Input;
use crate::ctxt::Errors;
use crate::valid::{self, Entry, Shape};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use syn::DeriveInput;
use syn::ext::IdentExt;

pub(crate) fn derive(node: &DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let input = Input::from_syn(node, &mut errors)?;
    let model = valid::check(&input, &mut errors);
    errors.finish()?;
    Ok(generate(&model.shape, Some(&model.entries)))
}

/// The generated items. Without entries (after an error) every item still
/// exists, with a body that is never run, so that the user's uses of the API
/// raise no further errors.
pub(crate) fn generate(shape: &Shape, entries: Option<&[Entry]>) -> TokenStream {
    let ty = shape.ident;
    let ty_name = ty.unraw().to_string();
    let (impl_generics, ty_generics, where_clause) = shape.generics.split_for_impl();
    let code_ty = code_type(shape);
    let str_ty = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);

    let body = |table: &str| match entries {
        Some([]) => quote!(match *self {}),
        Some(_) => {
            let table = format_ident!("{}", table);
            quote!(Self::#table[self.__error_codes_index()])
        }
        None => quote!(::core::unreachable!()),
    };
    let code_body = body("__ERROR_CODES_CODES");
    let name_body = body("__ERROR_CODES_NAMES");
    let reasons_body = body("__ERROR_CODES_REASONS");
    let description_body = body("__ERROR_CODES_DESCRIPTIONS");
    let category_body = body("__ERROR_CODES_CATEGORIES");
    let tables = entries
        .filter(|entries| !entries.is_empty())
        .map(|entries| tables(shape, entries));

    let doc_code = format!("The integer code of this `{ty_name}`.");
    let doc_name = format!("The stable name of this `{ty_name}`, as every SDK spells it.");
    let doc_reasons = format!(
        "The documented reasons for this `{ty_name}`, in documentation order; empty when none is documented."
    );
    let doc_description = format!(
        "The reasons of this `{ty_name}` joined with `\"; \"`, or its name when it documents no reason."
    );
    let doc_category = format!("The section this `{ty_name}` belongs to, if it has one.");

    let lookups = shape.all_unit.then(|| lookups(shape, entries));
    let display = shape.display.then(|| display(shape, entries.is_some()));

    quote! {
        #[allow(unused_qualifications)]
        impl #impl_generics #ty #ty_generics #where_clause {
            #tables

            #[doc = #doc_code]
            #[must_use]
            #[inline]
            pub const fn code(&self) -> #code_ty {
                #code_body
            }

            #[doc = #doc_name]
            #[must_use]
            #[inline]
            pub const fn name(&self) -> &'static #str_ty {
                #name_body
            }

            #[doc = #doc_reasons]
            #[must_use]
            #[inline]
            pub const fn reasons(&self) -> &'static [&'static #str_ty] {
                #reasons_body
            }

            #[doc = #doc_description]
            #[must_use]
            #[inline]
            pub const fn description(&self) -> &'static #str_ty {
                #description_body
            }

            #[doc = #doc_category]
            #[must_use]
            #[inline]
            pub const fn category(&self) -> #option<&'static #str_ty> {
                #category_body
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ty #ty_generics> for #code_ty #where_clause {
            #[inline]
            fn from(value: #ty #ty_generics) -> Self {
                value.code()
            }
        }

        #lookups
        #display
    }
}

fn code_type(shape: &Shape) -> TokenStream {
    let name = Ident::new(shape.code_type.name, shape.ident.span());
    quote!(::core::primitive::#name)
}

fn code_literal(code: i128) -> TokenStream {
    let magnitude = Literal::u128_unsuffixed(code.unsigned_abs());
    if code < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}

/// The per-variant tables and the one `match` that indexes them.
fn tables(shape: &Shape, entries: &[Entry]) -> TokenStream {
    let code_ty = code_type(shape);
    let str_ty = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let codes = entries.iter().map(|entry| code_literal(entry.code));
    let names = entries.iter().map(|entry| &entry.name);
    let reasons = entries.iter().map(|entry| {
        let reasons = &entry.reasons;
        quote!(&[#(#reasons),*])
    });
    let descriptions = entries.iter().map(|entry| {
        if entry.reasons.is_empty() {
            entry.name.clone()
        } else {
            entry.reasons.join("; ")
        }
    });
    let categories = entries.iter().map(|entry| {
        let category = entry
            .category
            .as_ref()
            .map(|category| quote!(#option::Some(#category)));
        category.unwrap_or_else(|| quote!(#option::None))
    });
    let arms = entries.iter().enumerate().map(|(index, entry)| {
        let variant = entry.variant;
        quote!(Self::#variant { .. } => #index,)
    });
    quote! {
        const __ERROR_CODES_CODES: &'static [#code_ty] = &[#(#codes),*];
        const __ERROR_CODES_NAMES: &'static [&'static #str_ty] = &[#(#names),*];
        const __ERROR_CODES_REASONS: &'static [&'static [&'static #str_ty]] = &[#(#reasons),*];
        const __ERROR_CODES_DESCRIPTIONS: &'static [&'static #str_ty] = &[#(#descriptions),*];
        const __ERROR_CODES_CATEGORIES: &'static [#option<&'static #str_ty>] = &[#(#categories),*];

        #[inline]
        const fn __error_codes_index(&self) -> ::core::primitive::usize {
            match self {
                #(#arms)*
            }
        }
    }
}

/// `ALL`, `COUNT`, `from_code`, `from_name`, `TryFrom` and `FromStr`: the
/// items that build a variant from data, so only for all-unit enums.
fn lookups(shape: &Shape, entries: Option<&[Entry]>) -> TokenStream {
    let ty = shape.ident;
    let ty_name = ty.unraw().to_string();
    let (impl_generics, ty_generics, where_clause) = shape.generics.split_for_impl();
    let code_ty = code_type(shape);
    let option = quote!(::core::option::Option);
    let str_ty = quote!(::core::primitive::str);
    let bodies = entries.map_or_else(LookupBodies::unreachable, LookupBodies::new);
    let LookupBodies {
        all,
        count,
        from_code,
        from_name,
    } = bodies;

    let doc_all = format!("Every `{ty_name}`, in declaration order.");
    let doc_count = format!("The number of `{ty_name}` variants: `{ty_name}::ALL.len()`.");
    let doc_from_code = format!("The `{ty_name}` with this code, or `None` if no variant has it.");
    let doc_from_name = format!(
        "The `{ty_name}` with this name (exact, case-sensitive), or `None` if no variant has it."
    );
    let conversions = conversions(shape);

    quote! {
        #[allow(unused_qualifications)]
        impl #impl_generics #ty #ty_generics #where_clause {
            #[doc = #doc_all]
            pub const ALL: &'static [Self] = #all;

            #[doc = #doc_count]
            pub const COUNT: ::core::primitive::usize = #count;

            #[doc = #doc_from_code]
            #[must_use]
            #[inline]
            pub const fn from_code(code: #code_ty) -> #option<Self> {
                #from_code
            }

            #[doc = #doc_from_name]
            #[must_use]
            pub const fn from_name(name: &#str_ty) -> #option<Self> {
                #from_name
            }
        }

        #conversions
    }
}

struct LookupBodies {
    all: TokenStream,
    count: usize,
    from_code: TokenStream,
    from_name: TokenStream,
}

impl LookupBodies {
    fn new(entries: &[Entry]) -> Self {
        let option = quote!(::core::option::Option);
        let variants: Vec<&syn::Ident> = entries.iter().map(|entry| entry.variant).collect();
        if variants.is_empty() {
            return LookupBodies {
                all: quote!(&[]),
                count: 0,
                from_code: quote!(let _ = code; #option::None),
                from_name: quote!(let _ = name; #option::None),
            };
        }
        let codes = entries.iter().map(|entry| code_literal(entry.code));
        let indices = 0..variants.len();
        let from_code = quote! {
            #[allow(unreachable_patterns)]
            match code {
                #(#codes => #option::Some(Self::#variants),)*
                _ => #option::None,
            }
        };
        // A linear scan: `match` on `str` is not allowed in a `const fn`,
        // and the names table is already there for `name()`.
        let from_name = quote! {
            const fn same(a: &[::core::primitive::u8], b: &[::core::primitive::u8]) -> ::core::primitive::bool {
                if a.len() != b.len() {
                    return false;
                }
                let mut i = 0;
                while i < a.len() {
                    if a[i] != b[i] {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            let mut index = 0;
            while index < Self::__ERROR_CODES_NAMES.len() {
                if same(Self::__ERROR_CODES_NAMES[index].as_bytes(), name.as_bytes()) {
                    // The variant itself, not `ALL[index]`: the enum need
                    // not be `Copy`.
                    return match index {
                        #(#indices => #option::Some(Self::#variants),)*
                        _ => #option::None,
                    };
                }
                index += 1;
            }
            #option::None
        };
        LookupBodies {
            all: quote!(&[#(Self::#variants),*]),
            count: variants.len(),
            from_code,
            from_name,
        }
    }

    fn unreachable() -> Self {
        LookupBodies {
            all: quote!(&[]),
            count: 0,
            from_code: quote!(::core::unreachable!()),
            from_name: quote!(::core::unreachable!()),
        }
    }
}

/// `TryFrom<T>` and `FromStr`, with their error types. The types are named
/// after the enum, so two derives in one module cannot collide, and need
/// nothing but `core`.
fn conversions(shape: &Shape) -> TokenStream {
    let ty = shape.ident;
    let vis = shape.vis;
    let ty_name = ty.unraw().to_string();
    let (impl_generics, ty_generics, where_clause) = shape.generics.split_for_impl();
    let code_ty = code_type(shape);
    let option = quote!(::core::option::Option);
    let result = quote!(::core::result::Result);
    let str_ty = quote!(::core::primitive::str);
    let code_error = format_ident!("{}FromCodeError", ty_name, span = ty.span());
    let name_error = format_ident!("{}FromNameError", ty_name, span = ty.span());
    let doc_code_error = format!(
        "The error of `{ty_name}::try_from(code)` for a code that no variant of `{ty_name}` has."
    );
    let doc_name_error = format!(
        "The error of `str::parse::<{ty_name}>()` for a name that no variant of `{ty_name}` has."
    );
    let code_message = format!("no variant of {ty_name} has code {{}}");
    let name_message = format!("no variant of {ty_name} has that name");
    let derives = quote! {
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
    };

    quote! {
        #[doc = #doc_code_error]
        #derives
        #vis struct #code_error {
            code: #code_ty,
        }

        #[allow(unused_qualifications)]
        impl #code_error {
            /// The code that matched no variant.
            #[must_use]
            pub const fn code(&self) -> #code_ty {
                self.code
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl ::core::fmt::Display for #code_error {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(formatter, #code_message, self.code)
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl ::core::error::Error for #code_error {}

        #[doc = #doc_name_error]
        #derives
        #vis struct #name_error(());

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl ::core::fmt::Display for #name_error {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(#name_message)
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl ::core::error::Error for #name_error {}

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl #impl_generics ::core::convert::TryFrom<#code_ty> for #ty #ty_generics #where_clause {
            type Error = #code_error;

            #[inline]
            fn try_from(code: #code_ty) -> #result<Self, #code_error> {
                match Self::from_code(code) {
                    #option::Some(value) => #result::Ok(value),
                    #option::None => #result::Err(#code_error { code }),
                }
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl #impl_generics ::core::str::FromStr for #ty #ty_generics #where_clause {
            type Err = #name_error;

            #[inline]
            fn from_str(name: &#str_ty) -> #result<Self, #name_error> {
                match Self::from_name(name) {
                    #option::Some(value) => #result::Ok(value),
                    #option::None => #result::Err(#name_error(())),
                }
            }
        }
    }
}

/// `Display` writes the description through `Formatter::pad`, so width and
/// alignment flags work as they do for `str`; `Error` is the empty impl.
fn display(shape: &Shape, real: bool) -> TokenStream {
    let ty = shape.ident;
    let (impl_generics, ty_generics, where_clause) = shape.generics.split_for_impl();
    let body = if real {
        quote!(formatter.pad(self.description()))
    } else {
        quote!(::core::unreachable!())
    };
    quote! {
        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ty #ty_generics #where_clause {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ty #ty_generics #where_clause {}
    }
}
