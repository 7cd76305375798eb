//! `error-codes export --format xcstrings`: an Apple String Catalog, checked
//! against the shape Xcode reads: `sourceLanguage`, `version`, and per key
//! a `comment` and the English `stringUnit`.

mod common;

use common::cli::{export, export_session};
use error_codes::ErrorCode;
use serde_json::Value;

fn catalog(text: &str) -> serde_json::Map<String, Value> {
    let catalog: Value = serde_json::from_str(text).expect("the catalog is JSON");
    let object = catalog.as_object().expect("an object").clone();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(keys, ["sourceLanguage", "strings", "version"]);
    assert_eq!(object["sourceLanguage"], "en");
    assert_eq!(object["version"], "1.0");
    object["strings"]
        .as_object()
        .expect("strings is an object")
        .clone()
}

/// Every key has exactly a comment, a manual extraction state and one
/// translated English string; returns (comment, value).
fn entry(strings: &serde_json::Map<String, Value>, key: &str) -> (String, String) {
    let entry = strings[key]
        .as_object()
        .unwrap_or_else(|| panic!("{key} is there"));
    let fields: Vec<&str> = entry.keys().map(String::as_str).collect();
    assert_eq!(
        fields,
        ["comment", "extractionState", "localizations"],
        "{key}"
    );
    assert_eq!(entry["extractionState"], "manual");
    let localizations = entry["localizations"].as_object().expect("an object");
    assert_eq!(localizations.keys().collect::<Vec<_>>(), ["en"]);
    let unit = &localizations["en"]["stringUnit"];
    assert_eq!(unit["state"], "translated", "{key}");
    let comment = entry["comment"].as_str().expect("a string").to_owned();
    (
        comment,
        unit["value"].as_str().expect("a string").to_owned(),
    )
}

#[test]
fn every_nserror_code_is_a_key_with_its_description() {
    let strings = catalog(&export(&["--format", "xcstrings"]));
    assert_eq!(strings.len(), ErrorCode::COUNT);
    for code in ErrorCode::ALL {
        let (comment, value) = entry(&strings, code.name());
        assert_eq!(value, code.description());
        assert!(
            comment.starts_with(&format!("Error {} ({})", code.code(), code.name())),
            "{comment}"
        );
        let section = code.category().expect("every NSError code has a section");
        assert!(
            comment.contains(&format!("Section: {section}")),
            "{comment}"
        );
        for reason in code.reasons() {
            assert!(comment.contains(reason), "{comment}");
        }
    }
    // Sorted as Xcode sorts them, so the file diffs cleanly.
    let keys: Vec<&String> = strings.keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn deprecations_and_special_characters_reach_the_catalog() {
    let strings = catalog(&export_session(&["--format", "xcstrings"]));
    let (comment, value) = entry(&strings, "SESSION_FULL");
    assert_eq!(
        value,
        "It's full: 100% of the seats are taken & <none> is left"
    );
    assert!(
        comment.ends_with("Deprecated since 2.0.0: the server no longer sends it"),
        "{comment}"
    );
    let (comment, value) = entry(&strings, "REMOVED");
    assert_eq!(value, "@moderator removed you\nfrom the room");
    assert!(comment.ends_with("Deprecated."), "{comment}");
    let (comment, _) = entry(&strings, "TIMED_OUT");
    assert!(comment.contains("No documented reason"), "{comment}");
}
