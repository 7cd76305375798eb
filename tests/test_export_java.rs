//! `error-codes export --format java`, compiled with `javac` and run: every
//! constant must carry the taxonomy's code, name and message, and
//! `fromCode` must find it.

mod common;

use common::cli::export;
use common::platforms::java;
use common::reference::{ANDROID_CONSTANTS, screaming_constants};
use error_codes::ErrorCode;

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

/// Compiles the export of `args` with `Check` and runs it.
fn compile_and_run(test: &str, args: &[&str], import: &str) -> Option<String> {
    let source = export(&[&["--format", "java"], args].concat());
    let check = format!("{import}{CHECK}");
    java(
        test,
        &[("ErrorCode.java", &source), ("Check.java", &check)],
        "Check",
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
    let Some(printed) = compile_and_run("java_android_naming", &[], "") else {
        return;
    };
    assert_eq!(printed, expected(&ANDROID_CONSTANTS.map(String::from)));
}

#[test]
fn plain_screaming_snake_case_in_a_package() {
    let args = [
        "--java-naming",
        "SCREAMING_SNAKE_CASE",
        "--java-package",
        "com.example.sdk",
    ];
    let import = "import com.example.sdk.ErrorCode;\n";
    let Some(printed) = compile_and_run("java_plain_naming", &args, import) else {
        return;
    };
    assert_eq!(printed, expected(&screaming_constants()));
}

/// The `u64` fixture: `long` codes that keep a `u64`'s bits, printed back
/// unsigned; `fromCode` of a `long` key (a `switch` takes none), the
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
    let source = common::cli::export_session(&["--format", "java"]);
    assert!(source.contains(
        "    /** @deprecated since 2.0.0: the server no longer sends it */\n    @Deprecated\n"
    ));
    let files = [
        ("SessionError.java", source.as_str()),
        ("Check.java", CHECK_LONG),
    ];
    let Some(printed) = java("java_session", &files, "Check") else {
        return;
    };
    let taxonomy = common::cli::session_taxonomy();
    let mut expected: String = taxonomy
        .entries
        .iter()
        .map(|entry| {
            let message = entry.facts.description().replace('\n', "\\n");
            format!("{}\t{}\t{message}\ttrue\n", entry.code, entry.facts.name)
        })
        .collect();
    expected.push_str("true\tnull\n");
    assert_eq!(printed, expected);
}
