//! The rules that need more than one attribute at a time, checked in a
//! single pass over the variants, after `attr.rs` has read every attribute
//! of the input. The output, `Model`, is all that code generation ever
//! sees.

use crate::ast::{Generics, Input, Variant};
use crate::attr::{self, IntLiteral, IntType, Value};
use crate::ctxt::{Errors, Location};
use proc_macro2::{Ident, TokenStream};
use std::collections::HashMap;
use syn::LitStr;
use syn::ext::IdentExt;

/// What the generated API looks like, independent of the variants' data;
/// the fallback builds one too, to emit the same items after an error.
pub(crate) struct Shape<'a> {
    pub ident: &'a Ident,
    pub vis: &'a TokenStream,
    pub generics: &'a Generics,
    pub code_type: IntType,
    pub display: bool,
    pub all_unit: bool,
}

pub(crate) struct Entry<'a> {
    pub variant: &'a Ident,
    pub code: i128,
    pub name: String,
    pub reasons: Vec<String>,
    pub category: Option<String>,
}

pub(crate) struct Model<'a> {
    pub shape: Shape<'a>,
    pub entries: Vec<Entry<'a>>,
}

pub(crate) fn check<'a>(input: &'a Input, errors: &mut Errors) -> Model<'a> {
    // Every attribute first, in source order, then the rules across them.
    let attrs = attr::enum_attrs(&input.attrs, errors);
    let code_attrs: Vec<attr::CodeAttrs> = input
        .variants
        .iter()
        .map(|variant| {
            attr::reject_on_field(&variant.field_attrs, errors);
            attr::code_attr(&variant.attrs, errors)
        })
        .collect();
    let mut checker = Checker {
        seen: HashMap::with_capacity(2 * input.variants.len()),
        attrs: &attrs,
        errors,
    };
    let entries = input
        .variants
        .iter()
        .zip(code_attrs)
        .filter_map(|(variant, code)| checker.variant(variant, code))
        .collect();
    Model {
        shape: Shape {
            ident: &input.ident,
            vis: &input.vis,
            generics: &input.generics,
            code_type: attrs.code_type,
            display: attrs.display,
            all_unit: input.variants.iter().all(Variant::is_unit),
        },
        entries,
    }
}

/// What must be unique across the variants.
#[derive(PartialEq, Eq, Hash)]
enum Unique {
    Code(i128),
    Name(String),
}

