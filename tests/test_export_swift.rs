//! `error-codes export --format swift`. There is no Swift compiler here: the
//! output is compared with a golden file reviewed by hand, and checked for
//! every code.

mod common;

use common::cli::export;
use common::platforms::swift_parse;
use error_codes::ErrorCode;

const GOLDEN: &str = include_str!("golden/ErrorCode.swift");

#[test]
fn the_export_matches_the_golden_file() {
    assert!(
        export(&["--format", "swift"]) == GOLDEN,
        "the Swift export changed; if that is meant, regenerate the golden file with\n  \
         cargo run -- export --format swift --output tests/golden/ErrorCode.swift\n\
         and review its diff"
    );
}

#[test]
fn every_code_is_a_case_with_its_raw_value_and_description() {
    let swift = export(&["--format", "swift"]);
    for code in ErrorCode::ALL {
        let case = format!("\n    case {} = {}\n", code.name(), code.code());
        assert!(swift.contains(&case), "{case}");
        // The taxonomy's descriptions need no escaping.
        let description = format!(
            "\n        case .{}: return \"{}\"\n",
            code.name(),
            code.description()
        );
        assert!(swift.contains(&description), "{description}");
    }
    assert!(swift.contains("\npublic enum ErrorCode: Int, CustomNSError, LocalizedError {\n"));
}

#[test]
fn the_domain_option_changes_the_error_domain_only() {
    let default = export(&["--format", "swift"]);
    let custom = export(&["--format", "swift", "--domain", r#"com.example."sdk""#]);
    let changed: Vec<(&str, &str)> = default
        .lines()
        .zip(custom.lines())
        .filter(|(default, custom)| default != custom)
        .collect();
    assert_eq!(
        changed,
        [(
            r#"    public static var errorDomain: String { "ErrorCode" }"#,
            r#"    public static var errorDomain: String { "com.example.\"sdk\"" }"#,
        )]
    );
    assert_eq!(default.lines().count(), custom.lines().count());
}

/// Parses Swift files with tree-sitter-swift (the grammar editors and
/// GitHub use), printing each `ERROR` or `MISSING` node, or `ok`.
#[test]
fn every_export_parses_as_swift() {
    let nserror = export(&["--format", "swift"]);
    let session =
        common::cli::export_session(&["--format", "swift", "--domain", "com.example.sdk"]);
    let files = [
        ("ErrorCode.swift", nserror.as_str()),
        ("SessionError.swift", session.as_str()),
    ];
    let Some(printed) = swift_parse("swift_parse", &files) else {
        return;
    };
    assert_eq!(printed, "ErrorCode.swift: ok\nSessionError.swift: ok\n");
}

#[test]
fn the_parse_check_finds_a_syntax_error() {
    // A case without its `=` and an unclosed brace: what the check is for.
    let broken = "public enum E: Int {\n    case a 1\n    case b = 2\n";
    let Some(printed) = swift_parse("swift_parse_broken", &[("Broken.swift", broken)]) else {
        return;
    };
    assert!(printed.starts_with("Broken.swift:"), "{printed}");
    assert!(!printed.contains(": ok"), "{printed}");
}

const SESSION_GOLDEN: &str = include_str!("golden/SessionError.swift");

#[test]
fn another_sdk_matches_its_golden_file() {
    // The extensible form of a taxonomy with a catch-all: `UInt64` raw
    // values, the code beyond 2^53 exact, deprecations, the alternative
    // code in `init?(code:)`, the catch-all's message, escaping.
    assert!(
        common::cli::export_session(&["--format", "swift"]) == SESSION_GOLDEN,
        "the Swift export changed; if that is meant, regenerate the golden file with\n  \
         cargo run -- export --input tests/fixtures/other-sdk/src --enum SessionError --format swift --output tests/golden/SessionError.swift\n\
         and review its diff"
    );
}

/// tree-sitter-swift (and so the editors that highlight with it) reads a
/// `/*` that starts the text of an attribute's string, after the quote or
/// after an escape, as a comment that runs to the next `*/`, even one in
/// another string: the export writes such a `*` as `\u{2a}`, the same
/// string to Swift. (Found by the differential test, seed 1.)
#[test]
fn a_comment_opener_in_a_deprecation_message_parses() {
    let dir = common::tools::scratch_dir("swift_comment_opener");
    let source = r#"use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, ErrorCodes)]
pub enum Opener {
    #[deprecated(note = "/* first\n /* again")]
    #[code(1, "One")]
    First,
    #[code(2, "Closes */ here")]
    Second,
}
"#;
    let input = dir.join("lib.rs");
    std::fs::write(&input, source).expect("written");
    let swift = export(&[
        "--input",
        input.to_str().expect("UTF-8"),
        "--format",
        "swift",
    ]);
    assert!(
        swift.contains(r#"message: "/\u{2a} first\n /\u{2a} again")"#),
        "{swift}"
    );
    let Some(printed) = swift_parse("swift_comment_opener_parse", &[("Opener.swift", &swift)])
    else {
        return;
    };
    assert_eq!(printed, "Opener.swift: ok\n");
}
