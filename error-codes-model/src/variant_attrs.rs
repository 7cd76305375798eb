//! A variant's own attributes: its one `#[code(...)]`, its
//! `#[deprecated]` and, for `doc_reasons`, its doc comment, each read on its
//! own; the rules across variants are [`check`](crate::check)'s.

use crate::args::{Arg, RangeLimit, Ungroup, Value, parse_args, split_range};
use crate::errors::Errors;
#[cfg(feature = "taxonomy")]
use crate::facts::Deprecation;
use crate::message::{CODE, SeenKeys, known_key, quoted_list, what_value, written};
use crate::values::{
    CATCH_ALL_PLACE, CatchAllWord, CodeArg, CodeRange, catch_all_word, code_arg, flag,
    string_literal, value_int_literal,
};
use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta};

const CODE_KEYS: [&str; 6] = [
    "name",
    "alias",
    "alternatives",
    "category",
    "doc_url",
    "retryable",
];

/// One `#[code(...)]`, as written.
pub(crate) struct CodeAttr {
    pub code: CodeArg,
    pub reasons: Vec<LitStr>,
    pub name: Option<LitStr>,
    pub aliases: Vec<LitStr>,
    pub alternatives: Vec<CodeArg>,
    pub category: Option<LitStr>,
    /// The variant's own documentation link.
    pub doc_url: Option<LitStr>,
    /// `retryable` (`= true`) or `retryable = false`, when written.
    pub retryable: Option<bool>,
}

/// The `#[code(...)]` of one variant and what surrounds it.
pub(crate) struct VariantAttrs {
    pub code: Option<CodeAttr>,
    /// A `#[code]` was written, even if it did not parse: no second error
    /// saying that it is missing.
    pub code_written: bool,
    /// `catch_all` was written, but not where it belongs, or misspelled: the
    /// variant is meant to keep unknown codes, and its field is no mistake
    /// of its own.
    pub meant_catch_all: bool,
    /// A range of codes was written first, even if its ends are not
    /// literals: the variant is meant to keep the codes of a range, and its
    /// field is no mistake of its own.
    pub meant_range: bool,
    #[cfg(feature = "taxonomy")]
    pub deprecated: Option<Deprecation>,
}

impl VariantAttrs {
    /// Whether the variant keeps unknown codes: `#[code(catch_all, ...)]`.
    pub(crate) fn is_catch_all(&self) -> bool {
        self.code
            .as_ref()
            .is_some_and(|code| matches!(code.code, CodeArg::CatchAll(_)))
    }

    /// Whether the variant keeps any code of a range: `#[code(1..=9, ...)]`.
    pub(crate) fn is_range(&self) -> bool {
        self.code
            .as_ref()
            .is_some_and(|code| matches!(code.code, CodeArg::Range(_)))
    }

    /// Whether the variant is the catch-all, or written to be one.
    pub(crate) fn keeps_unknown_codes(&self) -> bool {
        self.is_catch_all() || self.meant_catch_all
    }

    /// Whether the variant's one field is the code it keeps: the
    /// catch-all's or a range variant's, or one written to be either.
    pub(crate) fn keeps_its_code(&self) -> bool {
        self.keeps_unknown_codes() || self.meant_range
    }
}

pub(crate) fn variant_attrs(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut out = VariantAttrs {
        code: None,
        code_written: false,
        meant_catch_all: false,
        meant_range: false,
        #[cfg(feature = "taxonomy")]
        deprecated: None,
    };
    let mut first: Option<&Attribute> = None;
    for attr in attrs {
        if attr.path().is_ident("error_codes") {
            errors.at(
                attr,
                "`#[error_codes(...)]` belongs on the enum, not on a variant",
            );
        } else if attr.path().is_ident("code") {
            out.code_written = true;
            if let Some(first) = first {
                errors.duplicate(
                    attr,
                    "duplicate `#[code(...)]` on this variant; a variant has one code",
                    first,
                    "first `#[code(...)]` here",
                );
                continue;
            }
            first = Some(attr);
            out.code = code(attr, &mut out, errors);
        }
        #[cfg(feature = "taxonomy")]
        if attr.path().is_ident("deprecated") {
            out.deprecated = Some(deprecation(attr));
        }
    }
    out
}

/// What the first argument of `#[code(...)]` is, in messages.
const FIRST: &str = "a code as the first argument of `#[code(...)]`";

