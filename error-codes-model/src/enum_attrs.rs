//! The enum's own attributes: `#[error_codes(...)]` (`rename_all`,
//! `display`, `doc_reasons`, `reserved`, `doc_url`, `retryable`) and the
//! code type of `#[repr]`, each read on its own; the rules across variants
//! are [`check`](crate::check)'s.

use crate::args::{Arg, ListItem, RangeLimit, Value, parse_args, parse_pair};
use crate::case::{RULES, RenameRule};
use crate::code_type::CodeType;
use crate::errors::Errors;
use crate::message::{ERROR_CODES, SeenKeys, known_key, quoted_list, what_value, written};
use crate::suggest::similar;
use crate::values::{IntLiteral, flag, is_string, link, string_literal, value_int_literal};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Attribute, Expr, LitStr, Meta, Token};

const ERROR_CODES_KEYS: [&str; 7] = [
    "rename_all",
    "display",
    "doc_reasons",
    "reserved",
    "ranges",
    "doc_url",
    "retryable",
];
const UNSUPPORTED_REPRS: [&str; 4] = ["i128", "u128", "isize", "usize"];

/// What the enum's attributes say, with defaults for what they omit.
pub(crate) struct EnumAttrs {
    pub code_type: CodeType,
    pub rename_all: Option<RenameRule>,
    /// `Display` and `Error` are generated. A `display` key that cannot be
    /// read (a value that is no flag, a key written twice) sets it `false`:
    /// the compile fails anyway, and the API emitted after the error must
    /// not add an impl that may clash with the user's own.
    pub display: bool,
    pub doc_reasons: bool,
    pub reserved: Vec<ReservedItem>,
    /// `doc_url = "https://.../{name}"`: every variant's link, unless it
    /// has its own; its placeholders checked.
    pub doc_url: Option<LitStr>,
    /// `retryable = true|false`: what a variant that does not say is.
    pub retryable: bool,
    /// `ranges = [("Session", 200..=299), ...]`, as written.
    pub ranges: Vec<RangeItem>,
}

/// One entry of `ranges = [...]`: a section and its range, as written.
pub(crate) struct RangeItem {
    pub section: LitStr,
    pub start: IntLiteral,
    pub end: IntLiteral,
    pub inclusive: bool,
    /// The range alone, `200..=299`, to point at.
    pub tokens: TokenStream,
}

/// One entry of `reserved = [...]`, as written.
pub(crate) enum ReservedItem {
    Code(IntLiteral),
    /// `start..=end`, or `start..end` (end excluded).
    Range {
        start: IntLiteral,
        end: IntLiteral,
        inclusive: bool,
        tokens: TokenStream,
    },
    Name(LitStr),
}

pub(crate) fn enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut out = EnumAttrs {
        code_type: CodeType::default(),
        rename_all: None,
        display: true,
        doc_reasons: false,
        reserved: Vec::new(),
        doc_url: None,
        retryable: false,
        ranges: Vec::new(),
    };
    let mut keys = SeenKeys::default();
    for attr in attrs {
        if attr.path().is_ident("repr") {
            repr(attr, &mut out, errors);
        } else if attr.path().is_ident("error_codes") {
            error_codes(attr, &mut out, &mut keys, errors);
        } else if attr.path().is_ident("code") {
            // `#[code]` describes one variant; on the enum it would silently
            // mean nothing.
            errors.at(
                attr,
                "`#[code(...)]` belongs on each variant, not on the enum",
            );
        }
    }
    out
}

