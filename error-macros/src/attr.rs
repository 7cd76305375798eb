//! Every attribute the derive reads is parsed here, and only here: the
//! enum's `#[error_codes(...)]` and `#[repr(...)]`, each variant's
//! `#[code(...)]` and doc comment. This module checks the grammar; the rules
//! that need the whole enum (ranges, duplicates) live in `valid.rs`.

use crate::ast::{self, Angles, AttrArgs, Attribute};
use crate::case::{RULE_NAMES, RenameRule};
use crate::ctxt::{Errors, Location};
use proc_macro2::{Group, Ident, Spacing, TokenTree};
use syn::ext::IdentExt;
use syn::{Lit, LitStr};

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
    pub literal: Location,
    /// The literal with its `-`, to span range errors on.
    pub location: Location,
}

impl IntLiteral {
    fn new(lit: &syn::LitInt, negative: bool, location: Location) -> Self {
        IntLiteral {
            negative,
            digits: lit.base10_digits().to_owned(),
            suffix: lit.suffix().to_owned(),
            literal: lit.span().into(),
            location,
        }
    }
}

/// The value of one argument, as far as this derive tells values apart.
pub(crate) enum Value {
    Int(IntLiteral),
    Str(LitStr),
    Bool(bool, Location),
    /// A lone identifier: a flag such as `doc_reasons`.
    Word(Ident),
    /// Anything else: an expression, a path, a float.
    Other(Location),
}

impl Value {
    /// Reads the tokens of one value; none at all is `Other(empty)`.
    pub(crate) fn parse(tokens: &[TokenTree], empty: Location) -> Self {
        match tokens {
            [TokenTree::Literal(literal)] => match Lit::new(literal.clone()) {
                Lit::Str(lit) => Value::Str(lit),
                Lit::Int(lit) => Value::Int(IntLiteral::new(&lit, false, literal.span().into())),
                _ => Value::Other(literal.span().into()),
            },
            [TokenTree::Punct(minus), TokenTree::Literal(literal)] if minus.as_char() == '-' => {
                let location = Location::range(minus.span(), literal.span());
                match Lit::new(literal.clone()) {
                    Lit::Int(lit) => Value::Int(IntLiteral::new(&lit, true, location)),
                    _ => Value::Other(location),
                }
            }
            [TokenTree::Ident(ident)] if ident == "true" || ident == "false" => {
                Value::Bool(ident == "true", ident.span().into())
            }
            [TokenTree::Ident(ident)] => Value::Word(ident.clone()),
            _ => Value::Other(Location::of(tokens, empty)),
        }
    }

    pub(crate) fn location(&self) -> Location {
        match self {
            Value::Int(int) => int.location,
            Value::Str(lit) => lit.span().into(),
            Value::Word(ident) => ident.span().into(),
            Value::Bool(_, location) | Value::Other(location) => *location,
        }
    }

    /// The string literal, or where the value that is not one is.
    fn into_string(self) -> Result<LitStr, Location> {
        match self {
            Value::Str(lit) => Ok(lit),
            other => Err(other.location()),
        }
    }
}

/// One comma-separated argument of `#[code(...)]` or `#[error_codes(...)]`.
enum Arg {
    Value(Value),
    KeyValue { key: Ident, value: Value },
}

/// The arguments of a list attribute, each read on its own so that one
/// malformed argument does not hide the mistakes in the others.
fn parse_args(group: &Group, form: &str, errors: &mut Errors) -> Vec<Arg> {
    let tokens = ast::flatten(group.stream());
    let parts = ast::split_commas(&tokens, Angles::Turbofish);
    let count = parts.len();
    let mut args = Vec::with_capacity(count);
    let mut start = 0;
    for (i, part) in parts.into_iter().enumerate() {
        let comma = start + part.len();
        start = comma + 1;
        // A trailing comma is fine; any other comma must follow an argument.
        if part.is_empty() {
            if i + 1 < count {
                errors.at(
                    tokens[comma].span(),
                    format_args!("expected an argument before this `,` in {form}"),
                );
            }
            continue;
        }
        args.push(match part {
            [TokenTree::Ident(key), TokenTree::Punct(eq), value @ ..]
                if eq.as_char() == '=' && !starts_operator(eq, value) =>
            {
                Arg::KeyValue {
                    key: key.clone(),
                    value: Value::parse(value, Location::range(key.span(), eq.span())),
                }
            }
            part => Arg::Value(Value::parse(part, Location::from(group.span()))),
        });
    }
    args
}

