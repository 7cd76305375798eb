//! Code generation, from validated data only. The layout is chosen for
//! compile time and measured (BENCHMARKS.md): one `match` maps a variant to
//! its index and every per-variant answer is a `const` slice indexed by it,
//! instead of one `match` per method; one `match` maps an index back to a
//! variant, for both lookups; `from_code` on a large enum probes a hash
//! table built here. The macro itself runs unoptimised in every build, so
//! it emits each per-variant item as single tokens (literals, identifiers)
//! and never as a `TokenStream` of its own. The fixed code is written as
//! templates (`template.rs`).

use crate::ast::Input;
use crate::ctxt::Errors;
use crate::template::{Tokens, any_fields, fill, source, string};
use crate::valid::{self, Entry, Shape};
use proc_macro2::{Ident, Literal, TokenStream, TokenTree};
use syn::ext::IdentExt;

pub(crate) fn derive(input: &Input) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let model = valid::check(input, &mut errors);
    errors.finish()?;
    Ok(generate(&model.shape, Some(&model.entries)))
}

/// The holes every template of one enum shares.
struct Common {
    ty: TokenStream,
    ty_name: String,
    impl_generics: TokenStream,
    ty_generics: TokenStream,
    where_clause: TokenStream,
    code_ty: TokenStream,
}

impl Common {
    fn new(shape: &Shape) -> Self {
        // The code type carries the enum's span, as its other generated
        // names do.
        let mut code_ty = Tokens::default();
        code_ty
            .op("::")
            .word("core")
            .op("::")
            .word("primitive")
            .op("::")
            .push(Ident::new(shape.code_type.name, shape.ident.span()));
        Common {
            ty: TokenStream::from(TokenTree::Ident(shape.ident.clone())),
            ty_name: shape.ident.unraw().to_string(),
            impl_generics: shape.generics.with_bounds.clone(),
            ty_generics: shape.generics.names.clone(),
            where_clause: shape.generics.where_clause.clone(),
            code_ty: code_ty.finish(),
        }
    }

    /// `template` with the shared holes and `more`.
    fn fill(&self, template: &str, more: &[(&str, &TokenStream)]) -> TokenStream {
        let mut holes = vec![
            ("ty", &self.ty),
            ("impl_generics", &self.impl_generics),
            ("ty_generics", &self.ty_generics),
            ("where_clause", &self.where_clause),
            ("code_ty", &self.code_ty),
        ];
        holes.extend_from_slice(more);
        fill(template, &holes)
    }
}

/// The methods every derive emits, and `From<E>` for the code type.
const METHODS: &str = "
#[allow(unused_qualifications)]
impl $impl_generics $ty $ty_generics $where_clause {
    $tables

    #[doc = $doc_code]
    #[must_use]
    #[inline]
    pub const fn code(&self) -> $code_ty {
        $code_body
    }

    #[doc = $doc_name]
    #[must_use]
    #[inline]
    pub const fn name(&self) -> &'static ::core::primitive::str {
        $name_body
    }

    #[doc = $doc_reasons]
    #[must_use]
    #[inline]
    pub const fn reasons(&self) -> &'static [&'static ::core::primitive::str] {
        $reasons_body
    }

    #[doc = $doc_description]
    #[must_use]
    #[inline]
    pub const fn description(&self) -> &'static ::core::primitive::str {
        $description_body
    }

    #[doc = $doc_category]
    #[must_use]
    #[inline]
    pub const fn category(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
        $category_body
    }
}

#[allow(unused_qualifications)]
#[automatically_derived]
impl $impl_generics ::core::convert::From<$ty $ty_generics> for $code_ty $where_clause {
    #[inline]
    fn from(value: $ty $ty_generics) -> Self {
        value.code()
    }
}

$lookups
$display
";