struct Checker<'e, 'a> {
    /// Each code and final name -> the first variant with it and where it
    /// was written, for duplicates. One map for both: one instantiation of
    /// `HashMap` is less for this crate to compile.
    seen: HashMap<Unique, (&'a Ident, Location)>,
    attrs: &'e attr::EnumAttrs,
    errors: &'e mut Errors,
}

impl<'a> Checker<'_, 'a> {
    fn variant(&mut self, variant: &'a Variant, code: attr::CodeAttrs) -> Option<Entry<'a>> {
        let ident = &variant.ident;

        // Fields are only allowed when `Display` comes from elsewhere
        // (thiserror, by hand): the derive's `Display` prints a fixed
        // description and would silently drop them.
        if let (true, Some(fields)) = (self.attrs.display, &variant.fields) {
            self.errors.at(
                fields.span(),
                format_args!(
                    "variant `{ident}` has fields; `#[derive(ErrorCodes)]` accepts fields only with `#[error_codes(display = false)]` on the enum, leaving `Display` to you or to `thiserror`"
                ),
            );
        }

        // Every variant needs exactly one code: an enum with a code-less
        // variant could not answer `code()`.
        if !code.written {
            self.errors.at(
                ident.span(),
                format_args!(
                    "missing `#[code(...)]` on variant `{ident}`; every variant needs one, as in `#[code(104, \"reason\")]`"
                ),
            );
        }
        let code_attr = code.attr?;
        let code = self.code_value(&code_attr.code, self.attrs.code_type);

        // An explicit discriminant may only restate the code, so that
        // `E::X as T` and `E::X.code()` can never disagree.
        if let Some(discriminant) = &variant.discriminant {
            let location = Location::of(discriminant, ident.span());
            let same = match Value::parse(discriminant, location) {
                Value::Int(lit) => literal_value(&lit).is_some_and(|value| Some(value) == code),
                _ => false,
            };
            if !same {
                let expected =
                    code.map_or_else(|| "the code".to_owned(), |code| format!("`{code}`"));
                self.errors.at(
                    location,
                    format_args!("the discriminant of `{ident}` must be an integer literal equal to its code {expected}, or be left out"),
                );
            }
        }

        // Reasons are documentation: an empty one documents nothing.
        let mut reasons: Vec<String> = Vec::with_capacity(code_attr.reasons.len());
        for reason in &code_attr.reasons {
            let value = reason.value();
            if value.trim().is_empty() {
                self.errors.at(
                    reason.span(),
                    "empty reason in `#[code(...)]`; write the reason, or leave the string out",
                );
            }
            reasons.push(value);
        }
        if reasons.is_empty() && self.attrs.doc_reasons {
            reasons.extend(attr::doc_paragraph(&variant.attrs, self.errors));
        }

        let name = self.name(ident, code_attr.name.as_ref());
        let category = code_attr.category.as_ref().map(|category| {
            let value = category.value();
            if value.trim().is_empty() {
                self.errors.at(
                    category.span(),
                    "empty `category` in `#[code(...)]`; name the section, or leave `category` out",
                );
            }
            value
        });

        // Two variants with one code would make `from_code` ambiguous.
        let code = code?;
        if let Some((first, first_location)) = self.seen.get(&Unique::Code(code)) {
            self.errors.duplicate(
                code_attr.code.location,
                format_args!(
                    "code {code} is already used by variant `{first}`; codes must be unique"
                ),
                *first_location,
                format_args!("code {code} first used here"),
            );
        } else {
            self.seen
                .insert(Unique::Code(code), (ident, code_attr.code.location));
        }

        Some(Entry {
            variant: ident,
            code,
            name: name?,
            reasons,
            category,
        })
    }

    /// The code's value, if it fits the code type and any suffix names it.
    fn code_value(&mut self, code: &IntLiteral, code_type: IntType) -> Option<i128> {
        // A suffix is a type annotation: it must be the code type itself.
        let suffix = &code.suffix;
        if !suffix.is_empty() && suffix != code_type.name {
            self.errors.at(
                code.literal,
                format_args!(
                    "the suffix `{suffix}` does not match the code type `{}`; write `{}` or `{}{}`",
                    code_type.name, code.digits, code.digits, code_type.name
                ),
            );
            return None;
        }

        // The code must be representable in the code type, or `code()`
        // could not return it.
        let value =
            literal_value(code).filter(|value| (code_type.min..=code_type.max).contains(value));
        if value.is_none() {
            let sign = if code.negative { "-" } else { "" };
            self.errors.at(
                code.location,
                format_args!(
                    "code `{sign}{}` does not fit the code type `{}`, whose range is `{}..={}`",
                    code.digits, code_type.name, code_type.min, code_type.max
                ),
            );
        }
        value
    }

    /// The final name: `name = "..."`, else the identifier under
    /// `rename_all`. Names must be unique, or `from_name` is ambiguous.
    fn name(&mut self, ident: &'a Ident, explicit: Option<&LitStr>) -> Option<String> {
        let (name, source) = if let Some(lit) = explicit {
            let value = lit.value();
            if value.is_empty() {
                self.errors.at(
                    lit.span(),
                    "empty `name` in `#[code(...)]`; a name must have at least one character",
                );
                return None;
            }
            (value, Location::from(lit.span()))
        } else {
            let written = ident.unraw().to_string();
            let name = self
                .attrs
                .rename_all
                .map_or_else(|| written.clone(), |rule| rule.apply(&written));
            (name, Location::from(ident.span()))
        };
        let key = Unique::Name(name.clone());
        if let Some((first, first_location)) = self.seen.get(&key) {
            self.errors.duplicate(
                source,
                format_args!(
                    "name `{name}` is already used by variant `{first}`; names must be unique"
                ),
                *first_location,
                format_args!("name `{name}` first used here"),
            );
            return None;
        }
        self.seen.insert(key, (ident, source));
        Some(name)
    }
}

/// The literal's value, or `None` if it does not even fit an `i128`.
fn literal_value(code: &IntLiteral) -> Option<i128> {
    let magnitude: u128 = code.digits.parse().ok()?;
    if code.negative {
        0i128.checked_sub_unsigned(magnitude)
    } else {
        i128::try_from(magnitude).ok()
    }
}