fn code(attr: &Attribute, meant: &mut VariantAttrs, errors: &mut Errors) -> Option<CodeAttr> {
    let meant_catch_all = &mut meant.meant_catch_all;
    let mut args = parse_args(attr, CODE, errors)?.into_iter();
    let Some(first) = args.next() else {
        if let Meta::List(list) = &attr.meta {
            errors.push(syn::Error::new(
                list.delimiter.span().join(),
                "missing code in `#[code(...)]`; expected an integer code first, as in `#[code(104, \"reason\", ...)]`",
            ));
        }
        return None;
    };
    let code = match first {
        Arg::Value(value) => match catch_all_word(&value) {
            Some(CatchAllWord::NearMiss(word)) => {
                *meant_catch_all = true;
                let word = word.unraw();
                errors.at_with_help(
                    &value,
                    format_args!("expected a code or `catch_all` as the first argument of {CODE}, found `{word}`"),
                    Some("a word with a similar name exists: `catch_all`, which marks the variant that keeps unknown codes"),
                );
                None
            }
            _ => match &value {
                Value::Other(tokens) => match split_range(tokens) {
                    Some((start, limit, end)) => {
                        meant.meant_range = true;
                        code_range(&start, limit, &end, tokens, errors)
                    }
                    None => code_arg(&value, FIRST, true, errors),
                },
                _ => code_arg(&value, FIRST, true, errors),
            },
        },
        Arg::KeyValue { key, .. } => {
            let key = key.unraw();
            errors.at(
                &key,
                format_args!(
                    "missing code before `{key}`; `#[code(...)]` starts with the integer code, as in `#[code(104, {key} = ...)]`"
                ),
            );
            None
        }
    };
    let mut out = CodeAttr {
        code: code?,
        reasons: Vec::new(),
        name: None,
        aliases: Vec::new(),
        alternatives: Vec::new(),
        category: None,
        doc_url: None,
        retryable: None,
    };
    let mut keys = SeenKeys::default();
    let mut after_key = false;
    for arg in args {
        match arg {
            Arg::Value(value)
                if matches!(catch_all_word(&value), Some(CatchAllWord::Keyword(_))) =>
            {
                *meant_catch_all = true;
                errors.at(&value, CATCH_ALL_PLACE);
            }
            // `retryable` alone is `retryable = true`.
            Arg::Value(Value::Expr(Expr::Path(path))) if path.path.is_ident("retryable") => {
                after_key = true;
                let key = path.path.segments[0].ident.clone();
                if keys.first_use(&key, CODE, errors) {
                    out.retryable = Some(true);
                }
            }
            Arg::Value(value) => {
                let expected = format!(
                    "a string literal reason, or `key = value` with a key among {}, in {CODE}",
                    quoted_list(&CODE_KEYS, '`')
                );
                let Some(reason) = string_literal(&value, &expected, errors) else {
                    continue;
                };
                // Reasons first, then options: the grammar
                // `CODE [, "reason"]* [, key = value]*` keeps the list of
                // reasons in one piece, in documentation order.
                if after_key {
                    errors.at(
                        &reason,
                        format_args!("reasons must come before `key = value` arguments in {CODE}"),
                    );
                } else {
                    out.reasons.push(reason);
                }
            }
            Arg::KeyValue { key, value } => {
                after_key = true;
                code_key(&key, value, &mut out, &mut keys, errors);
            }
        }
    }
    Some(out)
}

// A range variant's codes are literals, as a reserved range's are: every
// platform's copy declares the range, which the derive alone could not
// read from constants.
/// `start..=end` or `start..end` first in `#[code(...)]`, both ends
/// integer literals.
fn code_range(
    start: &Value,
    limit: RangeLimit,
    end: &Value,
    tokens: &TokenStream,
    errors: &mut Errors,
) -> Option<CodeArg> {
    let mut literal = |value: &Value, which: &str| {
        let literal = value_int_literal(value);
        if literal.is_none() {
            errors.at(
                value,
                format_args!(
                    "expected an integer literal as the {which} of a range of codes in {CODE}, found {}; a range is written with literals, as in `#[code(0x0100..=0x01ff, ...)]`",
                    what_value(value)
                ),
            );
        }
        literal
    };
    let (start, end) = (literal(start, "start"), literal(end, "end"));
    Some(CodeArg::Range(CodeRange {
        start: start?,
        end: end?,
        inclusive: matches!(limit, RangeLimit::Inclusive),
        tokens: tokens.clone(),
    }))
}

fn code_key(
    key: &Ident,
    value: Value,
    out: &mut CodeAttr,
    keys: &mut SeenKeys,
    errors: &mut Errors,
) {
    let name = key.unraw().to_string();
    if !known_key(key, &name, &CODE_KEYS, CODE, errors) {
        return;
    }
    if !keys.first_use(key, CODE, errors) {
        return;
    }
    if name == "alternatives" {
        alternatives(value, out, errors);
        return;
    }
    if name == "retryable" {
        out.retryable = flag(&value, "retryable", CODE, errors);
        return;
    }
    let expected = format!("a string literal for `{name}` in {CODE}");
    let Some(lit) = string_literal(&value, &expected, errors) else {
        return;
    };
    match name.as_str() {
        "name" => out.name = Some(lit),
        "alias" => out.aliases.push(lit),
        "category" => out.category = Some(lit),
        "doc_url" => out.doc_url = Some(lit),
        _ => unreachable!("every key of CODE_KEYS is matched"),
    }
}

