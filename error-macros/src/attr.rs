//! Every attribute the derive reads is parsed here, and only here: the
//! enum's `#[error_codes(...)]` and `#[repr(...)]`, each variant's
//! `#[code(...)]` and doc comment. This module checks the grammar; the rules
//! that need the whole enum (ranges, duplicates) live in `valid.rs`.

use crate::case::{RULE_NAMES, RenameRule};
use crate::ctxt::Errors;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token, UnOp};

/// The integer types a code can have, with the range each one accepts.
#[derive(Clone, Copy)]
pub(crate) struct IntType {
    pub name: &'static str,
    pub min: i128,
    pub max: i128,
}

pub(crate) const DEFAULT_CODE_TYPE: IntType = INT_TYPES[2];

const INT_TYPES: [IntType; 8] = [
    int_type("i8", i8::MIN as i128, i8::MAX as i128),
    int_type("i16", i16::MIN as i128, i16::MAX as i128),
    int_type("i32", i32::MIN as i128, i32::MAX as i128),
    int_type("i64", i64::MIN as i128, i64::MAX as i128),
    int_type("u8", 0, u8::MAX as i128),
    int_type("u16", 0, u16::MAX as i128),
    int_type("u32", 0, u32::MAX as i128),
    int_type("u64", 0, u64::MAX as i128),
];

const fn int_type(name: &'static str, min: i128, max: i128) -> IntType {
    IntType { name, min, max }
}

const UNSUPPORTED_REPRS: [&str; 4] = ["i128", "u128", "isize", "usize"];

/// What the enum-level attributes say, with defaults for what they omit.
pub(crate) struct EnumAttrs {
    pub code_type: IntType,
    pub rename_all: Option<RenameRule>,
    pub display: bool,
    /// Whether `display` was written at all, even wrongly: the fallback then
    /// leaves `Display` to the user rather than risk a conflicting impl.
    pub display_written: bool,
    pub doc_reasons: bool,
}

/// One `#[code(...)]`, as written.
pub(crate) struct CodeAttr {
    pub code: IntLiteral,
    pub reasons: Vec<LitStr>,
    pub name: Option<LitStr>,
    pub category: Option<LitStr>,
}

/// An integer literal, possibly negated: `104`, `-1`, `104u16`.
pub(crate) struct IntLiteral {
    pub negative: bool,
    pub digits: String,
    pub suffix: String,
    /// The literal alone, to span suffix errors on.
    pub literal: TokenStream,
    /// The whole expression, `-` included, to span range errors on.
    pub tokens: TokenStream,
}

/// One comma-separated argument of `#[code(...)]` or `#[error_codes(...)]`.
enum Arg {
    Value(Expr),
    KeyValue { key: Ident, value: Expr },
}

