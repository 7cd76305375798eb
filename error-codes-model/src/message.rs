//! The words the grammar's messages are made of, so that every message
//! quotes syntax, says what it found and lists the valid choices alike:
//! tokens as written, what a value is, quoted lists, unknown and repeated
//! keys.

use crate::args::{Ungroup, Value};
use crate::errors::Errors;
use crate::suggest::similar;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Expr, ExprLit, Ident, Lit};

/// How messages name the enum's attribute.
pub(crate) const ERROR_CODES: &str = "`#[error_codes(...)]`";
/// How messages name a variant's attribute.
pub(crate) const CODE: &str = "`#[code(...)]`";

/// Tokens as a message quotes them: `ffi::E | (1 << 8)`, not
/// `ffi :: E | (1 << 8)` as a token stream prints. Public so that the
/// derive's own compile-time messages quote code alike.
#[must_use]
pub fn written(tokens: &impl ToTokens) -> String {
    written_stream(&tokens.to_token_stream())
}

fn written_stream(tokens: &TokenStream) -> String {
    let text = tokens.to_string();
    // Signs stick to what they negate: `-1`, `--1`.
    let rest = text.trim_start_matches(['-', ' ']);
    let signs = "-".repeat(text[..text.len() - rest.len()].matches('-').count());
    format!("{signs}{rest}")
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace("[ ", "[")
        .replace(" ]", "]")
        .replace(" ,", ",")
        .replace(" ..", "..")
        .replace(".. ", "..")
        .replace("..= ", "..=")
}

/// What an expression is, for a message that says what was found instead
/// of a string or a code.
pub(crate) fn what(expr: &Expr) -> String {
    let tokens = written(expr);
    match expr.ungroup() {
        Expr::Lit(ExprLit { lit, .. }) => match lit {
            Lit::Str(_) => format!("a string literal `{tokens}`"),
            Lit::ByteStr(_) => format!("a byte string literal `{tokens}`"),
            Lit::CStr(_) => format!("a C string literal `{tokens}`"),
            Lit::Byte(_) => format!("a byte literal `{tokens}`"),
            Lit::Char(_) => format!("a character literal `{tokens}`"),
            Lit::Int(_) => format!("an integer literal `{tokens}`"),
            Lit::Float(_) => format!("a float literal `{tokens}`"),
            Lit::Bool(_) => format!("the boolean `{tokens}`"),
            _ => format!("`{tokens}`"),
        },
        Expr::Macro(mac) => {
            let path = written(&mac.mac.path);
            format!(
                "the macro call `{path}!(..)`, which is expanded only after this attribute is read"
            )
        }
        Expr::Path(_) => format!("the path `{tokens}`"),
        _ => format!("`{tokens}`"),
    }
}

/// The text inside a literal that is almost a string (`b"x"`, `c"x"`,
/// `'x'`), or a bare word, as the string literal the user meant.
pub(crate) fn meant_string(expr: &Expr) -> Option<String> {
    let lit = match expr.ungroup() {
        Expr::Lit(ExprLit { lit, .. }) => lit,
        Expr::Path(path) => {
            return path
                .path
                .get_ident()
                .map(|ident| format!("\"{}\"", ident.unraw()));
        }
        _ => return None,
    };
    let text = match lit {
        Lit::ByteStr(lit) => String::from_utf8_lossy(&lit.value()).into_owned(),
        Lit::CStr(lit) => lit.value().to_string_lossy().into_owned(),
        Lit::Char(lit) => lit.value().to_string(),
        Lit::Byte(lit) => char::from(lit.value()).to_string(),
        _ => return None,
    };
    Some(format!("{text:?}"))
}

/// What a value is, for a message that says what was found.
pub(crate) fn what_value(value: &Value) -> String {
    match value {
        Value::Expr(expr) => what(expr),
        Value::Paren(written) | Value::Other(written) => format!("`{}`", self::written(written)),
        Value::List { .. } => "a list `[...]`".to_owned(),
    }
}

/// "`a`, `b`, `c`", or with `"` for values, for the valid choices in a
/// message.
pub(crate) fn quoted_list(items: &[&str], mark: char) -> String {
    let mut list = String::new();
    for item in items {
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push(mark);
        list.push_str(item);
        list.push(mark);
    }
    list
}

/// Whether `name` is one of the attribute's `keys`.
pub(crate) fn known_key(
    key: &Ident,
    name: &str,
    keys: &[&str],
    attr: &str,
    errors: &mut Errors,
) -> bool {
    // Every key is known: an unknown one is most often a misspelled one,
    // which would otherwise do nothing.
    if keys.contains(&name) {
        return true;
    }
    errors.at_with_help(
        key,
        format_args!(
            "unknown key `{name}` in {attr}; expected one of {}",
            quoted_list(keys, '`')
        ),
        similar(name, keys).map(|key| format!("a key with a similar name exists: `{key}`")),
    );
    false
}

/// The keys of one attribute seen so far, to report a key written twice.
#[derive(Default)]
pub(crate) struct SeenKeys {
    seen: Vec<(String, Ident)>,
}

impl SeenKeys {
    /// Records `key`; false (and an error at both uses) if it was there.
    /// `alias` may repeat: it is a list written one item at a time.
    pub(crate) fn first_use(&mut self, key: &Ident, attr: &str, errors: &mut Errors) -> bool {
        let name = key.unraw().to_string();
        if name == "alias" {
            return true;
        }
        if let Some((_, first)) = self.seen.iter().find(|(seen, _)| *seen == name) {
            errors.duplicate(
                key,
                format_args!("duplicate `{name}` in {attr}"),
                first,
                format_args!("first `{name}` here"),
            );
            return false;
        }
        self.seen.push((name, key.clone()));
        true
    }
}