/// `==` and `=>` are operators, not the `=` of `key = value`.
fn starts_operator(eq: &proc_macro2::Punct, after: &[TokenTree]) -> bool {
    eq.spacing() == Spacing::Joint
        && matches!(after.first(), Some(TokenTree::Punct(next)) if matches!(next.as_char(), '=' | '>'))
}

/// The arguments of a list attribute, or an error for `#[attr]` and
/// `#[attr = ...]`, which this derive never accepts.
fn list_args<'a>(
    attr: &'a Attribute,
    form: &str,
    errors: &mut Errors,
) -> Option<(Vec<Arg>, &'a Group)> {
    match &attr.args {
        AttrArgs::List(group) => Some((parse_args(group, form, errors), group)),
        AttrArgs::Path => {
            errors.at(
                attr.path,
                format_args!(
                    "expected {form}, found `#[{}]` without arguments",
                    attr.name()
                ),
            );
            None
        }
        AttrArgs::NameValue { location, .. } => {
            errors.at(
                *location,
                format_args!("expected {form}, found `#[{} = ...]`", attr.name()),
            );
            None
        }
        AttrArgs::Other => {
            errors.at(attr.location, format_args!("expected {form}"));
            None
        }
    }
}

/// The keys of one attribute seen so far, to report a key written twice.
struct SeenKeys {
    seen: Vec<(String, Location)>,
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
                key.span(),
                format_args!("duplicate `{name}` in {attr}"),
                *first,
                format_args!("first `{name}` here"),
            );
            return false;
        }
        self.seen.push((name, key.span().into()));
        true
    }
}

const ERROR_CODES: &str = "`#[error_codes(...)]`";
const ERROR_CODES_KEYS: [&str; 3] = ["rename_all", "display", "doc_reasons"];
const CODE: &str = "`#[code(...)]`";
const CODE_KEYS: [&str; 2] = ["name", "category"];

/// "`a`, `b`, `c`" (or with `"`), for the valid choices in a message.
fn quoted_list(items: &[&str], mark: char) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push(mark);
        out.push_str(item);
        out.push(mark);
    }
    out
}

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
        if attr.is("repr") {
            repr(attr, &mut out, errors);
        } else if attr.is("error_codes") {
            error_codes(attr, &mut out, &mut keys, errors);
        } else if attr.is("code") {
            // `#[code]` describes one variant; on the enum it would silently
            // mean nothing.
            errors.at(
                attr.location,
                "`#[code(...)]` belongs on each variant, not on the enum",
            );
        }
    }
    out
}

