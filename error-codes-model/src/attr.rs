//! Every attribute the grammar reads is parsed here, and only here: the
//! enum's `#[error_codes(...)]` and `#[repr(...)]`, each variant's
//! `#[code(...)]`, `#[deprecated]` and doc comment. This module checks the
//! form of each attribute on its own; the rules that need the whole enum
//! (ranges, duplicates, reserved codes) are `check.rs`'s.

use crate::case::{RULES, RenameRule};
use crate::ctxt::Errors;
use crate::suggest::similar;
use crate::taxonomy::{CodeType, Deprecation};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::{
    Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token, UnOp, bracketed, parenthesized,
    token,
};

pub(crate) const ERROR_CODES: &str = "`#[error_codes(...)]`";
pub(crate) const CODE: &str = "`#[code(...)]`";
const ERROR_CODES_KEYS: [&str; 4] = ["rename_all", "display", "doc_reasons", "reserved"];
const CODE_KEYS: [&str; 4] = ["name", "alias", "alternatives", "category"];
const UNSUPPORTED_REPRS: [&str; 4] = ["i128", "u128", "isize", "usize"];
/// `catch_all` anywhere but first in `#[code(...)]`.
const CATCH_ALL_PLACE: &str =
    "`catch_all` takes the place of the code, first in `#[code(...)]`: `#[code(catch_all, ...)]`";

/// What the enum's attributes say, with defaults for what they omit.
pub(crate) struct EnumAttrs {
    pub code_type: CodeType,
    pub rename_all: Option<RenameRule>,
    pub display: bool,
    /// Whether `display` was written at all, even wrongly: the fallback then
    /// leaves `Display` to the user rather than risk a conflicting impl.
    pub display_written: bool,
    pub doc_reasons: bool,
    pub reserved: Vec<ReservedItem>,
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

/// One `#[code(...)]`, as written.
pub(crate) struct CodeAttr {
    pub code: CodeArg,
    pub reasons: Vec<LitStr>,
    pub name: Option<LitStr>,
    pub aliases: Vec<LitStr>,
    pub alternatives: Vec<CodeArg>,
    pub category: Option<LitStr>,
}

/// What stands where a code goes.
pub(crate) enum CodeArg {
    Literal(IntLiteral),
    /// A path or a parenthesised expression, as written: a constant only the
    /// compiler can evaluate.
    Const(TokenStream),
    /// `catch_all`, in the first place only.
    CatchAll(Ident),
}

/// An integer literal, possibly negated: `104`, `-1`, `0x80`, `104u16`.
pub(crate) struct IntLiteral {
    pub negative: bool,
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

