//! The rules the derive cannot check on codes it cannot read: a code given
//! as a constant (`libc::ENOENT`, `(BASE + 4)`) has a value only once the
//! compiler evaluates it. The compiler then checks each code against the
//! codes of the variants before it and against the reserved ones, each
//! check spanned at the code it is about, and builds `from_code`'s hash
//! table itself. A failed check is a compile error whose message names the
//! variants and gives the value.
//!
//! The work grows linearly with the number of codes, as enums of thousands
//! of constants from a C header need: the duplicates are found once for
//! all codes (the keys sorted by code, a radix sort, then one scan of
//! neighbours), and each code's own check, the item that carries its span,
//! only reads the answer for it; a reserved code is found by a binary
//! search of the reserved ranges. Two facts of the compiler's evaluator
//! shape the code: a constant that runs for about two million steps fails
//! the build (`long_running_const_eval`), so each pass over all the codes
//! is a constant of its own; and reading one element of a constant array
//! copies the whole array, so the tables read in loops are slices (`&[T]`)
//! or local copies.

use crate::context::{CodeTokens, Context, core_path, primitive};
use crate::lookup::{Keys, MULTIPLIER, code_bits, slot_type, table_size};
use error_codes_model::Reserved;
use error_codes_model::ast::{Code, Enum};
use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;

