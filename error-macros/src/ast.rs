//! The derive input as a small tree that keeps the original tokens, so every
//! later error can point at what the user wrote.
//!
//! It is read here at the token level, not with syn's syntax tree: the
//! derive looks into attributes, identifiers and literals only, and keeps
//! types, bounds and expressions as the tokens they are. Parsing them into
//! a tree needs syn's `derive` feature, the larger half of syn's build and
//! about a second of this derive's cold build (BENCHMARKS.md). The
//! compiler hands a derive only items it has already parsed, so this reader
//! can rely on the item being well formed; it still returns an error, never
//! panics, on anything it does not expect.

use crate::ctxt::{self, Location};
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

pub(crate) struct Input {
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    pub ident: Ident,
    pub generics: Generics,
    pub variants: Vec<Variant>,
}

/// The enum's generics, as the three pieces of an `impl` header.
#[derive(Default)]
pub(crate) struct Generics {
    /// `<'a, T: Bound>`: the parameters with their bounds, without defaults.
    pub with_bounds: TokenStream,
    /// `<'a, T>`: the parameters' names.
    pub names: TokenStream,
    /// `where T: Clone`, or nothing.
    pub where_clause: TokenStream,
}

pub(crate) struct Variant {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// `(...)` or `{...}`; `None` for a unit variant.
    pub fields: Option<Group>,
    /// The attributes of every field, which must not be the derive's own.
    pub field_attrs: Vec<Attribute>,
    /// The tokens after `=`.
    pub discriminant: Option<Vec<TokenTree>>,
}

impl Variant {
    pub(crate) fn is_unit(&self) -> bool {
        self.fields.is_none()
    }
}

/// One outer attribute, `#[path]`, `#[path(...)]` or `#[path = value]`.
pub(crate) struct Attribute {
    /// The path when it is a single identifier: `code`, `repr`, `doc`.
    name: Option<Ident>,
    pub path: Location,
    pub args: AttrArgs,
    /// The whole `#[...]`.
    pub location: Location,
}

pub(crate) enum AttrArgs {
    Path,
    List(Group),
    NameValue {
        /// `= value`, for errors.
        location: Location,
        value: Vec<TokenTree>,
    },
    /// Not attribute syntax; never one of this derive's attributes.
    Other,
}

impl Attribute {
    pub(crate) fn is(&self, name: &str) -> bool {
        self.name.as_ref().is_some_and(|ident| ident == name)
    }

    pub(crate) fn name(&self) -> String {
        self.name
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    }
}

impl Input {
    pub(crate) fn parse(tokens: TokenStream) -> syn::Result<Self> {
        let tokens = flatten(tokens);
        let mut cursor = Cursor::new(&tokens, Span::call_site());
        let attrs = cursor.attributes()?;
        let vis = cursor.visibility();
        let keyword = cursor.ident()?;
        if keyword != "enum" {
            let what = match keyword.to_string().as_str() {
                "struct" => "a struct",
                "union" => "a union",
                _ => return Err(unexpected_at(keyword.span())),
            };
            return Err(ctxt::error(
                keyword.span(),
                format_args!(
                    "`#[derive(ErrorCodes)]` only supports enums, not {what}; each variant of an enum gets one `#[code(...)]`"
                ),
            ));
        }
        let ident = cursor.ident()?;
        let generics = cursor.generics()?;
        let body = cursor.group(Delimiter::Brace)?;
        cursor.expect_end()?;
        let body_tokens = flatten(body.stream());
        let variants = split_commas(&body_tokens, Angles::Turbofish)
            .into_iter()
            .filter(|tokens| !tokens.is_empty())
            .map(|tokens| Variant::parse(tokens, body.span_close()))
            .collect::<syn::Result<_>>()?;
        Ok(Input {
            attrs,
            vis,
            ident,
            generics,
            variants,
        })
    }
}

impl Variant {
    fn parse(tokens: &[TokenTree], end: Span) -> syn::Result<Self> {
        let mut cursor = Cursor::new(tokens, end);
        let attrs = cursor.attributes()?;
        // A visibility is rejected by rustc on a variant; it is no concern here.
        let _ = cursor.visibility();
        let ident = cursor.ident()?;
        let fields = match cursor.peek() {
            Some(TokenTree::Group(group))
                if matches!(group.delimiter(), Delimiter::Parenthesis | Delimiter::Brace) =>
            {
                cursor.pos += 1;
                Some(group.clone())
            }
            _ => None,
        };
        let mut field_attrs = Vec::new();
        if let Some(group) = &fields {
            let field_tokens = flatten(group.stream());
            for field in split_commas(&field_tokens, Angles::Types) {
                field_attrs.extend(Cursor::new(field, group.span_close()).attributes()?);
            }
        }
        let discriminant = if cursor.eat_punct('=') {
            Some(cursor.rest().to_vec())
        } else {
            cursor.expect_end()?;
            None
        };
        Ok(Variant {
            attrs,
            ident,
            fields,
            field_attrs,
            discriminant,
        })
    }
}

