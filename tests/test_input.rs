//! `--input` and `--enum`: any SDK's taxonomy read from its Rust
//! source with the derive's grammar, and every refusal as one line on
//! stderr, a non-zero exit and nothing written.

mod common;

use common::cli::{OTHER_SDK, stderr, stdout, tool};
use common::tools::scratch_dir;
use error_codes::ErrorCode;
use error_codes_cli::builtin;
use std::fs;
use std::path::Path;
use std::process::Command;

/// `error-codes ARGS`, which must fail with exactly `message` on one line, and
/// the status of a command that cannot run.
fn refused(args: &[&str], message: &str) {
    let output = tool(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert_eq!(stdout(&output), "", "{args:?}");
    assert_eq!(stderr(&output), format!("error: {message}\n"), "{args:?}");
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/input/{name}")
}

#[test]
fn the_built_in_taxonomy_is_what_the_derive_compiled() {
    let taxonomy = builtin::document().taxonomy;
    assert_eq!(taxonomy.name, "ErrorCode");
    assert_eq!(taxonomy.entries.len(), ErrorCode::COUNT);
    for (entry, code) in taxonomy.entries.iter().zip(ErrorCode::ALL) {
        assert_eq!(entry.code, i128::from(code.code()));
        assert_eq!(entry.facts.name, code.name());
        assert_eq!(entry.facts.reasons, code.reasons());
        assert_eq!(entry.facts.category.as_deref(), code.category());
        assert_eq!(entry.facts.description(), code.description());
        assert_eq!(entry.facts.variant, format!("{code:?}"));
        assert!(
            entry.facts.location.is_some(),
            "read from error-codes/src/taxonomy.rs"
        );
    }
}

#[test]
fn every_command_takes_another_sdks_taxonomy() {
    let input = ["--input", OTHER_SDK, "--enum", "SessionError"];
    let explain = tool(&[&["explain", "CONNECTION_DROPPED"], &input[..]].concat());
    assert!(explain.status.success(), "{}", stderr(&explain));
    assert_eq!(
        stdout(&explain),
        "code:    1\n\
         name:    CONNECTION_LOST\n\
         section: Network\n\
         also:    11\n\
         aliases: CONNECTION_DROPPED\n\
         reasons:\n  - The network went away\n  - The server stopped answering\n"
    );
    let huge = tool(&[&["explain", "18446744073709551615"], &input[..]].concat());
    assert!(stdout(&huge).starts_with("code:    18446744073709551615\nname:    UNKNOWN_ERROR\n"));
    let deprecated = tool(&[&["explain", "301"], &input[..]].concat());
    assert!(
        stdout(&deprecated).contains("\nDeprecated since 2.0.0: the server no longer sends it\n")
    );
    let list = tool(&[&["list"], &input[..]].concat());
    assert!(stdout(&list).starts_with("Network\n"), "{}", stdout(&list));
    let media = tool(&["list", "--input", OTHER_SDK, "--enum", "MediaError"]);
    assert!(stdout(&media).contains("   -1  CameraBusy       The camera is in use\n"));
}

#[test]
fn a_single_file_and_every_derive_path() {
    let path = fixture("derive-paths.rs");
    for (name, code) in [("Absolute", "1"), ("Qualified", "2"), ("InAFunction", "3")] {
        let output = tool(&["explain", code, "--input", &path, "--enum", name]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
    }
}

/// COM's `HRESULT`s, compiled: what the derive makes of each code is what
/// the tool reads.
#[path = "fixtures/input/hresult.rs"]
mod hresult;

#[test]
fn hex_codes_are_the_bits_of_an_i32_for_the_tool_as_for_the_derive() {
    use hresult::HResult;

    let input = fixture("hresult.rs");
    let explain = tool(&["explain", "0x80004005", "--input", &input]);
    assert!(explain.status.success(), "{}", stderr(&explain));
    assert_eq!(
        stdout(&explain),
        "code:    -2147467259\n\
         name:    E_FAIL\n\
         section: (none)\n\
         reasons:\n  - Unspecified failure\n"
    );
    let alternative = tool(&["explain", "0x8003_0005", "--input", &input]);
    assert!(stdout(&alternative).starts_with(
        "code:    -2147024891
name:    E_ACCESSDENIED
"
    ));

    let json = tool(&["export", "--format", "json", "--input", &input]);
    assert!(json.status.success(), "{}", stderr(&json));
    let json: serde_json::Value = serde_json::from_str(stdout(&json)).expect("JSON");
    let entries = json["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), HResult::COUNT);
    for (entry, variant) in entries.iter().zip(HResult::ALL) {
        assert_eq!(entry["code"], variant.code(), "{variant:?}");
        assert_eq!(entry["name"], variant.name(), "{variant:?}");
    }
    assert_eq!(HResult::E_FAIL.code(), -2_147_467_259);
    assert_eq!(entries[3]["code"], -2_147_467_259);
    assert_eq!(
        entries[4]["alternatives"],
        serde_json::json!([-2_147_287_035])
    );
    assert_eq!(
        HResult::from_code(-2_147_287_035),
        Some(HResult::E_ACCESSDENIED)
    );
    assert_eq!(
        json["reserved"]["ranges"],
        serde_json::json!([[-2_147_418_112, -2_147_352_577]])
    );
    // An alias that restates the variant's own name is no second name.
    assert_eq!(entries[5]["aliases"], serde_json::json!(["E_INVALID_ARG"]));
    assert_eq!(
        HResult::from_name("E_INVALIDARG"),
        Some(HResult::E_INVALIDARG)
    );
}

#[test]
fn a_path_that_does_not_exist() {
    let output = tool(&["list", "--input", "tests/fixtures/nowhere"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with("error: cannot read tests/fixtures/nowhere: "),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1);
}

#[test]
fn no_derive_enum() {
    refused(
        &["list", "--input", &fixture("no-derive.rs")],
        "no enum derives `ErrorCodes` in tests/fixtures/input/no-derive.rs",
    );
}

#[test]
fn several_enums_and_no_enum_option() {
    refused(
        &["list", "--input", OTHER_SDK],
        "2 enums derive `ErrorCodes` in tests/fixtures/other-sdk/src: errors::session::SessionError (tests/fixtures/other-sdk/src/errors.rs:17:14), MediaError (tests/fixtures/other-sdk/src/lib.rs:14:10); choose one with --enum",
    );
}

#[test]
fn an_enum_option_that_names_no_enum() {
    refused(
        &["list", "--input", OTHER_SDK, "--enum", "Missing"],
        "no enum `Missing` derives `ErrorCodes` in tests/fixtures/other-sdk/src; found errors::session::SessionError (tests/fixtures/other-sdk/src/errors.rs:17:14), MediaError (tests/fixtures/other-sdk/src/lib.rs:14:10); `ErrorCodes` also appears inside a macro at tests/fixtures/other-sdk/src/errors.rs:52:29, which a tool reading source cannot expand",
    );
}

#[test]
fn an_enum_option_without_input_is_a_usage_error() {
    let output = tool(&["list", "--enum", "ErrorCode"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--input <PATH>"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_rust_syntax_error_names_its_place() {
    refused(
        &["list", "--input", &fixture("syntax-error.rs")],
        "tests/fixtures/input/syntax-error.rs:7:5: not valid Rust: expected `,`",
    );
}

#[test]
fn a_misuse_gets_the_derives_own_words() {
    refused(
        &["list", "--input", &fixture("misuse.rs")],
        "tests/fixtures/input/misuse.rs:5:25: unknown key `categry` in `#[code(...)]`; expected one of `name`, `alias`, `alternatives`, `category`, `doc_url`, `retryable`; help: a key with a similar name exists: `category`",
    );
}

#[test]
fn a_constant_code_is_said_not_guessed() {
    refused(
        &["list", "--input", &fixture("constant-code.rs")],
        "tests/fixtures/input/constant-code.rs:11:12: the code of `Busy` is the constant `ffi::SQLITE_BUSY`, whose value only the compiler knows; a taxonomy read from source needs integer literals",
    );
}

#[test]
fn an_enum_written_by_a_macro_is_said_not_guessed() {
    refused(
        &["list", "--input", &fixture("macro-only.rs")],
        "tests/fixtures/input/macro-only.rs:5:25: `ErrorCodes` is derived inside a macro, which a tool reading source cannot expand; declare the enum outside the macro, or build its taxonomy from the enum's `ALL` in Rust",
    );
}

#[test]
fn a_refused_export_writes_nothing() {
    let dir = scratch_dir("input_refused_export");
    let path = dir.join("codes.swift");
    let output = tool(&[
        "export",
        "--format",
        "swift",
        "--input",
        &fixture("misuse.rs"),
        "--output",
        path.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!path.exists());
    assert_eq!(
        fs::read_dir(&dir).expect("listed").count(),
        0,
        "no temporary file left"
    );
}

/// One grammar: a misuse gets the same words from the tool as from the
/// compiler. For each of these ui cases, the first error of its committed
/// `.stderr` (which rustc printed for the derive) is what `error-codes list
/// --input` says, at the same line and column.
#[test]
fn the_tool_and_the_compiler_say_the_same() {
    let cases = [
        "unknown-code-key-near-miss",
        "duplicate-code",
        "code-out-of-range-hex",
        "reason-byte-string",
        "reserved-code-used",
        "catch-all-unit",
        "alias-duplicate",
        "every-mistake-at-once",
    ];
    // Run where the compiler ran, the derive's package, so that both name
    // the file alike.
    let derive_package = Path::new(env!("CARGO_MANIFEST_DIR")).join("error-macros");
    for case in cases {
        let source = format!("tests/ui/{case}.rs");
        let stderr_file =
            fs::read_to_string(derive_package.join(format!("tests/ui/{case}.stderr")))
                .expect("the .stderr is committed");
        let mut lines = stderr_file.lines();
        let first = lines
            .next()
            .expect("an error")
            .strip_prefix("error: ")
            .expect("an error line");
        let mut message = first.to_owned();
        let mut place = "";
        for line in lines.by_ref() {
            if let Some(at) = line.trim_start().strip_prefix("--> ") {
                place = at;
                break;
            }
            // A help line of the same error.
            message.push_str("; ");
            message.push_str(line.trim());
        }
        let output = common::process::output(
            Command::new(env!("CARGO_BIN_EXE_error-codes"))
                .args(["list", "--input", &source])
                .current_dir(&derive_package),
        );
        let printed = stderr(&output);
        let expected = format!("error: {place}: {message}");
        assert!(
            printed.starts_with(&expected),
            "{case}:\n{printed}\nexpected:\n{expected}"
        );
    }
}
