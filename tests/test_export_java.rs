//! `nserror export --format java`, compiled with `javac` and run: every
//! constant must carry the taxonomy's code, name and message, and
//! `fromCode` must find it.

mod common;

use common::cli::export;
use common::reference::{ANDROID_CONSTANTS, screaming_constants};
use common::tools::{find, run, scratch_dir};
use error_codes::ErrorCode;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints every constant as `code, constant, name, message, found by
/// fromCode`, one a line, then what `fromCode` says of an unknown code.
const CHECK: &str = r#"
public class Check {
    public static void main(String[] args) {
        for (ErrorCode error : ErrorCode.values()) {
            System.out.println(error.getCode() + "\t" + error.name() + "\t" + error.getName()
                + "\t" + error.getMessage() + "\t" + (ErrorCode.fromCode(error.getCode()) == error));
        }
        System.out.println(ErrorCode.fromCode(4242));
    }
}
"#;

fn javac() -> Option<PathBuf> {
    let install = "install a JDK (.ci/run: apt-get install -y default-jdk-headless)";
    find("javac", &[], install)
}

/// Compiles `files` (name, source) with `javac -Xlint:all -Werror` and runs
/// `Check`.
fn compile_and_run_files(javac: &Path, test: &str, files: &[(&str, &str)]) -> String {
    let dir = scratch_dir(test);
    for (name, source) in files {
        std::fs::write(dir.join(name), source).expect("written");
    }
    run(Command::new(javac)
        .current_dir(&dir)
        .args([
            "-encoding",
            "UTF-8",
            "-Xlint:all",
            "-Werror",
            "-d",
            "classes",
        ])
        .args(files.iter().map(|(name, _)| name)));
    run(Command::new(javac.with_file_name("java"))
        .current_dir(&dir)
        .args(["-cp", "classes", "Check"]))
}

/// Compiles the export of `args` with `Check` and runs it.
fn compile_and_run(javac: &Path, test: &str, args: &[&str], import: &str) -> String {
    let source = export(&[&["--format", "java"], args].concat());
    let check = format!("{import}{CHECK}");
    compile_and_run_files(
        javac,
        test,
        &[("ErrorCode.java", &source), ("Check.java", &check)],
    )
}

fn expected(constants: &[String]) -> String {
    let mut expected: String = ErrorCode::ALL
        .iter()
        .zip(constants)
        .map(|(code, constant)| {
            let (code, name, message) = (code.code(), code.name(), code.description());
            format!("{code}\t{constant}\t{name}\t{message}\ttrue\n")
        })
        .collect();
    expected.push_str("null\n");
    expected
}

#[test]
fn android_naming_compiles_and_carries_every_code() {
    let Some(javac) = javac() else { return };
    let printed = compile_and_run(&javac, "java_android_naming", &[], "");
    assert_eq!(printed, expected(&ANDROID_CONSTANTS.map(String::from)));
}

#[test]
fn plain_screaming_snake_case_in_a_package() {
    let Some(javac) = javac() else { return };
    let args = [
        "--java-naming",
        "SCREAMING_SNAKE_CASE",
        "--java-package",
        "com.example.sdk",
    ];
    let import = "import com.example.sdk.ErrorCode;\n";
    let printed = compile_and_run(&javac, "java_plain_naming", &args, import);
    assert_eq!(printed, expected(&screaming_constants()));
}

/// The `u64` fixture: `long` codes that keep a `u64`'s bits, printed back
/// unsigned; `fromCode` by comparison (`switch` takes no `long`), the
/// alternative code included; deprecated constants compiled warning-free.
const CHECK_LONG: &str = r#"
public class Check {
    public static void main(String[] args) {
        for (SessionError error : SessionError.values()) {
            System.out.println(Long.toUnsignedString(error.getCode()) + "\t" + error.getName()
                + "\t" + error.getMessage().replace("\n", "\\n") + "\t" + (SessionError.fromCode(error.getCode()) == error));
        }
        System.out.println((SessionError.fromCode(11L) == SessionError.CONNECTION_LOST_ERROR_CODE) + "\t" + SessionError.fromCode(4242L));
    }
}
"#;

#[test]
fn long_codes_and_deprecations_of_another_sdk() {
    let Some(javac) = javac() else { return };
    let source = common::cli::export_session(&["--format", "java"]);
    assert!(source.contains(
        "    /** @deprecated since 2.0.0: the server no longer sends it */\n    @Deprecated\n"
    ));
    let files = [
        ("SessionError.java", source.as_str()),
        ("Check.java", CHECK_LONG),
    ];
    let printed = compile_and_run_files(&javac, "java_session", &files);
    let taxonomy = common::cli::session_taxonomy();
    let mut expected: String = taxonomy
        .entries
        .iter()
        .map(|entry| {
            let message = entry.description().replace('\n', "\\n");
            format!("{}\t{}\t{message}\ttrue\n", entry.code, entry.name)
        })
        .collect();
    expected.push_str("true\tnull\n");
    assert_eq!(printed, expected);
}
