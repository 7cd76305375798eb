//! The rules that need more than one attribute at a time, checked in one
//! pass over the variants once every attribute has been read
//! ([`enum_attrs`](crate::enum_attrs), [`variant_attrs`](crate::variant_attrs)). Each rule is stated above its
//! check.

use crate::args::Ungroup;
use crate::ast::{self, CatchAll, Code, Enum, Shape, Variant};
use crate::code_type::CodeType;
use crate::enum_attrs::{self, EnumAttrs, ReservedItem};
use crate::errors::Errors;
use crate::facts::Facts;
use crate::generated::{GeneratedItem, generated_items};
use crate::message::quoted_list;
use crate::message::{CODE, written};
use crate::reserved::Reserved;
use crate::section_range::SectionRange;
use crate::suggest::similar;
use crate::template::Message;
use crate::values::{CodeArg, CodeRange, IntLiteral, int_literal, link, url_component};
use crate::variant_attrs::{self, CodeAttr, VariantAttrs};
use crate::variant_message::{self, Read};
use proc_macro2::TokenStream;
use quote::ToTokens;
use std::collections::HashMap;
use syn::ext::IdentExt;
use syn::{Data, DataEnum, DeriveInput, Fields, Ident, LitStr, Type};

/// The enum, with every variant that obeys the rules; every broken rule is
/// in `errors`, so the enum is whole exactly when `errors` is empty.
pub(crate) fn check<'a>(
    input: &'a DeriveInput,
    data: &'a DataEnum,
    errors: &mut Errors,
) -> Enum<'a> {
    // Every attribute first, in source order, then the rules across them.
    let attrs = enum_attrs::enum_attrs(&input.attrs, errors);
    let mut variant_attrs = Vec::with_capacity(data.variants.len());
    for variant in &data.variants {
        for field in &variant.fields {
            variant_attrs::reject_on_field(&field.attrs, errors);
        }
        variant_attrs.push(variant_attrs::variant_attrs(&variant.attrs, errors));
    }
    let shape = Shape {
        code_type: attrs.code_type,
        display: attrs.display,
        lookups: lookups(data, &variant_attrs),
        catch_all: variant_attrs.iter().any(VariantAttrs::is_catch_all),
    };
    let reserved = reserved(&attrs, errors);
    // The sections the variants with a code are in, as written, for the
    // ranges to be checked against before any code is.
    let mut sections: Vec<String> = Vec::new();
    for code_attr in &variant_attrs {
        if code_attr.is_catch_all() {
            continue;
        }
        if let Some(category) = code_attr
            .code
            .as_ref()
            .and_then(|code| code.category.as_ref())
        {
            let category = category.value();
            if !sections.contains(&category) {
                sections.push(category);
            }
        }
    }
    let ranges = ranges(&attrs, &sections, errors);
    let mut checker = Checker {
        input,
        attrs: &attrs,
        shape,
        reserved: &reserved,
        ranges: &ranges,
        seen: HashMap::with_capacity(2 * data.variants.len()),
        variants: Vec::with_capacity(data.variants.len()),
        catch_all: None,
        first_catch_all: None,
        code_ranges: Vec::new(),
        errors,
    };
    for (variant, attrs) in data.variants.iter().zip(variant_attrs) {
        checker.variant(variant, attrs);
    }
    let (variants, catch_all) = (checker.variants, checker.catch_all);
    // What the enum keeps of the reservations and ranges: their values,
    // not where they are written.
    let mut reserved_values = Vec::with_capacity(reserved.len());
    for (reserved, _) in reserved {
        reserved_values.push(reserved);
    }
    let mut range_values = Vec::with_capacity(ranges.len());
    for (range, _) in ranges {
        range_values.push(range);
    }
    Enum {
        ident: &input.ident,
        vis: &input.vis,
        generics: &input.generics,
        shape,
        variants,
        catch_all,
        reserved: reserved_values,
        ranges: range_values,
    }
}

// Only an enum has variants to give codes to.
pub(crate) fn enum_data(input: &DeriveInput) -> Result<&DataEnum, syn::Error> {
    let (keyword, what) = match &input.data {
        Data::Enum(data) => return Ok(data),
        Data::Struct(data) => (data.struct_token.to_token_stream(), "a struct"),
        Data::Union(data) => (data.union_token.to_token_stream(), "a union"),
    };
    Err(syn::Error::new_spanned(
        keyword,
        format_args!(
            "`#[derive(ErrorCodes)]` only supports enums, not {what}; each variant of an enum gets one `#[code(...)]`"
        ),
    ))
}

/// Whether every variant but the catch-all and the range variants, whose one
/// field is the code, is a unit variant: only then can the lookups build a
/// variant from a code or a name without inventing data.
fn lookups(data: &DataEnum, variant_attrs: &[VariantAttrs]) -> bool {
    for (index, variant) in data.variants.iter().enumerate() {
        let keeps_its_code = variant_attrs[index].is_catch_all() || variant_attrs[index].is_range();
        if !matches!(variant.fields, Fields::Unit) && !keeps_its_code {
            return false;
        }
    }
    true
}

