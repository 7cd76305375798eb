//! The lookups by code and by name, as `const fn`s.
//!
//! * `from_code`: one `match` on the code below [`HASHED_FROM_CODE`] codes,
//!   an open-addressing hash table built here from that many on, and, when
//!   a code is a constant whose value only the compiler knows, the same
//!   table built by the compiler's constant evaluation, which also reports
//!   two variants with one code ([`const_checks`](crate::const_checks)).
//! * `from_name`: one `match` on the name's bytes below [`HASHED_FROM_NAME`]
//!   names (the compiler sorts it by length, then by bytes, as a hand
//!   `match` on `&str` is), and from that many on, an open-addressing hash
//!   table of the names and aliases built here, probed with the same hash
//!   computed at run time.
//!
//! Both tables keep at most half their slots in use and probe linearly,
//! so a lookup ends at the first empty slot; both end in `__variant_at`,
//! the one `match` from an index back to a variant.

use crate::context::{CodeTokens, Context, core_path, primitive};
use error_codes_model::CodeType;
use error_codes_model::ast::{Code, Enum, Variant};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// From this many codes on (alternatives included), `from_code` probes a
/// hash table instead of running one `match` on the code: a `match` suits
/// a small enum, a hash probe a large one, at run time and to compile
/// (the benchmark in BENCHMARKS.md placed the threshold).
const HASHED_FROM_CODE: usize = 40;

/// From this many names on (aliases included), `from_name` probes a hash
/// table instead of running one `match` on the bytes: the `match` grows
/// with the number of names, the probe hashes the whole name and compares
/// one, whatever the number of names (the benchmark placed the threshold).
const HASHED_FROM_NAME: usize = 48;

/// Fibonacci hashing: 2^64 / the golden ratio. One multiplication, the top
/// bits kept.
pub(crate) const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// One key of a lookup and the index of the variant it maps to.
pub(crate) struct Key<K> {
    pub key: K,
    pub variant: usize,
}

/// The keys of both lookups, gathered once per expansion, in the order
/// every table lists them (`Enum::every_code`, `Enum::every_name`).
pub(crate) struct Keys<'m> {
    pub codes: Vec<Key<&'m Code>>,
    pub names: Vec<Key<&'m str>>,
    /// Whether every code is a literal, whose value the derive knows.
    pub codes_known: bool,
}