fn parse_args(input: ParseStream) -> syn::Result<Vec<Arg>> {
    let mut args = Vec::new();
    while !input.is_empty() {
        let is_key_value = input.peek(Ident::peek_any)
            && input.peek2(Token![=])
            && !input.peek2(Token![==])
            && !input.peek2(Token![=>]);
        if is_key_value {
            let key = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            args.push(Arg::KeyValue {
                key,
                value: input.parse()?,
            });
        } else {
            args.push(Arg::Value(input.parse()?));
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(args)
}

/// The arguments of a list attribute, or an error for `#[attr]` and
/// `#[attr = ...]`, which this derive never accepts.
fn list_args(attr: &Attribute, form: &str, errors: &mut Errors) -> Option<Vec<Arg>> {
    match &attr.meta {
        Meta::List(list) => match list.parse_args_with(parse_args) {
            Ok(args) => Some(args),
            Err(error) => {
                errors.push(error);
                None
            }
        },
        Meta::Path(path) => {
            errors.at(
                path,
                format_args!(
                    "expected {form}, found `#[{}]` without arguments",
                    path_name(attr)
                ),
            );
            None
        }
        Meta::NameValue(name_value) => {
            let mut tokens = name_value.eq_token.to_token_stream();
            name_value.value.to_tokens(&mut tokens);
            errors.at(
                tokens,
                format_args!("expected {form}, found `#[{} = ...]`", path_name(attr)),
            );
            None
        }
    }
}

fn path_name(attr: &Attribute) -> String {
    attr.path()
        .get_ident()
        .map_or_else(String::new, ToString::to_string)
}

/// Tokens from a `macro_rules!` fragment (`$c:literal`) arrive wrapped in an
/// invisible group; look through it.
fn ungroup(mut expr: &Expr) -> &Expr {
    while let Expr::Group(group) = expr {
        expr = &group.expr;
    }
    expr
}

fn into_ungrouped(mut expr: Expr) -> Expr {
    while let Expr::Group(group) = expr {
        expr = *group.expr;
    }
    expr
}

/// The string literal, or the tokens to span the error on.
pub(crate) fn string_literal(expr: Expr) -> Result<LitStr, TokenStream> {
    match into_ungrouped(expr) {
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => Ok(lit),
        other => Err(other.into_token_stream()),
    }
}

fn bool_literal(expr: &Expr) -> Option<bool> {
    match ungroup(expr) {
        Expr::Lit(ExprLit {
            lit: Lit::Bool(lit),
            ..
        }) => Some(lit.value),
        _ => None,
    }
}

/// `104`, `-1` or `104u16`; anything else is not a code.
pub(crate) fn int_literal(expr: &Expr) -> Option<IntLiteral> {
    let (negative, inner) = match ungroup(expr) {
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => (true, ungroup(&unary.expr)),
        other => (false, other),
    };
    match inner {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => Some(IntLiteral {
            negative,
            digits: lit.base10_digits().to_owned(),
            suffix: lit.suffix().to_owned(),
            literal: lit.to_token_stream(),
            tokens: expr.to_token_stream(),
        }),
        _ => None,
    }
}

/// The keys of one attribute seen so far, to report a key written twice.
struct SeenKeys {
    seen: Vec<(String, TokenStream)>,
}

impl SeenKeys {
    fn new() -> Self {
        SeenKeys { seen: Vec::new() }
    }

    /// Records `key`; false (and an error) if it was already there.
    fn first_use(&mut self, key: &Ident, attr: &str, errors: &mut Errors) -> bool {
        let name = key.unraw().to_string();
        if let Some((_, first)) = self.seen.iter().find(|(seen, _)| *seen == name) {
            errors.duplicate(
                key,
                format_args!("duplicate `{name}` in {attr}"),
                first,
                format_args!("first `{name}` here"),
            );
            return false;
        }
        self.seen.push((name, key.to_token_stream()));
        true
    }
}

const ERROR_CODES: &str = "`#[error_codes(...)]`";
const ERROR_CODES_KEYS: &str = "`rename_all`, `display`, `doc_reasons`";
const CODE: &str = "`#[code(...)]`";
const CODE_KEYS: &str = "`name`, `category`";

pub(crate) fn enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut out = EnumAttrs {
        code_type: DEFAULT_CODE_TYPE,
        rename_all: None,
        display: true,
        display_written: false,
        doc_reasons: false,
    };
    let mut keys = SeenKeys::new();
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
    let Some(args) = list_args(attr, ERROR_CODES, errors) else {
        return;
    };
    for arg in args {
        let (key, value) = match arg {
            Arg::KeyValue { key, value } => (key, Some(value)),
            Arg::Value(Expr::Path(path)) if path.path.get_ident().is_some() => {
                let Some(segment) = path.path.segments.into_iter().next() else {
                    continue;
                };
                (segment.ident, None)
            }
            Arg::Value(other) => {
                errors.at(
                    other,
                    format_args!("expected a key in {ERROR_CODES}, one of {ERROR_CODES_KEYS}"),
                );
                continue;
            }
        };
        let name = key.unraw().to_string();
        let known = matches!(name.as_str(), "rename_all" | "display" | "doc_reasons");
        if !known {
            errors.at(
                &key,
                format_args!(
                    "unknown key `{name}` in {ERROR_CODES}; expected one of {ERROR_CODES_KEYS}"
                ),
            );
            continue;
        }
        if name == "display" {
            out.display_written = true;
        }
        if !keys.first_use(&key, ERROR_CODES, errors) {
            continue;
        }
        match (name.as_str(), value) {
            ("rename_all", Some(value)) => rename_all(value, out, errors),
            ("display", Some(value)) => match bool_literal(&value) {
                Some(flag) => out.display = flag,
                None => errors.at(
                    value,
                    "expected `true` or `false` for `display` in `#[error_codes(...)]`",
                ),
            },
            ("doc_reasons", None) => out.doc_reasons = true,
            ("doc_reasons", Some(_)) => {
                errors.at(
                    &key,
                    "`doc_reasons` takes no value; write `#[error_codes(doc_reasons)]`",
                );
            }
            (_, None) => {
                errors.at(
                    &key,
                    format_args!("expected `{name} = ...` in {ERROR_CODES}"),
                );
            }
            _ => {}
        }
    }
}

fn rename_all(value: Expr, out: &mut EnumAttrs, errors: &mut Errors) {
    let choices = || {
        RULE_NAMES
            .iter()
            .map(|(name, _)| format!("\"{name}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match string_literal(value) {
        Ok(lit) => match RenameRule::from_name(&lit.value()) {
            Some(rule) => out.rename_all = Some(rule),
            None => errors.at(
                &lit,
                format_args!(
                    "unknown `rename_all` value \"{}\"; expected one of {}",
                    lit.value(),
                    choices()
                ),
            ),
        },
        Err(value) => errors.at(
            value,
            format_args!(
                "expected a string literal for `rename_all`, one of {}",
                choices()
            ),
        ),
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
        if let Some(int) = INT_TYPES.iter().find(|int| int.name == name) {
            out.code_type = *int;
        } else if UNSUPPORTED_REPRS.contains(&name.as_str()) {
            let choices = INT_TYPES
                .iter()
                .map(|int| format!("`{}`", int.name))
                .collect::<Vec<_>>()
                .join(", ");
            errors.at(
                ident,
                format_args!(
                    "`#[repr({name})]` is not supported as a code type; expected one of {choices}"
                ),
            );
        }
    }
}

/// The `#[code(...)]` of one variant, if it has exactly one that parses.
pub(crate) fn code_attr(attrs: &[Attribute], errors: &mut Errors) -> CodeAttrs {
    let mut found = CodeAttrs {
        attr: None,
        written: false,
    };
    let mut first: Option<&Attribute> = None;
    for attr in attrs {
        if attr.path().is_ident("error_codes") {
            errors.at(
                attr,
                "`#[error_codes(...)]` belongs on the enum, not on a variant",
            );
            continue;
        }
        if !attr.path().is_ident("code") {
            continue;
        }
        found.written = true;
        if let Some(first) = first {
            errors.duplicate(
                attr,
                "duplicate `#[code(...)]` on this variant; a variant has one code",
                &first.to_token_stream(),
                "first `#[code(...)]` here",
            );
            continue;
        }
        first = Some(attr);
        found.attr = code(attr, errors);
    }
    found
}

pub(crate) struct CodeAttrs {
    pub attr: Option<CodeAttr>,
    /// A `#[code]` was written, even if it did not parse: no second error
    /// saying that it is missing.
    pub written: bool,
}

fn code(attr: &Attribute, errors: &mut Errors) -> Option<CodeAttr> {
    let args = list_args(attr, CODE, errors)?;
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        if let Meta::List(list) = &attr.meta {
            errors.push(syn::Error::new(
                list.delimiter.span().join(),
                "missing code in `#[code(...)]`; expected `#[code(CODE, \"reason\", ...)]`",
            ));
        }
        return None;
    };
    let code = match &first {
        Arg::Value(expr) => {
            let code = int_literal(expr);
            if code.is_none() {
                errors.at(
                    expr,
                    "expected an integer literal code as the first argument of `#[code(...)]`, as in `#[code(104, \"reason\")]`",
                );
            }
            code
        }
        Arg::KeyValue { key, .. } => {
            errors.at(
                key,
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
        category: None,
    };
    let mut keys = SeenKeys::new();
    let mut after_key = false;
    for arg in args {
        match arg {
            Arg::Value(expr) => match string_literal(expr) {
                // Reasons first, then options: the grammar
                // `CODE [, "reason"]* [, key = value]*` keeps the list of
                // reasons in one piece, in documentation order.
                Ok(reason) if after_key => errors.at(
                    &reason,
                    format_args!("reasons must come before `key = value` arguments in {CODE}"),
                ),
                Ok(reason) => out.reasons.push(reason),
                Err(expr) => errors.at(
                    &expr,
                    format_args!("expected a string literal reason, or `key = value` with a key among {CODE_KEYS}, in {CODE}"),
                ),
            },
            Arg::KeyValue { key, value } => {
                after_key = true;
                let name = key.unraw().to_string();
                let slot = match name.as_str() {
                    "name" => &mut out.name,
                    "category" => &mut out.category,
                    _ => {
                        errors.at(&key, format_args!("unknown key `{name}` in {CODE}; expected one of {CODE_KEYS}"));
                        continue;
                    }
                };
                if !keys.first_use(&key, CODE, errors) {
                    continue;
                }
                match string_literal(value) {
                    Ok(lit) => *slot = Some(lit),
                    Err(value) => errors.at(&value, format_args!("expected a string literal for `{name}` in {CODE}")),
                }
            }
        }
    }
    Some(out)
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
        }) = ungroup(&name_value.value)
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
    let paragraph: Vec<&str> = text
        .lines()
        .map(str::trim)
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect();
    if paragraph.is_empty() {
        None
    } else {
        Some(paragraph.join(" "))
    }
}

/// A `/** ... */` comment whose every continuation line starts with `*`
/// carries those stars as decoration, which rustdoc hides; so do we.
fn without_block_stars(doc: &str) -> String {
    let mut lines = doc.lines();
    let first = lines.next().unwrap_or_default();
    let rest: Vec<&str> = lines.collect();
    let decorated = |line: &&str| line.trim().is_empty() || line.trim_start().starts_with('*');
    if rest.is_empty() || !rest.iter().all(decorated) {
        return doc.to_owned();
    }
    let rest = rest
        .iter()
        .map(|line| line.trim_start().strip_prefix('*').unwrap_or(line));
    std::iter::once(first)
        .chain(rest)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `#[code]` and `#[error_codes]` have no meaning on a field; say so rather
/// than ignore them.
pub(crate) fn reject_on_field(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if attr.path().is_ident("code") || attr.path().is_ident("error_codes") {
            errors.at(attr, "this attribute belongs on a variant (`#[code(...)]`) or on the enum (`#[error_codes(...)]`), not on a field");
        }
    }
}
