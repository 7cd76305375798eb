//! `nserror export --format java`, compiled with `javac` and run: every
//! constant must carry the taxonomy's code, name and message, and
//! `fromCode` must find it.

mod common;

use common::cli::export;
use common::tools::{find, run, scratch_dir};
use error_codes::ErrorCode;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Android SDK's spelling, in declaration order: `_ERROR_CODE` unless
/// the name already ends in `_ERROR`.
const ANDROID_CONSTANTS: [&str; 21] = [
    "USER_GENERIC_ERROR_CODE",
    "USER_NOT_FOUND_ERROR_CODE",
    "USER_CLOSED_ERROR",
    "EXISTING_USER_IN_SESSION_ERROR_CODE",
    "USER_NOT_STREAMING_ERROR_CODE",
    "USER_NOT_AUTHORIZED_ERROR_CODE",
    "SESSION_GENERIC_ERROR",
    "SESSION_CLOSED_ERROR_CODE",
    "SESSION_IS_FULL_ERROR_CODE",
    "MEDIA_ENDPOINT_ERROR_CODE",
    "TRANSPORT_REQUEST_ERROR_CODE",
    "TRANSPORT_RESPONSE_ERROR_CODE",
    "TRANSPORT_ERROR_CODE",
    "UNKNOWN_ERROR",
    "GENERIC_CONNECTION_ERROR",
    "GENERIC_ERROR",
    "INVALID_TOKEN_ERROR_CODE",
    "INVALID_TOKEN_DATA_ERROR_CODE",
    "INVALID_TOKEN_JSON_DATA_ERROR_CODE",
    "INVALID_SOCKET_URL_ERROR_CODE",
    "INVALID_STUN_SERVER_ERROR_CODE",
];

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

/// Compiles the export of `args` with `Check` and runs it.
fn compile_and_run(javac: &Path, test: &str, args: &[&str], import: &str) -> String {
    let dir = scratch_dir(test);
    let source = export(&[&["--format", "java"], args].concat());
    std::fs::write(dir.join("ErrorCode.java"), source).expect("written");
    std::fs::write(dir.join("Check.java"), format!("{import}{CHECK}")).expect("written");
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
        .args(["ErrorCode.java", "Check.java"]));
    let java = javac.with_file_name("java");
    run(Command::new(java)
        .current_dir(&dir)
        .args(["-cp", "classes", "Check"]))
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
    let constants = ANDROID_CONSTANTS.map(|constant| {
        constant
            .strip_suffix("_ERROR_CODE")
            .unwrap_or(constant)
            .to_owned()
    });
    assert_eq!(printed, expected(&constants));
}