/// The generated items. Without entries (after an error) every item still
/// exists, with a body that is never run, so that the user's uses of the API
/// raise no further errors.
pub(crate) fn generate(shape: &Shape, entries: Option<&[Entry]>) -> TokenStream {
    let common = Common::new(shape);
    let ty_name = &common.ty_name;

    // The bodies index the tables of `tables` with one `match` on `self`.
    let body = |per_variant: &str| {
        source(match entries {
            Some([]) => "match *self {}",
            Some(_) => per_variant,
            None => "::core::unreachable!()",
        })
    };
    let code_body = body("Self::__ERROR_CODES_CODES[self.__error_codes_index()]");
    let name_body = body("Self::__ERROR_CODES_NAMES[self.__error_codes_index()]");
    // All reasons in one flat table, this variant's between two bounds: a
    // slice per variant would cost the macro a token group per variant.
    let reasons_body = body(
        "let index = self.__error_codes_index();
        let end = Self::__ERROR_CODES_REASON_BOUNDS[index + 1];
        let start = Self::__ERROR_CODES_REASON_BOUNDS[index];
        Self::__ERROR_CODES_REASONS.split_at(end).0.split_at(start).1",
    );
    let description_body = body("Self::__ERROR_CODES_DESCRIPTIONS[self.__error_codes_index()]");
    // `""` for none (a category is never empty): no `Some(..)` group per
    // variant either.
    let category_body = body(
        "let category = Self::__ERROR_CODES_CATEGORIES[self.__error_codes_index()];
        if category.is_empty() {
            ::core::option::Option::None
        } else {
            ::core::option::Option::Some(category)
        }",
    );
    let tables = match entries {
        Some(entries) if !entries.is_empty() => tables(shape, &common, entries),
        _ => TokenStream::new(),
    };
    let lookups = if shape.all_unit {
        lookups(shape, &common, entries)
    } else {
        TokenStream::new()
    };
    let display = if shape.display {
        display(&common, entries.is_some())
    } else {
        TokenStream::new()
    };

    common.fill(
        METHODS,
        &[
            ("tables", &tables),
            ("code_body", &code_body),
            ("name_body", &name_body),
            ("reasons_body", &reasons_body),
            ("description_body", &description_body),
            ("category_body", &category_body),
            (
                "doc_code",
                &string(&format!("The integer code of this `{ty_name}`.")),
            ),
            (
                "doc_name",
                &string(&format!(
                    "The stable name of this `{ty_name}`, as every SDK spells it."
                )),
            ),
            (
                "doc_reasons",
                &string(&format!(
                    "The documented reasons for this `{ty_name}`, in documentation order; empty when none is documented."
                )),
            ),
            (
                "doc_description",
                &string(&format!(
                    "The reasons of this `{ty_name}` joined with `\"; \"`, or its name when it documents no reason."
                )),
            ),
            (
                "doc_category",
                &string(&format!(
                    "The section this `{ty_name}` belongs to, if it has one."
                )),
            ),
            ("lookups", &lookups),
            ("display", &display),
        ],
    )
}

/// One literal token even for a negative code: the compiler splits it into
/// `-` and the magnitude, and a per-variant token tree is far cheaper to
/// emit than a per-variant `TokenStream`.
fn code_literal(code: i128) -> Literal {
    Literal::i128_unsuffixed(code)
}

/// The per-variant tables and the one `match` that indexes them. Every
/// per-variant item is a single token (a literal or an identifier), so that
/// the whole output is built without one `TokenStream` per variant.
fn tables(shape: &Shape, common: &Common, entries: &[Entry]) -> TokenStream {
    let mut codes = Tokens::default();
    let mut names = Tokens::default();
    let mut reasons = Tokens::default();
    let mut bounds = Tokens::default();
    let mut descriptions = Tokens::default();
    let mut categories = Tokens::default();
    let mut arms = Tokens::default();
    // `{ .. }` matches any fields; a unit-only enum needs no group per arm.
    let fields = (!shape.all_unit).then(any_fields);
    let mut end = 0;
    bounds.push(Literal::usize_unsuffixed(end)).op(",");
    for (index, entry) in entries.iter().enumerate() {
        codes.push(code_literal(entry.code)).op(",");
        names.push(Literal::string(&entry.name)).op(",");
        for reason in &entry.reasons {
            reasons.push(Literal::string(reason)).op(",");
        }
        end += entry.reasons.len();
        bounds.push(Literal::usize_unsuffixed(end)).op(",");
        let description = if entry.reasons.is_empty() {
            Literal::string(&entry.name)
        } else {
            Literal::string(&crate::attr::join(&entry.reasons, "; "))
        };
        descriptions.push(description).op(",");
        let category = entry.category.as_deref().unwrap_or("");
        categories.push(Literal::string(category)).op(",");
        arms.variant(entry.variant);
        if let Some(fields) = &fields {
            arms.push(fields.clone());
        }
        arms.op("=>").push(Literal::usize_unsuffixed(index)).op(",");
    }
    common.fill(
        "const __ERROR_CODES_CODES: &'static [$code_ty] = &[$codes];
        const __ERROR_CODES_NAMES: &'static [&'static ::core::primitive::str] = &[$names];
        const __ERROR_CODES_REASONS: &'static [&'static ::core::primitive::str] = &[$reasons];
        const __ERROR_CODES_REASON_BOUNDS: &'static [::core::primitive::usize] = &[$bounds];
        const __ERROR_CODES_DESCRIPTIONS: &'static [&'static ::core::primitive::str] = &[$descriptions];
        const __ERROR_CODES_CATEGORIES: &'static [&'static ::core::primitive::str] = &[$categories];

        #[inline]
        const fn __error_codes_index(&self) -> ::core::primitive::usize {
            match self {
                $arms
            }
        }",
        &[
            ("codes", &codes.finish()),
            ("names", &names.finish()),
            ("reasons", &reasons.finish()),
            ("bounds", &bounds.finish()),
            ("descriptions", &descriptions.finish()),
            ("categories", &categories.finish()),
            ("arms", &arms.finish()),
        ],
    )
}

