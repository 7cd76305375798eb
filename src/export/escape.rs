//! Text made safe for the places the generated sources put it: one
//! function per place, each named for it.
//!
//! | where the text lands | function |
//! | --- | --- |
//! | a string literal | [`quoted`] |
//! | a `//` comment | [`line_comment`] |
//! | a documentation comment (`/** */`; Swift's `///`) | [`doc_comment`] |
//! | a terminal, a one-line heading | [`without_controls`] |
//!
//! (XML text and comments, Markdown cells and identifiers have their own,
//! in the modules of those formats.)

use std::fmt::Write as _;

/// How a target language spells a control character that has no short
/// escape of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// JSON, Java and TypeScript share JSON's escapes: `\b`, `\f`, `\u001f`.
    /// (Java reads `\u` escapes before it lexes, which is why a line feed
    /// must be `\n` there and never `\u000a`.)
    CFamily,
    /// Swift has neither `\b` nor `\f`; it writes `\u{1f}`.
    Swift,
    /// Kotlin has `\b` but no `\f`, writes `\u001f`, and reads `$` as the
    /// start of a string template unless it is escaped.
    Kotlin,
}

/// The languages whose sources the tool writes, for what they read
/// differently in a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Swift,
    Kotlin,
    Java,
    TypeScript,
}

/// `text` as a double-quoted string literal that reads back as `text`.
pub fn quoted(text: &str, syntax: Syntax) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    let mut after_slash = false;
    for ch in text.chars() {
        let slash = after_slash;
        after_slash = ch == '/';
        match (ch, syntax) {
            ('"', _) => literal.push_str("\\\""),
            ('\\', _) => literal.push_str("\\\\"),
            ('\n', _) => literal.push_str("\\n"),
            ('\r', _) => literal.push_str("\\r"),
            ('\t', _) => literal.push_str("\\t"),
            ('\u{8}', Syntax::CFamily | Syntax::Kotlin) => literal.push_str("\\b"),
            ('\u{c}', Syntax::CFamily) => literal.push_str("\\f"),
            ('$', Syntax::Kotlin) => literal.push_str("\\$"),
            // Line terminators to JavaScript (and so to TypeScript's
            // scanner); Java reads them as letters either way.
            ('\u{2028}' | '\u{2029}', Syntax::CFamily) => {
                let _ = write!(literal, "\\u{:04x}", u32::from(ch));
            }
            (control, Syntax::CFamily | Syntax::Kotlin) if control.is_control() => {
                let _ = write!(literal, "\\u{:04x}", u32::from(control));
            }
            (control, Syntax::Swift) if control.is_control() => {
                let _ = write!(literal, "\\u{{{:x}}}", u32::from(control));
            }
            // The same string, but no `/*` in the source: tree-sitter-swift
            // (and the editors that highlight with it) read `/*` in an
            // attribute's string as a comment that runs to the next `*/`.
            ('*', Syntax::Swift) if slash => literal.push_str("\\u{2a}"),
            (other, _) => literal.push(other),
        }
    }
    literal.push('"');
    literal
}

/// `text` with every control character a space: on one line, for a
/// heading, or a terminal that would obey an escape sequence.
pub fn without_controls(text: &str) -> String {
    text.chars()
        .map(|ch| if ch.is_control() { ' ' } else { ch })
        .collect()
}

/// `text` in a `//` comment of `lang`, which nothing in it may end early
/// or turn into code: every control character and line separator is a
/// space (JavaScript ends a line comment at U+2028 and U+2029 too), and in
/// Java every backslash is `\u005c`, since javac reads `\uXXXX` escapes
/// before it lexes, comments included: `\u000A` would end the comment
/// and what follows would be code. (The backslash that `\u005c` makes is
/// not read again.)
pub fn line_comment(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' if lang == Lang::Java => out.push_str("\\u005c"),
            ch if ch.is_control() || matches!(ch, '\u{2028}' | '\u{2029}') => out.push(' '),
            ch => out.push(ch),
        }
    }
    out
}