impl<'m> Keys<'m> {
    pub(crate) fn new(model: &'m Enum) -> Self {
        let mut codes = Vec::new();
        for (key, variant) in model.every_code() {
            codes.push(Key { key, variant });
        }
        let mut names = Vec::new();
        for (key, variant) in model.every_name() {
            names.push(Key { key, variant });
        }
        Keys {
            codes,
            names,
            codes_known: model.codes_known(),
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
pub(crate) fn slot_type(entries: usize) -> (TokenStream, Literal) {
    match u16::try_from(entries) {
        Ok(len) if len < u16::MAX => (primitive("u16"), Literal::u16_unsuffixed(u16::MAX)),
        _ => (primitive("u32"), Literal::u32_unsuffixed(u32::MAX)),
    }
}

/// A table of `2 * keys` slots or more, a power of two: its length and the
/// shift that keeps a 64-bit hash's top bits as a slot index.
pub(crate) fn table_size(keys: usize) -> (usize, u32) {
    let len = (keys * 2).next_power_of_two().max(2);
    (len, 64 - len.trailing_zeros())
}

/// The items both lookups use: `__variant_at`, and each lookup's tables.
pub(crate) fn helpers(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    if model.variants.is_empty() {
        return TokenStream::new();
    }
    let ty = cx.ident;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let option = core_path("option", "Option");
    let usize_ty = primitive("usize");
    let mut variants = Vec::with_capacity(model.variants.len());
    let mut indices = Vec::with_capacity(model.variants.len());
    for (index, variant) in model.variants.iter().enumerate() {
        variants.push(built(variant));
        indices.push(Literal::usize_unsuffixed(index));
    }
    // A table of constant codes is the compiler's to build
    // ([`const_checks`](crate::const_checks)).
    let code_table = if keys.hashed_codes() && keys.codes_known {
        code_table(cx, model, keys)
    } else {
        TokenStream::new()
    };
    let name_table = name_table(model, keys);
    // The variant itself, not `ALL[index]`: the enum need not be `Copy`.
    // `Some` around the whole `match`, not in each arm: one token group,
    // not one per arm. With a catch-all, an index past the variants is the
    // code it keeps.
    let arms = quote!(#(#indices => #ty::#variants,)*);
    let (parameters, output, body) = match &model.catch_all {
        None => (
            quote!(__i: #usize_ty),
            quote!(#option<#ty #ty_generics>),
            quote! {
                #option::Some(match __i {
                    #arms
                    _ => return #option::None,
                })
            },
        ),
        Some(catch_all) => {
            let code_ty = &cx.code_ty;
            let other = catch_all.ident;
            (
                quote!(__i: #usize_ty, __code: #code_ty),
                quote!(#ty #ty_generics),
                quote! {
                    match __i {
                        #arms
                        _ => #ty::#other(__code),
                    }
                },
            )
        }
    };
    let variant_at = quote! {
        #[inline]
        const fn __variant_at #impl_generics (#parameters) -> #output #where_clause {
            #body
        }
    };
    // Only the probes of a hash table end in `__variant_at`.
    let variant_at = (keys.hashed_codes() || keys.hashed_names()).then_some(variant_at);
    quote! {
        #variant_at
        #code_table
        #name_table
    }
}

/// A variant as a lookup by name or by index builds it: `Crypto(256)` for
/// a range variant, which has no code to keep there but its first.
fn built(variant: &Variant) -> TokenStream {
    let ident = variant.ident;
    if let Some((start, _)) = variant.range {
        let start = Literal::i128_unsuffixed(start);
        quote!(#ident(#start))
    } else {
        quote!(#ident)
    }
}

/// The arms of `from_code` that keep a code of a range variant's range
/// in it, after the single codes' (`256..=511 => Self::Crypto(code),`),
/// each wrapped in `Some` without a catch-all: the compiler makes a
/// binary search of them.
fn range_arms(model: &Enum) -> TokenStream {
    let option = core_path("option", "Option");
    let mut arms = TokenStream::new();
    for (_, variant, (start, end)) in model.code_ranges() {
        let ident = variant.ident;
        let (start, end) = (
            Literal::i128_unsuffixed(start),
            Literal::i128_unsuffixed(end),
        );
        arms.extend(if model.catch_all.is_some() {
            quote!(#start..=#end => Self::#ident(code),)
        } else {
            quote!(#start..=#end => #option::Some(Self::#ident(code)),)
        });
    }
    arms
}

/// What `from_code` does with a code no variant has: `None`, or keep it
/// in the catch-all; a code of a range variant's range is kept there.
fn miss(model: &Enum) -> TokenStream {
    let none = if let Some(catch_all) = &model.catch_all {
        let ident = catch_all.ident;
        quote!(Self::#ident(code))
    } else {
        let option = core_path("option", "Option");
        quote!(#option::None)
    };
    if model.code_ranges().next().is_none() {
        return none;
    }
    let ranges = range_arms(model);
    quote! {
        match code {
            #ranges
            _ => #none,
        }
    }
}

/// What `from_code` returns for the variant at `index`.
fn hit(model: &Enum, index: &TokenStream) -> TokenStream {
    if model.catch_all.is_some() {
        quote!(__variant_at(#index, code))
    } else {
        quote!(__variant_at(#index))
    }
}

/// `code as u64`, the bits every code hashes by (`as u64` on a `u64` would
/// be an unnecessary cast).
pub(crate) fn code_bits(code_type: CodeType, code: &TokenStream) -> TokenStream {
    if code_type == CodeType::U64 {
        quote!(#code)
    } else {
        let u64_ty = primitive("u64");
        quote!((#code as #u64_ty))
    }
}

/// The body of `from_code`.
pub(crate) fn from_code(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    let miss = miss(model);
    if model.variants.is_empty() {
        return quote!(let _ = code; #miss);
    }
    if !keys.hashed_codes() {
        let mut arms = Vec::with_capacity(keys.codes.len());
        let mut variants = Vec::with_capacity(keys.codes.len());
        for code in &keys.codes {
            arms.push(CodeTokens(code.key));
            variants.push(model.variants[code.variant].ident);
        }
        let option = core_path("option", "Option");
        let ranges = range_arms(model);
        // (`_` is unreachable when every value of the code type is a code:
        // `from_code` allows `unreachable_patterns`.)
        if model.catch_all.is_none() && !ranges.is_empty() {
            // A range variant's arm is its own `Some`.
            return quote! {
                match code {
                    #(#arms => #option::Some(Self::#variants),)*
                    #ranges
                    _ => #option::None,
                }
            };
        }
        let arms = quote!(#(#arms => Self::#variants,)*);
        return if let Some(catch_all) = &model.catch_all {
            let catch_all = catch_all.ident;
            quote! {
                match code {
                    #arms
                    #ranges
                    _ => Self::#catch_all(code),
                }
            }
        } else {
            quote! {
                #option::Some(match code {
                    #arms
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
    let usize_ty = primitive("usize");
    let found = hit(model, &quote!(__SLOT_VARIANTS[__slot] as #usize_ty));
    // An empty slot holds code 0 and no variant: reached before the code's
    // own slot, it means the code is not in the table (linear probing
    // leaves no gap between a code's first slot and its own), so the
    // answer is right whether its 0 matches or not (`__variant_at` of no
    // variant is `None`, or the catch-all). The loop ends: at least half
    // the slots are empty.
    quote! {
        let mut __slot = (#bits.wrapping_mul(#MULTIPLIER) >> #shift) as #usize_ty;
        loop {
            if __SLOT_CODES[__slot] == code {
                return #found;
            }
            if __SLOT_VARIANTS[__slot] == #empty {
                return #miss;
            }
            __slot = (__slot + 1) & #mask;
        }
    }
}

/// The tables `from_code` probes, for codes that are all literals: for
/// each slot, the code there (`__SLOT_CODES`, 0 when empty) and its
/// variant's index (`__SLOT_VARIANTS`, one past any index when empty), side
/// by side, so that a probe compares the code it loads.
fn code_table(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    let code_ty = &cx.code_ty;
    let (slot_ty, empty) = slot_type(model.variants.len());
    let (len, shift) = table_size(keys.codes.len());
    let mut values = Vec::with_capacity(keys.codes.len());
    let mut homes = Vec::with_capacity(keys.codes.len());
    for code in &keys.codes {
        if let Code::Value(value) = code.key {
            values.push(Key {
                key: *value,
                variant: code.variant,
            });
            homes.push(code_home(*value, shift));
        }
    }
    let mut slot_codes = Vec::with_capacity(len);
    let mut slot_variants = Vec::with_capacity(len);
    for slot in build_slots(&homes, len) {
        if let Some(key) = slot {
            slot_codes.push(Literal::i128_unsuffixed(values[key].key));
            slot_variants.push(Literal::usize_unsuffixed(values[key].variant));
        } else {
            slot_codes.push(Literal::i128_unsuffixed(0));
            slot_variants.push(empty.clone());
        }
    }
    quote! {
        const __SLOT_CODES: &[#code_ty] = &[#(#slot_codes),*];
        const __SLOT_VARIANTS: &[#slot_ty] = &[#(#slot_variants),*];
    }
}

/// The first slot to probe for `code`, as the generated code computes it:
/// `code as u64` keeps the low 64 bits of the two's complement, as masking
/// the `i128` does here.
fn code_home(code: i128, shift: u32) -> usize {
    let bits = u64::try_from(code & i128::from(u64::MAX)).unwrap_or_default();
    usize::try_from(bits.wrapping_mul(MULTIPLIER) >> shift).unwrap_or_default()
}

/// An open-addressing table: each key (given by the slot of its hash,
/// its home) in its home, or the next free slot after it. `len` is a power
/// of two, at least twice the keys.
fn build_slots(homes: &[usize], len: usize) -> Vec<Option<usize>> {
    let mut slots = vec![None; len];
    for (index, &home) in homes.iter().enumerate() {
        let mut slot = home;
        while slots[slot].is_some() {
            slot = (slot + 1) & (len - 1);
        }
        slots[slot] = Some(index);
    }
    slots
}

/// The hash of a name, the same here and at run time (`__hash_name` in the
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

/// `__NAME_SLOTS`, the hash table `from_name` probes, with the key tables
/// and the two `const fn`s it needs; nothing for a `from_name` that
/// matches.
fn name_table(model: &Enum, keys: &Keys) -> TokenStream {
    if !keys.hashed_names() {
        return TokenStream::new();
    }
    let names = &keys.names;
    let (slot_ty, empty) = slot_type(names.len());
    let (len, shift) = table_size(names.len());
    let mut homes = Vec::with_capacity(names.len());
    for name in names {
        homes.push(name_slot(name.key, shift));
    }
    let mut slots = Vec::with_capacity(len);
    for slot in build_slots(&homes, len) {
        slots.push(match slot {
            Some(key) => Literal::usize_unsuffixed(key),
            None => empty.clone(),
        });
    }
    let len = Literal::usize_unsuffixed(len);
    let usize_ty = primitive("usize");
    let u64_ty = primitive("u64");
    let u8_ty = primitive("u8");
    let u32_ty = primitive("u32");
    let u16_ty = primitive("u16");
    let str_ty = primitive("str");
    let bool_ty = primitive("bool");
    let count = model.variants.len();
    // Without aliases, the keys are the first `count` names of `__NAMES`.
    let keys = if names.len() == count {
        quote!(
            const __KEYS: &[&#str_ty] = __NAMES;
        )
    } else {
        let mut keys = Vec::with_capacity(names.len());
        for name in names {
            keys.push(name.key);
        }
        quote!(const __KEYS: &[&#str_ty] = &[#(#keys),*];)
    };
    let alias_of = (names.len() > count).then(|| {
        let mut variants = Vec::with_capacity(names.len() - count);
        for alias in &names[count..] {
            variants.push(Literal::usize_unsuffixed(alias.variant));
        }
        quote! {
            // The variant of each alias, in `__KEYS` order.
            const __ALIAS_OF: &[#usize_ty] = &[#(#variants),*];
        }
    });
    quote! {
        #keys
        #alias_of
        const __NAME_SLOTS: [#slot_ty; #len] = [#(#slots),*];

        const fn __hash_name(__name: &[#u8_ty]) -> #u64_ty {
            let mut __hash = (__name.len() as #u64_ty).wrapping_mul(#MULTIPLIER);
            let mut __rest = __name;
            while let [__a, __b, __c, __d, __e, __f, __g, __h, __tail @ ..] = __rest {
                let __word = #u64_ty::from_le_bytes([*__a, *__b, *__c, *__d, *__e, *__f, *__g, *__h]);
                __hash = (__hash ^ __word).wrapping_mul(#MULTIPLIER).rotate_left(31);
                __rest = __tail;
            }
            // The last 0 to 7 bytes as one little-endian word, in at most
            // three reads.
            let mut __last: #u64_ty = 0;
            let mut __shift = 0;
            if let [__a, __b, __c, __d, __tail @ ..] = __rest {
                __last = #u32_ty::from_le_bytes([*__a, *__b, *__c, *__d]) as #u64_ty;
                __shift = 32;
                __rest = __tail;
            }
            if let [__a, __b, __tail @ ..] = __rest {
                __last |= (#u16_ty::from_le_bytes([*__a, *__b]) as #u64_ty) << __shift;
                __shift += 16;
                __rest = __tail;
            }
            if let [__a] = __rest {
                __last |= (*__a as #u64_ty) << __shift;
            }
            (__hash ^ __last).wrapping_mul(#MULTIPLIER)
        }

        // Eight bytes at a time, then the rest.
        const fn __same(mut __x: &[#u8_ty], mut __y: &[#u8_ty]) -> #bool_ty {
            if __x.len() != __y.len() {
                return false;
            }
            while let ([__x0, __x1, __x2, __x3, __x4, __x5, __x6, __x7, __x_rest @ ..], [__y0, __y1, __y2, __y3, __y4, __y5, __y6, __y7, __y_rest @ ..]) = (__x, __y) {
                let __left = #u64_ty::from_ne_bytes([*__x0, *__x1, *__x2, *__x3, *__x4, *__x5, *__x6, *__x7]);
                let __right = #u64_ty::from_ne_bytes([*__y0, *__y1, *__y2, *__y3, *__y4, *__y5, *__y6, *__y7]);
                if __left != __right {
                    return false;
                }
                __x = __x_rest;
                __y = __y_rest;
            }
            while let ([__p, __x_rest @ ..], [__q, __y_rest @ ..]) = (__x, __y) {
                if *__p != *__q {
                    return false;
                }
                __x = __x_rest;
                __y = __y_rest;
            }
            true
        }
    }
}

fn name_slot(name: &str, shift: u32) -> usize {
    usize::try_from(name_hash(name.as_bytes()) >> shift).unwrap_or_default()
}

/// The body of `from_name`.
pub(crate) fn from_name(_: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    let option = core_path("option", "Option");
    if model.variants.is_empty() {
        return quote!(let _ = name; #option::None);
    }
    let names = &keys.names;
    if !keys.hashed_names() {
        // Byte-string patterns, which a `const fn` may match on (string
        // patterns it may not): one literal token per name.
        let mut patterns = Vec::with_capacity(names.len());
        let mut variants = Vec::with_capacity(names.len());
        for name in names {
            patterns.push(Literal::byte_string(name.key.as_bytes()));
            variants.push(built(&model.variants[name.variant]));
        }
        return quote! {
            #option::Some(match name.as_bytes() {
                #(#patterns => Self::#variants,)*
                _ => return #option::None,
            })
        };
    }
    let count = model.variants.len();
    let (len, shift) = table_size(names.len());
    let (_, empty) = slot_type(names.len());
    let mask = Literal::usize_unsuffixed(len - 1);
    let shift = Literal::u32_unsuffixed(shift);
    let usize_ty = primitive("usize");
    let variant = if names.len() > count {
        quote!(if __key < #count { __key } else { __ALIAS_OF[__key - #count] })
    } else {
        quote!(__key)
    };
    // The catch-all's `__variant_at` needs a code for an index that no key
    // has: any will do.
    let found = if model.catch_all.is_some() {
        quote!(#option::Some(__variant_at(#variant, 0)))
    } else {
        quote!(__variant_at(#variant))
    };
    // The loop ends: at least half the slots are empty.
    quote! {
        let __name = name.as_bytes();
        let mut __slot = (__hash_name(__name) >> #shift) as #usize_ty;
        loop {
            let __key = __NAME_SLOTS[__slot];
            if __key == #empty {
                return #option::None;
            }
            let __key = __key as #usize_ty;
            if __same(__KEYS[__key].as_bytes(), __name) {
                return #found;
            }
            __slot = (__slot + 1) & #mask;
        }
    }
}