/// `ALL`, `COUNT`, `from_code`, `from_name`, `TryFrom` and `FromStr`: the
/// items that build a variant from data, so only for all-unit enums.
fn lookups(shape: &Shape, common: &Common, entries: Option<&[Entry]>) -> TokenStream {
    let ty_name = &common.ty_name;
    let bodies = entries.map_or_else(LookupBodies::unreachable, |entries| {
        LookupBodies::new(shape, common, entries)
    });
    common.fill(
        "#[allow(unused_qualifications)]
        impl $impl_generics $ty $ty_generics $where_clause {
            #[doc = $doc_all]
            pub const ALL: &'static [Self] = $all;

            #[doc = $doc_count]
            pub const COUNT: ::core::primitive::usize = $count;

            #[doc = $doc_from_code]
            #[must_use]
            #[inline]
            pub const fn from_code(code: $code_ty) -> ::core::option::Option<Self> {
                $from_code
            }

            #[doc = $doc_from_name]
            #[must_use]
            pub const fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                $from_name
            }

            $variant_at
        }

        $conversions",
        &[
            ("all", &bodies.all),
            (
                "count",
                &TokenStream::from(TokenTree::Literal(Literal::usize_unsuffixed(bodies.count))),
            ),
            ("from_code", &bodies.from_code),
            ("from_name", &bodies.from_name),
            ("variant_at", &bodies.variant_at),
            (
                "doc_all",
                &string(&format!("Every `{ty_name}`, in declaration order.")),
            ),
            (
                "doc_count",
                &string(&format!(
                    "The number of `{ty_name}` variants: `{ty_name}::ALL.len()`."
                )),
            ),
            (
                "doc_from_code",
                &string(&format!(
                    "The `{ty_name}` with this code, or `None` if no variant has it."
                )),
            ),
            (
                "doc_from_name",
                &string(&format!(
                    "The `{ty_name}` with this name (exact, case-sensitive), or `None` if no variant has it."
                )),
            ),
            ("conversions", &conversions(shape, common)),
        ],
    )
}

struct LookupBodies {
    all: TokenStream,
    count: usize,
    from_code: TokenStream,
    from_name: TokenStream,
    /// `__error_codes_variant`, index to variant, which both lookups end
    /// in; empty when there is no variant.
    variant_at: TokenStream,
}

/// From this many variants on, `from_code` probes a hash table instead of
/// running one `match` on the code. LLVM turns a `match` on sparse codes
/// into a binary search of about `2 * log2(N)` compare-and-branch
/// instructions: fewer than a hash probe for small enums, more for large
/// ones, and slower to compile (BENCHMARKS.md has the figures).
const HASHED_FROM_CODE: usize = 40;

