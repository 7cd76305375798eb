//! Generated code written as Rust source with `$name` holes, and the few
//! helpers that build the per-variant lists which fill them.
//!
//! A `quote!` invocation compiles every token of its template into a call
//! in this crate: they were a fifth of its machine code, and `quote` itself
//! sat on the path of the cold build (BENCHMARKS.md). A template here is
//! parsed by the compiler's own lexer when the derive runs, in one call.
//! Tokens parsed from a string get `Span::call_site()`, the span `quote!`
//! gives its own tokens, so the output is the same; what fills a hole keeps
//! the spans it has, the user's identifiers and generics included.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// The value of each `$name` hole of one template.
pub(crate) type Holes<'a> = [(&'a str, &'a TokenStream)];

/// `template` with every `$name` replaced by the tokens given for `name`.
///
/// # Panics
///
/// If `template` is not valid Rust tokens or names a hole that is not
/// given: both are mistakes in this crate's own constant templates, which
/// every test of the derive runs, never a consequence of the user's input.
pub(crate) fn fill(template: &str, holes: &Holes) -> TokenStream {
    let tokens: TokenStream = template
        .parse()
        .unwrap_or_else(|_| panic!("invalid template: {template}"));
    fill_stream(tokens, holes)
}

/// The template's own tokens are moved one by one; a hole's value is
/// appended as a whole stream, which the compiler concatenates without
/// sending its tokens (a list of thousands, for a large enum) through the
/// proc-macro bridge one by one.
fn fill_stream(tokens: TokenStream, holes: &Holes) -> TokenStream {
    let mut out = TokenStream::new();
    let mut pending: Vec<TokenTree> = Vec::new();
    let mut tokens = tokens.into_iter();
    while let Some(tree) = tokens.next() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '$' => {
                let Some(TokenTree::Ident(name)) = tokens.next() else {
                    panic!("`$` without a hole name in a template");
                };
                let Some((_, value)) = holes.iter().find(|(hole, _)| name == *hole) else {
                    panic!("no value for the template hole `${name}`");
                };
                out.extend(pending.drain(..));
                out.extend([(*value).clone()]);
            }
            TokenTree::Group(group) => {
                let mut filled = Group::new(group.delimiter(), fill_stream(group.stream(), holes));
                filled.set_span(group.span());
                pending.push(TokenTree::Group(filled));
            }
            tree => pending.push(tree),
        }
    }
    out.extend(pending);
    out
}

/// Tokens built one at a time, for the lists with an item per variant: a
/// token tree per item is far cheaper than a `TokenStream` per item (each
/// of those is a round trip through the compiler's proc-macro bridge).
#[derive(Default)]
pub(crate) struct Tokens(Vec<TokenTree>);

impl Tokens {
    pub(crate) fn push(&mut self, tree: impl Into<TokenTree>) -> &mut Self {
        self.0.push(tree.into());
        self
    }

    /// An operator or separator: `,`, `::`, `=>`.
    pub(crate) fn op(&mut self, op: &str) -> &mut Self {
        // Operators are ASCII: byte offsets are character offsets.
        let last = op.len().saturating_sub(1);
        for (at, ch) in op.char_indices() {
            let spacing = if at < last {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            self.0.push(TokenTree::Punct(Punct::new(ch, spacing)));
        }
        self
    }

    pub(crate) fn word(&mut self, word: &str) -> &mut Self {
        self.push(Ident::new(word, Span::call_site()))
    }

    /// `Self::Variant`.
    pub(crate) fn variant(&mut self, variant: &Ident) -> &mut Self {
        self.word("Self").op("::").push(variant.clone())
    }

    pub(crate) fn finish(self) -> TokenStream {
        TokenStream::from_iter(self.0)
    }
}

/// `{ .. }`, which matches a variant whatever its fields: made once, and
/// cloned (a handle, not its tokens) into every arm that needs it.
pub(crate) fn any_fields() -> Group {
    let mut rest = Tokens::default();
    rest.op("..");
    Group::new(Delimiter::Brace, rest.finish())
}

/// A string literal as a token stream, for a hole.
pub(crate) fn string(value: &str) -> TokenStream {
    TokenStream::from(TokenTree::Literal(Literal::string(value)))
}

/// Rust source as tokens, for a hole.
pub(crate) fn source(code: &str) -> TokenStream {
    fill(code, &[])
}
