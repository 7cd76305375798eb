//! The validated enum, still tied to the syntax it was read from: what the
//! derive generates code from, and what [`Enum::to_taxonomy`] turns into
//! the plain model.

use crate::code_type::CodeType;
#[cfg(feature = "taxonomy")]
use crate::facts::Deprecation;
use crate::facts::{Facts, Location};
use crate::lookup_order::lookup_order;
use crate::reserved::Reserved;
use crate::section_range::SectionRange;
#[cfg(feature = "taxonomy")]
use crate::taxonomy::{Entry, Taxonomy};
use proc_macro2::TokenStream;
#[cfg(feature = "taxonomy")]
use syn::ext::IdentExt;
use syn::{Fields, Generics, Ident, Visibility};

/// An enum whose every attribute obeys the grammar and the rules.
pub struct Enum<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    pub generics: &'a Generics,
    pub shape: Shape,
    /// Every variant with a code, in declaration order.
    pub variants: Vec<Variant<'a>>,
    /// The variant that keeps unknown codes, wherever it is declared.
    pub catch_all: Option<CatchAll<'a>>,
    /// What `reserved = [...]` retires, ranges made inclusive.
    pub reserved: Vec<Reserved>,
    /// Each section's range of codes, in declaration order.
    pub ranges: Vec<SectionRange>,
}

/// What the generated API looks like, whatever the variants hold. After an
/// error the derive still emits this API (with bodies that never run), so
/// the shape is also recovered from input that breaks the rules.
#[derive(Debug, Clone, Copy)]
// Compared by the tools; the derive, built without the `taxonomy`
// feature, has no use for it.
#[cfg_attr(feature = "taxonomy", derive(PartialEq, Eq))]
pub struct Shape {
    pub code_type: CodeType,
    /// `Display` and `Error` are generated (no `display = false`).
    pub display: bool,
    /// Every variant but the catch-all is a unit variant, so that a variant
    /// can be built from a code or a name: `ALL`, `COUNT`, `from_code`,
    /// `from_name`, `TryFrom`/`From<T>` and `FromStr` exist.
    pub lookups: bool,
    /// A catch-all variant makes `from_code` total.
    pub catch_all: bool,
}

/// A variant with a code.
pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    /// The code; a range variant's first code.
    pub code: Code,
    /// A range variant's codes, both ends included (`code` is the first):
    /// the variant carries the code, as `Crypto(u64)` in
    /// `#[code(0x0100..=0x01ff)]`.
    pub range: Option<(i128, i128)>,
    pub alternatives: Vec<Code>,
    pub aliases: Vec<String>,
    /// Its `#[deprecated]`, which the taxonomy reports; the derive, which
    /// leaves deprecation to rustc, does not read it.
    #[cfg(feature = "taxonomy")]
    pub deprecated: Option<Deprecation>,
    /// Its name, reasons, section, link (its own, or the enum's template
    /// filled in) and retryability (its own, or the enum's default).
    pub facts: Facts,
}

/// A code as the derive knows it.
pub enum Code {
    /// An integer literal, in the code type's range.
    Value(i128),
    /// A path to a constant or a parenthesised constant expression, as
    /// written: only the compiler can evaluate it.
    Const(TokenStream),
}

/// The variant that carries every code no other variant has: `Other(u16)`.
pub struct CatchAll<'a> {
    pub ident: &'a Ident,
    pub facts: Facts,
}

impl Variant<'_> {
    /// Whether the code and every alternative are literals.
    #[must_use]
    pub fn codes_known(&self) -> bool {
        matches!(self.code, Code::Value(_))
            && self
                .alternatives
                .iter()
                .all(|code| matches!(code, Code::Value(_)))
    }
}

impl Enum<'_> {
    /// What documents each code: every variant's facts in declaration
    /// order, then the catch-all's. For the tools; the derive reads each
    /// variant's facts where it needs them.
    #[cfg(feature = "taxonomy")]
    pub fn documented(&self) -> impl Iterator<Item = &Facts> {
        self.variants
            .iter()
            .map(|variant| &variant.facts)
            .chain(self.catch_all.as_ref().map(|catch_all| &catch_all.facts))
    }

    /// Every single code the lookups accept with the index of its
    /// variant: each variant's code in declaration order, then the
    /// alternatives. A range variant's codes are not among them: the
    /// lookups try the ranges after these.
    pub fn every_code(&self) -> impl Iterator<Item = (&Code, usize)> {
        lookup_order(
            &self.variants,
            |variant| &variant.code,
            |variant| &variant.alternatives,
        )
        .filter(|&(_, index)| self.variants[index].range.is_none())
    }

    /// The range variants, each with its index among `variants` and its
    /// range.
    pub fn code_ranges(&self) -> impl Iterator<Item = (usize, &Variant<'_>, (i128, i128))> {
        self.variants
            .iter()
            .enumerate()
            .filter_map(|(index, variant)| Some((index, variant, variant.range?)))
    }

    /// Every name the lookups accept with the index of its variant: each
    /// variant's name in declaration order, then the aliases.
    pub fn every_name(&self) -> impl Iterator<Item = (&str, usize)> {
        lookup_order(
            &self.variants,
            |variant| variant.facts.name.as_str(),
            |variant| variant.aliases.iter().map(String::as_str),
        )
    }

    /// Whether every code, first or alternative, is a literal whose value
    /// the derive knows.
    #[must_use]
    pub fn codes_known(&self) -> bool {
        self.variants.iter().all(Variant::codes_known)
    }

    /// The plain model of this enum.
    ///
    /// # Errors
    ///
    /// A code given as a constant (`libc::ENOENT`): its value exists only
    /// once the compiler has evaluated it, so a taxonomy read from source
    /// cannot have it. The error is spanned on the constant.
    #[cfg(feature = "taxonomy")]
    pub fn to_taxonomy(&self) -> syn::Result<Taxonomy> {
        let mut out = Taxonomy::new(self.ident.unraw().to_string(), self.shape.code_type);
        for variant in &self.variants {
            let value = |code: &Code| match code {
                Code::Value(value) => Ok(*value),
                Code::Const(expr) => Err(syn::Error::new_spanned(
                    expr,
                    format_args!(
                        "the code of `{}` is the constant `{}`, whose value only the compiler knows; a taxonomy read from source needs integer literals",
                        variant.facts.variant,
                        crate::message::written(expr)
                    ),
                )),
            };
            out.entries.push(Entry {
                code: value(&variant.code)?,
                range: variant.range,
                alternatives: variant
                    .alternatives
                    .iter()
                    .map(value)
                    .collect::<syn::Result<_>>()?,
                aliases: variant.aliases.clone(),
                deprecated: variant.deprecated.clone(),
                facts: variant.facts.clone(),
            });
        }
        out.catch_all = self
            .catch_all
            .as_ref()
            .map(|catch_all| catch_all.facts.clone());
        out.reserved.clone_from(&self.reserved);
        out.ranges.clone_from(&self.ranges);
        Ok(out)
    }
}

/// Where `ident` starts, when spans carry locations (tools reading files).
// `None` in the build without locations, below.
#[allow(clippy::unnecessary_wraps)]
#[cfg(feature = "span-locations")]
pub(crate) fn location(ident: &Ident) -> Option<Location> {
    let start = ident.span().start();
    Some(Location {
        line: start.line,
        column: start.column + 1,
    })
}

#[cfg(not(feature = "span-locations"))]
pub(crate) fn location(_: &Ident) -> Option<Location> {
    None
}
