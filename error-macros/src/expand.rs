//! Code generation, from validated data only. The layout is chosen for
//! compile time and measured (BENCHMARKS.md): one `match` maps a variant to
//! its index and every per-variant answer is a `const` slice indexed by it,
//! instead of one `match` per method; one `match` maps an index back to a
//! variant, for both lookups; `from_code` on a large enum probes a hash
//! table built here. The macro itself runs unoptimised in every build, so
//! it emits each per-variant item as single tokens (literals, identifiers)
//! and never as a `TokenStream` of its own.

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

    // The bodies index the tables of `tables` with one `match` on `self`.
    let body = |per_variant: TokenStream| match entries {
        Some([]) => quote!(match *self {}),
        Some(_) => per_variant,
        None => quote!(::core::unreachable!()),
    };
    let code_body = body(quote!(
        Self::__ERROR_CODES_CODES[self.__error_codes_index()]
    ));
    let name_body = body(quote!(
        Self::__ERROR_CODES_NAMES[self.__error_codes_index()]
    ));
    // All reasons in one flat table, this variant's between two bounds: a
    // slice per variant would cost the macro a token group per variant.
    let reasons_body = body(quote! {
        let index = self.__error_codes_index();
        let end = Self::__ERROR_CODES_REASON_BOUNDS[index + 1];
        let start = Self::__ERROR_CODES_REASON_BOUNDS[index];
        Self::__ERROR_CODES_REASONS.split_at(end).0.split_at(start).1
    });
    let description_body = body(quote!(
        Self::__ERROR_CODES_DESCRIPTIONS[self.__error_codes_index()]
    ));
    // `""` for none (a category is never empty): no `Some(..)` group per
    // variant either.
    let category_body = body(quote! {
        let category = Self::__ERROR_CODES_CATEGORIES[self.__error_codes_index()];
        if category.is_empty() {
            #option::None
        } else {
            #option::Some(category)
        }
    });
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

/// One literal token even for a negative code: the compiler splits it into
/// `-` and the magnitude, and a per-variant token tree is far cheaper to
/// emit than a per-variant `TokenStream` (each of those is a round trip
/// through the compiler's proc-macro bridge).
fn code_literal(code: i128) -> Literal {
    Literal::i128_unsuffixed(code)
}

