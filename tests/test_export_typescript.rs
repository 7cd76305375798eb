//! `nserror export --format typescript`, compiled with `tsc --strict` and run
//! with node: every member must carry the taxonomy's code, name and message,
//! and the description map must be complete or fail to compile.

mod common;

use common::cli::export;
use common::tools::{find, output, run, scratch_dir};
use error_codes::ErrorCode;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints every member as `code, name, name by reverse lookup, message`,
/// in declaration order.
const CHECK: &str = r#"import { ErrorCode, errorDescriptions } from "./ErrorCode";

for (const [name, code] of Object.entries(ErrorCode)) {
  if (typeof code === "number") {
    console.log(`${code}\t${name}\t${ErrorCode[code]}\t${errorDescriptions[code]}`);
  }
}
"#;

/// Where `.ci/run` installs the pinned TypeScript; `$TSC` overrides it.
fn tsc() -> Option<PathBuf> {
    let installed = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/tools/node_modules/.bin/tsc");
    let candidates: Vec<PathBuf> = std::env::var_os("TSC")
        .map(PathBuf::from)
        .into_iter()
        .chain([installed])
        .collect();
    find(
        "tsc",
        &candidates,
        "run .ci/run, which installs it with npm",
    )
}

/// `tsc --strict` on the export, as `source_of` turns it, and `check.ts`.
fn compile(tsc: &Path, test: &str, source_of: impl Fn(String) -> String) -> (PathBuf, Command) {
    let dir = scratch_dir(test);
    let source = source_of(export(&["--format", "typescript"]));
    std::fs::write(dir.join("ErrorCode.ts"), source).expect("written");
    std::fs::write(dir.join("check.ts"), CHECK).expect("written");
    let mut command = Command::new(tsc);
    command.current_dir(&dir).args([
        "--strict",
        "--noEmitOnError",
        "--target",
        "es2020",
        "--module",
        "commonjs",
        "--outDir",
        "out",
        "ErrorCode.ts",
        "check.ts",
    ]);
    (dir, command)
}

#[test]
fn compiles_under_strict_and_carries_every_code() {
    let Some(tsc) = tsc() else { return };
    let (dir, mut tsc) = compile(&tsc, "typescript_strict", |source| source);
    run(&mut tsc);
    let printed = run(Command::new("node").current_dir(&dir).arg("out/check.js"));
    let expected: String = ErrorCode::ALL
        .iter()
        .map(|code| {
            let (code, name, message) = (code.code(), code.name(), code.description());
            format!("{code}\t{name}\t{name}\t{message}\n")
        })
        .collect();
    assert_eq!(printed, expected);
}

#[test]
fn a_description_map_missing_a_code_does_not_compile() {
    let Some(tsc) = tsc() else { return };
    let drop_one = |source: String| {
        source
            .lines()
            .filter(|line| !line.starts_with("  [ErrorCode.sessionIsFull]:"))
            .map(|line| format!("{line}\n"))
            .collect()
    };
    let (_, mut tsc) = compile(&tsc, "typescript_incomplete", drop_one);
    let compiled = output(&mut tsc);
    assert!(!compiled.status.success());
    let diagnostics = String::from_utf8_lossy(&compiled.stdout);
    assert!(
        diagnostics.contains("Property '[ErrorCode.sessionIsFull]' is missing"),
        "{diagnostics}"
    );
}