fn error_codes(attr: &Attribute, out: &mut EnumAttrs, keys: &mut SeenKeys, errors: &mut Errors) {
    let Some(args) = parse_args(attr, ERROR_CODES, errors) else {
        return;
    };
    for arg in args {
        let (key, value) = match arg {
            Arg::KeyValue { key, value } => (key, Some(value)),
            Arg::Value(Value::Expr(Expr::Path(path))) if path.path.get_ident().is_some() => {
                let Some(segment) = path.path.segments.into_iter().next() else {
                    continue;
                };
                (segment.ident, None)
            }
            Arg::Value(other) => {
                errors.at(
                    &other,
                    format_args!(
                        "expected a key in {ERROR_CODES}, one of {}",
                        quoted_list(&ERROR_CODES_KEYS, '`')
                    ),
                );
                continue;
            }
        };
        let name = key.unraw().to_string();
        if !known_key(&key, &name, &ERROR_CODES_KEYS, ERROR_CODES, errors) {
            continue;
        }
        if name == "display" {
            // Until its value is read, as `false`: see `EnumAttrs::display`.
            out.display = false;
        }
        if !keys.first_use(&key, ERROR_CODES, errors) {
            continue;
        }
        match (name.as_str(), value) {
            ("doc_reasons", None) => out.doc_reasons = true,
            ("doc_reasons", Some(_)) => errors.at(
                &key,
                "`doc_reasons` takes no value; write `#[error_codes(doc_reasons)]`",
            ),
            (_, None) => errors.at(
                &key,
                format_args!("expected `{name} = ...` in {ERROR_CODES}"),
            ),
            ("rename_all", Some(value)) => rename_all(&value, out, errors),
            ("display", Some(value)) => {
                if let Some(flag) = flag(&value, "display", ERROR_CODES, errors) {
                    out.display = flag;
                }
            }
            ("reserved", Some(value)) => reserved(value, out, errors),
            ("ranges", Some(value)) => ranges(value, out, errors),
            ("doc_url", Some(value)) => {
                let expected = format!(
                    "a string literal for `doc_url` in {ERROR_CODES}, a link in which `{{name}}` and `{{code}}` stand for each variant's name and code"
                );
                if let Some(lit) = string_literal(&value, &expected, errors)
                    && link(&lit, ERROR_CODES, errors).is_some()
                    && template(&lit, errors)
                {
                    out.doc_url = Some(lit);
                }
            }
            ("retryable", Some(value)) => {
                if let Some(flag) = flag(&value, "retryable", ERROR_CODES, errors) {
                    out.retryable = flag;
                }
            }
            _ => unreachable!("every key of ERROR_CODES_KEYS is matched"),
        }
    }
}

/// The placeholders a `doc_url` template may hold.
const PLACEHOLDERS: [&str; 2] = ["{name}", "{code}"];

// A `doc_url` template is a link with `{name}` and `{code}` in it, filled
// in for each variant: any other `{...}` is a typo that would reach every
// platform's copy as it is.
fn template(lit: &LitStr, errors: &mut Errors) -> bool {
    let text = lit.value();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            errors.at(
                lit,
                "unclosed `{` in the `doc_url` template; expected `{name}` or `{code}`",
            );
            return false;
        };
        let placeholder = &after[..=close];
        if !PLACEHOLDERS.contains(&placeholder) {
            errors.at_with_help(
                lit,
                format_args!(
                    "unknown placeholder `{placeholder}` in the `doc_url` template; expected `{{name}}` or `{{code}}`"
                ),
                similar(placeholder, &PLACEHOLDERS)
                    .map(|known| format!("a placeholder with a similar name exists: `{known}`")),
            );
            return false;
        }
        rest = &after[placeholder.len()..];
    }
    true
}

fn rename_all(value: &Value, out: &mut EnumAttrs, errors: &mut Errors) {
    let mut spellings = Vec::with_capacity(RULES.len());
    for (spelling, _) in &RULES {
        spellings.push(*spelling);
    }
    let choices = quoted_list(&spellings, '"');
    let expected = format!("a string literal for `rename_all`, one of {choices}");
    let Some(lit) = string_literal(value, &expected, errors) else {
        return;
    };
    let written = lit.value();
    match RenameRule::from_spelling(&written) {
        Some(rule) => out.rename_all = Some(rule),
        None => errors.at_with_help(
            &lit,
            format_args!("unknown `rename_all` value \"{written}\"; expected one of {choices}"),
            similar(&written, &spellings)
                .map(|rule| format!("a value with a similar name exists: \"{rule}\"")),
        ),
    }
}

/// The items of a `[...]` value; else an error saying what was
/// `expected` and what was found.
fn list(value: Value, expected: &str, errors: &mut Errors) -> Option<Vec<ListItem>> {
    match value {
        Value::List { items, .. } => Some(items),
        value => {
            errors.at(
                &value,
                format_args!("expected {expected}, found {}", what_value(&value)),
            );
            None
        }
    }
}

