//! The enums of one source file, found in its tokens: the file is lexed
//! (`proc_macro2` lexes without recursion, however deeply the source
//! nests), then walked with a stack of its groups, and only the items that
//! are enums whose attributes mention `ErrorCodes` are handed to syn. The
//! rest of the file (function bodies, constants, other items) is never
//! parsed: it cannot overflow the stack, take memory, or fail to read.

use proc_macro2::{Delimiter, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// An enum item whose attributes mention `ErrorCodes`.
pub struct Candidate {
    /// The inline modules around it, outermost first: `["session"]` for
    /// `mod session { enum E {} }`.
    pub modules: Vec<String>,
    pub ident: Ident,
    /// The whole item, attributes included.
    pub tokens: TokenStream,
}

/// What a file holds for the tool.
#[derive(Default)]
pub struct Scan {
    pub candidates: Vec<Candidate>,
    /// Where `ErrorCodes` appears inside a macro's input: what the macro
    /// writes exists only once the compiler expands it.
    pub in_macros: Vec<Span>,
}

/// One group being walked, and the modules it is in.
struct Frame {
    tokens: Vec<TokenTree>,
    modules: Vec<String>,
}

/// Every candidate enum of `tokens`, and every mention of `ErrorCodes` in a
/// macro's input.
pub fn scan(tokens: TokenStream) -> Scan {
    let mut out = Scan::default();
    let mut stack = vec![Frame {
        tokens: tokens.into_iter().collect(),
        modules: Vec::new(),
    }];
    while let Some(frame) = stack.pop() {
        scan_group(frame, &mut stack, &mut out);
    }
    // The stack walks groups last first: back to source order.
    let start = |span: Span| {
        let start = span.start();
        (start.line, start.column)
    };
    out.candidates
        .sort_by_key(|candidate| start(candidate.ident.span()));
    out.in_macros.sort_by_key(|&span| start(span));
    out
}

/// The items of one group; the groups inside it are pushed on `stack`.
fn scan_group(frame: Frame, stack: &mut Vec<Frame>, out: &mut Scan) {
    let Frame {
        mut tokens,
        modules,
    } = frame;
    // Where the current item started: its first outer attribute or `pub`.
    let mut item_start: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            // `#[...]` starts an item; `#![...]` belongs to the group.
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                let inner =
                    matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                let at = if inner { i + 2 } else { i + 1 };
                if matches!(tokens.get(at), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
                {
                    if !inner {
                        item_start.get_or_insert(i);
                    }
                    i = at + 1;
                    continue;
                }
                item_start = None;
            }
            TokenTree::Ident(ident) if ident == "pub" => {
                item_start.get_or_insert(i);
                // `pub(crate)`, `pub(in path)`.
                if matches!(tokens.get(i + 1), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                {
                    i += 1;
                }
            }
            TokenTree::Ident(ident) if ident == "enum" => {
                let start = item_start.take().unwrap_or(i);
                // The item after this one starts right after its body: its
                // first attribute (a `#[cfg(...)]`, say) is its own.
                if let Some(end) = enum_item(&tokens, start, i, &modules, out) {
                    i = end;
                    continue;
                }
            }
            TokenTree::Ident(ident) if ident == "mod" => {
                item_start = None;
                if let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(body))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                    && body.delimiter() == Delimiter::Brace
                {
                    let mut inner = modules.clone();
                    inner.push(name.to_string().trim_start_matches("r#").to_owned());
                    stack.push(Frame {
                        tokens: take_group(&mut tokens[i + 2]),
                        modules: inner,
                    });
                    i += 3;
                    continue;
                }
            }
            // `name!(...)`, `name! { ... }`, `macro_rules! name { ... }`:
            // the input of a macro is not Rust the tool can read.
            TokenTree::Ident(_) if matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!') =>
            {
                item_start = None;
                let body = match (tokens.get(i + 2), tokens.get(i + 3)) {
                    (Some(TokenTree::Group(group)), _) => Some((group, i + 3)),
                    (Some(TokenTree::Ident(_)), Some(TokenTree::Group(group))) => {
                        Some((group, i + 4))
                    }
                    _ => None,
                };
                if let Some((group, next)) = body {
                    if let Some(span) = mention(group.stream()) {
                        out.in_macros.push(span);
                    }
                    i = next;
                    continue;
                }
            }
            TokenTree::Group(_) => {
                item_start = None;
                stack.push(Frame {
                    tokens: take_group(&mut tokens[i]),
                    modules: modules.clone(),
                });
            }
            _ => item_start = None,
        }
        i += 1;
    }
}