/// Token trees with `macro_rules!` invisible groups spliced in: a fragment
/// such as `$v:vis`, `$t:ty` or `$l:literal` arrives wrapped in a group
/// without delimiters, and reads as what it contains.
pub(crate) fn flatten(stream: TokenStream) -> Vec<TokenTree> {
    fn flatten_into(stream: TokenStream, out: &mut Vec<TokenTree>) {
        for tree in stream {
            match tree {
                TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                    flatten_into(group.stream(), out);
                }
                tree => out.push(tree),
            }
        }
    }
    let mut out = Vec::new();
    flatten_into(stream, &mut out);
    out
}

/// Which `<`...`>` hide commas, for `split_commas`.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Angles {
    /// In types and bounds every `<` opens generic arguments.
    Types,
    /// In expressions `<` is a comparison, except in a turbofish `::<`.
    Turbofish,
}

/// Splits at the commas outside any group and any generic arguments. A
/// trailing comma leaves an empty last part.
pub(crate) fn split_commas(tokens: &[TokenTree], angles: Angles) -> Vec<&[TokenTree]> {
    let mut parts = Vec::new();
    let mut rest = tokens;
    while let Some(comma) =
        find_outside_angles(rest, angles, |tree| is_punct(Some(tree), ',').is_some())
    {
        parts.push(&rest[..comma]);
        rest = &rest[comma + 1..];
    }
    parts.push(rest);
    parts
}

/// The index of the first token outside any `<...>` for which `found`
/// holds; a group is one token, whatever it contains.
fn find_outside_angles(
    tokens: &[TokenTree],
    angles: Angles,
    found: impl Fn(&TokenTree) -> bool,
) -> Option<usize> {
    let mut depth = 0usize;
    for (i, tree) in tokens.iter().enumerate() {
        let punct = match tree {
            TokenTree::Punct(punct) => Some(punct.as_char()),
            _ => None,
        };
        let arrow = punct == Some('>') && closes_arrow(tokens, i);
        if depth == 0 && !arrow && found(tree) {
            return Some(i);
        }
        match punct {
            Some('<')
                if angles == Angles::Types || depth > 0 || after_path_separator(tokens, i) =>
            {
                depth += 1;
            }
            Some('>') if depth > 0 && !arrow => depth -= 1,
            _ => {}
        }
    }
    None
}

fn is_punct(tree: Option<&TokenTree>, ch: char) -> Option<&Punct> {
    match tree {
        Some(TokenTree::Punct(punct)) if punct.as_char() == ch => Some(punct),
        _ => None,
    }
}

/// The `>` of `->` or `=>` closes nothing.
fn closes_arrow(tokens: &[TokenTree], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|before| tokens.get(before))
        .is_some_and(|tree| {
            matches!(tree, TokenTree::Punct(p) if matches!(p.as_char(), '-' | '=') && p.spacing() == Spacing::Joint)
        })
}

fn after_path_separator(tokens: &[TokenTree], i: usize) -> bool {
    i >= 2
        && is_punct(tokens.get(i - 1), ':').is_some()
        && is_punct(tokens.get(i - 2), ':').is_some_and(|p| p.spacing() == Spacing::Joint)
}

/// A position in a list of flattened token trees.
struct Cursor<'a> {
    tokens: &'a [TokenTree],
    pos: usize,
    /// Where "unexpected end" errors point.
    end: Span,
}

impl<'a> Cursor<'a> {
    fn new(tokens: &'a [TokenTree], end: Span) -> Self {
        Cursor {
            tokens,
            pos: 0,
            end,
        }
    }

    fn peek(&self) -> Option<&'a TokenTree> {
        self.tokens.get(self.pos)
    }

    fn rest(&self) -> &'a [TokenTree] {
        self.tokens.get(self.pos..).unwrap_or_default()
    }

    fn eat_punct(&mut self, ch: char) -> bool {
        let found = is_punct(self.peek(), ch).is_some();
        if found {
            self.pos += 1;
        }
        found
    }

    fn peek_ident(&self, name: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(ident)) if ident == name)
    }

    fn ident(&mut self) -> syn::Result<Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => {
                self.pos += 1;
                Ok(ident.clone())
            }
            _ => Err(self.unexpected()),
        }
    }

    fn group(&mut self, delimiter: Delimiter) -> syn::Result<&'a Group> {
        match self.peek() {
            Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
                self.pos += 1;
                Ok(group)
            }
            _ => Err(self.unexpected()),
        }
    }

    fn expect_end(&self) -> syn::Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.unexpected()),
        }
    }

    fn unexpected(&self) -> syn::Error {
        match self.peek() {
            Some(tree) => unexpected_at(tree.span()),
            None => ctxt::error(
                self.end,
                "unexpected end of input in `#[derive(ErrorCodes)]`",
            ),
        }
    }

    /// Outer attributes: `#` and a bracketed group, as many as there are.
    fn attributes(&mut self) -> syn::Result<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while let Some(pound) = is_punct(self.peek(), '#') {
            self.pos += 1;
            let group = self.group(Delimiter::Bracket)?;
            attrs.push(Attribute::parse(pound, group));
        }
        Ok(attrs)
    }

    /// `pub`, `pub(crate)`, `pub(in path)`, or nothing.
    fn visibility(&mut self) -> TokenStream {
        let start = self.pos;
        if self.peek_ident("pub") {
            self.pos += 1;
            if matches!(self.peek(), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis)
            {
                self.pos += 1;
            }
        }
        self.tokens[start..self.pos].iter().cloned().collect()
    }

    /// `<...>` and `where ...`, up to the enum's body.
    fn generics(&mut self) -> syn::Result<Generics> {
        let mut generics = Generics::default();
        if is_punct(self.peek(), '<').is_some() {
            let open = self.pos;
            let close = matching_angle(self.tokens, open).ok_or_else(|| self.unexpected())?;
            let params = split_commas(&self.tokens[open + 1..close], Angles::Types);
            let mut impl_params = Vec::new();
            let mut type_params = Vec::new();
            for param in params.into_iter().filter(|param| !param.is_empty()) {
                impl_params.push(without_default(param));
                type_params.push(param_name(param).ok_or_else(|| unexpected_at(param[0].span()))?);
            }
            generics.with_bounds = angle_list(&self.tokens[open], &self.tokens[close], impl_params);
            generics.names = angle_list(&self.tokens[open], &self.tokens[close], type_params);
            self.pos = close + 1;
        }
        if self.peek_ident("where") {
            let start = self.pos;
            let rest = self.rest();
            let is_body = |tree: &TokenTree| matches!(tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace);
            self.pos += find_outside_angles(rest, Angles::Types, is_body).unwrap_or(rest.len());
            generics.where_clause = self.tokens[start..self.pos].iter().cloned().collect();
        }
        Ok(generics)
    }
}