/// `reserved = [7, 100..=199, "oldName"]`: codes, ranges of codes and names.
fn reserved(value: Value, out: &mut EnumAttrs, errors: &mut Errors) {
    const EXPECTED: &str = "a list of codes, ranges of codes and names for `reserved`, as in `reserved = [7, 100..=199, \"oldName\"]`";
    let Some(items) = list(value, EXPECTED, errors) else {
        return;
    };
    for item in items {
        let tokens = item.to_token_stream();
        let literal = |value: &Value, errors: &mut Errors| {
            let literal = value_int_literal(value);
            if literal.is_none() {
                errors.at(
                    value,
                    format_args!(
                        "expected an integer literal in `reserved`, found {}; a reserved code is written as a literal, so that it outlives the constant it was",
                        what_value(value)
                    ),
                );
            }
            literal
        };
        match item.range {
            Some((limit, end)) => {
                let (start, end) = (literal(&item.start, errors), literal(&end, errors));
                if let (Some(start), Some(end)) = (start, end) {
                    out.reserved.push(ReservedItem::Range {
                        start,
                        end,
                        inclusive: matches!(limit, RangeLimit::Inclusive),
                        tokens,
                    });
                }
            }
            None if is_string(&item.start) => {
                let expected = "a reserved name (a string literal) in `reserved`";
                if let Some(lit) = string_literal(&item.start, expected, errors) {
                    out.reserved.push(ReservedItem::Name(lit));
                }
            }
            None => {
                if let Some(code) = literal(&item.start, errors) {
                    out.reserved.push(ReservedItem::Code(code));
                }
            }
        }
    }
}

/// `ranges = [("Session", 200..=299), ("Media", 300..=399)]`: each section's
/// range of codes.
fn ranges(value: Value, out: &mut EnumAttrs, errors: &mut Errors) {
    const EXPECTED: &str = "a list of sections and their ranges of codes for `ranges`, as in `ranges = [(\"Session\", 200..=299)]`";
    let Some(items) = list(value, EXPECTED, errors) else {
        return;
    };
    for item in items {
        let pair = match (&item.start, &item.range) {
            (Value::Paren(tokens), None) => parse_pair(tokens).ok(),
            _ => None,
        };
        let Some((section, range)) = pair else {
            errors.at(
                &item,
                format_args!("expected a section and its range, as in `(\"Session\", 200..=299)`, found `{}`", written(&item)),
            );
            continue;
        };
        let Some(section) = string_literal(
            &section,
            "the section's name (a string literal) first in a pair of `ranges`",
            errors,
        ) else {
            continue;
        };
        let Some((limit, end)) = &range.range else {
            errors.at(
                &range,
                format_args!(
                    "expected a range of codes after the section `{}`, as in `200..=299`, found `{}`",
                    section.value(),
                    written(&range)
                ),
            );
            continue;
        };
        let literal = |value: &Value, errors: &mut Errors| {
            let literal = value_int_literal(value);
            if literal.is_none() {
                errors.at(
                    value,
                    format_args!(
                        "expected an integer literal in a range of `ranges`, found {}",
                        what_value(value)
                    ),
                );
            }
            literal
        };
        let (start, end_literal) = (literal(&range.start, errors), literal(end, errors));
        if let (Some(start), Some(end)) = (start, end_literal) {
            out.ranges.push(RangeItem {
                section,
                start,
                end,
                inclusive: matches!(limit, RangeLimit::Inclusive),
                tokens: range.to_token_stream(),
            });
        }
    }
}

/// `#[repr(u16)]` sets the code type. Other hints (`C`, `align`) are left
/// to rustc, which also rejects conflicting or malformed ones.
fn repr(attr: &Attribute, out: &mut EnumAttrs, errors: &mut Errors) {
    let Ok(hints) =
        attr.parse_args_with(syn::punctuated::Punctuated::<Meta, Token![,]>::parse_terminated)
    else {
        return;
    };
    for hint in hints {
        let Some(ident) = hint.path().get_ident() else {
            continue;
        };
        let name = ident.to_string();
        if let Some(code_type) = CodeType::from_name(&name) {
            out.code_type = code_type;
        } else if UNSUPPORTED_REPRS.contains(&name.as_str()) {
            let mut names = Vec::with_capacity(CodeType::ALL.len());
            for ty in CodeType::ALL {
                names.push(ty.name());
            }
            errors.at(
                ident,
                format_args!(
                    "`#[repr({name})]` is not supported as a code type; expected one of {}",
                    quoted_list(&names, '`')
                ),
            );
        }
    }
}
