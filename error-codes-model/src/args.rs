//! The argument lists of `#[code(...)]` and `#[error_codes(...)]`, as
//! syntax: comma-separated values and `key = value` pairs, each value kept
//! as written until [`values`](crate::values) reads it as a string, a code or a flag.
//! A value is read alike whatever features syn is built with (a user's build
//! may give it `full`, through another derive).

use crate::errors::Errors;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::{
    Attribute, Expr, ExprLit, Ident, Meta, Token, Type, UnOp, bracketed, parenthesized, token,
};

/// One comma-separated argument of `#[code(...)]` or `#[error_codes(...)]`.
pub(crate) enum Arg {
    Value(Value),
    KeyValue { key: Ident, value: Value },
}

/// A value, read alike whatever features syn is built with (a user's
/// build may give it `full`, through another derive): the forms the grammar
/// accepts are read on their own, and anything else is kept as written, up
/// to the next comma.
pub(crate) enum Value {
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
pub(crate) struct ListItem {
    pub start: Value,
    pub range: Option<(RangeLimit, Value)>,
}

#[derive(Clone, Copy)]
pub(crate) enum RangeLimit {
    Inclusive,
    Exclusive,
}

/// The arguments of a list attribute. Each is parsed on its own: after a
/// malformed one the parse resumes at the next comma, so that one mistake
/// does not hide the others.
pub(crate) fn parse_args(attr: &Attribute, form: &str, errors: &mut Errors) -> Option<Vec<Arg>> {
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
                &tokens,
                format_args!("expected {form}, found `#[{} = ...]`", path_name(attr)),
            );
            return None;
        }
    };
    let parser = |input: ParseStream| {
        let mut args = Vec::new();
        while !input.is_empty() {
            // `#[code(1,, "a")]`: nothing between two commas.
            if input.peek(Token![,]) {
                let comma: Token![,] = input.parse()?;
                errors.at(
                    &comma,
                    format_args!("unexpected `,` in {form}: an argument is missing before it"),
                );
                continue;
            }
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
        items.push(parse_list_item(&content)?);
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(Value::List { bracket, items })
}

/// A value, or a range of two.
fn parse_list_item(input: ParseStream) -> syn::Result<ListItem> {
    let start = parse_single(input, true)?;
    let range = if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
        Some((RangeLimit::Inclusive, parse_single(input, true)?))
    } else if input.peek(Token![..]) {
        input.parse::<Token![..]>()?;
        Some((RangeLimit::Exclusive, parse_single(input, true)?))
    } else {
        None
    };
    Ok(ListItem { start, range })
}

/// `start..=end` or `start..end` written where one value goes (first in
/// `#[code(...)]`, which [`parse_single`] keeps as written): its two ends,
/// each read as a value, split at the first `..` outside any group, so
/// that it reads alike whatever features syn is built with. `None` when
/// there is no such `..`, or nothing on one side of it.
pub(crate) fn split_range(tokens: &TokenStream) -> Option<(Value, RangeLimit, Value)> {
    use proc_macro2::{Spacing, TokenTree};
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let dot = |tree: &TokenTree| matches!(tree, TokenTree::Punct(p) if p.as_char() == '.');
    let at = trees.windows(2).position(|pair| {
        dot(&pair[0])
            && dot(&pair[1])
            && matches!(&pair[0], TokenTree::Punct(p) if p.spacing() == Spacing::Joint)
    })?;
    let inclusive = matches!(&trees[at + 1], TokenTree::Punct(p) if p.spacing() == Spacing::Joint)
        && matches!(trees.get(at + 2), Some(TokenTree::Punct(p)) if p.as_char() == '=');
    let (limit, end_at) = if inclusive {
        (RangeLimit::Inclusive, at + 3)
    } else {
        (RangeLimit::Exclusive, at + 2)
    };
    let value = |trees: &[TokenTree]| {
        let tokens: TokenStream = trees.iter().cloned().collect();
        let parser = |input: ParseStream| {
            let value = parse_single(input, false)?;
            if input.is_empty() {
                Ok(value)
            } else {
                Err(input.error("more than one value"))
            }
        };
        (!trees.is_empty()).then(|| {
            parser
                .parse2(tokens.clone())
                .unwrap_or(Value::Other(tokens))
        })
    };
    Some((value(&trees[..at])?, limit, value(&trees[end_at..])?))
}

/// The two parts of a parenthesised pair, `("Session", 200..=299)`: a
/// value, and a value or a range of two.
pub(crate) fn parse_pair(tokens: &TokenStream) -> syn::Result<(Value, ListItem)> {
    let parser = |input: ParseStream| {
        let content;
        parenthesized!(content in input);
        let first = parse_single(&content, false)?;
        content.parse::<Token![,]>()?;
        let second = parse_list_item(&content)?;
        let _ = content.parse::<Option<Token![,]>>()?;
        if !content.is_empty() {
            return Err(content.error("expected `)` after the second part of the pair"));
        }
        Ok((first, second))
    };
    parser.parse2(tokens.clone())
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
    // syn reads `-1` as one literal: after a `-`, `--1` would pass for a
    // literal too.
    if minus.is_some() && input.peek(Token![-]) {
        return Err(input.error("not a signed literal"));
    }
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
    match expr.ungroup() {
        Expr::Lit(_) | Expr::Path(_) | Expr::Macro(_) => true,
        Expr::Unary(unary) => {
            matches!(unary.op, UnOp::Neg(_)) && matches!(unary.expr.ungroup(), Expr::Lit(_))
        }
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

/// A `macro_rules!` fragment (`$c:literal`, `$t:ty`) arrives wrapped in an
/// invisible group: what the grammar reads is inside it.
pub(crate) trait Ungroup {
    fn ungroup(&self) -> &Self;
}

impl Ungroup for Expr {
    fn ungroup(&self) -> &Expr {
        let mut expr = self;
        while let Expr::Group(group) = expr {
            expr = &group.expr;
        }
        expr
    }
}

impl Ungroup for Type {
    fn ungroup(&self) -> &Type {
        let mut ty = self;
        while let Type::Group(group) = ty {
            ty = &group.elem;
        }
        ty
    }
}