/// `text` inside a documentation comment of `lang` (`/** ... */`, or
/// Swift's `///` lines), on one line: what ends a line comment is a space,
/// as for [`line_comment`]; `*/` would end the comment and is written
/// `*&#47;`, which documentation shows as `*/`; and in Kotlin, whose block
/// comments nest, so is `/*`, which would open one that never closes.
pub fn doc_comment(text: &str, lang: Lang) -> String {
    let line = line_comment(text, lang);
    if lang == Lang::Swift {
        return line;
    }
    let line = line.replace("*/", "*&#47;");
    if lang == Lang::Kotlin {
        line.replace("/*", "&#47;*")
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_only_quoted() {
        let text = "Invalid oldParticipantSecret (un)subscription é ✓";
        assert_eq!(quoted(text, Syntax::CFamily), format!("\"{text}\""));
        assert_eq!(quoted(text, Syntax::Swift), format!("\"{text}\""));
    }

    #[test]
    fn quotes_backslashes_and_line_breaks_are_escaped() {
        let text = "say \"hi\" \\ then\nnext\r\tend";
        let expected = r#""say \"hi\" \\ then\nnext\r\tend""#;
        assert_eq!(quoted(text, Syntax::CFamily), expected);
        assert_eq!(quoted(text, Syntax::Swift), expected);
    }

    #[test]
    fn other_control_characters_use_each_languages_unicode_escape() {
        let text = "\u{0}\u{8}\u{c}\u{1f}\u{7f}\u{85}";
        assert_eq!(
            quoted(text, Syntax::CFamily),
            r#""\u0000\b\f\u001f\u007f\u0085""#
        );
        assert_eq!(
            quoted(text, Syntax::Swift),
            r#""\u{0}\u{8}\u{c}\u{1f}\u{7f}\u{85}""#
        );
    }

    #[test]
    fn swift_writes_no_comment_opener() {
        assert_eq!(quoted("/* a */ /", Syntax::Swift), r#""/\u{2a} a */ /""#);
        assert_eq!(quoted("/* a", Syntax::CFamily), r#""/* a""#);
    }

    #[test]
    fn kotlin_escapes_templates_and_has_no_form_feed() {
        assert_eq!(
            quoted("costs $5 ${x}", Syntax::Kotlin),
            r#""costs \$5 \${x}""#
        );
        assert_eq!(quoted("\u{8}\u{c}", Syntax::Kotlin), r#""\b\u000c""#);
        assert_eq!(quoted("costs $5", Syntax::CFamily), r#""costs $5""#);
    }

    #[test]
    fn line_separators_are_escaped_where_javascript_reads_them() {
        assert_eq!(
            quoted("a\u{2028}b\u{2029}", Syntax::CFamily),
            r#""a\u2028b\u2029""#
        );
        assert_eq!(quoted("a\u{2028}", Syntax::Kotlin), "\"a\u{2028}\"");
    }

    #[test]
    fn nothing_ends_a_comment_early_or_becomes_code() {
        let hostile = "a\nb\rc\u{2028}d\u{85}e \\u000A \\u002A/ */ /* end";
        assert_eq!(
            line_comment(hostile, Lang::Kotlin),
            "a b c d e \\u000A \\u002A/ */ /* end"
        );
        assert_eq!(
            line_comment(hostile, Lang::Java),
            "a b c d e \\u005cu000A \\u005cu002A/ */ /* end"
        );
        assert_eq!(
            doc_comment(hostile, Lang::Java),
            "a b c d e \\u005cu000A \\u005cu002A/ *&#47; /* end"
        );
        assert_eq!(
            doc_comment(hostile, Lang::Kotlin),
            "a b c d e \\u000A \\u002A/ *&#47; &#47;* end"
        );
        assert_eq!(
            doc_comment(hostile, Lang::TypeScript),
            "a b c d e \\u000A \\u002A/ *&#47; /* end"
        );
        assert_eq!(
            doc_comment(hostile, Lang::Swift),
            line_comment(hostile, Lang::Swift)
        );
    }

    #[test]
    fn without_controls_replaces_control_characters_with_spaces() {
        assert_eq!(without_controls("Token\nErrors\t1"), "Token Errors 1");
        assert_eq!(without_controls("Socket Erros"), "Socket Erros");
    }
}