/// The tokens of the group at `token`, taken out of it (a `;` stays in its
/// place), so that they are moved to the new frame rather than copied: a
/// large file's tokens are in memory once.
fn take_group(token: &mut TokenTree) -> Vec<TokenTree> {
    let placeholder = TokenTree::Punct(Punct::new(';', Spacing::Alone));
    match std::mem::replace(token, placeholder) {
        TokenTree::Group(group) => {
            let stream = group.stream();
            drop(group);
            stream.into_iter().collect()
        }
        other => {
            *token = other;
            Vec::new()
        }
    }
}

/// The enum whose keyword is at `keyword`: a candidate when its
/// attributes mention `ErrorCodes`. The index past the item, if it has a
/// body.
fn enum_item(
    tokens: &[TokenTree],
    start: usize,
    keyword: usize,
    modules: &[String],
    out: &mut Scan,
) -> Option<usize> {
    let Some(TokenTree::Ident(ident)) = tokens.get(keyword + 1) else {
        return None;
    };
    // The body is the first `{ ... }` after the name: generics and a where
    // clause hold none at their own level.
    let body = tokens[keyword + 2..]
        .iter()
        .position(|token| matches!(token, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
        .map(|offset| keyword + 2 + offset)?;
    let attributes = tokens[start..keyword]
        .iter()
        .filter_map(|token| match token {
            TokenTree::Group(group) => Some(group.stream()),
            _ => None,
        });
    if attributes.filter_map(mention).next().is_some() {
        out.candidates.push(Candidate {
            modules: modules.to_vec(),
            ident: ident.clone(),
            tokens: tokens[start..=body].iter().cloned().collect(),
        });
    }
    Some(body + 1)
}

/// Where `ErrorCodes` appears in `tokens`, at any depth.
fn mention(tokens: TokenStream) -> Option<Span> {
    let mut stack = vec![tokens.into_iter()];
    while let Some(mut current) = stack.pop() {
        while let Some(token) = current.next() {
            match token {
                TokenTree::Ident(ident) if ident == "ErrorCodes" => return Some(ident.span()),
                TokenTree::Group(group) => {
                    stack.push(current);
                    current = group.stream().into_iter();
                }
                _ => {}
            }
        }
    }
    None
}

/// How deep syn's parser would recurse into `tokens`, at most: a level
/// for each group in a group, for each operator of a run (`- - - 1`,
/// `& & & T`), and for each `else` of a group (an `else if` chain).
pub fn nesting(tokens: &TokenStream) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(tokens.clone().into_iter(), 0)];
    while let Some((mut current, depth)) = stack.pop() {
        let (mut run, mut elses) = (0, 0);
        while let Some(token) = current.next() {
            match token {
                TokenTree::Group(group) => {
                    let inner = depth + run + elses + 1;
                    deepest = deepest.max(inner);
                    stack.push((current, depth + elses));
                    stack.push((group.stream().into_iter(), inner));
                    break;
                }
                TokenTree::Punct(_) => run += 1,
                TokenTree::Ident(ident) if ident == "else" => elses += 1,
                _ => run = 0,
            }
            deepest = deepest.max(depth + run + elses);
        }
    }
    deepest
}
