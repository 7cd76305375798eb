//! `error-codes export --format typescript`, compiled with `tsc --strict
//! --erasableSyntaxOnly` and run with node: every code must carry its name
//! and message, the lookups must find it, and a description map that misses
//! a code must not compile. The `enum` style is compiled too, and shown to
//! be what `--erasableSyntaxOnly` rejects. The fixture SDK's `u64` codes
//! beyond 2^53 must come out exact.

mod common;

use common::cli::{OTHER_SDK, export, export_session, stderr, tool};
use common::platforms::{ERASABLE, tsc, typescript};
use error_codes::ErrorCode;

/// Prints every code as `code, name, fromCode finds it, fromName finds it,
/// message`, then what the lookups say of what is not there.
const CHECK: &str = r#"import { ErrorCode, errorDescriptions, fromCode, fromName } from "./ErrorCode";

for (const [name, code] of Object.entries(ErrorCode)) {
  console.log(`${code}\t${name}\t${fromCode(code) === code}\t${fromName(name) === code}\t${errorDescriptions[code]}`);
}
console.log(`${fromCode(4242)}\t${fromName("nope")}`);
"#;

/// The same for the `u64` fixture, whose codes are `bigint`s and whose
/// messages are a `Map`; the alternative code and the alias are looked up
/// too.
const CHECK_BIGINT: &str = r#"import { SessionError, errorDescriptions, fromCode, fromName } from "./SessionError";

for (const [name, code] of Object.entries(SessionError)) {
  console.log(`${code}\t${name}\t${fromCode(code) === code}\t${fromName(name) === code}\t${JSON.stringify(errorDescriptions.get(code))}`);
}
console.log(`${fromCode(11n) === SessionError.CONNECTION_LOST}\t${fromName("CONNECTION_DROPPED") === SessionError.CONNECTION_LOST}\t${fromCode(4242n)}`);
"#;

const ENUM_CHECK: &str = r#"import { ErrorCode, errorDescriptions } from "./ErrorCode";

for (const [name, code] of Object.entries(ErrorCode)) {
  if (typeof code === "number") {
    console.log(`${code}\t${name}\t${ErrorCode[code]}\t${errorDescriptions[code]}`);
  }
}
"#;

#[test]
fn erasable_syntax_compiles_and_carries_every_code() {
    let source = export(&["--format", "typescript"]);
    let files = [("ErrorCode.ts", source.as_str()), ("check.ts", CHECK)];
    let Some(printed) = typescript("typescript_erasable", ERASABLE, &files, "check") else {
        return;
    };
    let mut expected: String = ErrorCode::ALL
        .iter()
        .map(|code| {
            let (code, name, message) = (code.code(), code.name(), code.description());
            format!("{code}\t{name}\ttrue\ttrue\t{message}\n")
        })
        .collect();
    expected.push_str("undefined\tundefined\n");
    assert_eq!(printed, expected);
}

#[test]
fn a_description_map_missing_a_code_does_not_compile() {
    let source: String = export(&["--format", "typescript"])
        .lines()
        .filter(|line| !line.starts_with("  [ErrorCode.sessionIsFull]:"))
        .map(|line| format!("{line}\n"))
        .collect();
    let Some((_, compiled)) = tsc(
        "typescript_incomplete",
        ERASABLE,
        &[("ErrorCode.ts", &source)],
    ) else {
        return;
    };
    assert!(!compiled.status.success());
    let diagnostics = String::from_utf8_lossy(&compiled.stdout);
    assert!(
        diagnostics.contains("Property '206' is missing"),
        "{diagnostics}"
    );
}

#[test]
fn the_enum_style_compiles_and_erasable_syntax_rejects_it() {
    let source = export(&["--format", "typescript", "--typescript-style", "enum"]);
    let files = [("ErrorCode.ts", source.as_str()), ("check.ts", ENUM_CHECK)];
    let Some(printed) = typescript("typescript_enum", &[], &files, "check") else {
        return;
    };
    let expected: String = ErrorCode::ALL
        .iter()
        .map(|code| {
            let (code, name, message) = (code.code(), code.name(), code.description());
            format!("{code}\t{name}\t{name}\t{message}\n")
        })
        .collect();
    assert_eq!(printed, expected);

    let Some((_, compiled)) = tsc("typescript_enum_erasable", ERASABLE, &files) else {
        return;
    };
    assert!(!compiled.status.success());
    let diagnostics = String::from_utf8_lossy(&compiled.stdout);
    assert!(diagnostics.contains("erasableSyntaxOnly"), "{diagnostics}");
}

#[test]
fn codes_beyond_two_to_the_53_are_exact_bigints() {
    let source = export_session(&["--format", "typescript"]);
    let files = [
        ("SessionError.ts", source.as_str()),
        ("check.ts", CHECK_BIGINT),
    ];
    let Some(printed) = typescript("typescript_bigint", ERASABLE, &files, "check") else {
        return;
    };
    let taxonomy = common::cli::session_taxonomy();
    let mut expected: String = taxonomy
        .entries
        .iter()
        .map(|entry| {
            let message = serde_json::to_string(&entry.facts.description()).expect("JSON");
            format!(
                "{}\t{}\ttrue\ttrue\t{message}\n",
                entry.code, entry.facts.name
            )
        })
        .collect();
    expected.push_str("true\ttrue\tundefined\n");
    assert_eq!(printed, expected);
    assert!(printed.contains("\n18446744073709551615\tUNKNOWN_ERROR\t"));
    assert!(printed.contains("\n9007199254740993\tHUGE\t"));
}

#[test]
fn the_enum_style_refuses_codes_it_would_round() {
    let args = ["export", "--input", OTHER_SDK, "--enum", "SessionError"];
    let output = tool(
        &[
            &args[..],
            &["--format", "typescript", "--typescript-style", "enum"],
        ]
        .concat(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: `SessionError` has codes beyond 2^53, which a TypeScript `enum` would round; use the default style, whose codes are `bigint`\n"
    );
}
