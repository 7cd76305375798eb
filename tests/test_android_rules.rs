//! Android's rules for the text of a `<string>` resource, as Android's own
//! resource compiler (`aapt`) applies them: what an `android-strings`
//! export must escape, and the reader (`common::android::strings`) that
//! its tests compare the compiled text with the descriptions through.
//!
//! Each rule is shown both ways: the raw character is refused or changed,
//! the escaped one reads back as itself.

mod common;

use common::android::{aapt, dumped_strings, one_string, strings};

/// The text `getString` returns for a `<string>` with this content, or
/// what aapt said when it refused it; `None` when aapt is missing.
fn compiled(test: &str, attributes: &str, content: &str) -> Option<Result<String, String>> {
    let aapt = aapt()?;
    let compiled = strings(&aapt, test, &one_string(attributes, content));
    Some(compiled.map(|strings| {
        assert_eq!(strings.len(), 1, "{strings:?}");
        strings[0].1.clone()
    }))
}

fn reads_as(test: &str, content: &str, expected: &str) {
    if let Some(compiled) = compiled(test, "", content) {
        assert_eq!(compiled.as_deref(), Ok(expected), "{content}");
    }
}

fn is_refused(test: &str, content: &str, diagnostic: &str) {
    if let Some(compiled) = compiled(test, "", content) {
        let refusal = compiled.expect_err(content);
        assert!(refusal.contains(diagnostic), "{content}: {refusal}");
    }
}

#[test]
fn the_dump_is_read_by_character_with_its_three_escapes() {
    let dump = "      config (default):\n        \
        resource 0x7f020000 com.example.check:string/a_b: t=0x03 d=0x00000000 (s=0x0008 r=0x00)\n          \
        (string16) \"say \\\"hi\\\" \\\\ then\\nnext\r\tend\"\n        \
        resource 0x7f020001 com.example.check:string/c: t=0x03 d=0x00000001 (s=0x0008 r=0x00)\n          \
        (string16) \"\"\n";
    assert_eq!(
        dumped_strings(dump),
        [
            (
                "a_b".to_owned(),
                "say \"hi\" \\ then\nnext\r\tend".to_owned()
            ),
            ("c".to_owned(), String::new()),
        ]
    );
}

#[test]
fn xml_escapes_are_read_first() {
    reads_as(
        "android_xml",
        "a &amp; b &lt;c&gt; é ✓ 😀",
        "a & b <c> é ✓ 😀",
    );
}

#[test]
fn an_apostrophe_needs_a_backslash() {
    is_refused(
        "android_apostrophe_raw",
        "It's",
        "Apostrophe not preceded by \\",
    );
    reads_as("android_apostrophe", r"It\'s", "It's");
}

#[test]
fn a_double_quote_needs_a_backslash() {
    // Unescaped, it quotes: it is dropped, and keeps the spaces it quotes.
    reads_as("android_quote_raw", r#"say "hi  there""#, "say hi  there");
    reads_as("android_quote", r#"say \"hi\""#, "say \"hi\"");
}

#[test]
fn a_backslash_needs_a_backslash() {
    reads_as("android_backslash", r"C:\\dir", r"C:\dir");
}

#[test]
fn a_line_break_is_written_backslash_n() {
    // A raw line break is white space, which collapses to one space.
    reads_as("android_line_break_raw", "one\ntwo", "one two");
    reads_as("android_line_break", r"one\ntwo\tthree", "one\ntwo\tthree");
}

#[test]
fn a_leading_at_sign_needs_a_backslash() {
    is_refused("android_at_raw", "@home", "No resource type specified");
    reads_as("android_at", r"\@home", "@home");
    reads_as("android_at_inside", "mail a@b", "mail a@b");
}

#[test]
fn a_leading_question_mark_needs_a_backslash() {
    is_refused(
        "android_question_raw",
        "?what",
        "No resource found that matches the given name",
    );
    reads_as("android_question", r"\?what", "?what");
    reads_as("android_question_inside", "what?", "what?");
}

#[test]
fn white_space_collapses_unless_escaped() {
    reads_as("android_spaces_raw", "  two  spaces  ", "two spaces");
    reads_as(
        "android_spaces",
        r"\u0020two \u0020spaces\u0020",
        " two  spaces ",
    );
}

#[test]
fn several_substitutions_need_formatted_false() {
    let content = "100%s of %d";
    let Some(refused) = compiled("android_percent_raw", "", content) else {
        return;
    };
    let refusal = refused.expect_err(content);
    assert!(refusal.contains("formatted=\"false\""), "{refusal}");
    let accepted = compiled("android_percent", " formatted=\"false\"", content);
    assert_eq!(accepted.expect("aapt is here").as_deref(), Ok(content));
}

#[test]
fn other_control_characters_are_unicode_escapes() {
    reads_as("android_control", r"bell\u0007 end", "bell\u{7} end");
}

#[test]
fn names_and_order_come_back_as_written() {
    let Some(aapt) = aapt() else { return };
    let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    \
        <string name=\"error_code_b\">second</string>\n    \
        <string name=\"error_code_a\">first</string>\n</resources>\n";
    let compiled = strings(&aapt, "android_names", xml).expect("compiled");
    // aapt assigns ids in file order; the dump lists them by id.
    assert_eq!(
        compiled,
        [
            ("error_code_b".to_owned(), "second".to_owned()),
            ("error_code_a".to_owned(), "first".to_owned()),
        ]
    );
}
