//! What an argument's value means: a string, an integer literal, a code
//! (literal, constant or `catch_all`), a flag. Each reader says, when the
//! value is something else, what it found and what was expected.

use crate::args::{Ungroup, Value};
use crate::code_type::CodeType;
use crate::errors::Errors;
use crate::message::{meant_string, what, what_value, written};
use crate::suggest::similar;
use proc_macro2::TokenStream;
use quote::ToTokens;
use std::fmt::Write as _;
use syn::ext::IdentExt;
use syn::{Expr, ExprLit, Ident, Lit, LitStr, UnOp};

/// `catch_all` anywhere but first in `#[code(...)]`.
pub(crate) const CATCH_ALL_PLACE: &str =
    "`catch_all` takes the place of the code, first in `#[code(...)]`: `#[code(catch_all, ...)]`";

/// What stands where a code goes.
pub(crate) enum CodeArg {
    Literal(IntLiteral),
    /// A path or a parenthesised expression, as written: a constant only the
    /// compiler can evaluate.
    Const(TokenStream),
    /// `catch_all`, in the first place only.
    CatchAll(Ident),
    /// `start..=end` or `start..end`, in the first place only: a variant
    /// that keeps any code of the range.
    Range(CodeRange),
}

/// A range of codes as `#[code(...)]` writes it, both ends literals.
pub(crate) struct CodeRange {
    pub start: IntLiteral,
    pub end: IntLiteral,
    pub inclusive: bool,
    /// The whole range, to point at.
    pub tokens: TokenStream,
}

impl CodeArg {
    /// The code as written, to point at.
    pub(crate) fn tokens(&self) -> TokenStream {
        match self {
            CodeArg::Literal(literal) => literal.tokens.clone(),
            CodeArg::Const(expr) => expr.clone(),
            CodeArg::CatchAll(ident) => ident.to_token_stream(),
            CodeArg::Range(range) => range.tokens.clone(),
        }
    }
}

/// An integer literal, possibly negated: `104`, `-1`, `0x80`, `104u16`.
pub(crate) struct IntLiteral {
    pub negative: bool,
    /// 16, 8 or 2 when written `0x...`, `0o...` or `0b...`, else 10.
    pub radix: u32,
    /// The magnitude in decimal, without `_` or suffix.
    pub digits: String,
    /// The literal as written, sign included: `-0x1F`.
    pub written: String,
    pub suffix: String,
    /// The literal alone, to span a suffix error on.
    pub literal: TokenStream,
    /// The literal with its sign, to span a range error on.
    pub tokens: TokenStream,
}

impl IntLiteral {
    /// The value, or `None` if it does not even fit an `i128`.
    pub(crate) fn value(&self) -> Option<i128> {
        let magnitude: u128 = self.digits.parse().ok()?;
        if self.negative {
            0i128.checked_sub_unsigned(magnitude)
        } else {
            i128::try_from(magnitude).ok()
        }
    }

    /// What the literal means as a code of `code_type`, in its range or
    /// not: the value of its bits (see [`bits_of`](Self::bits_of)) when it
    /// has no suffix, else its value. `None` if it does not even fit an
    /// `i128`.
    pub(crate) fn code(&self, code_type: CodeType) -> Option<i128> {
        self.suffix
            .is_empty()
            .then(|| self.bits_of(code_type))
            .flatten()
            .or_else(|| self.value())
    }

    /// For a literal written in hex, octal or binary without a sign, past
    /// the range of a signed `code_type` but within its width: the value
    /// of the type with those bits (`0x80004005` on `i32` is
    /// -2147467259), as `0x80004005_u32 as i32` is, and as C and Windows
    /// headers mean their codes. The suffix is not looked at, so that a
    /// message can say what the literal would mean without it: suffixed,
    /// it means its value (`0x80004005i32` is an overflowing `i32`).
    pub(crate) fn bits_of(&self, code_type: CodeType) -> Option<i128> {
        if self.radix == 10 || self.negative {
            return None;
        }
        code_type.from_bits(self.value()?)
    }

    /// The radix as a message names it: `"hex"`, `"octal"`, `"binary"`.
    pub(crate) fn radix_name(&self) -> &'static str {
        match self.radix {
            16 => "hex",
            8 => "octal",
            2 => "binary",
            _ => "decimal",
        }
    }

    /// `value` written in the literal's radix, prefix included: `0xFF`.
    pub(crate) fn in_radix(&self, value: u128) -> String {
        match self.radix {
            16 => format!("{value:#X}"),
            8 => format!("{value:#o}"),
            2 => format!("{value:#b}"),
            _ => value.to_string(),
        }
    }

    /// `` `0x80` (decimal 128) ``, or `` `128` `` when that is how it was
    /// written; any suffix as written (`` `128u8` ``).
    pub(crate) fn echo(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        let decimal = format!("{sign}{}", self.digits);
        let echo = format!("`{}{}`", self.written, self.suffix);
        if self.written == decimal {
            echo
        } else {
            format!("{echo} (decimal {decimal})")
        }
    }
}

