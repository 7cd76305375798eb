//! Code ranges per section and several enums of one SDK: what the tool
//! shows of the ranges, the next free code of a section, and a manifest
//! whose taxonomies must not share a code.

mod common;

use common::cli::{stderr, stdout, tool_in};
use common::tools::scratch_dir;
use std::fs;
use std::path::PathBuf;

const SESSION: &str = r#"use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, ErrorCodes)]
#[error_codes(
    reserved = [203],
    ranges = [("Session", 201..=299), ("Media", 300..=399)]
)]
pub enum SessionError {
    #[code(201, "The session is closed", category = "Session")]
    Closed,
    #[code(202, category = "Session")]
    Locked,
    #[code(204, category = "Session")]
    Full,
    #[code(301, category = "Media")]
    NoTrack,
}
"#;

const MEDIA: &str = r#"use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, ErrorCodes)]
pub enum MediaError {
    #[code(1)]
    Muted,
    #[code(204)]
    Gone,
}
"#;

/// A scratch SDK with `SessionError` in `src/session.rs` and `MediaError`
/// in `src/media.rs`.
fn sdk(test: &str) -> PathBuf {
    let dir = scratch_dir(test);
    fs::create_dir(dir.join("src")).expect("created");
    fs::write(dir.join("src/session.rs"), SESSION).expect("written");
    fs::write(dir.join("src/media.rs"), MEDIA).expect("written");
    dir
}

#[test]
fn next_is_the_lowest_code_of_the_range_neither_taken_nor_retired() {
    let dir = sdk("ranges_next");
    let args = [
        "next",
        "--input",
        "src",
        "--enum",
        "SessionError",
        "--section",
    ];
    let next = tool_in(&dir, &[&args[..], &["Session"]].concat());
    assert!(next.status.success(), "{}", stderr(&next));
    assert_eq!(stdout(&next), "205\n");
    let media = tool_in(&dir, &[&args[..], &["Media"]].concat());
    assert_eq!(stdout(&media), "300\n");
    let unknown = tool_in(&dir, &[&args[..], &["Socket"]].concat());
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        stderr(&unknown),
        "error: `SessionError` has no section `Socket`; its sections are `Session`, `Media`\n"
    );
}

#[test]
fn the_ranges_are_listed_documented_and_exported() {
    let dir = sdk("ranges_shown");
    let input = ["--input", "src", "--enum", "SessionError"];
    let list = tool_in(&dir, &[&["list"][..], &input].concat());
    assert!(
        stdout(&list).starts_with("Session (codes 201..=299)\n"),
        "{}",
        stdout(&list)
    );
    assert!(stdout(&list).contains("\nMedia (codes 300..=399)\n"));
    let markdown = tool_in(
        &dir,
        &[&["export", "--format", "markdown"][..], &input].concat(),
    );
    assert!(
        stdout(&markdown).contains("id=\"session\"></a>\n\nCodes `201..=299`.\n\n| Codes"),
        "{}",
        stdout(&markdown)
    );
    let json = tool_in(
        &dir,
        &[&["export", "--format", "json"][..], &input].concat(),
    );
    let json: serde_json::Value = serde_json::from_str(stdout(&json)).expect("JSON");
    assert_eq!(
        json["ranges"],
        serde_json::json!([
            {"section": "Session", "start": 201, "end": 299},
            {"section": "Media", "start": 300, "end": 399}
        ])
    );
    // A moved range is a note, not a breaking change.
    let baseline = dir.join("released.json");
    let export = tool_in(
        &dir,
        &[
            &["export", "--format", "json", "--output", "released.json"][..],
            &input,
        ]
        .concat(),
    );
    assert!(export.status.success(), "{}", stderr(&export));
    fs::write(
        dir.join("src/session.rs"),
        SESSION.replace("(\"Media\", 300..=399)", "(\"Media\", 300..=349)"),
    )
    .expect("written");
    let check = tool_in(
        &dir,
        &[
            &["check", "--baseline", baseline.to_str().expect("UTF-8")][..],
            &input,
        ]
        .concat(),
    );
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(
        stdout(&check).contains(
            "note[RANGE_CHANGED]: the range of the section `Media` changed from `300..=399` to `300..=349`"
        ),
        "{}",
        stdout(&check)
    );
}

#[test]
fn a_manifest_of_unique_codes_refuses_two_enums_sharing_one() {
    let dir = sdk("ranges_unique");
    let manifest = |unique: &str| {
        format!(
            "{unique}[[taxonomy]]\ninput = \"src/session.rs\"\n\n[[taxonomy.output]]\nformat = \"json\"\npath = \"session.json\"\n\n[[taxonomy]]\ninput = \"src/media.rs\"\n\n[[taxonomy.output]]\nformat = \"json\"\npath = \"media.json\"\n"
        )
    };
    fs::write(dir.join("error-codes.toml"), manifest("")).expect("written");
    let shared = tool_in(&dir, &["generate"]);
    assert!(
        shared.status.success(),
        "sharing is allowed: {}",
        stderr(&shared)
    );
    fs::write(
        dir.join("error-codes.toml"),
        manifest("unique_codes = true\n\n"),
    )
    .expect("written");
    for args in [&["generate"][..], &["generate", "--check"]] {
        let refused = tool_in(&dir, args);
        assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
        assert_eq!(
            stderr(&refused),
            "error: error-codes.toml:10:1: code 204 is `SessionError::Full` (src/session.rs:14:5) and `MediaError::Gone` (src/media.rs:8:5); the manifest says `unique_codes = true`\n"
        );
    }
}
