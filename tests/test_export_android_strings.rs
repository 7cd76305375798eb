//! `error-codes export --format android-strings`: `res/values/strings.xml`,
//! parsed by a real XML parser (Python's `xml.etree`), then read back by
//! Android's own rules for string resources, written out here from
//! Android's documentation ("Escaping apostrophes and quotes", "Formatting
//! and styling"): one test per rule, each on a text that needs it.

mod common;

use common::cli::{export, export_session};
use common::tools::{run, scratch_dir};
use error_codes::ErrorCode;
use error_codes_cli::document::Document;
use error_codes_cli::export::Format;
use error_codes_model::{CodeType, Entry, Taxonomy};
use std::process::Command;

/// Parses the XML with Python's `xml.etree` and prints, per `<string>`, its
/// name, its `formatted` attribute and its text as JSON, one a line.
const PARSE: &str = r#"import json, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "resources", root.tag
for string in root:
    assert string.tag == "string", string.tag
    print(json.dumps([string.get("name"), string.get("formatted"), string.text or ""]))
"#;

/// (name, formatted, text) of every `<string>`, as an XML parser reads
/// them.
fn parse(xml: &str, test: &str) -> Vec<(String, Option<String>, String)> {
    let dir = scratch_dir(test);
    std::fs::write(dir.join("strings.xml"), xml).expect("written");
    std::fs::write(dir.join("parse.py"), PARSE).expect("written");
    let printed = run(Command::new("python3")
        .current_dir(&dir)
        .args(["parse.py", "strings.xml"]));
    printed
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON from the parser"))
        .collect()
}

/// What Android makes of a string resource's text: backslash escapes,
/// white space collapsed and trimmed outside double quotes, unescaped
/// double quotes removed; an unescaped apostrophe is an error (aapt2 says
/// so), a leading `@` or `?` makes a reference, not text.
fn android_reads(text: &str) -> Result<String, String> {
    if text.starts_with('@') || text.starts_with('?') {
        return Err(format!("{text:?} is a resource reference"));
    }
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut space = false;
    while let Some(ch) = chars.next() {
        let literal = match ch {
            '\\' => match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    char::from_u32(u32::from_str_radix(&hex, 16).map_err(|e| e.to_string())?)
                        .ok_or("a \\u escape that is no character")?
                }
                Some(other) => other,
                None => return Err("a trailing backslash".to_owned()),
            },
            '"' => {
                quoted = !quoted;
                continue;
            }
            '\'' if !quoted => return Err(format!("an unescaped apostrophe in {text:?}")),
            ws if ws.is_whitespace() && !quoted => {
                space = true;
                continue;
            }
            other => other,
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(literal);
    }
    Ok(out)
}

/// The android-strings export of one entry with this description.
fn exported(description: &str, test: &str) -> (String, Option<String>, String) {
    let mut taxonomy = Taxonomy::new("Probe", CodeType::I32);
    let mut entry = Entry::new("Probe", 1, "probe");
    entry.facts.reasons.push(description.to_owned());
    taxonomy.entries.push(entry);
    let xml = Format::AndroidStrings
        .render(&Document::new(taxonomy))
        .expect("it renders");
    let mut strings = parse(&xml, test);
    assert_eq!(strings.len(), 1);
    strings.remove(0)
}

/// The rule a test checks: the text comes back as written.
fn round_trip(description: &str, test: &str) -> String {
    let (_, _, text) = exported(description, test);
    assert_eq!(android_reads(&text).as_deref(), Ok(description), "{text:?}");
    text
}

#[test]
fn an_apostrophe_is_escaped() {
    assert_eq!(round_trip("It's full", "android_apostrophe"), "It\\'s full");
}

#[test]
fn a_double_quote_is_escaped() {
    assert_eq!(
        round_trip("named \"alice\"", "android_quote"),
        "named \\\"alice\\\""
    );
}

#[test]
fn a_backslash_is_escaped() {
    assert_eq!(round_trip("C:\\path", "android_backslash"), "C:\\\\path");
}

#[test]
fn a_line_break_is_backslash_n() {
    assert_eq!(round_trip("one\ntwo", "android_newline"), "one\\ntwo");
}