/// `alternatives = [CODE, ...]`: more codes for the same variant.
fn alternatives(value: Value, out: &mut CodeAttr, errors: &mut Errors) {
    let Value::List { items, .. } = value else {
        let help = format!(
            "write a list, even of one: `alternatives = [{}]`",
            written(&value)
        );
        errors.at_with_help(
            &value,
            format_args!(
                "expected a list of codes for `alternatives` in {CODE}, found {}",
                what_value(&value)
            ),
            Some(help),
        );
        return;
    };
    for item in items {
        if item.range.is_some() {
            errors.at(
                &item,
                format_args!(
                    "a range of codes cannot be alternatives in {CODE}: each alternative code names this variant; list them one by one"
                ),
            );
            continue;
        }
        let place = "an alternative code in `alternatives = [...]`";
        if let Some(code) = code_arg(&item.start, place, false, errors) {
            out.alternatives.push(code);
        }
    }
}

/// `#[deprecated]`, `#[deprecated = "note"]` or
/// `#[deprecated(since = "...", note = "...")]`. rustc checks its form; a
/// form it rejects still marks the variant deprecated here.
#[cfg(feature = "taxonomy")]
fn deprecation(attr: &Attribute) -> Deprecation {
    let mut out = Deprecation::default();
    match &attr.meta {
        Meta::NameValue(name_value) => {
            if let Expr::Lit(ExprLit {
                lit: Lit::Str(note),
                ..
            }) = name_value.value.ungroup()
            {
                out.note = Some(note.value());
            }
        }
        Meta::List(_) => {
            let _ = attr.parse_nested_meta(|meta| {
                let value: LitStr = meta.value()?.parse()?;
                if meta.path.is_ident("note") {
                    out.note = Some(value.value());
                } else if meta.path.is_ident("since") {
                    out.since = Some(value.value());
                }
                Ok(())
            });
        }
        Meta::Path(_) => {}
    }
    out
}

/// The first paragraph of a doc comment: lines trimmed, joined with one
/// space, for `#[error_codes(doc_reasons)]`.
pub(crate) fn doc_paragraph(attrs: &[Attribute], errors: &mut Errors) -> Option<String> {
    let mut text = String::new();
    for attr in attrs {
        let Meta::NameValue(name_value) = &attr.meta else {
            continue;
        };
        if !attr.path().is_ident("doc") {
            continue;
        }
        // `#[doc = include_str!(..)]` is only expanded after this derive
        // runs: rather than silently dropping the reason, say so.
        let Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) = name_value.value.ungroup()
        else {
            errors.at(
                &name_value.value,
                "`#[error_codes(doc_reasons)]` reads only doc comments and `#[doc = \"...\"]` literals; write this variant's reason in `#[code(...)]`",
            );
            return None;
        };
        text.push_str(&without_block_stars(&lit.value()));
        text.push('\n');
    }
    // The first run of lines that are not blank.
    let mut paragraph = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if paragraph.is_empty() {
                continue;
            }
            break;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    (!paragraph.is_empty()).then_some(paragraph)
}

/// A `/** ... */` comment whose every continuation line starts with `*`
/// carries those stars as decoration, which rustdoc hides; so do we.
fn without_block_stars(doc: &str) -> String {
    let mut lines = doc.lines();
    let mut out = lines.next().unwrap_or_default().to_owned();
    let mut decorated = false;
    for line in lines {
        // A line that is neither blank nor starred: no decoration.
        if !(line.trim().is_empty() || line.trim_start().starts_with('*')) {
            return doc.to_owned();
        }
        decorated = true;
        out.push('\n');
        out.push_str(line.trim_start().strip_prefix('*').unwrap_or(line));
    }
    // A one-line comment has no continuation lines to decorate.
    if decorated { out } else { doc.to_owned() }
}

/// `#[code]` and `#[error_codes]` have no meaning on a field; say so rather
/// than ignore them.
pub(crate) fn reject_on_field(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if attr.path().is_ident("code") || attr.path().is_ident("error_codes") {
            errors.at(
                attr,
                "this attribute belongs on a variant (`#[code(...)]`) or on the enum (`#[error_codes(...)]`), not on a field",
            );
        }
    }
}
