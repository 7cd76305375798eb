//! `nserror export --format swift`. There is no Swift compiler here: the
//! output is compared with a golden file reviewed by hand, and checked for
//! every code.

mod common;

use common::cli::export;
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
