//! The `error-codes` binary, run as a user would.

use std::process::{Command, Output};

pub fn tool(args: &[&str]) -> Output {
    super::process::output_within(
        Command::new(env!("CARGO_BIN_EXE_error-codes")).args(args),
        TOOL_LIMIT,
    )
}

/// `error-codes ARGS` run in `dir`.
pub fn tool_in(dir: &std::path::Path, args: &[&str]) -> Output {
    super::process::output_within(
        Command::new(env!("CARGO_BIN_EXE_error-codes"))
            .args(args)
            .current_dir(dir),
        TOOL_LIMIT,
    )
}

/// Far longer than any command takes: past it, the tool hangs.
pub const TOOL_LIMIT: std::time::Duration = std::time::Duration::from_secs(120);

pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("UTF-8")
}

pub fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("UTF-8")
}

/// What `error-codes export ARGS` writes to stdout; it must succeed silently.
pub fn export(args: &[&str]) -> String {
    let output = tool(&[&["export"], args].concat());
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    assert_eq!(stderr(&output), "", "{args:?}");
    stdout(&output).to_owned()
}

/// The fixture SDK's source tree, another taxonomy than NSError's.
pub const OTHER_SDK: &str = "tests/fixtures/other-sdk/src";

/// What `error-codes export --input OTHER_SDK --enum SessionError ARGS` writes.
pub fn export_session(args: &[&str]) -> String {
    export(&[&["--input", OTHER_SDK, "--enum", "SessionError"], args].concat())
}

/// The fixture SDK's `SessionError`, as the tool reads it.
pub fn session_taxonomy() -> error_codes_model::Taxonomy {
    error_codes_cli::input::read(
        std::path::Path::new(OTHER_SDK),
        Some("SessionError"),
        &error_codes_cli::build::Build::every_feature(),
    )
    .expect("the fixture reads")
    .taxonomy
}