/// The string literal of a value, or an error that says what it is and
/// what was expected (`expected`: "a string literal for `name` in ...").
pub(crate) fn string_literal(value: &Value, expected: &str, errors: &mut Errors) -> Option<LitStr> {
    let Value::Expr(expr) = value else {
        errors.at(
            value,
            format_args!("expected {expected}, found {}", what_value(value)),
        );
        return None;
    };
    let expr = expr.ungroup();
    if let Expr::Lit(ExprLit {
        lit: Lit::Str(lit), ..
    }) = expr
    {
        // A suffix (`"text"bogus`) means nothing on a string; dropping it
        // silently would hide a typo.
        if !lit.suffix().is_empty() {
            errors.at_with_help(
                lit,
                format_args!(
                    "unexpected suffix `{}` on a string literal; expected {expected}",
                    lit.suffix()
                ),
                Some(format_args!("remove it: `{:?}`", lit.value())),
            );
            return None;
        }
        // syn's literals are not `Clone` without its `clone-impls`, which
        // the grammar does without: the same value, at the same place.
        return Some(LitStr::new(&lit.value(), lit.span()));
    }
    let help = meant_string(expr).map(|text| format!("write it as a string literal: `{text}`"));
    errors.at_with_help(
        expr,
        format_args!("expected {expected}, found {}", what(expr)),
        help,
    );
    None
}

/// `104`, `-1`, `0x80` or `104u16`; anything else is not a literal code.
pub(crate) fn int_literal(expr: &Expr) -> Option<IntLiteral> {
    let (negative, inner) = match expr.ungroup() {
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => (true, unary.expr.ungroup()),
        other => (false, other),
    };
    let Expr::Lit(ExprLit {
        lit: Lit::Int(lit), ..
    }) = inner
    else {
        return None;
    };
    // A literal may carry its own `-` (syn reads `-1` as one): negated
    // again, it is no literal code (`--1`).
    let (negative, digits) = match lit.base10_digits().strip_prefix('-') {
        Some(_) if negative => return None,
        Some(digits) => (true, digits),
        None => (negative, lit.base10_digits()),
    };
    let sign = if negative && !lit.to_string().starts_with('-') {
        "-"
    } else {
        ""
    };
    let written = lit.to_string();
    let written = written.strip_suffix(lit.suffix()).unwrap_or(&written);
    Some(IntLiteral {
        negative,
        radix: match written.trim_start_matches('-').get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        },
        digits: digits.to_owned(),
        written: format!("{sign}{written}"),
        suffix: lit.suffix().to_owned(),
        literal: lit.to_token_stream(),
        tokens: expr.to_token_stream(),
    })
}

/// What an integer literal (`104`, `-1`, `0x80004005`, `104u16`) means
/// as a code of `code_type`, as `#[code(...)]` reads it: its value, or the
/// value of its bits (`0x80004005` on `i32` is -2147467259). In the type's
/// range or not, and whatever its suffix: the taxonomy's readers ask what
/// code a literal names. `None` for any other expression, and past `i128`.
#[must_use]
pub fn literal_code(expr: &Expr, code_type: CodeType) -> Option<i128> {
    int_literal(expr)?.code(code_type)
}

/// The integer literal of a value, if it is one.
pub(crate) fn value_int_literal(value: &Value) -> Option<IntLiteral> {
    match value {
        Value::Expr(expr) => int_literal(expr),
        _ => None,
    }
}

/// What a value says of `catch_all`, the one word the grammar reserves.
pub(crate) enum CatchAllWord {
    /// `catch_all` itself.
    Keyword(Ident),
    /// A lone lowercase word close to it (`catchall`, `catch_al`):
    /// constants are written in capitals, so this is the keyword
    /// misspelled, not a constant.
    NearMiss(Ident),
}

/// Whether `value` is `catch_all`, or a word meant as it.
pub(crate) fn catch_all_word(value: &Value) -> Option<CatchAllWord> {
    let Value::Expr(expr) = value else {
        return None;
    };
    let Expr::Path(path) = expr.ungroup() else {
        return None;
    };
    let ident = path.path.get_ident().filter(|_| path.qself.is_none())?;
    // `r#catch_all` is an identifier like any other: a constant's name.
    if ident == "catch_all" {
        return Some(CatchAllWord::Keyword(ident.clone()));
    }
    let word = ident.unraw().to_string();
    let lowercase = !word.chars().any(char::is_uppercase);
    (lowercase && word != "catch_all" && similar(&word, &["catch_all"]).is_some())
        .then(|| CatchAllWord::NearMiss(ident.clone()))
}

