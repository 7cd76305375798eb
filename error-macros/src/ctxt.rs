use proc_macro2::{Punct, Spacing, Span, TokenStream, TokenTree};
use std::fmt::Display;
use syn::buffer::TokenBuffer;

/// Where an error points: from its first token to its last, which rustc
/// underlines as one range.
#[derive(Clone, Copy)]
pub(crate) struct Location {
    start: Span,
    end: Span,
}

impl Location {
    pub(crate) fn range(start: Span, end: Span) -> Self {
        Location { start, end }
    }

    /// The range of `tokens`, or `otherwise` when there are none.
    pub(crate) fn of(tokens: &[TokenTree], otherwise: impl Into<Location>) -> Self {
        match (tokens.first(), tokens.last()) {
            (Some(first), Some(last)) => Location::range(first.span(), last.span()),
            _ => otherwise.into(),
        }
    }

    /// The error itself. `syn::Error::new_spanned` would need syn's
    /// `printing` feature, left off because it puts `quote` before `syn` in
    /// the cold build (BENCHMARKS.md); `new_range` over two tokens carrying
    /// the two spans underlines the same range.
    fn error(self, message: impl Display) -> syn::Error {
        let marker = |span| {
            let mut punct = Punct::new('#', Spacing::Alone);
            punct.set_span(span);
            TokenTree::Punct(punct)
        };
        let buffer = TokenBuffer::new2(TokenStream::from_iter([
            marker(self.start),
            marker(self.end),
        ]));
        let begin = buffer.begin();
        let mut end = begin;
        while let Some((_, next)) = end.token_tree() {
            end = next;
        }
        syn::Error::new_range(begin..end, message)
    }
}

impl From<Span> for Location {
    fn from(span: Span) -> Self {
        Location::range(span, span)
    }
}

/// Collects every error found in one derive input, so that the user sees all
/// of their mistakes in a single compile instead of one per attempt.
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<syn::Error>,
}

impl Errors {
    /// An error at `location`, the smallest piece of input at fault.
    pub(crate) fn at(&mut self, location: impl Into<Location>, message: impl Display) {
        self.list.push(location.into().error(message));
    }

    /// A repeated item: the error points at the second use, and a combined
    /// note points back at the first, as rustc does for duplicate definitions.
    pub(crate) fn duplicate(
        &mut self,
        second: impl Into<Location>,
        message: impl Display,
        first: impl Into<Location>,
        first_message: impl Display,
    ) {
        let mut error = second.into().error(message);
        error.combine(first.into().error(first_message));
        self.list.push(error);
    }

    pub(crate) fn finish(self) -> syn::Result<()> {
        let mut list = self.list.into_iter();
        let Some(mut combined) = list.next() else {
            return Ok(());
        };
        for error in list {
            combined.combine(error);
        }
        Err(combined)
    }
}

/// A single error, for input that cannot be read any further.
pub(crate) fn error(location: impl Into<Location>, message: impl Display) -> syn::Error {
    location.into().error(message)
}
