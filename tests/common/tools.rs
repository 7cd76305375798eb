//! The compilers the generated sources are checked with, and a place to
//! put their files.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The first of `candidates` that exists, else `name` on `PATH`. When there
/// is none, CI (`CI` set, as `.ci/run` and CI services do) fails, since it
/// installs every tool; elsewhere the test is skipped, and says so.
pub fn find(name: &str, candidates: &[PathBuf], install: &str) -> Option<PathBuf> {
    let on_path: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(name))
                .collect()
        })
        .unwrap_or_default();
    let found = candidates
        .iter()
        .chain(&on_path)
        .find(|path| path.is_file());
    if found.is_none() {
        missing(name, install);
    }
    found.cloned()
}

/// Says that `name` is missing: a failure under CI, which installs every
/// tool; elsewhere the test is skipped, and says so.
pub fn missing(name: &str, install: &str) {
    let in_ci = std::env::var("CI").is_ok_and(|ci| !matches!(ci.as_str(), "" | "0" | "false"));
    assert!(!in_ci, "{name} is missing; CI must have it: {install}");
    // Straight to stderr: the harness hides `eprintln!` of a passing test.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {name} is missing, so the generated source was not checked with it; {install}"
    );
}

/// A new, empty directory for one test's files.
pub fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch directory is created");
    dir
}

/// Runs `command`, which must succeed; its stdout.
pub fn run(command: &mut Command) -> String {
    let output = output(command);
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Runs `command`, whatever its status, within the time limit of every
/// child process.
pub fn output(command: &mut Command) -> Output {
    super::process::output(command)
}

/// A tool `.ci/run` installs with npm into `.ci/tools`, else `name` on
/// `PATH`, else `$ENV` (`TSC`, `KOTLINC`) first.
pub fn npm_tool(name: &str, installed: &str, env: &str) -> Option<PathBuf> {
    let installed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".ci/tools/node_modules")
        .join(installed);
    let candidates: Vec<PathBuf> = std::env::var_os(env)
        .map(PathBuf::from)
        .into_iter()
        .chain([installed])
        .collect();
    find(
        name,
        &candidates,
        "run .ci/run, which installs it with npm into .ci/tools",
    )
}

/// The directory `.ci/run` installs npm packages into, when it has them.
pub fn node_modules(package: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/tools/node_modules");
    let found = dir.join(package).is_dir().then_some(dir);
    if found.is_none() {
        missing(
            package,
            "run .ci/run, which installs it with npm into .ci/tools",
        );
    }
    found
}
