//! The lookups by code and by name, as `const fn`s.
//!
//! * `from_code`: one `match` on the code below [`HASHED_FROM_CODE`] codes,
//!   an open-addressing hash table built here from that many on, and, when
//!   a code is a constant whose value only the compiler knows, the same
//!   table built by the compiler's constant evaluation, which also reports
//!   two variants with one code.
//! * `from_name`: one `match` on the name's bytes below [`HASHED_FROM_NAME`]
//!   names (the compiler sorts it by length, then by bytes, as a hand
//!   `match` on `&str` is), and from that many on, an open-addressing hash
//!   table of the names and aliases built here, probed with the same hash
//!   computed at run time.
//!
//! Both tables keep at most half their slots in use and probe linearly,
//! so a lookup ends at the first empty slot; both end in `variant_at`, the
//! one `match` from an index back to a variant.

use crate::expand::{CodeTokens, Context};
use error_codes_model::CodeType;
use error_codes_model::ast::{Code, Enum, Variant};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// From this many codes on (alternatives included), `from_code` probes a
/// hash table instead of running one `match` on the code. LLVM turns a
/// `match` on sparse codes into a binary search of about `2 * log2(N)`
/// compare-and-branch instructions: fewer than a hash probe for small
/// enums, more for large ones, and slower to compile (BENCHMARKS.md).
const HASHED_FROM_CODE: usize = 40;

/// From this many names on (aliases included), `from_name` probes a hash
/// table instead of running one `match` on the bytes: the `match` costs
/// about as much as a hand `match` on `&str`, a little more per name, the
/// probe a hash of the whole name and one comparison, whatever the number
/// of names; they cost the same near this size (BENCHMARKS.md).
const HASHED_FROM_NAME: usize = 48;

/// Fibonacci hashing: 2^64 / the golden ratio. One multiplication, the top
/// bits kept.
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// The keys of both lookups, gathered once per expansion.
pub(crate) struct Keys<'m> {
    /// Every code with the index of its variant: each variant's code in
    /// declaration order (so a code's index is its variant's), then the
    /// alternatives.
    codes: Vec<(&'m Code, usize)>,
    /// Every name the lookup accepts with the index of its variant: names
    /// in declaration order, then the aliases.
    names: Vec<(&'m str, usize)>,
    /// Whether every code is a literal, whose value the derive knows.
    codes_known: bool,
}

impl<'m> Keys<'m> {
    pub(crate) fn new(model: &'m Enum) -> Self {
        let variants = || model.variants.iter().enumerate();
        let codes = variants()
            .map(|(i, v)| (&v.code, i))
            .chain(variants().flat_map(|(i, v)| v.alternatives.iter().map(move |code| (code, i))))
            .collect();
        let names = variants()
            .map(|(i, v)| (v.name.as_str(), i))
            .chain(
                variants()
                    .flat_map(|(i, v)| v.aliases.iter().map(move |alias| (alias.as_str(), i))),
            )
            .collect();
        Keys {
            codes,
            names,
            codes_known: model.variants.iter().all(Variant::codes_known),
        }
    }

    /// Whether `from_code` probes a hash table: a large enum, or codes only
    /// the compiler knows.
    fn hashed_codes(&self) -> bool {
        self.codes.len() >= HASHED_FROM_CODE || !self.codes_known
    }

    /// Whether `from_name` probes a hash table.
    fn hashed_names(&self) -> bool {
        self.names.len() >= HASHED_FROM_NAME
    }
}

/// The slot index type for `entries` keys, and the value of an empty slot
/// (one that no key index reaches).
fn slot_type(entries: usize) -> (TokenStream, Literal) {
    match u16::try_from(entries) {
        Ok(len) if len < u16::MAX => (
            quote!(::core::primitive::u16),
            Literal::u16_unsuffixed(u16::MAX),
        ),
        _ => (
            quote!(::core::primitive::u32),
            Literal::u32_unsuffixed(u32::MAX),
        ),
    }
}

/// A table of `2 * keys` slots or more, a power of two: its length and the
/// shift that keeps a 64-bit hash's top bits as a slot index.
fn table_size(keys: usize) -> (usize, u32) {
    let len = (keys * 2).next_power_of_two().max(2);
    (len, 64 - len.trailing_zeros())
}

/// The items both lookups use: `variant_at`, and each lookup's tables.
pub(crate) fn helpers(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    if model.variants.is_empty() {
        return TokenStream::new();
    }
    let ty = cx.ident;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let option = quote!(::core::option::Option);
    let usize_ty = quote!(::core::primitive::usize);
    let variants = model.variants.iter().map(|variant| variant.ident);
    let indices = (0..model.variants.len()).map(Literal::usize_unsuffixed);
    let code_table = code_table(cx, model, keys);
    let name_table = name_table(model, keys);
    // The variant itself, not `ALL[index]`: the enum need not be `Copy`.
    // LLVM makes this `match` a bounds check. `Some` around the whole
    // `match`, not in each arm: one token group, not one per arm. With a
    // catch-all, an index past the variants is the code it keeps.
    let variant_at = match &model.catch_all {
        None => quote! {
            #[inline]
            const fn variant_at #impl_generics (index: #usize_ty) -> #option<#ty #ty_generics> #where_clause {
                #option::Some(match index {
                    #(#indices => #ty::#variants,)*
                    _ => return #option::None,
                })
            }
        },
        Some(catch_all) => {
            let code_ty = &cx.code_ty;
            let other = catch_all.ident;
            quote! {
                #[inline]
                const fn variant_at #impl_generics (index: #usize_ty, code: #code_ty) -> #ty #ty_generics #where_clause {
                    match index {
                        #(#indices => #ty::#variants,)*
                        _ => #ty::#other(code),
                    }
                }
            }
        }
    };
    // Only the probes of a hash table end in `variant_at`.
    let variant_at = (keys.hashed_codes() || keys.hashed_names()).then_some(variant_at);
    quote! {
        #variant_at
        #code_table
        #name_table
    }
}

