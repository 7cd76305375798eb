//! The `error-codes` binary, run as a user would.

mod common;

use common::cli::{OTHER_SDK, TOOL_LIMIT, stderr, stdout, tool};
use common::process::wait_within;

#[test]
fn explain_a_code() {
    let output = tool(&["explain", "104"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "code:    104\n\
         name:    existingUserInSession\n\
         section: User Error codes\n\
         reasons:\n  - A Participant tries to join a Session with a name that already exists\n"
    );
    assert_eq!(stderr(&output), "");
}

#[test]
fn explain_a_name_prints_every_reason() {
    let output = tool(&["explain", "userNotStreaming"]);
    assert!(output.status.success());
    let out = stdout(&output);
    assert!(out.starts_with("code:    105\n"));
    assert_eq!(out.matches("\n  - ").count(), 3, "{out}");
}

#[test]
fn explain_a_negative_code_is_not_a_flag() {
    let output = tool(&["explain", "-1"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("name:    unknownError\n"));
}

#[test]
fn explain_a_code_without_reasons() {
    let output = tool(&["explain", "1101"]);
    assert!(output.status.success());
    assert!(stdout(&output).ends_with("section: Token Errors\nreasons: none documented\n"));
}

#[test]
fn unknown_code_suggests_the_nearest() {
    let output = tool(&["explain", "107"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "error: no error code 107; the nearest is 106 (userNotAuthorized)\n"
    );
}

#[test]
fn unknown_name_suggests_the_nearest() {
    let output = tool(&["explain", "sessionIsFul"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: no error named `sessionIsFul`; did you mean sessionIsFull (206)?\n"
    );
}

#[test]
fn huge_code_is_an_error_not_a_panic() {
    let output = tool(&["explain", "99999999999999999999"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: no error code 99999999999999999999 in `ErrorCode`\n"
    );
}

#[test]
fn list_groups_by_section_in_document_order() {
    let output = tool(&["list"]);
    assert!(output.status.success());
    let out = stdout(&output);
    let headings: Vec<&str> = out
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.is_empty())
        .collect();
    assert_eq!(headings.len(), 7);
    assert_eq!(headings[0], "User Error codes");
    assert_eq!(headings[6], "Socket Erros");
    let rows = out.lines().filter(|line| line.starts_with("  ")).count();
    assert_eq!(rows, 21);
    assert!(out.contains("     -1  unknownError"), "{out}");
}

#[test]
fn missing_argument_is_a_usage_error() {
    let output = tool(&["explain"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("<CODE|NAME>"));
}

/// Every command's output written to a pipe whose reader has gone, as
/// `error-codes list | head -0` leaves it: a one-line error, never a panic.
#[test]
fn a_closed_standard_output_is_an_error_not_a_panic() {
    let released = "error-codes/released.json";
    let commands: [(&[&str], i32); 4] = [
        (&["list"], 2),
        (&["explain", "104"], 2),
        (&["export", "--format", "json"], 2),
        // Another taxonomy against NSError's release: findings to print.
        (
            &[
                "check",
                "--baseline",
                released,
                "--input",
                OTHER_SDK,
                "--enum",
                "SessionError",
            ],
            2,
        ),
    ];
    for (args, status) in commands {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_error-codes"))
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let exit = wait_within(&mut child, TOOL_LIMIT, "error-codes");
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().expect("piped"), &mut stderr)
            .expect("UTF-8");
        assert_eq!(exit.code(), Some(status), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write to standard output: "),
            "{args:?}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    }
}
