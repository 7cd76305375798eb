//! `#[error_codes(doc_reasons)]`: a variant whose `#[code]` has no reason
//! takes the first paragraph of its doc comment, lines trimmed and joined
//! with one space, as its one reason.

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(doc_reasons, rename_all = "camelCase")]
enum Documented {
    /// The participant left the session.
    #[code(1)]
    OneLine,

    /// The participant tries to join a session
    ///     with a name that
    /// already exists.
    #[code(2, category = "User")]
    MultiLine,

    /// First paragraph, the reason.
    ///
    /// Second paragraph: more detail, not a reason.
    ///
    /// Third.
    #[code(3)]
    TwoParagraphs,

    ///
    ///    Leading blank lines are skipped.
    #[code(4)]
    LeadingBlank,

    #[doc = "Written as an attribute,"]
    #[doc = " in two pieces."]
    #[code(5)]
    DocAttribute,

    #[doc = "One attribute\nwith a line break.\n\nAnd a second paragraph."]
    #[code(6)]
    DocAttributeParagraphs,

    /** A block comment
    over two lines. */
    #[code(7)]
    BlockComment,

    /**
     * A block comment with stars.
     * Rustdoc hides them.
     */
    #[code(8)]
    StarredBlockComment,

    /// Ignored: the explicit reason wins.
    #[code(9, "The explicit reason")]
    ExplicitReason,

    #[code(10)]
    NoDocNoReason,

    // A doc comment with no text is the case under test.
    #[allow(clippy::empty_docs)]
    ///
    ///
    #[code(11)]
    BlankDoc,
}

#[test]
fn a_one_line_doc_comment_is_the_reason() {
    assert_eq!(
        Documented::OneLine.reasons(),
        ["The participant left the session."]
    );
}

#[test]
fn lines_are_trimmed_and_joined_with_one_space() {
    assert_eq!(
        Documented::MultiLine.reasons(),
        ["The participant tries to join a session with a name that already exists."]
    );
    // The rest of `#[code]` still applies.
    assert_eq!(Documented::MultiLine.category(), Some("User"));
}

#[test]
fn only_the_first_paragraph_counts() {
    assert_eq!(
        Documented::TwoParagraphs.reasons(),
        ["First paragraph, the reason."]
    );
    assert_eq!(
        Documented::LeadingBlank.reasons(),
        ["Leading blank lines are skipped."]
    );
}

#[test]
fn doc_attributes_count_like_doc_comments() {
    assert_eq!(
        Documented::DocAttribute.reasons(),
        ["Written as an attribute, in two pieces."]
    );
    assert_eq!(
        Documented::DocAttributeParagraphs.reasons(),
        ["One attribute with a line break."]
    );
}

#[test]
fn block_comments_count_like_line_comments() {
    assert_eq!(
        Documented::BlockComment.reasons(),
        ["A block comment over two lines."]
    );
}

#[test]
fn block_comment_stars_are_decoration() {
    // What rustdoc shows for this comment, and so what the reason must be.
    assert_eq!(
        Documented::StarredBlockComment.reasons(),
        ["A block comment with stars. Rustdoc hides them."]
    );
}

#[test]
fn an_explicit_reason_wins_over_the_doc_comment() {
    assert_eq!(
        Documented::ExplicitReason.reasons(),
        ["The explicit reason"]
    );
}

#[test]
fn no_doc_and_no_reason_means_no_reason() {
    for variant in [Documented::NoDocNoReason, Documented::BlankDoc] {
        assert!(variant.reasons().is_empty(), "{variant:?}");
    }
    // So the description falls back to the name, as without `doc_reasons`.
    assert_eq!(Documented::NoDocNoReason.description(), "noDocNoReason");
    assert_eq!(Documented::BlankDoc.description(), "blankDoc");
}

#[test]
fn the_doc_reason_is_the_description_and_the_message() {
    let variant = Documented::MultiLine;
    assert_eq!(variant.description(), variant.reasons()[0]);
    assert_eq!(variant.to_string(), variant.reasons()[0]);
}

#[test]
fn without_doc_reasons_doc_comments_are_not_reasons() {
    #[derive(Debug, ErrorCodes)]
    enum Plain {
        /// Only documentation.
        #[code(1)]
        Documented,
    }
    assert!(Plain::Documented.reasons().is_empty());
    assert_eq!(Plain::Documented.description(), "Documented");
}

/// Doc comments that arrive through `macro_rules!`, as `$doc:literal` and
/// as whole `$attr:meta` attributes.
macro_rules! codes {
    ($doc:literal, $(#[$attr:meta])*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
        #[error_codes(doc_reasons)]
        enum FromMacro {
            #[doc = $doc]
            #[code(1)]
            Literal,
            $(#[$attr])*
            #[code(2)]
            Meta,
        }
    };
}

codes!("From a literal.", #[doc = " From a meta,"] #[doc = " in two lines."]);

#[test]
fn doc_comments_from_macro_rules() {
    assert_eq!(FromMacro::Literal.reasons(), ["From a literal."]);
    assert_eq!(FromMacro::Meta.reasons(), ["From a meta, in two lines."]);
}
