//! `error-codes export` as a command: usage errors, `--output`, failures that
//! leave nothing behind, and output that is the same on every run.

mod common;

use common::cli::{export, stderr, stdout, tool};
use common::tools::scratch_dir;
use std::fs;

use error_codes_cli::export::Format;

const FORMATS: [&str; 8] = Format::NAMES;

#[test]
fn every_format_is_the_same_byte_for_byte_on_every_run() {
    for format in FORMATS {
        let first = export(&["--format", format]);
        assert!(!first.is_empty(), "{format}");
        assert_eq!(first, export(&["--format", format]), "{format}");
    }
}

#[test]
fn output_writes_to_the_file_what_stdout_would_show() {
    let dir = scratch_dir("export_output");
    for format in FORMATS {
        let path = dir.join(format);
        let path = path.to_str().expect("UTF-8 path");
        assert_eq!(export(&["--format", format, "--output", path]), "");
        let written = fs::read_to_string(path).expect("the file is written");
        assert_eq!(written, export(&["--format", format]), "{format}");
    }
    assert_eq!(fs::read_dir(&dir).expect("listed").count(), FORMATS.len());
}

#[test]
fn output_replaces_a_longer_file_whole() {
    let dir = scratch_dir("export_replace");
    let path = dir.join("codes.json");
    fs::write(&path, "x".repeat(100_000)).expect("written");
    let path = path.to_str().expect("UTF-8 path");
    export(&["--format", "json", "--output", path]);
    assert_eq!(
        fs::read_to_string(path).expect("read"),
        export(&["--format", "json"])
    );
}

#[test]
fn an_unknown_format_is_a_usage_error_that_lists_the_formats() {
    let output = tool(&["export", "--format", "yaml"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let message = stderr(&output);
    assert!(message.contains("invalid value 'yaml'"), "{message}");
    assert!(
        message.contains("[possible values: markdown, json, swift, kotlin, java, typescript, xcstrings, android-strings]"),
        "{message}"
    );
}

#[test]
fn a_missing_format_is_a_usage_error() {
    let output = tool(&["export"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--format <FORMAT>"));
}

#[test]
fn an_option_for_another_format_is_a_usage_error() {
    for (args, message) in [
        (
            ["--format", "json", "--domain", "com.example"],
            "error: --domain applies only to --format swift, not json\n",
        ),
        (
            ["--format", "swift", "--java-package", "com.example"],
            "error: --java-package applies only to --format java, not swift\n",
        ),
        (
            [
                "--format",
                "typescript",
                "--java-naming",
                "SCREAMING_SNAKE_CASE",
            ],
            "error: --java-naming applies only to --format java, not typescript\n",
        ),
    ] {
        let output = tool(&[&["export"], &args[..]].concat());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&output), message);
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn a_bad_java_package_is_a_usage_error() {
    let output = tool(&["export", "--format", "java", "--java-package", "com.1x"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("such as com.example.sdk"));
}

/// One line on stderr, status 2, nothing on stdout: an error, not a panic.
fn assert_fails_with_one_line(args: &[&str]) -> String {
    let output = tool(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert_eq!(stdout(&output), "");
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.starts_with("error: cannot write "), "{message}");
    message.to_owned()
}

#[test]
fn a_missing_directory_is_an_error_and_creates_nothing() {
    let dir = scratch_dir("export_missing_dir");
    let path = dir.join("missing/NSError.md");
    let message = assert_fails_with_one_line(&[
        "export",
        "--format",
        "markdown",
        "--output",
        path.to_str().expect("UTF-8 path"),
    ]);
    assert!(message.contains("missing/NSError.md"), "{message}");
    assert_eq!(fs::read_dir(&dir).expect("listed").count(), 0);
}

#[test]
fn a_failed_write_leaves_no_partial_file() {
    // A directory in the way: refused before anything is written, and
    // nothing is left beside it.
    let dir = scratch_dir("export_failed_rename");
    let in_the_way = dir.join("NSError.md");
    fs::create_dir(&in_the_way).expect("created");
    assert_fails_with_one_line(&[
        "export",
        "--format",
        "markdown",
        "--output",
        in_the_way.to_str().expect("UTF-8 path"),
    ]);
    let left: Vec<_> = fs::read_dir(&dir)
        .expect("listed")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(left, ["NSError.md"]);
    assert!(in_the_way.is_dir());
    assert_eq!(fs::read_dir(&in_the_way).expect("listed").count(), 0);
}