/// A code: an integer literal, a path to a constant, a parenthesised
/// constant expression, or (`catch_all_allowed`) the word `catch_all`.
pub(crate) fn code_arg(
    value: &Value,
    place: &str,
    catch_all_allowed: bool,
    errors: &mut Errors,
) -> Option<CodeArg> {
    if let Some(literal) = value_int_literal(value) {
        return Some(CodeArg::Literal(literal));
    }
    if let Some(CatchAllWord::Keyword(ident)) = catch_all_word(value) {
        if catch_all_allowed {
            return Some(CodeArg::CatchAll(ident));
        }
        errors.at(&ident, CATCH_ALL_PLACE);
        return None;
    }
    let help = match value {
        Value::Paren(written) => return Some(CodeArg::Const(written.clone())),
        Value::Expr(expr) => match expr.ungroup() {
            Expr::Path(_) => return Some(CodeArg::Const(expr.to_token_stream())),
            // `"104"`: the code the user meant.
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) if text.value().trim().parse::<i128>().is_ok() => Some(format!(
                "write the code without quotes: `{}`",
                text.value().trim()
            )),
            // A macro is expanded after the derive runs: the message says so.
            Expr::Lit(_) | Expr::Macro(_) => None,
            _ => Some(format!(
                "a constant expression as a code needs parentheses: `({})`",
                written(expr)
            )),
        },
        Value::Other(tokens) => Some(format!(
            "a constant expression as a code needs parentheses: `({})`",
            written(tokens)
        )),
        Value::List { .. } => Some("more codes go in `alternatives = [...]`".to_owned()),
    };
    errors.at_with_help(
        value,
        format_args!(
            "expected {place} ({WHAT_A_CODE_IS}), found {}",
            what_value(value)
        ),
        help,
    );
    None
}

/// What a code may be, for the messages that expect one.
const WHAT_A_CODE_IS: &str =
    "an integer literal, a path to a constant or a parenthesised constant expression";

/// The value of `true` or `false`.
pub(crate) fn bool_literal(value: &Value) -> Option<bool> {
    match value {
        Value::Expr(expr) => match expr.ungroup() {
            Expr::Lit(ExprLit {
                lit: Lit::Bool(flag),
                ..
            }) => Some(flag.value),
            _ => None,
        },
        _ => None,
    }
}

/// `true` or `false` for `key` in `attr`, or an error that says what was
/// found.
pub(crate) fn flag(value: &Value, key: &str, attr: &str, errors: &mut Errors) -> Option<bool> {
    let flag = bool_literal(value);
    if flag.is_none() {
        errors.at(
            value,
            format_args!(
                "expected `true` or `false` for `{key}` in {attr}, found {}",
                what_value(value)
            ),
        );
    }
    flag
}

/// Whether a value is a string literal, suffixed or not.
pub(crate) fn is_string(value: &Value) -> bool {
    matches!(value, Value::Expr(expr) if matches!(expr.ungroup(), Expr::Lit(ExprLit { lit: Lit::Str(_), .. })))
}

// A `doc_url` is a link every platform's copy carries as it is written: it
// is not blank, and it holds no whitespace or control character, which no
// link may hold unencoded and which would break the Markdown link and the
// platforms' URL parsers.
/// The link a `doc_url` in `attr` holds, or an error at it.
pub(crate) fn link(lit: &LitStr, attr: &str, errors: &mut Errors) -> Option<String> {
    let value = lit.value();
    if value.trim().is_empty() {
        errors.at(
            lit,
            format_args!("empty `doc_url` in {attr}; write the link, or leave `doc_url` out"),
        );
        return None;
    }
    if let Some(bad) = value.chars().find(|c| c.is_whitespace() || c.is_control()) {
        errors.at(
            lit,
            format_args!(
                "unexpected {bad:?} in the `doc_url` link; a link holds no whitespace or control character: percent-encode it, as `{}`",
                percent_encoded(bad)
            ),
        );
        return None;
    }
    Some(value)
}

/// `c` as a link writes it: each byte of its UTF-8 as `%XX`.
fn percent_encoded(c: char) -> String {
    let mut buffer = [0; 4];
    let mut encoded = String::new();
    for byte in c.encode_utf8(&mut buffer).bytes() {
        let _ = write!(encoded, "%{byte:02X}");
    }
    encoded
}

/// `text` as one segment of a link: letters, digits and `-._~` as they
/// are, every other character percent-encoded, so that a name with a space,
/// a `#` or a `/` still fills a `{name}` with one valid segment.
pub(crate) fn url_component(text: &str) -> String {
    let mut component = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) {
            component.push(c);
        } else {
            component.push_str(&percent_encoded(c));
        }
    }
    component
}
