//! The tool reads a source as the compiler does: Windows line breaks, the
//! `cfg`s of a stated build, identifiers in Unicode's composed form, and
//! the enums the compiler itself refuses.

mod common;

use common::cli::{stderr, stdout, tool};
use common::tools::scratch_dir;
use std::fs;
use std::path::{Path, PathBuf};

/// A scratch file `lib.rs` holding `source`.
fn source_file(test: &str, source: &str) -> PathBuf {
    let dir = scratch_dir(test);
    let file = dir.join("lib.rs");
    fs::write(&file, source).expect("written");
    file
}

fn export_json(file: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "export",
        "--format",
        "json",
        "--input",
        file.to_str().expect("UTF-8"),
    ];
    args.extend(extra);
    let output = tool(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output).to_owned()
}

const WITH_RAW_STRINGS: &str = r####"use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(doc_url = r"https://docs.example.com/{name}")]
pub enum Lines {
    #[code(1, r#"A reason over
two lines"#, "and an escaped one\nbreak", category = r"Line
breaks")]
    First,
    #[code(2, "a string that runs
over a line break", alias = r##"two
lines"##)]
    Second,
}
"####;

#[test]
fn a_crlf_source_exports_the_same_bytes_as_its_lf_copy() {
    let lf = source_file("read_lf", WITH_RAW_STRINGS);
    let crlf = source_file("read_crlf", &WITH_RAW_STRINGS.replace('\n', "\r\n"));
    assert!(
        fs::read_to_string(&crlf)
            .expect("read")
            .contains("over\r\ntwo")
    );
    for format in [
        "json",
        "markdown",
        "swift",
        "kotlin",
        "java",
        "typescript",
        "xcstrings",
        "android-strings",
    ] {
        let export = |file: &Path| {
            let args = [
                "export",
                "--format",
                format,
                "--input",
                file.to_str().expect("UTF-8"),
            ];
            let output = tool(&args);
            assert!(output.status.success(), "{format}: {}", stderr(&output));
            // The file's name is the only difference the header may show.
            stdout(&output).replace(file.to_str().expect("UTF-8"), "lib.rs")
        };
        assert_eq!(export(&crlf), export(&lf), "{format}");
    }
    assert!(export_json(&lf, &[]).contains("\"A reason over\\ntwo lines\""));
}

const WITH_CFGS: &str = r#"use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[cfg_attr(feature = "extra", error_codes(retryable = true))]
pub enum Gated {
    #[code(1, "always")]
    Always,
    #[cfg(test)]
    #[code(2, "only in the crate's tests")]
    InTests,
    #[cfg(any())]
    #[code(3, "never")]
    Never,
    #[cfg(not(all()))]
    #[code(4, "never either")]
    NeverEither,
    #[cfg(feature = "extra")]
    #[code(5, "with the feature `extra`")]
    Extra,
    #[cfg_attr(not(feature = "extra"), code(6, "without `extra`"))]
    #[cfg_attr(feature = "extra", code(6, "with `extra`"))]
    Either,
    #[cfg(unix)]
    #[code(7, "on unix")]
    OnUnix,
}

#[cfg(test)]
#[derive(Debug, ErrorCodes)]
pub enum OnlyInTests {
    #[code(1)]
    One,
}
"#;

/// The codes and descriptions of `Gated` as the tool reads it.
fn gated(file: &Path, extra: &[&str]) -> Vec<(i64, String)> {
    let json: serde_json::Value = serde_json::from_str(&export_json(file, extra)).expect("JSON");
    json["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|entry| {
            let code = entry["code"].as_i64().expect("a code");
            (
                code,
                entry["description"].as_str().expect("text").to_owned(),
            )
        })
        .collect()
}

#[test]
fn variants_exist_as_the_stated_build_has_them() {
    let file = source_file("read_cfg", WITH_CFGS);
    // The test-only enum is not there: only `Gated` derives in a build.
    assert_eq!(
        gated(&file, &[]),
        [
            (1, "always".to_owned()),
            (5, "with the feature `extra`".to_owned()),
            (6, "with `extra`".to_owned()),
            (7, "on unix".to_owned())
        ]
    );
    assert_eq!(
        gated(&file, &["--features", "other"]),
        [
            (1, "always".to_owned()),
            (6, "without `extra`".to_owned()),
            (7, "on unix".to_owned())
        ]
    );
    let json = export_json(&file, &[]);
    assert!(json.contains("\"retryable\": true"), "{json}");
    assert!(!export_json(&file, &["--features="]).contains("retryable"));
    // What it assumed, it says.
    let list = tool(&["list", "--input", file.to_str().expect("UTF-8")]);
    assert!(list.status.success());
    assert_eq!(
        stderr(&list),
        "note: read as a build with every feature on, taking as true: feature = \"extra\", unix\n"
    );
    let explain = tool(&[
        "explain",
        "1",
        "--input",
        file.to_str().expect("UTF-8"),
        "--features",
        "extra",
    ]);
    assert_eq!(
        stderr(&explain),
        "note: read as a build with only the features extra, taking as true: unix\n"
    );
}

#[test]
fn identifiers_are_read_composed_as_the_compiler_reads_them() {
    // `Café` with a combining accent (e, U+0301) and with `é` (U+00E9): one
    // identifier to the compiler. (`SCREAMING_SNAKE_CASE` is serde's, which
    // upper-cases ASCII letters only.)
    let decomposed = "use error_macros::ErrorCodes;\n#[derive(ErrorCodes)]\n#[error_codes(rename_all = \"SCREAMING_SNAKE_CASE\")]\npub enum E {\n    #[code(1)]\n    Cafe\u{301}Lost,\n}\n";
    let file = source_file("read_nfc", decomposed);
    let json = export_json(&file, &[]);
    assert!(json.contains("\"name\": \"CAF\u{e9}_LOST\""), "{json}");
    let composed = source_file(
        "read_nfc_composed",
        &decomposed.replace("e\u{301}", "\u{e9}"),
    );
    assert_eq!(
        export_json(&composed, &[]),
        json.replace(
            file.to_str().expect("UTF-8"),
            composed.to_str().expect("UTF-8")
        )
    );
}

#[test]
fn an_enum_the_compiler_refuses_is_refused_at_its_place() {
    for (body, repr, message) in [
        (
            "#[code(1)] A = 1, #[code(5)] B = 5, #[code(4)] C, #[code(6)] D = 6",
            "",
            "lib.rs:7:66: `D` has the discriminant 6, which `C` already has; the compiler refuses the enum (E0081)",
        ),
        (
            "#[code(255)] A = 255, #[code(3)] B",
            "#[repr(u8)]",
            "lib.rs:7:38: the discriminant of `B` would follow `A`'s, 255, past the last value of `u8`; the compiler refuses the enum (E0370)",
        ),
        (
            "#[code(1)] A",
            "#[repr(u8)] #[repr(u16)]",
            "lib.rs:5:20: the enum is represented as `u8` and as `u16`; the compiler refuses conflicting representation hints (E0566)",
        ),
    ] {
        let source = format!(
            "use error_macros::ErrorCodes;\n\n#[derive(ErrorCodes)]\n\n{repr}\npub enum E {{\n    {body}\n}}\n"
        );
        let file = source_file("read_rustc_refuses", &source);
        let path = file.to_str().expect("UTF-8");
        let output = tool(&["list", "--input", path]);
        assert_eq!(output.status.code(), Some(2), "{source}");
        let printed = stderr(&output).replace(path, "lib.rs");
        assert!(
            printed.starts_with(&format!("error: {message}")),
            "{printed}"
        );
    }
}
