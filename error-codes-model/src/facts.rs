//! What documents one code, in one record: every declared code and the
//! catch-all hold the same [`Facts`], so that a fact is added in one place
//! and every reader shows it the same way for both.

use crate::template::Message;
#[cfg(feature = "taxonomy")]
use std::fmt;

/// What documents one code: its variant, its name, its reasons, its
/// section, its link and whether to try again, and where it is declared.
/// A declared code ([`Entry`](crate::Entry)) and the catch-all hold it
/// alike.
// Compared, hashed and copied by the tools (a `Taxonomy` holds its own
// copies); the derive, built without the `taxonomy` feature, only reads
// the model in place.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq))]
#[non_exhaustive]
pub struct Facts {
    /// The variant's identifier, without `r#`: `ExistingUserInSession`.
    pub variant: String,
    /// The name every SDK shares: `name()` of the variant.
    pub name: String,
    /// The documented reasons, in documentation order.
    pub reasons: Vec<String>,
    /// The section the code belongs to.
    pub category: Option<String>,
    /// Where the code is documented.
    pub doc_url: Option<String>,
    /// Whether trying again may succeed.
    pub retryable: bool,
    /// Where the variant is declared, when it was read from source.
    pub location: Option<Location>,
    /// On a variant with fields, the message with their values that its
    /// description is, when it names one: `Room {room} is full`.
    pub message: Option<Message>,
}

impl Facts {
    /// The facts of a variant with this identifier and name, and nothing
    /// else.
    #[must_use]
    pub fn new(variant: impl Into<String>, name: impl Into<String>) -> Self {
        Facts {
            variant: variant.into(),
            name: name.into(),
            reasons: Vec::new(),
            category: None,
            doc_url: None,
            retryable: false,
            location: None,
            message: None,
        }
    }

    /// The message's template, else the reasons joined with `"; "`, or the
    /// name when there is none: what the derive's `description()` returns.
    #[must_use]
    pub fn description(&self) -> String {
        match &self.message {
            Some(message) => message.template.clone(),
            None => self
                .documented_reasons()
                .unwrap_or_else(|| self.name.clone()),
        }
    }

    /// The reasons joined with `"; "`; `None` when none is documented.
    #[must_use]
    pub fn documented_reasons(&self) -> Option<String> {
        (!self.reasons.is_empty()).then(|| self.reasons.join("; "))
    }
}

/// Where a variant is declared in its source file: 1-based line and column,
/// as rustc prints them.
// Compared, ordered and copied by the tools only, as `Facts` is.
#[cfg_attr(
    feature = "taxonomy",
    derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)
)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

// For the tool's messages; the derive reports no location.
#[cfg(feature = "taxonomy")]
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A `#[deprecated]` on a variant: its `since` and `note`, when written.
/// The taxonomy's: the derive leaves deprecation to rustc.
#[cfg(feature = "taxonomy")]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Deprecation {
    pub since: Option<String>,
    pub note: Option<String>,
}

#[cfg(feature = "taxonomy")]
impl Deprecation {
    /// A deprecation with this note (`#[deprecated(note = "...")]`).
    #[must_use]
    pub fn with_note(note: impl Into<String>) -> Self {
        Deprecation {
            since: None,
            note: Some(note.into()),
        }
    }

    /// What a deprecation tag (`@deprecated ...`) says after it: `since
    /// 2.0: use X`, `use X`, `since 2.0`, or nothing for a bare
    /// `#[deprecated]`. The note is as written.
    #[must_use]
    pub fn detail(&self) -> String {
        match (&self.since, &self.note) {
            (Some(since), Some(note)) => format!("since {since}: {note}"),
            (Some(since), None) => format!("since {since}"),
            (None, Some(note)) => note.clone(),
            (None, None) => String::new(),
        }
    }

    /// The deprecation as a sentence of its own, for documentation:
    /// `Deprecated since 2.0: use X`, `Deprecated: use X`,
    /// `Deprecated since 2.0`, or `Deprecated.` for a bare `#[deprecated]`.
    #[must_use]
    pub fn sentence(&self) -> String {
        let detail = self.detail();
        if detail.is_empty() {
            "Deprecated.".to_owned()
        } else if self.since.is_some() {
            format!("Deprecated {detail}")
        } else {
            format!("Deprecated: {detail}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_join_reasons_or_fall_back_to_the_name() {
        let mut facts = Facts::new("A", "a");
        assert_eq!(facts.description(), "a");
        assert_eq!(facts.documented_reasons(), None);
        facts.reasons = vec!["one".to_owned(), "two".to_owned()];
        assert_eq!(facts.description(), "one; two");
    }
}
