//! Text made safe for the places the generated sources put it.

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

/// `text` as a double-quoted string literal that reads back as `text`.
pub fn quoted(text: &str, syntax: Syntax) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for ch in text.chars() {
        match (ch, syntax) {
            ('"', _) => literal.push_str("\\\""),
            ('\\', _) => literal.push_str("\\\\"),
            ('\n', _) => literal.push_str("\\n"),
            ('\r', _) => literal.push_str("\\r"),
            ('\t', _) => literal.push_str("\\t"),
            ('\u{8}', Syntax::CFamily | Syntax::Kotlin) => literal.push_str("\\b"),
            ('\u{c}', Syntax::CFamily) => literal.push_str("\\f"),
            ('$', Syntax::Kotlin) => literal.push_str("\\$"),
            (control, Syntax::CFamily | Syntax::Kotlin) if control.is_control() => {
                let _ = write!(literal, "\\u{:04x}", u32::from(control));
            }
            (control, Syntax::Swift) if control.is_control() => {
                let _ = write!(literal, "\\u{{{:x}}}", u32::from(control));
            }
            (other, _) => literal.push(other),
        }
    }
    literal.push('"');
    literal
}

/// `text` with every control character a space: on one line, for a `//`
/// comment that a line break would end early, or a terminal that would
/// obey an escape sequence.
pub fn without_controls(text: &str) -> String {
    text.chars()
        .map(|ch| if ch.is_control() { ' ' } else { ch })
        .collect()
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
    fn kotlin_escapes_templates_and_has_no_form_feed() {
        assert_eq!(
            quoted("costs $5 ${x}", Syntax::Kotlin),
            r#""costs \$5 \${x}""#
        );
        assert_eq!(quoted("\u{8}\u{c}", Syntax::Kotlin), r#""\b\u000c""#);
        assert_eq!(quoted("costs $5", Syntax::CFamily), r#""costs $5""#);
    }

    #[test]
    fn without_controls_replaces_control_characters_with_spaces() {
        assert_eq!(without_controls("Token\nErrors\t1"), "Token Errors 1");
        assert_eq!(without_controls("Socket Erros"), "Socket Erros");
    }
}