impl LookupBodies {
    fn new(shape: &Shape, common: &Common, entries: &[Entry]) -> Self {
        if entries.is_empty() {
            return LookupBodies {
                all: source("&[]"),
                count: 0,
                from_code: source("let _ = code; ::core::option::Option::None"),
                from_name: source("let _ = name; ::core::option::Option::None"),
                variant_at: TokenStream::new(),
            };
        }
        // The variant itself, not `ALL[index]`: the enum need not be `Copy`.
        // With the default discriminants LLVM makes this `match` a bounds
        // check, so both lookups can end here at no cost. `Some` around the
        // whole `match`, not in each arm: one token group, not one per arm.
        let mut arms = Tokens::default();
        for (index, entry) in entries.iter().enumerate() {
            arms.push(Literal::usize_unsuffixed(index))
                .op("=>")
                .variant(entry.variant)
                .op(",");
        }
        let variant_at = fill(
            "#[inline]
            const fn __error_codes_variant(index: ::core::primitive::usize) -> ::core::option::Option<Self> {
                ::core::option::Option::Some(match index {
                    $arms
                    _ => return ::core::option::Option::None,
                })
            }",
            &[("arms", &arms.finish())],
        );
        let from_code = if entries.len() < HASHED_FROM_CODE {
            let mut arms = Tokens::default();
            for entry in entries {
                arms.push(code_literal(entry.code))
                    .op("=>")
                    .variant(entry.variant)
                    .op(",");
            }
            // `_` is unreachable when every value of the code type is a code.
            fill(
                "#[allow(unreachable_patterns)]
                let variant = match code {
                    $arms
                    _ => return ::core::option::Option::None,
                };
                ::core::option::Option::Some(variant)",
                &[("arms", &arms.finish())],
            )
        } else {
            hashed_from_code(shape, common, entries)
        };
        // A linear scan: `match` on `str` is not allowed in a `const fn`,
        // and the names table is already there for `name()`.
        let from_name = source(
            "const fn same(a: &[::core::primitive::u8], b: &[::core::primitive::u8]) -> ::core::primitive::bool {
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
            ::core::option::Option::None",
        );
        let mut all = Tokens::default();
        for entry in entries {
            all.variant(entry.variant).op(",");
        }
        LookupBodies {
            all: fill("&[$all]", &[("all", &all.finish())]),
            count: entries.len(),
            from_code,
            from_name,
            variant_at,
        }
    }

    fn unreachable() -> Self {
        LookupBodies {
            all: source("&[]"),
            count: 0,
            from_code: source("::core::unreachable!()"),
            from_name: source("::core::unreachable!()"),
            variant_at: TokenStream::new(),
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
fn hashed_from_code(shape: &Shape, common: &Common, entries: &[Entry]) -> TokenStream {
    let table = SlotTable::new(entries);
    let (index_ty, empty) = match u16::try_from(entries.len()) {
        Ok(len) if len < u16::MAX => ("::core::primitive::u16", u128::from(u16::MAX)),
        _ => ("::core::primitive::u32", u128::from(u32::MAX)),
    };
    let mut codes = Tokens::default();
    let mut indices = Tokens::default();
    for slot in &table.slots {
        let (code, index) = match slot {
            Some((code, index)) => (*code, Literal::usize_unsuffixed(*index)),
            None => (0, Literal::u128_unsuffixed(empty)),
        };
        codes.push(code_literal(code)).op(",");
        indices.push(index).op(",");
    }
    let literal = |literal: Literal| TokenStream::from(TokenTree::Literal(literal));
    // `as u64` on a `u64` code would be an unnecessary cast.
    let bits = source(if shape.code_type.name == "u64" {
        "code"
    } else {
        "(code as ::core::primitive::u64)"
    });
    // The loop ends: at least half the slots are empty.
    common.fill(
        "const CODES: &[$code_ty] = &[$codes];
        const INDICES: &[$index_ty] = &[$indices];
        let mut slot = ($bits.wrapping_mul($multiplier) >> $shift) as ::core::primitive::usize;
        loop {
            if CODES[slot] == code {
                return Self::__error_codes_variant(INDICES[slot] as ::core::primitive::usize);
            }
            if INDICES[slot] == $empty {
                return ::core::option::Option::None;
            }
            slot = (slot + 1) & $mask;
        }",
        &[
            ("codes", &codes.finish()),
            ("index_ty", &source(index_ty)),
            ("indices", &indices.finish()),
            ("bits", &bits),
            (
                "multiplier",
                &literal(Literal::u64_suffixed(HASH_MULTIPLIER)),
            ),
            ("shift", &literal(Literal::u32_unsuffixed(table.shift))),
            ("empty", &literal(Literal::u128_unsuffixed(empty))),
            (
                "mask",
                &literal(Literal::usize_unsuffixed(table.slots.len() - 1)),
            ),
        ],
    )
}

/// The derives of both error types.
const ERROR_TYPE_DERIVES: &str = "
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
";

/// The error types of the two lookups and the traits built on them.
const CONVERSIONS: &str = "
#[doc = $doc_code_error]
$derives
$vis struct $code_error {
    code: $code_ty,
}

#[allow(unused_qualifications)]
impl $code_error {
    /// The code that matched no variant.
    #[must_use]
    pub const fn code(&self) -> $code_ty {
        self.code
    }
}

#[allow(unused_qualifications)]
#[automatically_derived]
impl ::core::fmt::Display for $code_error {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(formatter, $code_message, self.code)
    }
}

#[allow(unused_qualifications)]
#[automatically_derived]
impl ::core::error::Error for $code_error {}

#[doc = $doc_name_error]
$derives
$vis struct $name_error(());

#[allow(unused_qualifications)]
#[automatically_derived]
impl ::core::fmt::Display for $name_error {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str($name_message)
    }
}

#[allow(unused_qualifications)]
#[automatically_derived]
impl ::core::error::Error for $name_error {}

#[allow(unused_qualifications)]
#[automatically_derived]
impl $impl_generics ::core::convert::TryFrom<$code_ty> for $ty $ty_generics $where_clause {
    type Error = $code_error;