    /// `` `0x80` (decimal 128) ``, or `` `128` `` when that is how it was written.
    pub(crate) fn echo(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        let decimal = format!("{sign}{}", self.digits);
        if self.written == decimal {
            format!("`{decimal}`")
        } else {
            format!("`{}` (decimal {decimal})", self.written)
        }
    }
}

/// The `#[code(...)]` of one variant and what surrounds it.
pub(crate) struct VariantAttrs {
    pub code: Option<CodeAttr>,
    /// A `#[code]` was written, even if it did not parse: no second error
    /// saying that it is missing.
    pub code_written: bool,
    /// `catch_all` was written, but not where it belongs: the variant is
    /// meant to keep unknown codes, and its field is no mistake of its own.
    pub wants_catch_all: bool,
    pub deprecated: Option<Deprecation>,
}

impl VariantAttrs {
    /// Whether the variant keeps unknown codes: `#[code(catch_all, ...)]`.
    pub(crate) fn is_catch_all(&self) -> bool {
        self.code
            .as_ref()
            .is_some_and(|code| matches!(code.code, CodeArg::CatchAll(_)))
    }
}

// ---------------------------------------------------------------------------
// Arguments of a list attribute

/// One comma-separated argument of `#[code(...)]` or `#[error_codes(...)]`.
enum Arg {
    Value(Value),
    KeyValue { key: Ident, value: Value },
}

/// A value, read alike whatever features syn is built with (a user's
/// build may give it `full`, through another derive): the forms the grammar
/// accepts are read on their own, and anything else is kept as written, up
/// to the next comma.
enum Value {
    /// A literal, a negated literal, a path or a macro call.
    Expr(Expr),
    /// `( ... )` with its parentheses: a constant expression for the
    /// compiler.
    Paren(TokenStream),
    List {
        bracket: token::Bracket,
        items: Vec<ListItem>,
    },
    /// Anything else: an expression the grammar does not take.
    Other(TokenStream),
}

/// One entry of a `[...]` value: a value, or a range of two.
struct ListItem {
    start: Value,
    range: Option<(RangeLimit, Value)>,
}

#[derive(Clone, Copy)]
enum RangeLimit {
    Inclusive,
    Exclusive,
}

/// The arguments of a list attribute. Each is parsed on its own: after a
/// malformed one the parse resumes at the next comma, so that one mistake
/// does not hide the others.
fn parse_args(attr: &Attribute, form: &str, errors: &mut Errors) -> Option<Vec<Arg>> {
    let list = match &attr.meta {
        Meta::List(list) => list,
        Meta::Path(path) => {
            errors.at(
                path,
                format_args!(
                    "expected {form}, found `#[{}]` without arguments",
                    path_name(attr)
                ),
            );
            return None;
        }
        Meta::NameValue(name_value) => {
            let mut tokens = name_value.eq_token.to_token_stream();
            name_value.value.to_tokens(&mut tokens);
            errors.at(
                tokens,
                format_args!("expected {form}, found `#[{} = ...]`", path_name(attr)),
            );
            return None;
        }
    };
    let parser = |input: ParseStream| {
        let mut args = Vec::new();
        while !input.is_empty() {
            match parse_arg(input, form) {
                Ok(arg) => args.push(arg),
                // Resume after a syntax error at the next comma.
                Err(error) => {
                    errors.push(error);
                    rest_of_value(input);
                }
            }
            if input.is_empty() {
                break;
            }
            if let Err(error) = input.parse::<Token![,]>() {
                errors.push(error);
                rest_of_value(input);
                let _ = input.parse::<Option<Token![,]>>();
            }
        }
        Ok(args)
    };
    match parser.parse2(list.tokens.clone()) {
        Ok(args) => Some(args),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

fn parse_arg(input: ParseStream, form: &str) -> syn::Result<Arg> {
    let starts_key =
        input.peek(Ident::peek_any) && !input.peek2(Token![==]) && !input.peek2(Token![=>]);
    if starts_key && input.peek2(Token![=]) {
        let key = input.call(Ident::parse_any)?;
        input.parse::<Token![=]>()?;
        let value = parse_value(input)?;
        return Ok(Arg::KeyValue { key, value });
    }
    // `name: "x"`: a struct literal's syntax, not this attribute's.
    if starts_key && input.peek2(Token![:]) && !input.peek2(Token![::]) {
        let key = input.call(Ident::parse_any)?;
        let colon: Token![:] = input.parse()?;
        let value = parse_value(input)?;
        let key = key.unraw();
        let value = value.to_token_stream();
        let mut tokens = key.to_token_stream();
        colon.to_tokens(&mut tokens);
        value.to_tokens(&mut tokens);
        return Err(syn::Error::new_spanned(
            tokens,
            format_args!(
                "expected `{key} = ...` in {form}, found `{key}: ...`\nhelp: a key takes `=`: `{key} = {value}`"
            ),
        ));
    }
    Ok(Arg::Value(parse_value(input)?))
}

fn parse_value(input: ParseStream) -> syn::Result<Value> {
    if !input.peek(token::Bracket) {
        return parse_single(input, false);
    }
    let content;
    let bracket = bracketed!(content in input);
    let mut items = Vec::new();
    while !content.is_empty() {
        let start = parse_single(&content, true)?;
        let range = if content.peek(Token![..=]) {
            content.parse::<Token![..=]>()?;
            Some((RangeLimit::Inclusive, parse_single(&content, true)?))
        } else if content.peek(Token![..]) {
            content.parse::<Token![..]>()?;
            Some((RangeLimit::Exclusive, parse_single(&content, true)?))
        } else {
            None
        };
        items.push(ListItem { start, range });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(Value::List { bracket, items })
}

/// One value that is not a list, up to the next comma (or `..` in a list,
/// where `in_list`).
fn parse_single(input: ParseStream, in_list: bool) -> syn::Result<Value> {
    let at_end = |input: ParseStream| {
        input.is_empty() || input.peek(Token![,]) || (in_list && input.peek(Token![..]))
    };
    if input.peek(token::Paren) {
        let content;
        let paren = parenthesized!(content in input);
        let inner: TokenStream = content.parse()?;
        let mut tokens = TokenStream::new();
        paren.surround(&mut tokens, |tokens| inner.to_tokens(tokens));
        if at_end(input) {
            return Ok(Value::Paren(tokens));
        }
        tokens.extend(rest_of_value(input));
        return Ok(Value::Other(tokens));
    }
    // A literal, negated or not, read before syn's expression parser: with
    // `full`, that parser reads `100..=199` as one range expression.
    let fork = input.fork();
    if let Ok(literal) = signed_literal(&fork) {
        if at_end(&fork) {
            input.advance_to(&fork);
            return Ok(Value::Expr(literal));
        }
    }
    let fork = input.fork();
    if let Ok(expr) = fork.parse::<Expr>() {
        if at_end(&fork) && is_plain(&expr) {
            input.advance_to(&fork);
            return Ok(Value::Expr(expr));
        }
    }
    Ok(Value::Other(rest_of_value(input)))
}

/// `-`? and a literal, as the expression syn would make of them.
fn signed_literal(input: ParseStream) -> syn::Result<Expr> {
    let minus: Option<Token![-]> = input.parse()?;
    let lit = Expr::Lit(ExprLit {
        attrs: Vec::new(),
        lit: input.parse()?,
    });
    Ok(match minus {
        Some(minus) => Expr::Unary(syn::ExprUnary {
            attrs: Vec::new(),
            op: UnOp::Neg(minus),
            expr: Box::new(lit),
        }),
        None => lit,
    })
}

/// The expressions syn reads alike with and without `full`, and that the
/// grammar names in its messages: literals, negations, paths, macro calls.
fn is_plain(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(_) | Expr::Path(_) | Expr::Macro(_) => true,
        Expr::Unary(unary) => {
            matches!(unary.op, UnOp::Neg(_)) && matches!(ungroup(&unary.expr), Expr::Lit(_))
        }
        Expr::Group(group) => is_plain(&group.expr),
        _ => false,
    }
}

/// The tokens up to the next comma outside any group, as written.
fn rest_of_value(input: ParseStream) -> TokenStream {
    input
        .step(|cursor| {
            let mut tokens = TokenStream::new();
            let mut rest = *cursor;
            while let Some((tree, next)) = rest.token_tree() {
                if matches!(&tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',') {
                    break;
                }
                tokens.extend([tree]);
                rest = next;
            }
            Ok((tokens, rest))
        })
        .unwrap_or_default()
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Value::Expr(expr) => expr.to_tokens(tokens),
            Value::Paren(written) | Value::Other(written) => written.to_tokens(tokens),
            Value::List { bracket, items } => bracket.surround(tokens, |inner| {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        <Token![,]>::default().to_tokens(inner);
                    }
                    item.to_tokens(inner);
                }
            }),
        }
    }
}

