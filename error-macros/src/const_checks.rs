//! The rules the derive cannot check on codes it cannot read: a code given
//! as a constant (`libc::ENOENT`, `(BASE + 4)`) has a value only once the
//! compiler evaluates it. The compiler then builds `from_code`'s hash table
//! itself, finding two variants with one code on the way, and checks each
//! such code against the reserved ones; a failed check is a compile error
//! whose message names the variants.

use crate::context::{CodeTokens, Context};
use crate::lookup::{Keys, MULTIPLIER, code_bits, slot_type, table_size};
use error_codes_model::Reserved;
use error_codes_model::ast::{Code, Enum};
use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;

/// The checks, for an enum with a constant code; nothing otherwise.
pub(crate) fn checks(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    if keys.codes_known {
        return TokenStream::new();
    }
    let ty_name = &cx.ty_name;
    let idents: Vec<String> = model
        .variants
        .iter()
        .map(|variant| variant.ident.unraw().to_string())
        .collect();
    // The longest message `__fail` is given: the fixed text and two names.
    let longest = idents.iter().map(String::len).max().unwrap_or(0);
    let capacity = Literal::usize_unsuffixed(2 * longest + ty_name.len() + 128);
    let table = built_by_compiler(cx, model, keys);
    // Without the lookups there is no `from_code` to probe the table: it
    // is built all the same, for the check it makes.
    let uses_table = (!cx.shape.lookups).then(|| {
        quote!(
            const _: () = {
                let _ = __SLOTS;
            };
        )
    });
    let reserved_checks = reserved_checks(cx, model);
    quote! {
        // The variants' identifiers, for the messages of `__fail`.
        const __IDENTS: &[&::core::primitive::str] = &[#(#idents),*];

        // Stops the compile with `parts` joined: a panic during constant
        // evaluation is a compile error that shows its message.
        const fn __fail(__parts: &[&::core::primitive::str]) -> ! {
            let mut __message = [0u8; #capacity];
            let mut __len = 0;
            let mut __part = 0;
            while __part < __parts.len() {
                let __bytes = __parts[__part].as_bytes();
                let mut __byte = 0;
                while __byte < __bytes.len() && __len < __message.len() {
                    __message[__len] = __bytes[__byte];
                    __len += 1;
                    __byte += 1;
                }
                __part += 1;
            }
            match ::core::str::from_utf8(__message.split_at(__len).0) {
                ::core::result::Result::Ok(__message) => ::core::panic!("{}", __message),
                ::core::result::Result::Err(_) => ::core::panic!("two codes of an enum are the same"),
            }
        }

        #table
        #uses_table
        #reserved_checks
    }
}

/// `__SLOT_CODES` and `__SLOT_VARIANTS`, the table `from_code` probes, as
/// constants the compiler evaluates: the same table as `lookup.rs` builds
/// from literals, and the place where two variants with one code are
/// found, and named.
fn built_by_compiler(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    let code_ty = &cx.code_ty;
    let (slot_ty, empty) = slot_type(model.variants.len());
    let (len, shift) = table_size(keys.codes.len());
    let lookup_codes = keys.codes.iter().map(|code| CodeTokens(code.key));
    let lookup_variants = keys
        .codes
        .iter()
        .map(|code| Literal::usize_unsuffixed(code.variant));
    let count = Literal::usize_unsuffixed(keys.codes.len());
    let bits = code_bits(cx.shape.code_type, &quote!(__codes[__key]));
    let usize_ty = quote!(::core::primitive::usize);
    let mask = Literal::usize_unsuffixed(len - 1);
    let shift = Literal::u32_unsuffixed(shift);
    let len = Literal::usize_unsuffixed(len);
    let ty_name = &cx.ty_name;
    let same_code = format!("` of `{ty_name}` have the same code; codes must be unique");
    let twice = format!("` of `{ty_name}` lists the same code twice");
    // Spanned at the enum: which variants clash is known only here, at
    // compile time, and the message names them.
    let duplicate = quote_spanned! {cx.ident.span()=>
        let (__first, __second) = (__variants[__slot] as #usize_ty, __LOOKUP_VARIANTS[__key] as #usize_ty);
        if __first == __second {
            __fail(&["variant `", __IDENTS[__first], #twice]);
        }
        __fail(&["variants `", __IDENTS[__first], "` and `", __IDENTS[__second], #same_code]);
    };
    quote! {
        // Every code (alternatives included) and its variant's index.
        const __LOOKUP_CODES: [#code_ty; #count] = [#(#lookup_codes),*];
        const __LOOKUP_VARIANTS: [#slot_ty; #count] = [#(#lookup_variants),*];

        const __SLOTS: ([#code_ty; #len], [#slot_ty; #len]) = {
            let __codes = __LOOKUP_CODES;
            let mut __slot_codes = [0; #len];
            let mut __variants = [#empty; #len];
            let mut __key = 0;
            while __key < __codes.len() {
                let mut __slot = (#bits.wrapping_mul(#MULTIPLIER) >> #shift) as #usize_ty;
                loop {
                    if __variants[__slot] == #empty {
                        __slot_codes[__slot] = __codes[__key];
                        __variants[__slot] = __LOOKUP_VARIANTS[__key];
                        break;
                    }
                    if __slot_codes[__slot] == __codes[__key] {
                        #duplicate
                    }
                    __slot = (__slot + 1) & #mask;
                }
                __key += 1;
            }
            (__slot_codes, __variants)
        };
        const __SLOT_CODES: &[#code_ty] = &__SLOTS.0;
        const __SLOT_VARIANTS: &[#slot_ty] = &__SLOTS.1;
    }
}

/// Each constant code outside every reserved code and range, checked by a
/// `const _` spanned at the constant, so that the error is at the variant.
fn reserved_checks(cx: &Context, model: &Enum) -> Option<TokenStream> {
    let code_ty = &cx.code_ty;
    let ty_name = &cx.ty_name;
    let ranges: Vec<(Literal, Literal)> = model
        .reserved
        .iter()
        .filter_map(|reserved| match *reserved {
            Reserved::Code(code) => Some((code, code)),
            Reserved::Range(start, end) => Some((start, end)),
            Reserved::Name(_) => None,
        })
        .map(|(start, end)| {
            (
                Literal::i128_unsuffixed(start),
                Literal::i128_unsuffixed(end),
            )
        })
        .collect();
    if ranges.is_empty() {
        return None;
    }
    let starts = ranges.iter().map(|range| &range.0);
    let ends = ranges.iter().map(|range| &range.1);
    let checks = model.variants.iter().flat_map(|variant| {
        let ident = variant.ident.unraw().to_string();
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
    Some(quote! {
        const __RESERVED: &[(#code_ty, #code_ty)] = &[#((#starts, #ends)),*];

        const fn __is_reserved(__code: #code_ty) -> ::core::primitive::bool {
            let mut __range = 0;
            while __range < __RESERVED.len() {
                if __RESERVED[__range].0 <= __code && __code <= __RESERVED[__range].1 {
                    return true;
                }
                __range += 1;
            }
            false
        }

        #(#checks)*
    })
}

/// `const _: () = ...;` that fails with `message` when the constant code
/// `expr` is reserved, spanned at `expr` so the error names its place.
fn reserved_check(expr: &TokenStream, message: &str) -> TokenStream {
    let span = syn::spanned::Spanned::span(expr);
    quote_spanned! {span=>
        const _: () = if __is_reserved(#expr) {
            __fail(&[#message]);
        };
    }
}