/// `reserved = [...]` as values, each range inclusive, with what to point
/// at when a variant uses one.
fn reserved(attrs: &EnumAttrs, errors: &mut Errors) -> Vec<(Reserved, TokenStream)> {
    let code_type = attrs.code_type;
    let mut out = Vec::with_capacity(attrs.reserved.len());
    for item in &attrs.reserved {
        match item {
            ReservedItem::Code(code) => {
                if let Some(value) = code_value(code, code_type, "reserved code", errors) {
                    out.push((Reserved::Code(value), code.tokens.clone()));
                }
            }
            ReservedItem::Range {
                start,
                end,
                inclusive,
                tokens,
            } => {
                if let Some((start, end)) = code_range(
                    start,
                    end,
                    *inclusive,
                    code_type,
                    tokens,
                    RangeOf::Reserved,
                    errors,
                ) {
                    out.push((Reserved::Range(start, end), tokens.clone()));
                }
            }
            ReservedItem::Name(lit) => {
                let name = lit.value();
                if name.trim().is_empty() {
                    errors.at(lit, "empty name in `reserved`; a reserved name has at least one character other than whitespace");
                    continue;
                }
                out.push((Reserved::Name(name), lit.to_token_stream()));
            }
        }
    }
    out
}

/// `ranges = [...]` as values, each range inclusive, with what to point at:
/// those for one of `sections` (the variants'), in which the codes are
/// then checked.
fn ranges(
    attrs: &EnumAttrs,
    sections: &[String],
    errors: &mut Errors,
) -> Vec<(SectionRange, TokenStream)> {
    let mut out: Vec<(SectionRange, TokenStream)> = Vec::with_capacity(attrs.ranges.len());
    for item in &attrs.ranges {
        let section = item.section.value();
        let Some((start, end)) = code_range(
            &item.start,
            &item.end,
            item.inclusive,
            attrs.code_type,
            &item.tokens,
            RangeOf::Section(&section),
            errors,
        ) else {
            continue;
        };
        let range = SectionRange {
            section: section.clone(),
            start,
            end,
        };
        // One range per section, and no code in two: which section would
        // it be?
        if let Some((first, first_at)) = out.iter().find(|(first, _)| first.section == section) {
            errors.duplicate(
                &item.section,
                format_args!("a second range for the section `{section}`, which has `{first}`"),
                first_at,
                format_args!("the section `{section}`'s range here"),
            );
            continue;
        }
        if let Some((first, first_at)) = out.iter().find(|(first, _)| first.overlaps(&range)) {
            errors.duplicate(
                &item.tokens,
                format_args!(
                    "the range `{range}` of the section `{section}` overlaps `{first}`, the range of the section `{}`; a code belongs to one section",
                    first.section
                ),
                first_at,
                format_args!("`{first}` here"),
            );
            continue;
        }
        // A range is for a section some variant is in: one for no section
        // is a misspelled section, which would leave the real one
        // unguarded.
        if !sections.contains(&section) {
            let mut known = Vec::with_capacity(sections.len());
            for section in sections {
                known.push(section.as_str());
            }
            errors.at_with_help(
                &item.section,
                format_args!(
                    "the range `{range}` is for the section `{section}`, which no variant is in; {}",
                    if known.is_empty() {
                        "no variant has a `category`".to_owned()
                    } else {
                        format!("the sections are {}", quoted_list(&known, '`'))
                    }
                ),
                similar(&section, &known)
                    .map(|near| format!("a section with a similar name exists: `{near}`")),
            );
            continue;
        }
        out.push((range, item.tokens.clone()));
    }
    out
}