/// The per-variant tables and the one `match` that indexes them. Every
/// per-variant item is a single token (a literal or an identifier), so that
/// the whole output is built without one `TokenStream` per variant.
fn tables(shape: &Shape, entries: &[Entry]) -> TokenStream {
    let code_ty = code_type(shape);
    let str_ty = quote!(::core::primitive::str);
    let usize_ty = quote!(::core::primitive::usize);
    let codes = entries.iter().map(|entry| code_literal(entry.code));
    let names = entries.iter().map(|entry| &entry.name);
    let reasons = entries.iter().flat_map(|entry| &entry.reasons);
    let reason_bounds = std::iter::once(0)
        .chain(entries.iter().scan(0, |end, entry| {
            *end += entry.reasons.len();
            Some(*end)
        }))
        .map(Literal::usize_unsuffixed);
    let descriptions = entries.iter().map(|entry| {
        if entry.reasons.is_empty() {
            entry.name.clone()
        } else {
            entry.reasons.join("; ")
        }
    });
    let categories = entries
        .iter()
        .map(|entry| entry.category.as_deref().unwrap_or(""));
    let variants = entries.iter().map(|entry| entry.variant);
    let indices = (0..entries.len()).map(Literal::usize_unsuffixed);
    // `{ .. }` matches any fields; a unit-only enum needs no group per arm.
    let fields = (!shape.all_unit).then(|| quote!({ .. }));
    quote! {
        const __ERROR_CODES_CODES: &'static [#code_ty] = &[#(#codes),*];
        const __ERROR_CODES_NAMES: &'static [&'static #str_ty] = &[#(#names),*];
        const __ERROR_CODES_REASONS: &'static [&'static #str_ty] = &[#(#reasons),*];
        const __ERROR_CODES_REASON_BOUNDS: &'static [#usize_ty] = &[#(#reason_bounds),*];
        const __ERROR_CODES_DESCRIPTIONS: &'static [&'static #str_ty] = &[#(#descriptions),*];
        const __ERROR_CODES_CATEGORIES: &'static [&'static #str_ty] = &[#(#categories),*];

        #[inline]
        const fn __error_codes_index(&self) -> #usize_ty {
            match self {
                #(Self::#variants #fields => #indices,)*
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
    let bodies = entries.map_or_else(LookupBodies::unreachable, |entries| {
        LookupBodies::new(shape, entries)
    });
    let LookupBodies {
        all,
        count,
        from_code,
        from_name,
        variant_at,
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

            #variant_at
        }

        #conversions
    }
}

struct LookupBodies {
    all: TokenStream,
    count: usize,
    from_code: TokenStream,
    from_name: TokenStream,
    /// `__error_codes_variant`, index to variant, which both lookups end
    /// in; absent when there is no variant.
    variant_at: Option<TokenStream>,
}

/// From this many variants on, `from_code` probes a hash table instead of
/// running one `match` on the code. LLVM turns a `match` on sparse codes
/// into a binary search of about `2 * log2(N)` compare-and-branch
/// instructions: fewer than a hash probe for small enums, more for large
/// ones, and slower to compile (BENCHMARKS.md has the figures).
const HASHED_FROM_CODE: usize = 40;

impl LookupBodies {
    fn new(shape: &Shape, entries: &[Entry]) -> Self {
        let option = quote!(::core::option::Option);
        let variants: Vec<&syn::Ident> = entries.iter().map(|entry| entry.variant).collect();
        if variants.is_empty() {
            return LookupBodies {
                all: quote!(&[]),
                count: 0,
                from_code: quote!(let _ = code; #option::None),
                from_name: quote!(let _ = name; #option::None),
                variant_at: None,
            };
        }
        let usize_ty = quote!(::core::primitive::usize);
        let indices = (0..variants.len()).map(Literal::usize_unsuffixed);
        // The variant itself, not `ALL[index]`: the enum need not be `Copy`.
        // With the default discriminants LLVM makes this `match` a bounds
        // check, so both lookups can end here at no cost. `Some` around the
        // whole `match`, not in each arm: one token group, not one per arm.
        let variant_at = quote! {
            #[inline]
            const fn __error_codes_variant(index: #usize_ty) -> #option<Self> {
                #option::Some(match index {
                    #(#indices => Self::#variants,)*
                    _ => return #option::None,
                })
            }
        };
        let from_code = if entries.len() < HASHED_FROM_CODE {
            let codes = entries.iter().map(|entry| code_literal(entry.code));
            // `_` is unreachable when every value of the code type is a code.
            quote! {
                #[allow(unreachable_patterns)]
                let variant = match code {
                    #(#codes => Self::#variants,)*
                    _ => return #option::None,
                };
                #option::Some(variant)
            }
        } else {
            hashed_from_code(shape, entries)
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
                    return Self::__error_codes_variant(index);
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
            variant_at: Some(variant_at),
        }
    }

    fn unreachable() -> Self {
        LookupBodies {
            all: quote!(&[]),
            count: 0,
            from_code: quote!(::core::unreachable!()),
            from_name: quote!(::core::unreachable!()),
            variant_at: None,
        }
    }
}

/// Fibonacci hashing: the code's 64 bits times 2^64 / golden ratio, top
/// bits kept. One multiplication and one shift at run time.
const HASH_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// An open-addressing table of the codes, built here so that `from_code`
/// only probes it: the slot of a code is its hash, or the next free one
/// after it (linear probing), and at most half the slots are used.
struct SlotTable {
    /// Each slot's code and variant index; `None` for an empty slot.
    slots: Vec<Option<(i128, usize)>>,
    shift: u32,
}

impl SlotTable {
    fn new(entries: &[Entry]) -> Self {
        let len = (entries.len() * 2).next_power_of_two();
        let shift = 64 - len.trailing_zeros();
        let mut slots = vec![None; len];
        for (index, entry) in entries.iter().enumerate() {
            let mut slot = Self::home(entry.code, shift);
            while slots[slot].is_some() {
                slot = (slot + 1) & (len - 1);
            }
            slots[slot] = Some((entry.code, index));
        }
        SlotTable { slots, shift }
    }

    /// The first slot to probe for `code`, as the generated code computes
    /// it: `code as u64` keeps the low 64 bits of the two's complement, as
    /// masking the `i128` does here.
    fn home(code: i128, shift: u32) -> usize {
        let bits = u64::try_from(code & i128::from(u64::MAX)).expect("masked to 64 bits");
        usize::try_from(bits.wrapping_mul(HASH_MULTIPLIER) >> shift).expect("a slot index")
    }
}

/// `from_code` as a probe of a `SlotTable`: hash, compare the slot's code,
/// about 1.5 probes per lookup at worst. An empty slot holds code 0 and
/// an index past the last variant: reached before the code's own slot, it
/// means the code is not in the table (linear probing leaves no gap
/// between a code's first slot and its own), so `None` is right whether
/// its 0 matches or not.
fn hashed_from_code(shape: &Shape, entries: &[Entry]) -> TokenStream {
    let option = quote!(::core::option::Option);
    let code_ty = code_type(shape);
    let table = SlotTable::new(entries);
    let (index_ty, empty) = match u16::try_from(entries.len()) {
        Ok(len) if len < u16::MAX => (quote!(::core::primitive::u16), u128::from(u16::MAX)),
        _ => (quote!(::core::primitive::u32), u128::from(u32::MAX)),
    };
    let codes = table
        .slots
        .iter()
        .map(|slot| code_literal(slot.map_or(0, |(code, _)| code)));
    let indices = table.slots.iter().map(|slot| {
        slot.map_or_else(
            || Literal::u128_unsuffixed(empty),
            |(_, index)| Literal::usize_unsuffixed(index),
        )
    });
    let empty = Literal::u128_unsuffixed(empty);
    let mask = Literal::usize_unsuffixed(table.slots.len() - 1);
    let shift = Literal::u32_unsuffixed(table.shift);
    let multiplier = Literal::u64_suffixed(HASH_MULTIPLIER);
    // `as u64` on a `u64` code would be an unnecessary cast.
    let bits = if shape.code_type.name == "u64" {
        quote!(code)
    } else {
        quote!((code as ::core::primitive::u64))
    };
    // The loop ends: at least half the slots are empty.
    quote! {
        const CODES: &[#code_ty] = &[#(#codes),*];
        const INDICES: &[#index_ty] = &[#(#indices),*];
        let mut slot = (#bits.wrapping_mul(#multiplier) >> #shift) as ::core::primitive::usize;
        loop {
            if CODES[slot] == code {
                return Self::__error_codes_variant(INDICES[slot] as ::core::primitive::usize);
            }
            if INDICES[slot] == #empty {
                return #option::None;
            }
            slot = (slot + 1) & #mask;
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