/// The checks, for an enum with a constant code; nothing otherwise.
pub(crate) fn checks(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    if keys.codes_known {
        return TokenStream::new();
    }
    let code_ty = &cx.code_ty;
    let ty_name = &cx.ty_name;
    let mut idents = Vec::with_capacity(model.variants.len());
    for variant in &model.variants {
        idents.push(variant.ident.unraw().to_string());
    }
    let capacity = Literal::usize_unsuffixed(message_capacity(cx, model, keys, &idents));
    let (slot_ty, _) = slot_type(model.variants.len());
    let mut lookup_codes = Vec::with_capacity(keys.codes.len());
    let mut lookup_variants = Vec::with_capacity(keys.codes.len());
    for code in &keys.codes {
        lookup_codes.push(CodeTokens(code.key));
        lookup_variants.push(Literal::usize_unsuffixed(code.variant));
    }
    let unique = unique_checks(model, keys);
    let duplicates = duplicate_of(cx, keys);
    // Without the lookups there is no `from_code` to probe the table.
    let table = cx.shape.lookups.then(|| built_by_compiler(cx, model, keys));
    let reserved = reserved_checks(cx, model);
    let ranges = range_checks(cx, model);
    let code_ranges = code_range_checks(cx, model);
    let i128_ty = primitive("i128");
    let u8_ty = primitive("u8");
    let usize_ty = primitive("usize");
    let str_ty = primitive("str");
    let result = core_path("result", "Result");
    quote! {
        // Every code (alternatives included) and its variant's index, by
        // key: slices, read in loops.
        const __LOOKUP_CODES: &[#code_ty] = &[#(#lookup_codes),*];
        const __LOOKUP_VARIANTS: &[#slot_ty] = &[#(#lookup_variants),*];

        // The variants' identifiers, for the messages of `__fail`.
        const __IDENTS: &[&#str_ty] = &[#(#idents),*];

        // Stops the compile with `before`, `code` in decimal and `after`
        // joined: a panic during constant evaluation is a compile error
        // that shows its message.
        const fn __fail(__before: &[&#str_ty], __code: #i128_ty, __after: &#str_ty) -> ! {
            let mut __message = [0u8; #capacity];
            let mut __len = 0;
            let mut __part = 0;
            while __part <= __before.len() {
                let __bytes = if __part < __before.len() {
                    __before[__part].as_bytes()
                } else {
                    __after.as_bytes()
                };
                if __part == __before.len() {
                    // The code, its digits from the last.
                    let mut __digits = [0u8; 40];
                    let mut __first = __digits.len();
                    let mut __rest = __code.unsigned_abs();
                    loop {
                        __first -= 1;
                        __digits[__first] = b'0' + (__rest % 10) as #u8_ty;
                        __rest /= 10;
                        if __rest == 0 {
                            break;
                        }
                    }
                    if __code < 0 {
                        __first -= 1;
                        __digits[__first] = b'-';
                    }
                    while __first < __digits.len() && __len < __message.len() {
                        __message[__len] = __digits[__first];
                        __len += 1;
                        __first += 1;
                    }
                }
                let mut __byte = 0;
                while __byte < __bytes.len() && __len < __message.len() {
                    __message[__len] = __bytes[__byte];
                    __len += 1;
                    __byte += 1;
                }
                __part += 1;
            }
            match ::core::str::from_utf8(__message.split_at(__len).0) {
                #result::Ok(__message) => ::core::panic!("{}", __message),
                #result::Err(_) => ::core::panic!("a code of the enum breaks a rule"),
            }
        }

        #duplicates

        // Whether the code at `key` is another variant's, among the codes
        // before it: a code twice in one variant is harmless. The answer
        // was found for every key at once (`__DUPLICATE_OF`).
        const fn __unique(__key: #usize_ty) {
            let __other = __DUPLICATE_OF[__key];
            if __other != #usize_ty::MAX {
                let (__first, __second) = (__LOOKUP_VARIANTS[__other] as #usize_ty, __LOOKUP_VARIANTS[__key] as #usize_ty);
                __fail(
                    &["variants `", __IDENTS[__first], "` and `", __IDENTS[__second], "` of `", #ty_name, "` have the same code, "],
                    __LOOKUP_CODES[__key] as #i128_ty,
                    "; codes must be unique",
                );
            }
        }

        #unique
        #table
        #reserved
        #ranges
        #code_ranges
    }
}

/// The longest message `__fail` is given: the fixed text, a constant as
/// written, two names and a value, and a range with its section and the
/// variant's.
fn message_capacity(cx: &Context, model: &Enum, keys: &Keys, idents: &[String]) -> usize {
    let (mut ident, mut code, mut range, mut section, mut code_range) = (0, 0, 0, 0, 0);
    for written in idents {
        ident = ident.max(written.len());
    }
    for key in &keys.codes {
        code = code.max(CodeTokens(key.key).to_token_stream().to_string().len());
    }
    for written in &model.ranges {
        range = range.max(written.section.len() + written.to_string().len());
    }
    for variant in &model.variants {
        if let Some(category) = &variant.facts.category {
            section = section.max(category.len());
        }
    }
    for (_, _, (start, end)) in model.code_ranges() {
        code_range = code_range.max(format!("{start}..={end}").len());
    }
    2 * ident + code + cx.ty_name.len() + 2 * range + section + code_range + 160
}

/// A call of `function` on `argument` that the compiler reports, when its
/// evaluation fails, at the whole of `at`: the name takes the span of its
/// first token, the parentheses that of its last, and the call spans from
/// one to the other.
fn call_at(function: &str, argument: TokenStream, at: &TokenStream) -> TokenStream {
    let mut spans = at.clone().into_iter().map(|token| match token {
        TokenTree::Group(group) => (group.span_open(), group.span_close()),
        other => (other.span(), other.span()),
    });
    let (first, _) = spans
        .next()
        .unwrap_or((Span::call_site(), Span::call_site()));
    let last = spans.last().map_or(first, |(_, close)| close);
    let name = Ident::new(function, first);
    let mut arguments = Group::new(Delimiter::Parenthesis, argument);
    arguments.set_span(last);
    quote!(const _: () = #name #arguments;)
}

/// `__DUPLICATE_OF`: for each key, the first key before it with its code
/// and another variant, or `usize::MAX`, found for all keys in linear time.
fn duplicate_of(cx: &Context, keys: &Keys) -> TokenStream {
    let count = Literal::usize_unsuffixed(keys.codes.len());
    let usize_ty = primitive("usize");
    let u32_ty = primitive("u32");
    let byte = code_bits(cx.shape.code_type, &quote!(__LOOKUP_CODES[__key]));
    let byte = quote!(((#byte >> (8 * __byte)) & 0xff) as #usize_ty);
    // A pass per byte of the code type, from the lowest, each a constant of
    // its own: each stays within the evaluator's budget of steps, however
    // wide the code type.
    let bytes = cx.shape.code_type.bits() / 8;
    let pass = |byte: u32| format_ident!("__KEYS_BY_BYTE_{}", byte);
    let first = pass(0);
    let mut later = TokenStream::new();
    for byte in 1..bytes {
        let (before, this) = (pass(byte - 1), pass(byte));
        let byte = Literal::u32_unsuffixed(byte);
        later.extend(quote!(const #this: [#usize_ty; #count] = __sort_by_byte(#before, #byte);));
    }
    let by_code = pass(bytes - 1);
    quote! {
        // One pass of a stable radix sort of the keys by code: the keys in
        // the order of the code's byte `__byte`, keys of one value of it in
        // the order they come. After a pass per byte from the lowest, keys
        // with one code are side by side, in key order. A byte that every
        // code has leaves the order as it is.
        const fn __sort_by_byte(__keys: [#usize_ty; #count], __byte: #u32_ty) -> [#usize_ty; #count] {
            // How many keys have each value of the byte, then where the
            // first of them goes.
            let mut __next = [0; 256];
            let mut __key = 0;
            while __key < #count {
                __next[#byte] += 1;
                __key += 1;
            }
            let mut __value = 0;
            let mut __start = 0;
            while __value < __next.len() {
                let __keys_with_value = __next[__value];
                if __keys_with_value == #count {
                    return __keys;
                }
                __next[__value] = __start;
                __start += __keys_with_value;
                __value += 1;
            }
            let mut __sorted = [0; #count];
            let mut __at = 0;
            while __at < #count {
                let __key = __keys[__at];
                let __value = #byte;
                __sorted[__next[__value]] = __key;
                __next[__value] += 1;
                __at += 1;
            }
            __sorted
        }

        const #first: [#usize_ty; #count] = {
            let mut __keys = [0; #count];
            let mut __key = 0;
            while __key < #count {
                __keys[__key] = __key;
                __key += 1;
            }
            __sort_by_byte(__keys, 0)
        };
        #later

        // For each key, the first key before it with its code and another
        // variant, or none (`usize::MAX`). Keys with one code are a run of
        // the last pass's order, in key order: a key of another variant
        // than the run's first key has that one; a key of the first key's
        // variant has the run's first key of another variant, if one came
        // before it.
        const __DUPLICATE_OF: &[#usize_ty] = &{
            let __by_code = #by_code;
            let mut __duplicate_of = [#usize_ty::MAX; #count];
            let mut __run = 0;
            while __run < #count {
                let __first = __by_code[__run];
                let mut __other = #usize_ty::MAX;
                let mut __at = __run + 1;
                while __at < #count && __LOOKUP_CODES[__by_code[__at]] == __LOOKUP_CODES[__first] {
                    let __key = __by_code[__at];
                    if __LOOKUP_VARIANTS[__key] == __LOOKUP_VARIANTS[__first] {
                        __duplicate_of[__key] = __other;
                    } else {
                        __duplicate_of[__key] = __first;
                        if __other == #usize_ty::MAX {
                            __other = __key;
                        }
                    }
                    __at += 1;
                }
                __run = __at;
            }
            __duplicate_of
        };
    }
}

/// For every code in lookup order, a check that no variant before has it,
/// at the code: a constant as written, or for a literal, whose place the
/// model does not keep, the variant's name.
fn unique_checks(model: &Enum, keys: &Keys) -> TokenStream {
    let mut checks = TokenStream::new();
    for (index, code) in keys.codes.iter().enumerate().skip(1) {
        let at = match code.key {
            Code::Const(expr) => expr.clone(),
            Code::Value(_) => model.variants[code.variant].ident.to_token_stream(),
        };
        checks.extend(call_at(
            "__unique",
            Literal::usize_unsuffixed(index).to_token_stream(),
            &at,
        ));
    }
    checks
}

/// `__SLOT_CODES` and `__SLOT_VARIANTS`, the table `from_code` probes, as
/// constants the compiler evaluates: the same table as [`lookup`](crate::lookup) builds
/// from literals, each code once.
fn built_by_compiler(cx: &Context, model: &Enum, keys: &Keys) -> TokenStream {
    let code_ty = &cx.code_ty;
    let (slot_ty, empty) = slot_type(model.variants.len());
    let (len, shift) = table_size(keys.codes.len());
    let bits = code_bits(cx.shape.code_type, &quote!(__codes[__key]));
    let usize_ty = primitive("usize");
    let mask = Literal::usize_unsuffixed(len - 1);
    let shift = Literal::u32_unsuffixed(shift);
    let len = Literal::usize_unsuffixed(len);
    quote! {
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
                    // There already: the same variant's (`__unique` reports
                    // another's).
                    if __slot_codes[__slot] == __codes[__key] {
                        break;
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

/// The reserved codes as ranges (a code is a range of one), sorted and
/// apart: ranges that overlap or touch are merged, so that the only range
/// that can hold a code is the last one starting at or before it.
fn reserved_ranges(reserved: &[Reserved]) -> Vec<(i128, i128)> {
    let mut ranges = Vec::with_capacity(reserved.len());
    for reserved in reserved {
        match *reserved {
            Reserved::Code(code) => ranges.push((code, code)),
            Reserved::Range(start, end) => ranges.push((start, end)),
            Reserved::Name(_) => {}
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(i128, i128)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1.saturating_add(1) => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// A `const fn` named `function` that fails with `__before`, the code and
/// `after` when the code lies in a range of `table` (sorted and apart):
/// in the last one that starts at or before it, found by a binary search
/// (the ranges before `__low` start at or before the code, those from
/// `__high` on after it). `parameters` follow `__before`; `after` may name
/// them. The reserved codes, the sections' ranges and the range variants'
/// ranges are searched alike.
fn in_ranges_check(
    cx: &Context,
    function: &str,
    table: &str,
    parameters: &TokenStream,
    after: &TokenStream,
) -> TokenStream {
    let code_ty = &cx.code_ty;
    let i128_ty = primitive("i128");
    let str_ty = primitive("str");
    let function = Ident::new(function, Span::call_site());
    let table = Ident::new(table, Span::call_site());
    quote! {
        const fn #function(__code: #code_ty, __before: &#str_ty #parameters) {
            let mut __low = 0;
            let mut __high = #table.len();
            while __low < __high {
                let __middle = __low + (__high - __low) / 2;
                if #table[__middle].0 <= __code {
                    __low = __middle + 1;
                } else {
                    __high = __middle;
                }
            }
            if __low > 0 && __code <= #table[__low - 1].1 {
                __fail(&[__before], __code as #i128_ty, #after);
            }
        }
    }
}

/// What the compiler checks of constant codes against the sections'
/// ranges, as the grammar checks literal ones: a code of a section with a
/// range lies in it, any other code in no range.
fn range_checks(cx: &Context, model: &Enum) -> Option<TokenStream> {
    if model.ranges.is_empty() {
        return None;
    }
    let code_ty = &cx.code_ty;
    let i128_ty = primitive("i128");
    let str_ty = primitive("str");
    let mut own_checks = TokenStream::new();
    let mut no_range_checks = TokenStream::new();
    for variant in &model.variants {
        let ident = variant.ident.unraw().to_string();
        let section = variant.facts.category.as_deref();
        let own = model
            .ranges
            .iter()
            .find(|range| Some(range.section.as_str()) == section);
        for code in std::iter::once(&variant.code).chain(&variant.alternatives) {
            let Code::Const(expr) = code else {
                continue;
            };
            let written = error_codes_model::written(expr);
            if let Some(own) = own {
                let before = format!("the code of `{ident}`, `{written}` = ");
                let after = format!(
                    ", is outside `{own}`, the range of its section `{}`",
                    own.section
                );
                let (start, end) = (
                    Literal::i128_unsuffixed(own.start),
                    Literal::i128_unsuffixed(own.end),
                );
                own_checks.extend(call_at(
                    "__in_own_range",
                    quote!(#expr, #start, #end, #before, #after),
                    expr,
                ));
            } else {
                let whose = match section {
                    Some(section) => format!("which is in the section `{section}`"),
                    None => "which has no section".to_owned(),
                };
                let before = format!("the code of `{ident}`, {whose}, `{written}` = ");
                no_range_checks.extend(call_at("__in_no_range", quote!(#expr, #before), expr));
            }
        }
    }
    let mut checks = TokenStream::new();
    if !own_checks.is_empty() {
        checks.extend(quote! {
            // A constant code of a section with a range lies in it.
            const fn __in_own_range(__code: #code_ty, __start: #code_ty, __end: #code_ty, __before: &#str_ty, __after: &#str_ty) {
                if __code < __start || __code > __end {
                    __fail(&[__before], __code as #i128_ty, __after);
                }
            }

            #own_checks
        });
    }
    if !no_range_checks.is_empty() {
        // The ranges sorted by start, as the reserved ones are: no two
        // overlap, so a start is one range's, whose section names it.
        let mut sorted = Vec::with_capacity(model.ranges.len());
        for range in &model.ranges {
            sorted.push((range.start, range.end));
        }
        sorted.sort_unstable();
        let mut starts = Vec::with_capacity(sorted.len());
        let mut ends = Vec::with_capacity(sorted.len());
        let mut names = Vec::with_capacity(sorted.len());
        for (start, end) in sorted {
            if let Some(range) = model.ranges.iter().find(|range| range.start == start) {
                names.push(format!(
                    ", is in `{range}`, the range of the section `{}`",
                    range.section
                ));
            }
            starts.push(Literal::i128_unsuffixed(start));
            ends.push(Literal::i128_unsuffixed(end));
        }
        let search = in_ranges_check(
            cx,
            "__in_no_range",
            "__RANGES",
            &TokenStream::new(),
            &quote!(__RANGE_NAMES[__low - 1]),
        );
        checks.extend(quote! {
            // The ranges, sorted and apart (they never overlap), each with
            // what a message says of it.
            const __RANGES: &[(#code_ty, #code_ty)] = &[#((#starts, #ends)),*];
            const __RANGE_NAMES: &[&#str_ty] = &[#(#names),*];

            // Any other constant code lies in no range.
            #search

            #no_range_checks
        });
    }
    Some(checks)
}

/// Every constant code, alternatives included, with what a failed check's
/// message says before its value: "the code of `Ident`, `WRITTEN` = ".
fn const_codes<'m>(model: &'m Enum) -> Vec<(&'m TokenStream, String)> {
    let mut codes = Vec::new();
    for variant in &model.variants {
        let ident = variant.ident.unraw();
        for code in std::iter::once(&variant.code).chain(&variant.alternatives) {
            if let Code::Const(expr) = code {
                let written = error_codes_model::written(expr);
                codes.push((expr, format!("the code of `{ident}`, `{written}` = ")));
            }
        }
    }
    codes
}

/// What the compiler checks of constant codes against the range variants'
/// ranges, as the grammar checks literal ones: no constant code is in
/// one, or `from_code` would have two answers for it.
fn code_range_checks(cx: &Context, model: &Enum) -> Option<TokenStream> {
    let mut sorted: Vec<_> = model.code_ranges().collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by_key(|&(_, _, (start, _))| start);
    let mut checks = TokenStream::new();
    for (expr, before) in const_codes(model) {
        checks.extend(call_at("__in_no_code_range", quote!(#expr, #before), expr));
    }
    if checks.is_empty() {
        return None;
    }
    let code_ty = &cx.code_ty;
    let str_ty = primitive("str");
    let mut starts = Vec::with_capacity(sorted.len());
    let mut ends = Vec::with_capacity(sorted.len());
    let mut names = Vec::with_capacity(sorted.len());
    for (_, variant, (start, end)) in sorted {
        starts.push(Literal::i128_unsuffixed(start));
        ends.push(Literal::i128_unsuffixed(end));
        names.push(format!(
            ", is in `{start}..={end}`, the range of variant `{}`; codes must be unique",
            variant.ident.unraw()
        ));
    }
    let search = in_ranges_check(
        cx,
        "__in_no_code_range",
        "__CODE_RANGES",
        &TokenStream::new(),
        &quote!(__CODE_RANGE_NAMES[__low - 1]),
    );
    Some(quote! {
        // The range variants' ranges, sorted and apart (they never
        // overlap), each with what a message says of it.
        const __CODE_RANGES: &[(#code_ty, #code_ty)] = &[#((#starts, #ends)),*];
        const __CODE_RANGE_NAMES: &[&#str_ty] = &[#(#names),*];

        // A constant code lies in no range variant's range.
        #search

        #checks
    })
}

/// Each constant code outside every reserved code and range, checked by a
/// `const _` at the constant, so that the error is at the variant.
fn reserved_checks(cx: &Context, model: &Enum) -> Option<TokenStream> {
    let code_ty = &cx.code_ty;
    let ty_name = &cx.ty_name;
    let ranges = reserved_ranges(&model.reserved);
    if ranges.is_empty() {
        return None;
    }
    let mut starts = Vec::with_capacity(ranges.len());
    let mut ends = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        starts.push(Literal::i128_unsuffixed(start));
        ends.push(Literal::i128_unsuffixed(end));
    }
    let str_ty = primitive("str");
    let after = format!(", is reserved in `{ty_name}`: it was retired and cannot be used again");
    let mut checks = TokenStream::new();
    for (expr, before) in const_codes(model) {
        checks.extend(call_at(
            "__not_reserved",
            quote!(#expr, #before, #after),
            expr,
        ));
    }
    let search = in_ranges_check(
        cx,
        "__not_reserved",
        "__RESERVED",
        &quote!(, __after: &#str_ty),
        &quote!(__after),
    );
    Some(quote! {
        // The reserved ranges, sorted and apart.
        const __RESERVED: &[(#code_ty, #code_ty)] = &[#((#starts, #ends)),*];

        // A reserved code is in the last range that starts at or before it.
        #search

        #checks
    })
}