/// What a range of codes is for, as messages name it.
#[derive(Clone, Copy)]
enum RangeOf<'s> {
    /// `reserved = [100..=199]`.
    Reserved,
    /// `ranges = [("Session", 200..=299)]`.
    Section(&'s str),
    /// `#[code(0x0100..=0x01ff)] Crypto(u64)`.
    Variant(&'s Ident),
}

/// `start..=end` or `start..end` as an inclusive range of codes of the
/// code type.
fn code_range(
    start: &IntLiteral,
    end: &IntLiteral,
    inclusive: bool,
    code_type: CodeType,
    tokens: &TokenStream,
    of: RangeOf,
    errors: &mut Errors,
) -> Option<(i128, i128)> {
    let what = match of {
        RangeOf::Reserved => "reserved code",
        RangeOf::Section(_) | RangeOf::Variant(_) => "code of a range",
    };
    let start = code_value(start, code_type, what, errors);
    // `a..b` stops before `b`, which may be one past the type's last code;
    // `b` is read as a code is, bits included (`0x80070000..0x80080000`).
    let end = if inclusive {
        code_value(end, code_type, what, errors)
    } else {
        end.code(code_type).map(|end| end - 1)
    };
    let (start, end) = (start?, end?);
    // A range holds at least one code of the type: an empty one, or one
    // past the type, is a mistake in its ends.
    if start > end || !code_type.contains(end) {
        let range = written(tokens);
        let holds = match of {
            RangeOf::Reserved => format!("the reserved range `{range}` retires"),
            RangeOf::Section(section) => {
                format!("the range `{range}` of the section `{section}` holds")
            }
            RangeOf::Variant(ident) => format!("the range `{range}` of `{ident}` holds"),
        };
        errors.at(
            tokens,
            format_args!(
                "{holds} no code of `{code_type}` from its start to its end; write `start..=end` with start <= end, both in `{}..={}`",
                code_type.min(),
                code_type.max()
            ),
        );
        return None;
    }
    Some((start, end))
}

/// The value of a literal code, if it fits the code type and any suffix
/// names that type.
fn code_value(
    code: &IntLiteral,
    code_type: CodeType,
    what: &str,
    errors: &mut Errors,
) -> Option<i128> {
    // A suffix is a type annotation: it must be the code type itself.
    let suffix = &code.suffix;
    if !suffix.is_empty() && suffix != code_type.name() {
        let unsuffixed = code.written.trim_start_matches('-');
        // Hex bits past the type's range are a code only unsuffixed.
        let write = if code.bits_of(code_type).is_some() {
            format!("`{unsuffixed}`")
        } else {
            format!("`{unsuffixed}` or `{unsuffixed}{code_type}`")
        };
        errors.at(
            &code.literal,
            format_args!(
                "the suffix `{suffix}` does not match the code type `{code_type}`; write {write}",
            ),
        );
        return None;
    }
    // The code must be a value of the code type, or `code()` could not
    // return it. A hex, octal or binary literal without a sign or a suffix
    // is the code's bits, as C and Windows headers write codes: any value
    // of the type's width, read as two's complement (`0x80004005` on `i32`
    // is -2147467259, `0xFF` on `i8` is -1). rustc reads it so too, but
    // denies it (`overflowing_literals`), so the derive writes the value.
    // A decimal literal, or a suffixed one, is a number: in the range, or
    // refused.
    let value = code
        .code(code_type)
        .filter(|&value| code_type.contains(value));
    if value.is_some() {
        return value;
    }
    let bits = if code.radix != 10 && !code.negative && suffix.is_empty() && code_type.is_signed() {
        let widest = u128::MAX >> (128 - code_type.bits());
        format!(
            ", nor its {} bits (`{}` at most)",
            code_type.bits(),
            code.in_radix(widest)
        )
    } else {
        String::new()
    };
    let help = code.bits_of(code_type).map(|from_bits| {
        format!(
            "remove the suffix: unsuffixed, a {} literal is the code's bits, and `{}` is {from_bits} as an `{code_type}`",
            code.radix_name(),
            code.written
        )
    });
    errors.at_with_help(
        &code.tokens,
        format_args!(
            "{what} {} does not fit the code type `{code_type}`, whose range is `{}..={}`{bits}",
            code.echo(),
            code_type.min(),
            code_type.max()
        ),
        help,
    );
    None
}

/// A code or a name checked against the rules.
enum Checked<T> {
    /// One no variant had: the variant's.
    New(T),
    /// One the variant already has: a synonym of itself, ignored.
    Repeated,
    /// One that breaks a rule (the error is recorded).
    Invalid,
}

/// What must be unique across the enum: every code (first or alternative)
/// and every name (name or alias).
#[derive(PartialEq, Eq, Hash)]
enum Unique {
    Code(i128),
    Name(String),
}

struct Checker<'e, 'a> {
    input: &'a DeriveInput,
    attrs: &'e EnumAttrs,
    shape: Shape,
    reserved: &'e [(Reserved, TokenStream)],
    /// Each section's range of codes, with what to point at.
    ranges: &'e [(SectionRange, TokenStream)],
    /// Each code and name -> the variant that has it and where it is
    /// written, to point at both uses of a duplicate.
    seen: HashMap<Unique, (&'a Ident, TokenStream)>,
    /// The valid variants so far, in declaration order.
    variants: Vec<Variant<'a>>,
    catch_all: Option<CatchAll<'a>>,
    /// The first catch-all, valid or not (its variant and its `catch_all`),
    /// to point at when there is a second.
    first_catch_all: Option<(&'a Ident, Ident)>,
    /// The range variants' ranges so far, each with its variant and where
    /// it is written.
    code_ranges: Vec<CodeRangeSeen<'a>>,
    errors: &'e mut Errors,
}

/// The range of a range variant, as the other codes are checked against it.
struct CodeRangeSeen<'a> {
    start: i128,
    end: i128,
    ident: &'a Ident,
    tokens: TokenStream,
}

impl CodeRangeSeen<'_> {
    fn written(&self) -> String {
        format!("{}..={}", self.start, self.end)
    }
}

impl<'a> Checker<'_, 'a> {
    /// One variant's rules, the variant kept when it obeys them; `None`
    /// when it breaks one (the error is recorded).
    fn variant(&mut self, variant: &'a syn::Variant, attrs: VariantAttrs) -> Option<()> {
        let ident = &variant.ident;
        let is_catch_all = attrs.is_catch_all();

        let (message, message_read) = self.message(variant, &attrs);

        // Every variant needs exactly one code: an enum with a code-less
        // variant could not answer `code()`.
        if !attrs.code_written {
            self.errors.at(
                ident,
                format_args!(
                    "missing `#[code(...)]` on variant `{ident}`; every variant needs one, as in `#[code(104, \"reason\")]`"
                ),
            );
        }
        let code_attr = attrs.code?;

        let reasons = self.reasons(variant, &code_attr);
        let name = self.name(ident, code_attr.name.as_ref());
        let category = code_attr.category.as_ref().and_then(|category| {
            self.not_blank(
                category,
                "empty `category` in `#[code(...)]`; name the section, or leave `category` out",
            )
        });

        // An associated item and a variant cannot share a name: `E::ALL`
        // would be the variant, and `E::from_code` ambiguous.
        let written = ident.unraw().to_string();
        if let Some(GeneratedItem { kind, .. }) =
            generated_items(self.shape.lookups).find(|item| item.name == written)
        {
            let ty = self.input.ident.unraw();
            let keep = name.as_deref().unwrap_or(&written);
            self.errors.at(
                ident,
                format_args!(
                    "variant `{written}` has the name of the generated {kind} `{ty}::{written}`, which a variant cannot share; rename the variant (`name = \"{keep}\"` keeps its name)"
                ),
            );
        }

        if is_catch_all {
            return self.catch_all(variant, &code_attr, name?, reasons, category);
        }

        let section = category.as_deref();
        let (code, range) =
            self.first_code(variant, code_attr.code, &code_attr.alternatives, section)?;
        // Every alternative and alias is checked, so that each mistake is
        // reported, before the variant is kept or dropped.
        let mut valid = true;
        let mut alternatives = Vec::with_capacity(code_attr.alternatives.len());
        for alternative in code_attr.alternatives {
            match self.code(ident, alternative, section) {
                Checked::New(code) => alternatives.push(code),
                // A code the variant already has maps to it anyway.
                Checked::Repeated => {}
                Checked::Invalid => valid = false,
            }
        }
        let mut aliases = Vec::with_capacity(code_attr.aliases.len());
        for alias in &code_attr.aliases {
            match self.alias(ident, alias) {
                Checked::New(alias) => aliases.push(alias),
                // A name the variant already has finds it anyway.
                Checked::Repeated => {}
                Checked::Invalid => valid = false,
            }
        }
        let code = code?;
        let name = name?;
        if !message_read {
            return None;
        }
        // A range variant's code is the one it carries, as the catch-all's.
        let doc_url = self.doc_url(
            ident,
            code_attr.doc_url.as_ref(),
            &name,
            range.is_none().then_some(&code),
            "range variant",
        );
        if !valid {
            return None;
        }
        self.variants.push(Variant {
            ident,
            fields: &variant.fields,
            code,
            range,
            alternatives,
            aliases,
            #[cfg(feature = "taxonomy")]
            deprecated: attrs.deprecated,
            facts: Facts {
                variant: written,
                name,
                reasons: reasons?,
                category,
                doc_url: doc_url.ok()?,
                retryable: code_attr.retryable.unwrap_or(self.attrs.retryable),
                location: ast::location(ident),
                message,
            },
        });
        Some(())
    }

    /// The variant's code, or a range variant's first code and its range;
    /// `None` when the range variant takes alternatives (the error is
    /// recorded), as nothing else of it then needs checking.
    #[allow(clippy::type_complexity)]
    fn first_code(
        &mut self,
        variant: &'a syn::Variant,
        code: CodeArg,
        alternatives: &[CodeArg],
        section: Option<&str>,
    ) -> Option<(Option<Code>, Option<(i128, i128)>)> {
        let ident = &variant.ident;
        let CodeArg::Range(range) = code else {
            let code = match self.code(ident, code, section) {
                Checked::New(code) => Some(code),
                Checked::Repeated | Checked::Invalid => None,
            };
            self.discriminant(variant, code.as_ref());
            return Some((code, None));
        };
        // A range variant has every code of its range: another code is
        // another variant, or a wider range.
        if let Some(alternative) = alternatives.first() {
            self.errors.at(
                &alternative.tokens(),
                format_args!(
                    "the range variant `{ident}` has every code of its range; it takes no `alternatives` in {CODE}: widen the range, or give the codes a variant of their own"
                ),
            );
            return None;
        }
        let range = self.code_range(variant, &range, section);
        Some((range.map(|(start, _)| Code::Value(start)), range))
    }

    /// The message of a variant with fields, and whether it could be read
    /// (a mistake in it is recorded, and the variant then not kept).
    fn message(&mut self, variant: &syn::Variant, attrs: &VariantAttrs) -> (Option<Message>, bool) {
        let ident = &variant.ident;
        // The description of a variant with fields is a message that names
        // them, when it does: `Display` writes it with their values.
        let has_fields = !matches!(variant.fields, Fields::Unit);
        let read = match &attrs.code {
            Some(code_attr) if has_fields && !attrs.keeps_unknown_codes() => variant_message::read(
                ident,
                &variant.fields,
                &code_attr.reasons,
                &variant.attrs,
                self.shape.display,
                self.errors,
            ),
            _ => Read::Plain,
        };

        // Other fields are only allowed when `Display` comes from elsewhere
        // (thiserror, by hand): the derive's `Display` prints a fixed
        // description and would silently drop them. The one field of the
        // catch-all and of a range variant is its code, which `Display`
        // prints.
        if self.shape.display
            && !attrs.keeps_its_code()
            && has_fields
            && matches!(read, Read::Plain)
        {
            let field = variant_message::field_names(&variant.fields)
                .into_iter()
                .next()
                .unwrap_or_default();
            self.errors.at(
                &variant.fields,
                format_args!(
                    "variant `{ident}` has fields, which its description does not name; name them in it, as in `#[code(1, \"... {{{field}}} ...\")]`, or leave `Display` to you or to `thiserror` with `#[error_codes(display = false)]` on the enum"
                ),
            );
        }
        // A broken message is recorded; the rest of the variant is still
        // checked, so that one compile reports every mistake.
        match read {
            Read::Message(message) => (Some(message), true),
            Read::Plain => (None, true),
            Read::Broken => (None, false),
        }
    }

    /// The variant's documentation link: its own, else the enum's template
    /// filled in with its name and code (`code` is `None` for the
    /// catch-all and a range variant, the `carrier` of a code known only at
    /// run time). `Err` when it breaks a rule (the error is recorded).
    fn doc_url(
        &mut self,
        ident: &Ident,
        own: Option<&LitStr>,
        name: &str,
        code: Option<&Code>,
        carrier: &str,
    ) -> Result<Option<String>, ()> {
        if let Some(own) = own {
            return link(own, CODE, self.errors).map(Some).ok_or(());
        }
        let Some(template) = &self.attrs.doc_url else {
            return Ok(None);
        };
        let template = template.value();
        let filled = template.replace("{name}", &url_component(name));
        if !template.contains("{code}") {
            return Ok(Some(filled));
        }
        // `{code}` is the code in decimal, which the derive reads only from
        // a literal: a constant's value, or the catch-all's, is known to the
        // compiler, or at run time.
        match code {
            Some(Code::Value(value)) => Ok(Some(filled.replace("{code}", &value.to_string()))),
            Some(Code::Const(expr)) => {
                self.errors.at(
                    expr,
                    format_args!(
                        "the `doc_url` template needs `{{code}}`, which the derive cannot read for `{ident}`: its code is the constant `{}`; give `{ident}` its own `doc_url`",
                        written(expr)
                    ),
                );
                Err(())
            }
            None => {
                self.errors.at(
                    ident,
                    format_args!(
                        "the `doc_url` template needs `{{code}}`, which the {carrier} `{ident}` has only at run time; give `{ident}` its own `doc_url`"
                    ),
                );
                Err(())
            }
        }
    }

    fn catch_all(
        &mut self,
        variant: &'a syn::Variant,
        code_attr: &CodeAttr,
        name: String,
        reasons: Option<Vec<String>>,
        category: Option<String>,
    ) -> Option<()> {
        let ident = &variant.ident;
        let CodeArg::CatchAll(keyword) = &code_attr.code else {
            return None;
        };

        // One variant keeps the unknown codes: with two, which one would?
        if let Some((first, first_keyword)) = &self.first_catch_all {
            self.errors.duplicate(
                keyword,
                format_args!(
                    "a second `catch_all`; variant `{first}` already keeps every unknown code"
                ),
                first_keyword,
                "first `catch_all` here",
            );
            return None;
        }
        self.first_catch_all = Some((ident, keyword.clone()));

        // The catch-all carries the code it was built from, and nothing
        // else: `Other(u16)`.
        let carries_code =
            self.carries_code(variant, "the `catch_all` variant keeps the unknown code");

        // Its code is whatever it carries: no code, alias or discriminant
        // of its own.
        if let Some(alternative) = code_attr.alternatives.first() {
            self.errors.at(&alternative.tokens(), format_args!("the `catch_all` variant has every code no other variant has; it takes no `alternatives` in {CODE}"));
        }
        if let Some(alias) = code_attr.aliases.first() {
            self.errors.at(alias, format_args!("the `catch_all` variant is never looked up by name; it takes no `alias` in {CODE}"));
        }
        if let Some((_, discriminant)) = &variant.discriminant {
            self.errors.at(discriminant, format_args!("the `catch_all` variant `{ident}` has no code of its own; remove its discriminant"));
        }
        if !carries_code
            || !code_attr.alternatives.is_empty()
            || !code_attr.aliases.is_empty()
            || variant.discriminant.is_some()
        {
            return None;
        }
        let doc_url = self
            .doc_url(ident, code_attr.doc_url.as_ref(), &name, None, "catch-all")
            .ok()?;
        self.catch_all = Some(CatchAll {
            ident,
            facts: Facts {
                variant: ident.unraw().to_string(),
                name,
                reasons: reasons?,
                category,
                doc_url,
                retryable: code_attr.retryable.unwrap_or(self.attrs.retryable),
                location: ast::location(ident),
                message: None,
            },
        });
        Some(())
    }

    /// A range variant's range, both ends included, when the variant and
    /// its range obey the rules; `None` when they break one (the error is
    /// recorded).
    fn code_range(
        &mut self,
        variant: &'a syn::Variant,
        range: &CodeRange,
        section: Option<&str>,
    ) -> Option<(i128, i128)> {
        let ident = &variant.ident;
        let code_type = self.shape.code_type;
        // A range variant carries the code it was built from, and nothing
        // else, as the catch-all does: `Crypto(u64)`.
        let carries_code = self.carries_code(
            variant,
            &format!("the range variant `{ident}` keeps the code it was built from"),
        );
        // Its code is whatever it carries: no discriminant of its own.
        if let Some((_, discriminant)) = &variant.discriminant {
            self.errors.at(
                discriminant,
                format_args!(
                    "the range variant `{ident}` has no single code; remove its discriminant"
                ),
            );
        }
        let (start, end) = code_range(
            &range.start,
            &range.end,
            range.inclusive,
            code_type,
            &range.tokens,
            RangeOf::Variant(ident),
            self.errors,
        )?;
        let written = format!("{start}..={end}");
        let tokens = &range.tokens;
        // No code of the range is retired: `from_code` would map it here.
        let retired = self.reserved.iter().find(|(reserved, _)| match *reserved {
            Reserved::Code(code) => start <= code && code <= end,
            Reserved::Range(first, last) => first <= end && start <= last,
            Reserved::Name(_) => false,
        });
        if let Some((reserved, reserved_at)) = retired {
            let what = match reserved {
                Reserved::Range(..) => format!("the reserved range `{reserved}`"),
                _ => format!("the reserved code {reserved}"),
            };
            self.errors.duplicate(
                tokens,
                format_args!(
                    "the range `{written}` of `{ident}` holds {what}: a retired code cannot be used again"
                ),
                reserved_at,
                format_args!("`{reserved}` reserved here"),
            );
            return None;
        }
        // A section with a range keeps every code of its variants in it,
        // and its range for itself, as for a single code.
        if let Some(message) = self.range_out_of_section(ident, start, end, section) {
            self.errors.at(tokens, message);
            return None;
        }
        if self.range_taken(ident, start, end, &range.tokens) {
            return None;
        }
        if !carries_code || variant.discriminant.is_some() {
            return None;
        }
        self.code_ranges.push(CodeRangeSeen {
            start,
            end,
            ident,
            tokens: range.tokens.clone(),
        });
        Some((start, end))
    }

    /// Whether a code of the range `start..=end` of `ident` is already
    /// another variant's (the error is recorded).
    fn range_taken(&mut self, ident: &Ident, start: i128, end: i128, tokens: &TokenStream) -> bool {
        let written = format!("{start}..={end}");
        // No code of the range is another variant's, nor in another range
        // variant's: `from_code` would have two answers. The lowest such
        // code is named, whatever the order the codes were seen in.
        let mut taken: Option<(i128, &Ident, &TokenStream)> = None;
        for (key, (first, first_at)) in &self.seen {
            let Unique::Code(code) = *key else {
                continue;
            };
            if start <= code && code <= end && taken.is_none_or(|(lowest, _, _)| code < lowest) {
                taken = Some((code, first, first_at));
            }
        }
        if let Some((code, first, first_at)) = taken {
            self.errors.duplicate(
                tokens,
                format_args!(
                    "the range `{written}` of `{ident}` holds code {code}, already used by variant `{first}`; codes must be unique"
                ),
                first_at,
                format_args!("code {code} first used here"),
            );
            return true;
        }
        if let Some(other) = self
            .code_ranges
            .iter()
            .find(|other| other.start <= end && start <= other.end)
        {
            self.errors.duplicate(
                tokens,
                format_args!(
                    "the range `{written}` of `{ident}` overlaps `{}`, the range of variant `{}`; codes must be unique",
                    other.written(),
                    other.ident
                ),
                &other.tokens,
                format_args!("`{}` here", other.written()),
            );
            return true;
        }
        false
    }

    /// Why the range `start..=end` of `ident` in `section` breaks a
    /// section's range: it leaves its section's, or enters another's.
    fn range_out_of_section(
        &self,
        ident: &Ident,
        start: i128,
        end: i128,
        section: Option<&str>,
    ) -> Option<String> {
        for (own, _) in self.ranges {
            if Some(own.section.as_str()) == section {
                return (!(own.contains(start) && own.contains(end))).then(|| {
                    format!(
                        "the range `{start}..={end}` of `{ident}` leaves `{own}`, the range of its section `{}`",
                        own.section
                    )
                });
            }
        }
        for (other, _) in self.ranges {
            if other.start <= end && start <= other.end {
                let whose = whose(section);
                return Some(format!(
                    "the range `{start}..={end}` of `{ident}`, {whose}, overlaps `{other}`, the range of the section `{}`",
                    other.section
                ));
            }
        }
        None
    }

    /// Whether the variant is a tuple of one field of the code type, which
    /// keeps the code it was built from (`Other(u16)`); else the error says
    /// so after `what`, what the variant keeps.
    fn carries_code(&mut self, variant: &syn::Variant, what: &str) -> bool {
        let ident = &variant.ident;
        let code_type = self.shape.code_type;
        let carries = match &variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                is_code_type(&fields.unnamed[0].ty, code_type)
            }
            _ => false,
        };
        if !carries {
            // A unit variant has no fields to point at: its name, then.
            let at: &dyn ToTokens = if matches!(variant.fields, Fields::Unit) {
                ident
            } else {
                &variant.fields
            };
            self.errors.at(
                at,
                format_args!(
                    "{what}: it must be a tuple variant with one field of the code type, as in `{ident}({code_type})`"
                ),
            );
        }
        carries
    }

    /// The code's value if it is a literal, the expression if a constant.
    /// Codes must be unique across variants and not reserved, or
    /// `from_code` is ambiguous.
    fn code(&mut self, ident: &'a Ident, code: CodeArg, section: Option<&str>) -> Checked<Code> {
        let literal = match code {
            CodeArg::Literal(literal) => literal,
            CodeArg::Const(expr) => return Checked::New(Code::Const(expr)),
            CodeArg::CatchAll(_) | CodeArg::Range(_) => return Checked::Invalid,
        };
        let Some(value) = code_value(&literal, self.shape.code_type, "code", self.errors) else {
            return Checked::Invalid;
        };
        if let Some((reserved, reserved_at)) = self
            .reserved
            .iter()
            .find(|(reserved, _)| reserved.covers_code(value))
        {
            self.errors.duplicate(
                &literal.tokens,
                format_args!(
                    "code {value} is reserved{}: it was retired and cannot be used again",
                    match reserved {
                        Reserved::Range(..) => format!(" (`{reserved}`)"),
                        _ => String::new(),
                    }
                ),
                reserved_at,
                format_args!("code {value} reserved here"),
            );
            return Checked::Invalid;
        }
        // A section with a range keeps its codes in it, and its range for
        // itself: a code of another section there would take a code the
        // section will want.
        if let Some(message) = self.out_of_range(ident, value, section) {
            self.errors.at(&literal.tokens, message);
            return Checked::Invalid;
        }
        // A code in a range variant's range would decode to two variants.
        if let Some(range) = self
            .code_ranges
            .iter()
            .find(|range| range.start <= value && value <= range.end)
        {
            self.errors.duplicate(
                &literal.tokens,
                format_args!(
                    "code {value} is in `{}`, the range of variant `{}`; codes must be unique",
                    range.written(),
                    range.ident
                ),
                &range.tokens,
                format_args!("`{}` here", range.written()),
            );
            return Checked::Invalid;
        }
        let tokens = literal.tokens.clone();
        if let Some((first, first_at)) = self.seen.get(&Unique::Code(value)) {
            // Twice for one variant is harmless: `alternatives` may name a
            // synonym that equals the code (on some platform, for a
            // constant). One variant, not two spelled alike, which the
            // compiler refuses but a tool reading the source sees.
            if std::ptr::eq(*first, ident) {
                return Checked::Repeated;
            }
            self.errors.duplicate(
                &tokens,
                format_args!(
                    "code {value} is already used by variant `{first}`; codes must be unique"
                ),
                first_at,
                format_args!("code {value} first used here"),
            );
            return Checked::Invalid;
        }
        self.seen.insert(Unique::Code(value), (ident, tokens));
        Checked::New(Code::Value(value))
    }

    /// Why `value`, a code of `ident` in `section`, breaks a range: outside
    /// its section's, or inside another section's.
    fn out_of_range(&self, ident: &Ident, value: i128, section: Option<&str>) -> Option<String> {
        for (own, _) in self.ranges {
            if Some(own.section.as_str()) == section {
                return (!own.contains(value)).then(|| {
                    format!(
                        "code {value} of `{ident}` is outside `{own}`, the range of its section `{}`",
                        own.section
                    )
                });
            }
        }
        for (other, _) in self.ranges {
            if other.contains(value) {
                let whose = whose(section);
                return Some(format!(
                    "code {value} of `{ident}`, {whose}, is in `{other}`, the range of the section `{}`",
                    other.section
                ));
            }
        }
        None
    }

    // An explicit discriminant may only restate a literal code, so that
    // `E::X as T` and `E::X.code()` can never disagree.
    fn discriminant(&mut self, variant: &syn::Variant, code: Option<&Code>) {
        let Some((_, discriminant)) = &variant.discriminant else {
            return;
        };
        let ident = &variant.ident;
        let same = match code {
            Some(Code::Value(code)) => int_literal(discriminant)
                .and_then(|literal| literal.code(self.shape.code_type))
                .is_some_and(|value| value == *code),
            _ => false,
        };
        if same {
            return;
        }
        let message = match code {
            Some(Code::Value(code)) => format!(
                "the discriminant of `{ident}` must be an integer literal equal to its code `{code}`, or be left out"
            ),
            Some(Code::Const(expr)) => format!(
                "the discriminant of `{ident}` cannot be checked against its code `{}`, a constant; leave the discriminant out",
                written(expr)
            ),
            None => format!(
                "the discriminant of `{ident}` must be an integer literal equal to its code, or be left out"
            ),
        };
        self.errors.at(discriminant, message);
    }

    /// Reasons are documentation: a blank one documents nothing. Without
    /// any, `doc_reasons` takes the doc comment's first paragraph.
    fn reasons(&mut self, variant: &syn::Variant, code_attr: &CodeAttr) -> Option<Vec<String>> {
        let mut reasons = Vec::with_capacity(code_attr.reasons.len());
        let mut valid = true;
        for reason in &code_attr.reasons {
            match self.not_blank(
                reason,
                "empty reason in `#[code(...)]`; write the reason, or leave the string out",
            ) {
                Some(reason) => reasons.push(reason),
                None => valid = false,
            }
        }
        if reasons.is_empty() && valid && self.attrs.doc_reasons {
            reasons.extend(variant_attrs::doc_paragraph(&variant.attrs, self.errors));
        }
        valid.then_some(reasons)
    }

    /// The final name: `name = "..."`, else the identifier under
    /// `rename_all`.
    fn name(&mut self, ident: &'a Ident, explicit: Option<&LitStr>) -> Option<String> {
        let (name, source) = if let Some(lit) = explicit {
            let name = self.not_blank(lit, "empty `name` in `#[code(...)]`; a name must have at least one character other than whitespace")?;
            (name, lit.to_token_stream())
        } else {
            let written = ident.unraw().to_string();
            let name = self
                .attrs
                .rename_all
                .map_or_else(|| written.clone(), |rule| rule.apply(&written));
            (name, ident.to_token_stream())
        };
        match self.unique_name(ident, name, source) {
            Checked::New(name) => Some(name),
            // The variant's first name: it has none yet to repeat.
            Checked::Repeated | Checked::Invalid => None,
        }
    }

    fn alias(&mut self, ident: &'a Ident, alias: &LitStr) -> Checked<String> {
        let Some(name) = self.not_blank(alias, "empty `alias` in `#[code(...)]`; an alias must have at least one character other than whitespace") else {
            return Checked::Invalid;
        };
        self.unique_name(ident, name, alias.to_token_stream())
    }

    // Names and aliases must be unique, or `from_name` is ambiguous, and
    // must not be reserved.
    fn unique_name(
        &mut self,
        ident: &'a Ident,
        name: String,
        source: TokenStream,
    ) -> Checked<String> {
        if let Some((_, reserved_at)) = self
            .reserved
            .iter()
            .find(|(reserved, _)| reserved.covers_name(&name))
        {
            self.errors.duplicate(
                &source,
                format_args!("name `{name}` is reserved: it was retired and cannot be used again"),
                reserved_at,
                format_args!("name `{name}` reserved here"),
            );
            return Checked::Invalid;
        }
        let key = Unique::Name(name.clone());
        if let Some((first, first_at)) = self.seen.get(&key) {
            // A name the variant already has is harmless, as a code it
            // already has is: an alias may restate the final name (the
            // spelling `rename_all` gives today, a name kept across a
            // rename), or an alias, and `from_name` still has one answer.
            if std::ptr::eq(*first, ident) {
                return Checked::Repeated;
            }
            self.errors.duplicate(
                &source,
                format_args!(
                    "name `{name}` is already used by variant `{first}`; names must be unique"
                ),
                first_at,
                format_args!("name `{name}` first used here"),
            );
            return Checked::Invalid;
        }
        self.seen.insert(key, (ident, source));
        Checked::New(name)
    }

    /// The string's value, or an error when it is only whitespace.
    fn not_blank(&mut self, lit: &LitStr, message: &str) -> Option<String> {
        let value = lit.value();
        if value.trim().is_empty() {
            self.errors.at(lit, message);
            return None;
        }
        Some(value)
    }
}

/// Where a code or a range without a range of its own section is, for a
/// message: in a section, or in none.
fn whose(section: Option<&str>) -> String {
    match section {
        Some(section) => format!("which is in the section `{section}`"),
        None => "which has no section".to_owned(),
    }
}

/// Whether `ty` is written as the code type: `u16`, `core::primitive::u16`.
fn is_code_type(ty: &Type, code_type: CodeType) -> bool {
    match ty.ungroup() {
        Type::Path(path) if path.qself.is_none() => {
            path.path.segments.last().is_some_and(|segment| {
                segment.arguments.is_none() && segment.ident == code_type.name()
            })
        }
        _ => false,
    }
}