impl ToTokens for ListItem {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.start.to_tokens(tokens);
        if let Some((limit, end)) = &self.range {
            match limit {
                RangeLimit::Inclusive => <Token![..=]>::default().to_tokens(tokens),
                RangeLimit::Exclusive => <Token![..]>::default().to_tokens(tokens),
            }
            end.to_tokens(tokens);
        }
    }
}

fn path_name(attr: &Attribute) -> String {
    attr.path()
        .get_ident()
        .map_or_else(String::new, ToString::to_string)
}

// ---------------------------------------------------------------------------
// Values

/// Tokens as a message quotes them: `ffi::E | (1 << 8)`, not
/// `ffi :: E | (1 << 8)` as a token stream prints.
pub(crate) fn written(tokens: &impl ToTokens) -> String {
    written_stream(&tokens.to_token_stream())
}

fn written_stream(tokens: &TokenStream) -> String {
    let text = tokens.to_string();
    let text = match text.strip_prefix("- ") {
        Some(negated) => format!("-{negated}"),
        None => text,
    };
    text.replace(" :: ", "::")
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

/// Tokens from a `macro_rules!` fragment (`$c:literal`) arrive wrapped in an
/// invisible group; look through it.
fn ungroup(mut expr: &Expr) -> &Expr {
    while let Expr::Group(group) = expr {
        expr = &group.expr;
    }
    expr
}

/// [`ungroup`] for an owned expression: syn's tokens are not `Clone`
/// without its `clone-impls`, which the grammar does without.
fn into_ungrouped(mut expr: Expr) -> Expr {
    while let Expr::Group(group) = expr {
        expr = *group.expr;
    }
    expr
}

/// What an expression is, for a message that says what was found instead
/// of a string or a code.
fn what(expr: &Expr) -> String {
    let tokens = written(expr);
    match ungroup(expr) {
        Expr::Lit(ExprLit { lit, .. }) => match lit {
            Lit::Str(_) => format!("a string literal `{tokens}`"),
            Lit::ByteStr(_) => format!("a byte string literal `{tokens}`"),
            Lit::CStr(_) => format!("a C string literal `{tokens}`"),
            Lit::Byte(_) => format!("a byte literal `{tokens}`"),
            Lit::Char(_) => format!("a character literal `{tokens}`"),
            Lit::Int(_) => format!("an integer literal `{tokens}`"),
            Lit::Float(_) => format!("a float literal `{tokens}`"),
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
fn meant_string(expr: &Expr) -> Option<String> {
    let lit = match ungroup(expr) {
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
fn what_value(value: &Value) -> String {
    match value {
        Value::Expr(expr) => what(expr),
        Value::Paren(written) | Value::Other(written) => format!("`{}`", self::written(written)),
        Value::List { .. } => "a list `[...]`".to_owned(),
    }
}

/// The string literal of a value, or an error that says what it is and
/// what was expected (`expected`: "a string literal for `name` in ...").
fn string_literal(value: Value, expected: &str, errors: &mut Errors) -> Option<LitStr> {
    let Value::Expr(expr) = value else {
        errors.at(
            &value,
            format_args!("expected {expected}, found {}", what_value(&value)),
        );
        return None;
    };
    let expr = into_ungrouped(expr);
    if let Expr::Lit(ExprLit {
        lit: Lit::Str(lit), ..
    }) = expr
    {
        // A suffix (`"text"bogus`) means nothing on a string; dropping it
        // silently would hide a typo.
        if !lit.suffix().is_empty() {
            errors.at_with_help(
                &lit,
                format_args!(
                    "unexpected suffix `{}` on a string literal; expected {expected}",
                    lit.suffix()
                ),
                Some(format_args!("remove it: `{:?}`", lit.value())),
            );
            return None;
        }
        return Some(lit);
    }
    let help = meant_string(&expr).map(|text| format!("write it as a string literal: `{text}`"));
    errors.at_with_help(
        &expr,
        format_args!("expected {expected}, found {}", what(&expr)),
        help,
    );
    None
}

/// `104`, `-1`, `0x80` or `104u16`; anything else is not a literal code.
pub(crate) fn int_literal(expr: &Expr) -> Option<IntLiteral> {
    let (negative, inner) = match ungroup(expr) {
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => (true, ungroup(&unary.expr)),
        other => (false, other),
    };
    let Expr::Lit(ExprLit {
        lit: Lit::Int(lit), ..
    }) = inner
    else {
        return None;
    };
    let sign = if negative { "-" } else { "" };
    let written = lit.to_string();
    let written = written.strip_suffix(lit.suffix()).unwrap_or(&written);
    Some(IntLiteral {
        negative,
        digits: lit.base10_digits().to_owned(),
        written: format!("{sign}{written}"),
        suffix: lit.suffix().to_owned(),
        literal: lit.to_token_stream(),
        tokens: expr.to_token_stream(),
    })
}

/// The integer literal of a value, if it is one.
fn value_int_literal(value: &Value) -> Option<IntLiteral> {
    match value {
        Value::Expr(expr) => int_literal(expr),
        _ => None,
    }
}

/// A code: an integer literal, a path to a constant, a parenthesised
/// constant expression, or (`catch_all_allowed`) the word `catch_all`.
fn code_arg(
    value: &Value,
    place: &str,
    catch_all_allowed: bool,
    errors: &mut Errors,
) -> Option<CodeArg> {
    if let Some(literal) = value_int_literal(value) {
        return Some(CodeArg::Literal(literal));
    }
    let help = match value {
        Value::Paren(written) => return Some(CodeArg::Const(written.clone())),
        Value::Expr(expr) => match ungroup(expr) {
            Expr::Path(path) if path.qself.is_none() && path.path.is_ident("catch_all") => {
                let ident = path.path.segments[0].ident.clone();
                if catch_all_allowed {
                    return Some(CodeArg::CatchAll(ident));
                }
                errors.at(&ident, CATCH_ALL_PLACE);
                return None;
            }
            Expr::Path(_) => return Some(CodeArg::Const(expr.to_token_stream())),
            _ => "a code is an integer literal (`104`, `-1`), a path to a constant (`libc::ENOENT`) or a parenthesised constant expression (`(BASE + 4)`)".to_owned(),
        },
        Value::Other(tokens) => format!(
            "a constant expression as a code needs parentheses: `({})`",
            written(tokens)
        ),
        Value::List { .. } => "more codes go in `alternatives = [...]`".to_owned(),
    };
    errors.at_with_help(
        value,
        format_args!("expected {place}, found {}", what_value(value)),
        Some(help),
    );
    None
}

/// Whether `value` is the lone word `word`.
fn is_word(value: &Value, word: &str) -> bool {
    matches!(value, Value::Expr(expr) if matches!(ungroup(expr), Expr::Path(path) if path.qself.is_none() && path.path.is_ident(word)))
}

/// A lone lowercase word close to `catch_all` (`catchall`, `catch_al`) in
/// the place of a code: constants are written in capitals, so this is the
/// keyword misspelled, not a constant.
fn near_catch_all(value: &Value) -> Option<String> {
    let Value::Expr(expr) = value else {
        return None;
    };
    let Expr::Path(path) = ungroup(expr) else {
        return None;
    };
    let word = path.path.get_ident()?.unraw().to_string();
    let lowercase = !word.chars().any(char::is_uppercase);
    (lowercase && word != "catch_all" && similar(&word, &["catch_all"]).is_some()).then_some(word)
}

/// "`a`, `b`, `c`", or with `"` for values, for the valid choices in a
/// message.
fn quoted_list(items: &[&str], mark: char) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|item| format!("{mark}{item}{mark}"))
        .collect();
    quoted.join(", ")
}

/// Whether `name` is one of the attribute's `keys`.
fn known_key(key: &Ident, name: &str, keys: &[&str], attr: &str, errors: &mut Errors) -> bool {
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
struct SeenKeys {
    seen: Vec<(String, Ident)>,
}

impl SeenKeys {
    /// Records `key`; false (and an error at both uses) if it was there.
    /// `alias` may repeat: it is a list written one item at a time.
    fn first_use(&mut self, key: &Ident, attr: &str, errors: &mut Errors) -> bool {
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

// ---------------------------------------------------------------------------
// The enum

pub(crate) fn enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut out = EnumAttrs {
        code_type: CodeType::default(),
        rename_all: None,
        display: true,
        display_written: false,
        doc_reasons: false,
        reserved: Vec::new(),
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
            out.display_written = true;
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
            ("rename_all", Some(value)) => rename_all(value, out, errors),
            ("display", Some(value)) => match bool_literal(&value) {
                Some(flag) => out.display = flag,
                None => errors.at(
                    &value,
                    format_args!("expected `true` or `false` for `display` in {ERROR_CODES}"),
                ),
            },
            ("reserved", Some(value)) => reserved(value, out, errors),
            _ => unreachable!("every key of ERROR_CODES_KEYS is matched"),
        }
    }
}

fn rename_all(value: Value, out: &mut EnumAttrs, errors: &mut Errors) {
    let spellings: Vec<&str> = RULES.iter().map(|(spelling, _)| *spelling).collect();
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

/// `reserved = [7, 100..=199, "oldName"]`: codes, ranges of codes and names.
fn reserved(value: Value, out: &mut EnumAttrs, errors: &mut Errors) {
    const EXPECTED: &str = "a list of codes, ranges of codes and names for `reserved`, as in `reserved = [7, 100..=199, \"oldName\"]`";
    let Value::List { items, .. } = value else {
        errors.at(
            &value,
            format_args!("expected {EXPECTED}, found {}", what_value(&value)),
        );
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
                if let Some(lit) = string_literal(item.start, expected, errors) {
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

/// The value of `true` or `false`.
fn bool_literal(value: &Value) -> Option<bool> {
    match value {
        Value::Expr(expr) => match ungroup(expr) {
            Expr::Lit(ExprLit {
                lit: Lit::Bool(flag),
                ..
            }) => Some(flag.value),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a value is a string literal, suffixed or not.
fn is_string(value: &Value) -> bool {
    matches!(value, Value::Expr(expr) if matches!(ungroup(expr), Expr::Lit(ExprLit { lit: Lit::Str(_), .. })))
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
            let names: Vec<&str> = CodeType::ALL.iter().map(|ty| ty.name()).collect();
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

// ---------------------------------------------------------------------------
// A variant

pub(crate) fn variant_attrs(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut out = VariantAttrs {
        code: None,
        code_written: false,
        wants_catch_all: false,
        deprecated: None,
    };
    let mut first: Option<&Attribute> = None;
    for attr in attrs {
        if attr.path().is_ident("error_codes") {
            errors.at(
                attr,
                "`#[error_codes(...)]` belongs on the enum, not on a variant",
            );
        } else if attr.path().is_ident("deprecated") {
            out.deprecated = Some(deprecation(attr));
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
            out.code = code(attr, &mut out.wants_catch_all, errors);
        }
    }
    out
}

fn code(attr: &Attribute, wants_catch_all: &mut bool, errors: &mut Errors) -> Option<CodeAttr> {
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
        Arg::Value(value) => match near_catch_all(&value) {
            Some(word) => {
                *wants_catch_all = true;
                errors.at_with_help(
                    &value,
                    format_args!("expected a code or `catch_all` as the first argument of {CODE}, found `{word}`"),
                    Some("a word with a similar name exists: `catch_all`, which marks the variant that keeps unknown codes"),
                );
                None
            }
            None => code_arg(
                &value,
                "a code as the first argument of `#[code(...)]`",
                true,
                errors,
            ),
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
    };
    let mut keys = SeenKeys::default();
    let mut after_key = false;
    for arg in args {
        match arg {
            Arg::Value(value) if is_word(&value, "catch_all") => {
                *wants_catch_all = true;
                errors.at(&value, CATCH_ALL_PLACE);
            }
            Arg::Value(value) => {
                let expected = format!(
                    "a string literal reason, or `key = value` with a key among {}, in {CODE}",
                    quoted_list(&CODE_KEYS, '`')
                );
                let Some(reason) = string_literal(value, &expected, errors) else {
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
    let expected = format!("a string literal for `{name}` in {CODE}");
    let Some(lit) = string_literal(value, &expected, errors) else {
        return;
    };
    match name.as_str() {
        "name" => out.name = Some(lit),
        "alias" => out.aliases.push(lit),
        "category" => out.category = Some(lit),
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
fn deprecation(attr: &Attribute) -> Deprecation {
    let mut out = Deprecation::default();
    match &attr.meta {
        Meta::NameValue(name_value) => {
            if let Expr::Lit(ExprLit {
                lit: Lit::Str(note),
                ..
            }) = ungroup(&name_value.value)
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
    let mut out = vec![first];
    out.extend(
        rest.iter()
            .map(|line| line.trim_start().strip_prefix('*').unwrap_or(line)),
    );
    out.join("\n")
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

/// Whether a variant's first `#[code]` argument is `catch_all`, for the
/// shape of the API after an error (when nothing else may be trusted).
pub(crate) fn is_catch_all(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("code")
            && matches!(&attr.meta, Meta::List(list) if list.tokens.clone().into_iter().next().is_some_and(|first| first.to_string() == "catch_all"))
    })
}
