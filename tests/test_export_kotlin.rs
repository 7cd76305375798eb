//! `error-codes export --format kotlin`, compiled with `kotlinc-jvm` (the npm
//! package `kotlin-compiler`, which `.ci/run` installs) under `-Werror` and
//! run on the JVM: every constant must carry its code, name and message,
//! and `fromCode`/`fromName` must find it, alternatives and aliases
//! included, and return `null` for what the build does not know.

mod common;

use common::cli::{export, export_session};
use common::platforms::kotlin;
use common::reference::screaming_constants;
use error_codes::ErrorCode;

const CHECK: &str = r#"fun main() {
    for (error in ErrorCode.entries) {
        println("${error.code}\t${error.name}\t${error.codeName}\t${error.message}\t${ErrorCode.fromCode(error.code) === error}\t${ErrorCode.fromName(error.codeName) === error}")
    }
    println("${ErrorCode.fromCode(4242)}\t${ErrorCode.fromName("nope")}")
}
"#;

/// The `u64` fixture's codes are `Long`s that keep the bits: printed back
/// unsigned.
const CHECK_LONG: &str = r#"package com.example.sdk

fun main() {
    for (error in SessionError.entries) {
        println("${error.code.toULong()}\t${error.name}\t${error.codeName}\t${error.message.replace("\n", "\\n")}\t${SessionError.fromCode(error.code) === error}\t${SessionError.fromName(error.codeName) === error}")
    }
    println("${SessionError.fromCode(11L) === SessionError.CONNECTION_LOST}\t${SessionError.fromName("CONNECTION_DROPPED") === SessionError.CONNECTION_LOST}\t${SessionError.fromCode(4242L)}")
}
"#;

#[test]
fn the_nserror_enum_class_compiles_and_carries_every_code() {
    let source = export(&["--format", "kotlin"]);
    let files = [("ErrorCode.kt", source.as_str()), ("Check.kt", CHECK)];
    let Some(printed) = kotlin("kotlin_nserror", &files) else {
        return;
    };
    let mut expected = String::new();
    for (code, constant) in ErrorCode::ALL.iter().zip(screaming_constants()) {
        let (number, name, message) = (code.code(), code.name(), code.description());
        expected.push_str(&format!(
            "{number}\t{constant}\t{name}\t{message}\ttrue\ttrue\n"
        ));
    }
    expected.push_str("null\tnull\n");
    assert_eq!(printed, expected);
}

#[test]
fn long_codes_deprecations_alternatives_and_aliases_in_a_package() {
    let source = export_session(&["--format", "kotlin", "--kotlin-package", "com.example.sdk"]);
    let files = [
        ("SessionError.kt", source.as_str()),
        ("Check.kt", CHECK_LONG),
    ];
    let Some(printed) = kotlin("kotlin_session", &files) else {
        return;
    };
    let taxonomy = common::cli::session_taxonomy();
    let mut expected = String::new();
    for entry in &taxonomy.entries {
        let message = entry.facts.description().replace('\n', "\\n");
        expected.push_str(&format!(
            "{}\t{}\t{}\t{message}\ttrue\ttrue\n",
            entry.code, entry.facts.name, entry.facts.name
        ));
    }
    expected.push_str("true\ttrue\tnull\n");
    assert_eq!(printed, expected);
    // The note as written; the version in the comment.
    assert!(source.contains(
        "     * Deprecated since 2.0.0.\n     */\n    @Deprecated(\"the server no longer sends it\")\n"
    ));
    assert!(source.contains("     */\n    @Deprecated(\"\")\n    REMOVED("));
}

/// An enum of range variants only: a `when` on a range's constant is then
/// exhaustive, and an `else` in it a warning, which `-Werror` fails on.
const RANGES_ONLY: &str = r#"use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
pub enum Spans {
    #[code(100..=199, "Low {0}")]
    Low(u16),
    #[code(200..=299, "High")]
    High(u16),
}
"#;

const CHECK_SPANS: &str = r#"fun main() {
    val none = SpansStrings { null }
    val de = SpansStrings { if (it == "spans_high") "Hoch" else null }
    println(Spans.fromCode(150)!!.message)
    println(Spans.fromCode(150)!!.message(none))
    println(Spans.fromCode(250)!!.message(de))
    println(Spans.fromCode(300))
}
"#;

#[test]
fn range_variants_only_compile_localized() {
    let dir = common::tools::scratch_dir("kotlin_ranges_only");
    let input = dir.join("lib.rs");
    std::fs::write(&input, RANGES_ONLY).expect("written");
    let input = input.to_str().expect("a UTF-8 path");
    let source = export(&[
        "--format",
        "kotlin",
        "--localized",
        "true",
        "--input",
        input,
    ]);
    let files = [
        ("Spans.kt", source.as_str()),
        (
            "Context.kt",
            "package android.content\n\nabstract class Context {\n    abstract fun getString(id: Int): String\n}\n",
        ),
        (
            "R.kt",
            "object R {\n    object string {\n        const val spans_low = 1\n        const val spans_high = 2\n    }\n}\n",
        ),
        ("Check.kt", CHECK_SPANS),
    ];
    let Some(printed) = kotlin("kotlin_ranges_only_run", &files) else {
        return;
    };
    assert_eq!(printed, "Low 150\nLow 150\nHoch (250)\nnull\n");
}
