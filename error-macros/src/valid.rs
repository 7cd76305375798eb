//! The rules that need more than one attribute at a time, checked in a
//! single pass over the variants. The output, `Model`, is all that code
//! generation ever sees.

use crate::ast::{Input, Variant};
use crate::attr::{self, IntLiteral, IntType};
use crate::ctxt::Errors;
use proc_macro2::TokenStream;
use quote::ToTokens;
use std::collections::HashMap;
use syn::ext::IdentExt;
use syn::{Generics, Ident, LitStr, Visibility};

/// What the generated API looks like, independent of the variants' data;
/// the fallback builds one too, to emit the same items after an error.
pub(crate) struct Shape<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
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

pub(crate) fn check<'a>(input: &'a Input<'a>, errors: &mut Errors) -> Model<'a> {
    let attrs = &input.attrs;
    let code_type = attrs.code_type;
    let mut checker = Checker {
        codes: HashMap::with_capacity(input.variants.len()),
        names: HashMap::with_capacity(input.variants.len()),
        errors,
    };
    let entries = input
        .variants
        .iter()
        .filter_map(|variant| checker.variant(input, variant))
        .collect();
    Model {
        shape: Shape {
            ident: &input.original.ident,
            vis: &input.original.vis,
            generics: &input.original.generics,
            code_type,
            display: attrs.display,
            all_unit: input.variants.iter().all(Variant::is_unit),
        },
        entries,
    }
}

struct Checker<'e, 'a> {
    /// Code -> the first variant with it and its literal, for duplicates.
    codes: HashMap<i128, (&'a Ident, TokenStream)>,
    /// Final name -> the first variant with it and where the name came from.
    names: HashMap<String, (&'a Ident, TokenStream)>,
    errors: &'e mut Errors,
}

impl<'a> Checker<'_, 'a> {
    fn variant(&mut self, input: &'a Input<'a>, variant: &'a Variant<'a>) -> Option<Entry<'a>> {
        let ident = &variant.original.ident;
        let attrs = &input.attrs;

        // Fields are only allowed when `Display` comes from elsewhere
        // (thiserror, by hand): the derive's `Display` prints a fixed
        // description and would silently drop them.
        if attrs.display && !variant.is_unit() {
            self.errors.at(
                &variant.original.fields,
                format_args!(
                    "variant `{ident}` has fields; `#[derive(ErrorCodes)]` accepts fields only with `#[error_codes(display = false)]` on the enum, leaving `Display` to you or to `thiserror`"
                ),
            );
        }

        // Every variant needs exactly one code: an enum with a code-less
        // variant could not answer `code()`.
        if !variant.code_written {
            self.errors.at(
                ident,
                format_args!(
                    "missing `#[code(...)]` on variant `{ident}`; every variant needs one, as in `#[code(104, \"reason\")]`"
                ),
            );
        }
        let code_attr = variant.code.as_ref()?;
        let code = self.code_value(&code_attr.code, attrs.code_type);

        // An explicit discriminant may only restate the code, so that
        // `E::X as T` and `E::X.code()` can never disagree.
        if let Some((_, discriminant)) = &variant.original.discriminant {
            let same = attr::int_literal(discriminant)
                .and_then(|lit| literal_value(&lit))
                .is_some_and(|value| Some(value) == code);
            if !same {
                let expected =
                    code.map_or_else(|| "the code".to_owned(), |code| format!("`{code}`"));
                self.errors.at(
                    discriminant,
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
                    reason,
                    "empty reason in `#[code(...)]`; write the reason, or leave the string out",
                );
            }
            reasons.push(value);
        }
        if reasons.is_empty() && attrs.doc_reasons {
            reasons.extend(attr::doc_paragraph(&variant.original.attrs, self.errors));
        }

        let name = self.name(ident, code_attr.name.as_ref(), attrs);
        let category = code_attr.category.as_ref().map(|category| {
            let value = category.value();
            if value.trim().is_empty() {
                self.errors.at(
                    category,
                    "empty `category` in `#[code(...)]`; name the section, or leave `category` out",
                );
            }
            value
        });

        // Two variants with one code would make `from_code` ambiguous.
        let code = code?;
        if let Some((first, first_tokens)) = self.codes.get(&code) {
            self.errors.duplicate(
                &code_attr.code.tokens,
                format_args!(
                    "code {code} is already used by variant `{first}`; codes must be unique"
                ),
                first_tokens,
                format_args!("code {code} first used here"),
            );
        } else {
            self.codes
                .insert(code, (ident, code_attr.code.tokens.clone()));
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
                &code.literal,
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
                &code.tokens,
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
    fn name(
        &mut self,
        ident: &'a Ident,
        explicit: Option<&LitStr>,
        attrs: &attr::EnumAttrs,
    ) -> Option<String> {
        let (name, source) = if let Some(lit) = explicit {
            let value = lit.value();
            if value.is_empty() {
                self.errors.at(
                    lit,
                    "empty `name` in `#[code(...)]`; a name must have at least one character",
                );
                return None;
            }
            (value, lit.to_token_stream())
        } else {
            let written = ident.unraw().to_string();
            let name = attrs
                .rename_all
                .map_or_else(|| written.clone(), |rule| rule.apply(&written));
            (name, ident.to_token_stream())
        };
        if let Some((first, first_tokens)) = self.names.get(&name) {
            self.errors.duplicate(
                &source,
                format_args!(
                    "name `{name}` is already used by variant `{first}`; names must be unique"
                ),
                first_tokens,
                format_args!("name `{name}` first used here"),
            );
            return None;
        }
        self.names.insert(name.clone(), (ident, source));
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