/// What `from_code` does with a code no variant has: `None`, or keep it
/// in the catch-all.
fn miss(model: &Enum) -> TokenStream {
    if let Some(catch_all) = &model.catch_all {
        let ident = catch_all.ident;
        quote!(Self::#ident(code))
    } else {
        quote!(::core::option::Option::None)
    }
}

/// What `from_code` returns for the variant at `index`.
fn hit(model: &Enum, index: &TokenStream) -> TokenStream {
    if model.catch_all.is_some() {
        quote!(variant_at(#index, code))
    } else {
        quote!(variant_at(#index))
    }
}

/// `code as u64`, the bits every code hashes by (`as u64` on a `u64` would
/// be an unnecessary cast).
fn code_bits(code_type: CodeType, code: &TokenStream) -> TokenStream {
    if code_type == CodeType::U64 {
        quote!(#code)
    } else {
        quote!((#code as ::core::primitive::u64))
    }
}

/// The body of `from_code`.
pub(crate) fn from_code(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    let miss = miss(model);
    if model.variants.is_empty() {
        return quote!(let _ = code; #miss);
    }
    if !keys.hashed_codes() {
        let arms = keys.codes.iter().map(|(code, _)| CodeTokens(code));
        let variants = keys
            .codes
            .iter()
            .map(|&(_, index)| model.variants[index].ident);
        // (`_` is unreachable when every value of the code type is a code:
        // `from_code` allows `unreachable_patterns`.)
        return if model.catch_all.is_some() {
            quote! {
                match code {
                    #(#arms => Self::#variants,)*
                    _ => #miss,
                }
            }
        } else {
            quote! {
                ::core::option::Option::Some(match code {
                    #(#arms => Self::#variants,)*
                    _ => return #miss,
                })
            }
        };
    }
    let bits = code_bits(cx.shape.code_type, &quote!(code));
    let (len, shift) = table_size(keys.codes.len());
    let (_, empty) = slot_type(model.variants.len());
    let mask = Literal::usize_unsuffixed(len - 1);
    let shift = Literal::u32_unsuffixed(shift);
    let found = hit(
        model,
        &quote!(SLOT_VARIANTS[slot] as ::core::primitive::usize),
    );
    // An empty slot holds code 0 and no variant: reached before the code's
    // own slot, it means the code is not in the table (linear probing
    // leaves no gap between a code's first slot and its own), so the
    // answer is right whether its 0 matches or not (`variant_at` of no
    // variant is `None`, or the catch-all). The loop ends: at least half
    // the slots are empty.
    quote! {
        let mut slot = (#bits.wrapping_mul(#MULTIPLIER) >> #shift) as ::core::primitive::usize;
        loop {
            if SLOT_CODES[slot] == code {
                return #found;
            }
            if SLOT_VARIANTS[slot] == #empty {
                return #miss;
            }
            slot = (slot + 1) & #mask;
        }
    }
}

/// The tables `from_code` probes, when it probes one: for each slot, the
/// code there (`SLOT_CODES`, 0 when empty) and its variant's index
/// (`SLOT_VARIANTS`, one past any index when empty), side by side, so that
/// a probe compares the code it loads.
fn code_table(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    if !keys.hashed_codes() {
        return TokenStream::new();
    }
    let code_ty = &cx.code_ty;
    let (slot_ty, empty) = slot_type(model.variants.len());
    let (len, shift) = table_size(keys.codes.len());
    if !keys.codes_known {
        return built_by_compiler(cx, &keys.codes, len, shift, &slot_ty, &empty);
    }
    // Built here: every code is a literal.
    let values: Vec<(i128, usize)> = keys
        .codes
        .iter()
        .map(|&(code, index)| match code {
            Code::Value(value) => (*value, index),
            Code::Const(_) => unreachable!("all_codes_known"),
        })
        .collect();
    let slots = build_slots(&values, |&(code, _)| code_home(code, shift), len);
    let slot_codes = slots
        .iter()
        .map(|slot| Literal::i128_unsuffixed(slot.map_or(0, |key| values[key].0)));
    let slot_variants = slots.iter().map(|slot| {
        slot.map_or_else(
            || empty.clone(),
            |key| Literal::usize_unsuffixed(values[key].1),
        )
    });
    quote! {
        const SLOT_CODES: &[#code_ty] = &[#(#slot_codes),*];
        const SLOT_VARIANTS: &[#slot_ty] = &[#(#slot_variants),*];
    }
}

/// The first slot to probe for `code`, as the generated code computes it:
/// `code as u64` keeps the low 64 bits of the two's complement, as masking
/// the `i128` does here.
fn code_home(code: i128, shift: u32) -> usize {
    let bits = u64::try_from(code & i128::from(u64::MAX)).unwrap_or_default();
    usize::try_from(bits.wrapping_mul(MULTIPLIER) >> shift).unwrap_or_default()
}

/// An open-addressing table: each key in the slot of its hash, or the next
/// free one after it. `len` is a power of two, at least twice the keys.
fn build_slots<K>(keys: &[K], home: impl Fn(&K) -> usize, len: usize) -> Vec<Option<usize>> {
    let mut slots = vec![None; len];
    for (index, key) in keys.iter().enumerate() {
        let mut slot = home(key);
        while slots[slot].is_some() {
            slot = (slot + 1) & (len - 1);
        }
        slots[slot] = Some(index);
    }
    slots
}

/// `SLOT_CODES` and `SLOT_VARIANTS` as constants the compiler evaluates,
/// for codes that are constants: the same table as [`build_slots`] makes,
/// and the place where two variants with one code are found, and named.
fn built_by_compiler(
    cx: &Context,
    codes: &[(&Code, usize)],
    len: usize,
    shift: u32,
    slot_ty: &TokenStream,
    empty: &Literal,
) -> TokenStream {
    let code_ty = &cx.code_ty;
    let lookup_codes = codes.iter().map(|(code, _)| CodeTokens(code));
    let lookup_variants = codes
        .iter()
        .map(|&(_, index)| Literal::usize_unsuffixed(index));
    let count = Literal::usize_unsuffixed(codes.len());
    let bits = code_bits(cx.shape.code_type, &quote!(codes[key]));
    let usize_ty = quote!(::core::primitive::usize);
    let mask = Literal::usize_unsuffixed(len - 1);
    let shift = Literal::u32_unsuffixed(shift);
    let len = Literal::usize_unsuffixed(len);
    let ty_name = &cx.ty_name;
    let same_code = format!("` of `{ty_name}` have the same code; codes must be unique");
    let twice = format!("` of `{ty_name}` lists the same code twice");
    // Spanned at the enum: which variants clash is known only here, at
    // compile time, and the message names them.
    let duplicate = quote::quote_spanned! {cx.ident.span()=>
        let (first, second) = (variants[slot] as #usize_ty, LOOKUP_VARIANTS[key] as #usize_ty);
        if first == second {
            fail(&["variant `", IDENTS[first], #twice]);
        }
        fail(&["variants `", IDENTS[first], "` and `", IDENTS[second], #same_code]);
    };
    quote! {
        // Every code (alternatives included) and its variant's index.
        const LOOKUP_CODES: [#code_ty; #count] = [#(#lookup_codes),*];
        const LOOKUP_VARIANTS: [#slot_ty; #count] = [#(#lookup_variants),*];

        const SLOTS: ([#code_ty; #len], [#slot_ty; #len]) = {
            let codes = LOOKUP_CODES;
            let mut slot_codes = [0; #len];
            let mut variants = [#empty; #len];
            let mut key = 0;
            while key < codes.len() {
                let mut slot = (#bits.wrapping_mul(#MULTIPLIER) >> #shift) as #usize_ty;
                loop {
                    if variants[slot] == #empty {
                        slot_codes[slot] = codes[key];
                        variants[slot] = LOOKUP_VARIANTS[key];
                        break;
                    }
                    if slot_codes[slot] == codes[key] {
                        #duplicate
                    }
                    slot = (slot + 1) & #mask;
                }
                key += 1;
            }
            (slot_codes, variants)
        };
        const SLOT_CODES: &[#code_ty] = &SLOTS.0;
        const SLOT_VARIANTS: &[#slot_ty] = &SLOTS.1;
    }
}

/// The checks the compiler makes for codes that are constants: each one
/// outside every reserved code (spanned at the constant, so the error is at
/// the variant), and, through `SLOTS`, no two alike.
pub(crate) fn const_checks(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    if keys.codes_known {
        return TokenStream::new();
    }
    let code_ty = &cx.code_ty;
    let ty_name = &cx.ty_name;
    let idents: Vec<String> = model
        .variants
        .iter()
        .map(|variant| syn::ext::IdentExt::unraw(variant.ident).to_string())
        .collect();
    // The longest message `fail` is given: the fixed text and two names.
    let longest = idents.iter().map(String::len).max().unwrap_or(0);
    let capacity = Literal::usize_unsuffixed(2 * longest + ty_name.len() + 128);
    let ranges: Vec<(Literal, Literal)> = model
        .reserved
        .iter()
        .filter_map(|reserved| match *reserved {
            error_codes_model::Reserved::Code(code) => Some((code, code)),
            error_codes_model::Reserved::Range(start, end) => Some((start, end)),
            error_codes_model::Reserved::Name(_) => None,
        })
        .map(|(start, end)| {
            (
                Literal::i128_unsuffixed(start),
                Literal::i128_unsuffixed(end),
            )
        })
        .collect();
    let reserved_checks = (!ranges.is_empty()).then(|| {
        let starts = ranges.iter().map(|range| &range.0);
        let ends = ranges.iter().map(|range| &range.1);
        let checks = model.variants.iter().flat_map(|variant| {
            let ident = syn::ext::IdentExt::unraw(variant.ident).to_string();
            std::iter::once(&variant.code)
                .chain(&variant.alternatives)
                .filter_map(move |code| match code {
                    Code::Const(expr) => {
                        let message = format!(
                            "the code of `{ident}` is reserved in `{ty_name}`: it was retired and cannot be used again"
                        );
                        Some(reserved_check(expr, &message))
                    }
                    Code::Value(_) => None,
                })
        });
        quote! {
            const RESERVED: &[(#code_ty, #code_ty)] = &[#((#starts, #ends)),*];

            const fn is_reserved(code: #code_ty) -> ::core::primitive::bool {
                let mut range = 0;
                while range < RESERVED.len() {
                    if RESERVED[range].0 <= code && code <= RESERVED[range].1 {
                        return true;
                    }
                    range += 1;
                }
                false
            }

            #(#checks)*
        }
    });
    let uses_slots = (!cx.shape.lookups).then(|| {
        quote!(
            const _: () = {
                let _ = SLOTS;
            };
        )
    });
    let lookup_tables = (!cx.shape.lookups).then(|| code_table(cx, model, keys));
    quote! {
        // The variants' identifiers, for the messages of `fail`.
        const IDENTS: &[&::core::primitive::str] = &[#(#idents),*];

        // Stops the compile with `parts` joined: a panic during constant
        // evaluation is a compile error that shows its message.
        const fn fail(parts: &[&::core::primitive::str]) -> ! {
            let mut message = [0u8; #capacity];
            let mut len = 0;
            let mut part = 0;
            while part < parts.len() {
                let bytes = parts[part].as_bytes();
                let mut byte = 0;
                while byte < bytes.len() && len < message.len() {
                    message[len] = bytes[byte];
                    len += 1;
                    byte += 1;
                }
                part += 1;
            }
            match ::core::str::from_utf8(message.split_at(len).0) {
                ::core::result::Result::Ok(message) => ::core::panic!("{}", message),
                ::core::result::Result::Err(_) => ::core::panic!("two codes of an enum are the same"),
            }
        }

        #lookup_tables
        #uses_slots
        #reserved_checks
    }
}

/// `const _: () = ...;` that fails with `message` when the constant code
/// `expr` is reserved, spanned at `expr` so the error names its place.
fn reserved_check(expr: &TokenStream, message: &str) -> TokenStream {
    let span = syn::spanned::Spanned::span(expr);
    quote::quote_spanned! {span=>
        const _: () = if is_reserved(#expr) {
            fail(&[#message]);
        };
    }
}

/// The hash of a name, the same here and at run time (`hash_name` in the
/// generated code): the length, then each 8-byte little-endian word and the
/// last partial word, mixed by a multiplication.
fn name_hash(name: &[u8]) -> u64 {
    let mut hash = (name.len() as u64).wrapping_mul(MULTIPLIER);
    let mut words = name.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        hash = (hash ^ word).wrapping_mul(MULTIPLIER).rotate_left(31);
    }
    let mut last = 0u64;
    for (i, &byte) in words.remainder().iter().enumerate() {
        last |= u64::from(byte) << (8 * i);
    }
    (hash ^ last).wrapping_mul(MULTIPLIER)
}

/// `NAME_SLOTS`, the hash table `from_name` probes, with the key tables and
/// the two `const fn`s it needs; nothing for a `from_name` that matches.
fn name_table(model: &Enum, keys: &Keys) -> TokenStream {
    if !keys.hashed_names() {
        return TokenStream::new();
    }
    let names = &keys.names;
    let (slot_ty, empty) = slot_type(names.len());
    let (len, shift) = table_size(names.len());
    let slots = build_slots(names, |(name, _)| name_slot(name, shift), len);
    let slots = slots.iter().map(|slot| match slot {
        Some(key) => Literal::usize_unsuffixed(*key),
        None => empty.clone(),
    });
    let len = Literal::usize_unsuffixed(len);
    let usize_ty = quote!(::core::primitive::usize);
    let u64_ty = quote!(::core::primitive::u64);
    let u8_ty = quote!(::core::primitive::u8);
    let count = model.variants.len();
    // Without aliases, the keys are the first `count` names of `NAMES`.
    let keys = if names.len() == count {
        quote!(
            const KEYS: &[&::core::primitive::str] = NAMES;
        )
    } else {
        let keys = names.iter().map(|(name, _)| name);
        quote!(const KEYS: &[&::core::primitive::str] = &[#(#keys),*];)
    };
    let alias_of = (names.len() > count).then(|| {
        let variants = names[count..]
            .iter()
            .map(|&(_, index)| Literal::usize_unsuffixed(index));
        quote! {
            // The variant of each alias, in `KEYS` order.
            const ALIAS_OF: &[#usize_ty] = &[#(#variants),*];
        }
    });
    quote! {
        #keys
        #alias_of
        const NAME_SLOTS: [#slot_ty; #len] = [#(#slots),*];

        const fn hash_name(name: &[#u8_ty]) -> #u64_ty {
            let mut hash = (name.len() as #u64_ty).wrapping_mul(#MULTIPLIER);
            let mut rest = name;
            while let [a, b, c, d, e, f, g, h, tail @ ..] = rest {
                let word = #u64_ty::from_le_bytes([*a, *b, *c, *d, *e, *f, *g, *h]);
                hash = (hash ^ word).wrapping_mul(#MULTIPLIER).rotate_left(31);
                rest = tail;
            }
            // The last 0 to 7 bytes as one little-endian word, in at most
            // three reads.
            let mut last: #u64_ty = 0;
            let mut shift = 0;
            if let [a, b, c, d, tail @ ..] = rest {
                last = ::core::primitive::u32::from_le_bytes([*a, *b, *c, *d]) as #u64_ty;
                shift = 32;
                rest = tail;
            }
            if let [a, b, tail @ ..] = rest {
                last |= (::core::primitive::u16::from_le_bytes([*a, *b]) as #u64_ty) << shift;
                shift += 16;
                rest = tail;
            }
            if let [a] = rest {
                last |= (*a as #u64_ty) << shift;
            }
            (hash ^ last).wrapping_mul(#MULTIPLIER)
        }

        // Eight bytes at a time, then the rest.
        const fn same(mut a: &[#u8_ty], mut b: &[#u8_ty]) -> ::core::primitive::bool {
            if a.len() != b.len() {
                return false;
            }
            while let ([a0, a1, a2, a3, a4, a5, a6, a7, a_rest @ ..], [b0, b1, b2, b3, b4, b5, b6, b7, b_rest @ ..]) = (a, b) {
                let left = #u64_ty::from_ne_bytes([*a0, *a1, *a2, *a3, *a4, *a5, *a6, *a7]);
                let right = #u64_ty::from_ne_bytes([*b0, *b1, *b2, *b3, *b4, *b5, *b6, *b7]);
                if left != right {
                    return false;
                }
                a = a_rest;
                b = b_rest;
            }
            while let ([x, a_rest @ ..], [y, b_rest @ ..]) = (a, b) {
                if *x != *y {
                    return false;
                }
                a = a_rest;
                b = b_rest;
            }
            true
        }
    }
}

fn name_slot(name: &str, shift: u32) -> usize {
    usize::try_from(name_hash(name.as_bytes()) >> shift).unwrap_or_default()
}

/// The body of `from_name`.
pub(crate) fn from_name(model: &Enum, keys: &Keys) -> TokenStream {
    if model.variants.is_empty() {
        return quote!(let _ = name; ::core::option::Option::None);
    }
    let names = &keys.names;
    if !keys.hashed_names() {
        // Byte-string patterns, which a `const fn` may match on (string
        // patterns it may not): one literal token per name.
        let patterns = names
            .iter()
            .map(|(name, _)| Literal::byte_string(name.as_bytes()));
        let variants = names.iter().map(|&(_, index)| model.variants[index].ident);
        return quote! {
            ::core::option::Option::Some(match name.as_bytes() {
                #(#patterns => Self::#variants,)*
                _ => return ::core::option::Option::None,
            })
        };
    }
    let count = model.variants.len();
    let (len, shift) = table_size(names.len());
    let (_, empty) = slot_type(names.len());
    let mask = Literal::usize_unsuffixed(len - 1);
    let shift = Literal::u32_unsuffixed(shift);
    let variant = if names.len() > count {
        quote!(if key < #count { key } else { ALIAS_OF[key - #count] })
    } else {
        quote!(key)
    };
    // The catch-all's `variant_at` needs a code for an index that no key
    // has: any will do.
    let found = if model.catch_all.is_some() {
        quote!(::core::option::Option::Some(variant_at(#variant, 0)))
    } else {
        quote!(variant_at(#variant))
    };
    // The loop ends: at least half the slots are empty.
    quote! {
        let name = name.as_bytes();
        let mut slot = (hash_name(name) >> #shift) as ::core::primitive::usize;
        loop {
            let key = NAME_SLOTS[slot];
            if key == #empty {
                return ::core::option::Option::None;
            }
            let key = key as ::core::primitive::usize;
            if same(KEYS[key].as_bytes(), name) {
                return #found;
            }
            slot = (slot + 1) & #mask;
        }
    }
}