fn error_codes(attr: &Attribute, out: &mut EnumAttrs, keys: &mut SeenKeys, errors: &mut Errors) {
    let Some((args, _)) = list_args(attr, ERROR_CODES, errors) else {
        return;
    };
    for arg in args {
        let (key, value) = match arg {
            Arg::KeyValue { key, value } => (key, Some(value)),
            Arg::Value(Value::Word(key)) => (key, None),
            Arg::Value(other) => {
                errors.at(
                    other.location(),
                    format_args!(
                        "expected a key in {ERROR_CODES}, one of {}",
                        quoted_list(&ERROR_CODES_KEYS, '`')
                    ),
                );
                continue;
            }
        };
        let name = key.unraw().to_string();
        if !ERROR_CODES_KEYS.contains(&name.as_str()) {
            errors.at(
                key.span(),
                format_args!(
                    "unknown key `{name}` in {ERROR_CODES}; expected one of {}",
                    quoted_list(&ERROR_CODES_KEYS, '`')
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
            ("display", Some(Value::Bool(flag, _))) => out.display = flag,
            ("display", Some(value)) => errors.at(
                value.location(),
                "expected `true` or `false` for `display` in `#[error_codes(...)]`",
            ),
            ("doc_reasons", None) => out.doc_reasons = true,
            ("doc_reasons", Some(_)) => {
                errors.at(
                    key.span(),
                    "`doc_reasons` takes no value; write `#[error_codes(doc_reasons)]`",
                );
            }
            (_, None) => {
                errors.at(
                    key.span(),
                    format_args!("expected `{name} = ...` in {ERROR_CODES}"),
                );
            }
            _ => {}
        }
    }
}

fn rename_all(value: Value, out: &mut EnumAttrs, errors: &mut Errors) {
    let choices = || {
        let names: Vec<&str> = RULE_NAMES.iter().map(|(name, _)| *name).collect();
        quoted_list(&names, '"')
    };
    match value.into_string() {
        Ok(lit) => {
            let value = lit.value();
            match RenameRule::from_name(&value) {
                Some(rule) => out.rename_all = Some(rule),
                None => errors.at(
                    lit.span(),
                    format_args!(
                        "unknown `rename_all` value \"{value}\"; expected one of {}",
                        choices()
                    ),
                ),
            }
        }
        Err(location) => errors.at(
            location,
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
    let AttrArgs::List(group) = &attr.args else {
        return;
    };
    let tokens = ast::flatten(group.stream());
    for hint in ast::split_commas(&tokens, Angles::Turbofish) {
        let [TokenTree::Ident(ident), ..] = hint else {
            continue;
        };
        let name = ident.to_string();
        if let Some(int) = INT_TYPES.iter().find(|int| int.name == name) {
            out.code_type = *int;
        } else if UNSUPPORTED_REPRS.contains(&name.as_str()) {
            let names: Vec<&str> = INT_TYPES.iter().map(|int| int.name).collect();
            errors.at(
                ident.span(),
                format_args!(
                    "`#[repr({name})]` is not supported as a code type; expected one of {}",
                    quoted_list(&names, '`')
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
        if attr.is("error_codes") {
            errors.at(
                attr.location,
                "`#[error_codes(...)]` belongs on the enum, not on a variant",
            );
            continue;
        }
        if !attr.is("code") {
            continue;
        }
        found.written = true;
        if let Some(first) = first {
            errors.duplicate(
                attr.location,
                "duplicate `#[code(...)]` on this variant; a variant has one code",
                first.location,
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
    let (args, group) = list_args(attr, CODE, errors)?;
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        errors.at(
            group.span(),
            "missing code in `#[code(...)]`; expected `#[code(CODE, \"reason\", ...)]`",
        );
        return None;
    };
    let code = match first {
        Arg::Value(Value::Int(code)) => Some(code),
        Arg::Value(other) => {
            errors.at(
                other.location(),
                "expected an integer literal code as the first argument of `#[code(...)]`, as in `#[code(104, \"reason\")]`",
            );
            None
        }
        Arg::KeyValue { key, .. } => {
            errors.at(
                key.span(),
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
            Arg::Value(value) => match value.into_string() {
                // Reasons first, then options: the grammar
                // `CODE [, "reason"]* [, key = value]*` keeps the list of
                // reasons in one piece, in documentation order.
                Ok(reason) if after_key => errors.at(
                    reason.span(),
                    format_args!("reasons must come before `key = value` arguments in {CODE}"),
                ),
                Ok(reason) => out.reasons.push(reason),
                Err(location) => errors.at(
                    location,
                    format_args!(
                        "expected a string literal reason, or `key = value` with a key among {}, in {CODE}",
                        quoted_list(&CODE_KEYS, '`')
                    ),
                ),
            },
            Arg::KeyValue { key, value } => {
                after_key = true;
                let name = key.unraw().to_string();
                let slot = match name.as_str() {
                    "name" => &mut out.name,
                    "category" => &mut out.category,
                    _ => {
                        errors.at(
                            key.span(),
                            format_args!(
                                "unknown key `{name}` in {CODE}; expected one of {}",
                                quoted_list(&CODE_KEYS, '`')
                            ),
                        );
                        continue;
                    }
                };
                if !keys.first_use(&key, CODE, errors) {
                    continue;
                }
                match value.into_string() {
                    Ok(lit) => *slot = Some(lit),
                    Err(location) => errors.at(
                        location,
                        format_args!("expected a string literal for `{name}` in {CODE}"),
                    ),
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
        let AttrArgs::NameValue { location, value } = &attr.args else {
            continue;
        };
        if !attr.is("doc") {
            continue;
        }
        // `#[doc = include_str!(..)]` is only expanded after this derive
        // runs: rather than silently dropping the reason, say so.
        let Value::Str(lit) = Value::parse(value, *location) else {
            errors.at(
                Location::of(value, attr.location),
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
        Some(join(&paragraph, " "))
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
    let mut out = first.to_owned();
    for line in rest {
        out.push('\n');
        out.push_str(line.trim_start().strip_prefix('*').unwrap_or(line));
    }
    out
}

/// `items` with `separator` between them. One small function for every
/// join: `[T]::join` instantiates a large one per element type.
pub(crate) fn join<S: AsRef<str>>(items: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// `#[code]` and `#[error_codes]` have no meaning on a field; say so rather
/// than ignore them.
pub(crate) fn reject_on_field(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if attr.is("code") || attr.is("error_codes") {
            errors.at(attr.location, "this attribute belongs on a variant (`#[code(...)]`) or on the enum (`#[error_codes(...)]`), not on a field");
        }
    }
}