#[test]
fn a_leading_at_or_question_mark_is_escaped() {
    assert_eq!(
        round_trip("@moderator removed you", "android_at"),
        "\\@moderator removed you"
    );
    assert_eq!(round_trip("?why", "android_question"), "\\?why");
    // Elsewhere they are text.
    assert_eq!(round_trip("ask @mod?", "android_at_inside"), "ask @mod?");
}

#[test]
fn xml_special_characters_are_escaped_for_the_parser() {
    assert_eq!(round_trip("a & b <c>", "android_xml"), "a & b <c>");
}

#[test]
fn spaces_android_would_collapse_or_trim_are_kept() {
    round_trip("two  spaces", "android_runs");
    round_trip(" leading and trailing ", "android_ends");
    round_trip("tab\there", "android_tab");
}

#[test]
fn a_percent_sign_turns_formatting_off() {
    let (_, formatted, _) = exported("100% full", "android_percent");
    assert_eq!(formatted.as_deref(), Some("false"));
    let (_, formatted, _) = exported("full", "android_no_percent");
    assert_eq!(formatted, None);
}

#[test]
fn a_reason_with_every_special_character() {
    round_trip(" @It's \"100%\" & <done>\\ \n\t?  ", "android_everything");
}

#[test]
fn every_nserror_code_reads_back_as_its_description() {
    let strings = parse(&export(&["--format", "android-strings"]), "android_nserror");
    assert_eq!(strings.len(), ErrorCode::COUNT);
    for ((name, _, text), code) in strings.iter().zip(ErrorCode::ALL) {
        assert!(name.starts_with("error_code_"), "{name}");
        assert!(
            name.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'),
            "{name}"
        );
        assert_eq!(
            android_reads(text).as_deref(),
            Ok(code.description()),
            "{name}"
        );
    }
    assert_eq!(strings[3].0, "error_code_existing_user_in_session");
}

#[test]
fn another_sdk_with_deprecations_and_special_characters() {
    let xml = export_session(&["--format", "android-strings"]);
    assert!(xml.contains("    <!-- Deprecated since 2.0.0: the server no longer sends it -->\n    <string name=\"session_error_session_full\" formatted=\"false\">"), "{xml}");
    let strings = parse(&xml, "android_session");
    let removed = strings
        .iter()
        .find(|(name, _, _)| name == "session_error_removed")
        .expect("there");
    assert_eq!(
        android_reads(&removed.2).as_deref(),
        Ok("@moderator removed you\nfrom the room")
    );
}

#[test]
fn two_names_with_one_resource_name_are_refused() {
    let mut taxonomy = Taxonomy::new("E", CodeType::I32);
    taxonomy.entries.push(Entry::new("A", 1, "room-full"));
    taxonomy.entries.push(Entry::new("B", 2, "roomFull"));
    assert_eq!(
        Format::AndroidStrings.render(&Document::new(taxonomy)),
        Err("the names `room-full` (variant `A`) and `roomFull` (variant `B`) both become the resource name `e_room_full`; give one of them another `name`".to_owned())
    );
}

/// Android's own resource compiler on both taxonomies' exports: `aapt`
/// accepts each file, and every string an app gets back is the code's
/// description, byte for byte.
#[test]
fn aapt_compiles_each_export_and_reads_back_every_description() {
    let Some(aapt) = common::android::aapt() else {
        return;
    };
    let nserror = export(&["--format", "android-strings"]);
    let strings =
        common::android::strings(&aapt, "aapt_nserror", &nserror).expect("aapt accepts it");
    let read: Vec<&str> = strings.iter().map(|(_, text)| text.as_str()).collect();
    let expected: Vec<&str> = ErrorCode::ALL
        .iter()
        .map(|code| code.description())
        .collect();
    assert_eq!(read, expected);

    let session = export_session(&["--format", "android-strings"]);
    let strings =
        common::android::strings(&aapt, "aapt_session", &session).expect("aapt accepts it");
    let taxonomy = common::cli::session_taxonomy();
    let mut expected: Vec<(String, String)> = taxonomy
        .entries
        .iter()
        .map(|entry| {
            let name = format!("session_error_{}", entry.facts.name.to_ascii_lowercase());
            (name, entry.facts.description())
        })
        .collect();
    // Then the message of any code the build does not know.
    let catch_all = taxonomy.catch_all.expect("the fixture has one");
    expected.push(("session_error_other".to_owned(), catch_all.description()));
    assert_eq!(strings, expected);
}