fn unexpected_at(span: Span) -> syn::Error {
    ctxt::error(
        span,
        "`#[derive(ErrorCodes)]` cannot read this item here; expected an enum",
    )
}

/// The index of the `>` closing the `<` at `open`.
fn matching_angle(tokens: &[TokenTree], open: usize) -> Option<usize> {
    let inside = tokens.get(open + 1..)?;
    let close = find_outside_angles(inside, Angles::Types, |tree| {
        is_punct(Some(tree), '>').is_some()
    })?;
    Some(open + 1 + close)
}

/// `T: Bound = Default` without ` = Default`: an `impl` takes no defaults.
fn without_default(param: &[TokenTree]) -> TokenStream {
    let is_default = |tree: &TokenTree| is_punct(Some(tree), '=').is_some();
    let end = find_outside_angles(param, Angles::Types, is_default).unwrap_or(param.len());
    param[..end].iter().cloned().collect()
}

/// The name of a generic parameter: `'a`, `T`, or `N` of `const N: usize`,
/// after any attributes.
fn param_name(param: &[TokenTree]) -> Option<TokenStream> {
    let mut cursor = Cursor::new(param, Span::call_site());
    cursor.attributes().ok()?;
    let rest = cursor.rest();
    match rest {
        [TokenTree::Punct(quote), TokenTree::Ident(_), ..] if quote.as_char() == '\'' => {
            Some(rest[..2].iter().cloned().collect())
        }
        [TokenTree::Ident(keyword), name @ TokenTree::Ident(_), ..] if keyword == "const" => {
            Some(TokenStream::from(name.clone()))
        }
        [name @ TokenTree::Ident(_), ..] => Some(TokenStream::from(name.clone())),
        _ => None,
    }
}

/// `<a, b>`, with the user's own angle brackets (for their spans).
fn angle_list(open: &TokenTree, close: &TokenTree, items: Vec<TokenStream>) -> TokenStream {
    let mut out = TokenStream::from(open.clone());
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        out.extend(item);
    }
    out.extend([close.clone()]);
    out
}

impl Attribute {
    fn parse(pound: &Punct, group: &Group) -> Self {
        let content = flatten(group.stream());
        // The path: `name`, `a::b` or `::a::b`.
        let mut end = 0;
        let mut segments = Vec::new();
        loop {
            if is_punct(content.get(end), ':').is_some()
                && is_punct(content.get(end + 1), ':').is_some()
            {
                end += 2;
            }
            match content.get(end) {
                Some(TokenTree::Ident(ident)) => {
                    segments.push((end, ident));
                    end += 1;
                }
                _ => break,
            }
            let separator = is_punct(content.get(end), ':').is_some()
                && is_punct(content.get(end + 1), ':').is_some();
            if !separator {
                break;
            }
        }
        let name = match segments.as_slice() {
            [(0, ident)] => Some((*ident).clone()),
            _ => None,
        };
        let path = Location::of(&content[..end], group.span());
        let rest = &content[end..];
        let args = match rest {
            [] => AttrArgs::Path,
            [TokenTree::Group(list)] if list.delimiter() != Delimiter::None => {
                AttrArgs::List(list.clone())
            }
            [TokenTree::Punct(eq), value @ ..] if eq.as_char() == '=' => AttrArgs::NameValue {
                location: Location::of(rest, eq.span()),
                value: value.to_vec(),
            },
            _ => AttrArgs::Other,
        };
        Attribute {
            name,
            path,
            args,
            location: Location::range(pound.span(), group.span()),
        }
    }
}