    #[inline]
    fn try_from(code: $code_ty) -> ::core::result::Result<Self, $code_error> {
        match Self::from_code(code) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => ::core::result::Result::Err($code_error { code }),
        }
    }
}

#[allow(unused_qualifications)]
#[automatically_derived]
impl $impl_generics ::core::str::FromStr for $ty $ty_generics $where_clause {
    type Err = $name_error;

    #[inline]
    fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, $name_error> {
        match Self::from_name(name) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => ::core::result::Result::Err($name_error(())),
        }
    }
}
";

/// `TryFrom<T>` and `FromStr`, with their error types. The types are named
/// after the enum, so two derives in one module cannot collide, and need
/// nothing but `core`.
fn conversions(shape: &Shape, common: &Common) -> TokenStream {
    let ty_name = &common.ty_name;
    let error_type = |suffix: &str| {
        TokenStream::from(TokenTree::Ident(Ident::new(
            &format!("{ty_name}{suffix}"),
            shape.ident.span(),
        )))
    };
    common.fill(
        CONVERSIONS,
        &[
            ("vis", shape.vis),
            ("derives", &source(ERROR_TYPE_DERIVES)),
            ("code_error", &error_type("FromCodeError")),
            ("name_error", &error_type("FromNameError")),
            (
                "doc_code_error",
                &string(&format!(
                    "The error of `{ty_name}::try_from(code)` for a code that no variant of `{ty_name}` has."
                )),
            ),
            (
                "doc_name_error",
                &string(&format!(
                    "The error of `str::parse::<{ty_name}>()` for a name that no variant of `{ty_name}` has."
                )),
            ),
            (
                "code_message",
                &string(&format!("no variant of {ty_name} has code {{}}")),
            ),
            (
                "name_message",
                &string(&format!("no variant of {ty_name} has that name")),
            ),
        ],
    )
}

/// `Display` writes the description through `Formatter::pad`, so width and
/// alignment flags work as they do for `str`; `Error` is the empty impl.
fn display(common: &Common, real: bool) -> TokenStream {
    let body = source(if real {
        "formatter.pad(self.description())"
    } else {
        "::core::unreachable!()"
    });
    common.fill(
        "#[allow(unused_qualifications)]
        #[automatically_derived]
        impl $impl_generics ::core::fmt::Display for $ty $ty_generics $where_clause {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $body
            }
        }

        #[allow(unused_qualifications)]
        #[automatically_derived]
        impl $impl_generics ::core::error::Error for $ty $ty_generics $where_clause {}",
        &[("body", &body)],
    )
}
