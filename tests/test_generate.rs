//! `error-codes generate` on a scratch SDK repository whose manifest names
//! every format for two enums: it writes every file exactly as `export`
//! would; `--check` passes, then fails naming the right files after a
//! reason changes in Rust, after a hand edit of an output and after an
//! output is deleted, writing nothing; every manifest mistake is one
//! message at its line, status 2.

mod common;

use common::cli::{stderr, stdout, tool_in};
use common::tools::scratch_dir;
use std::fs;
use std::path::{Path, PathBuf};

/// Every format, its file and its options, for one enum.
const OUTPUTS: [(&str, &str, &str); 8] = [
    ("markdown", "docs/{}.md", "title = \"Errors\""),
    ("json", "docs/{}.json", ""),
    ("swift", "ios/{}.swift", "domain = \"com.example.sdk\""),
    (
        "kotlin",
        "android/{}.kt",
        "kotlin-package = \"com.example.sdk\"",
    ),
    (
        "java",
        "android/java/{}.java",
        "java-naming = \"SCREAMING_SNAKE_CASE\"\njava-package = \"com.example.sdk\"",
    ),
    ("typescript", "web/{}.ts", "typescript-style = \"erasable\""),
    ("xcstrings", "ios/{}.xcstrings", ""),
    ("android-strings", "android/res/{}.xml", ""),
];

const ENUMS: [&str; 2] = ["SessionError", "MediaError"];

/// A scratch SDK: the fixture SDK's source under `core/src`, and a manifest
/// naming every output of both its enums.
fn sdk(test: &str) -> PathBuf {
    let dir = scratch_dir(test);
    let src = dir.join("core/src");
    fs::create_dir_all(&src).expect("created");
    for file in ["lib.rs", "errors.rs"] {
        fs::copy(
            Path::new("tests/fixtures/other-sdk/src").join(file),
            src.join(file),
        )
        .expect("copied");
    }
    let mut manifest = String::new();
    for name in ENUMS {
        manifest.push_str(&format!(
            "[[taxonomy]]\ninput = \"core/src\"\nenum = \"{name}\"\n\n"
        ));
        for (format, path, options) in OUTPUTS {
            manifest.push_str(&format!(
                "[[taxonomy.output]]\nformat = \"{format}\"\npath = \"{}\"\n{options}\n\n",
                path.replace("{}", name)
            ));
        }
    }
    fs::write(dir.join("error-codes.toml"), manifest).expect("written");
    dir
}

/// Every output's path, relative to the SDK.
fn outputs() -> Vec<String> {
    ENUMS
        .iter()
        .flat_map(|name| {
            OUTPUTS
                .iter()
                .map(move |(_, path, _)| path.replace("{}", name))
        })
        .collect()
}

/// Every file of the SDK and its contents.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut directories = vec![dir.to_owned()];
    while let Some(directory) = directories.pop() {
        for entry in fs::read_dir(&directory).expect("listed") {
            let path = entry.expect("an entry").path();
            let metadata = fs::symlink_metadata(&path).expect("its metadata");
            if metadata.is_dir() {
                directories.push(path);
            } else if metadata.file_type().is_symlink() {
                // A link is recorded, not followed: where it leads.
                let target = fs::read_link(&path).expect("a link");
                files.push((path, target.into_os_string().into_encoded_bytes()));
            } else {
                let contents = fs::read(&path).expect("read");
                files.push((path, contents));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn generate_writes_what_export_writes() {
    let dir = sdk("generate_writes");
    let output = tool_in(&dir, &["generate"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!((stdout(&output), stderr(&output)), ("", ""));
    for name in ENUMS {
        for (format, path, options) in OUTPUTS {
            let mut args = vec![
                "export", "--input", "core/src", "--enum", name, "--format", format,
            ];
            let flags: Vec<String> = options
                .lines()
                .filter(|line| !line.is_empty())
                .flat_map(|line| {
                    let (key, value) = line.split_once(" = ").expect("key = value");
                    [format!("--{key}"), value.trim_matches('"').to_owned()]
                })
                .collect();
            args.extend(flags.iter().map(String::as_str));
            let exported = tool_in(&dir, &args);
            assert!(exported.status.success(), "{}", stderr(&exported));
            let path = dir.join(path.replace("{}", name));
            assert_eq!(
                fs::read_to_string(&path).expect("generated"),
                stdout(&exported),
                "{}",
                path.display()
            );
        }
    }
    let check = tool_in(&dir, &["generate", "--check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert_eq!((stdout(&check), stderr(&check)), ("", ""));
}

#[test]
fn generate_check_passes_from_any_directory() {
    let dir = sdk("generate_elsewhere");
    assert!(tool_in(&dir, &["generate"]).status.success());
    // The SDK's parent, and a directory beside the SDK's sources.
    let manifest = dir.join("error-codes.toml");
    for cwd in [dir.parent().expect("a parent").to_owned(), dir.join("core")] {
        let check = tool_in(
            &cwd,
            &[
                "generate",
                "--check",
                "--manifest",
                manifest.to_str().expect("UTF-8"),
            ],
        );
        assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
        let relative = pathdiff(&manifest, &cwd);
        let check = tool_in(&cwd, &["generate", "--check", "--manifest", &relative]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{relative}: {}",
            stdout(&check)
        );
    }
    // Each generated source names its input as the manifest does.
    let swift = fs::read_to_string(dir.join("ios/SessionError.swift")).expect("generated");
    assert!(
        swift.contains("`SessionError` in core/src/errors.rs"),
        "{swift}"
    );
}

/// `path` relative to `from`, both absolute, through `..` where needed.
fn pathdiff(path: &Path, from: &Path) -> String {
    let common = path
        .components()
        .zip(from.components())
        .take_while(|(a, b)| a == b)
        .count();
    let ups = from.components().count() - common;
    let mut relative = PathBuf::new();
    for _ in 0..ups {
        relative.push("..");
    }
    relative.extend(path.components().skip(common));
    relative.display().to_string()
}

/// `generate --check` in `dir`: status 1, what it printed, and nothing
/// written.
fn stale(dir: &Path) -> String {
    let before = snapshot(dir);
    let check = tool_in(dir, &["generate", "--check"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert_eq!(snapshot(dir), before, "--check writes nothing");
    stdout(&check).to_owned()
}

#[test]
fn a_changed_reason_makes_every_output_of_its_enum_stale() {
    let dir = sdk("generate_reason_changed");
    assert!(tool_in(&dir, &["generate"]).status.success());
    let errors = dir.join("core/src/errors.rs");
    let source = fs::read_to_string(&errors).expect("read");
    let changed = source.replace("The network went away", "The network is gone");
    assert_ne!(changed, source);
    fs::write(&errors, changed).expect("written");
    let printed = stale(&dir);
    let named: Vec<&str> = printed
        .lines()
        .map(|line| line.split(':').next().expect("a path"))
        .collect();
    let expected: Vec<String> = OUTPUTS
        .iter()
        .map(|(_, path, _)| path.replace("{}", "SessionError"))
        .collect();
    assert_eq!(named, expected, "{printed}");
    // Each with its first differing line.
    assert!(
        printed.lines().all(|line| line
            .split(':')
            .nth(1)
            .is_some_and(|line| line.parse::<usize>().is_ok())),
        "{printed}"
    );
}

#[test]
fn a_hand_edit_and_a_deleted_output_are_named() {
    let dir = sdk("generate_hand_edit");
    assert!(tool_in(&dir, &["generate"]).status.success());
    let kotlin = dir.join("android/MediaError.kt");
    let text = fs::read_to_string(&kotlin).expect("read");
    let edited: String = text
        .lines()
        .map(|line| line.replace("(-1, ", "(-100, "))
        .map(|line| format!("{line}\n"))
        .collect();
    fs::write(&kotlin, &edited).expect("written");
    let line = text
        .lines()
        .position(|line| line.contains("(-1, "))
        .expect("the constant")
        + 1;
    assert_eq!(
        stale(&dir),
        format!(
            "android/MediaError.kt:{line}: differs from what `error-codes generate` writes; run it, and commit what it writes\n"
        )
    );
    fs::remove_file(dir.join("web/SessionError.ts")).expect("removed");
    // In the manifest's order: `SessionError`'s outputs first.
    assert_eq!(
        stale(&dir),
        format!(
            "web/SessionError.ts: missing; `error-codes generate` writes it\n\
             android/MediaError.kt:{line}: differs from what `error-codes generate` writes; run it, and commit what it writes\n"
        )
    );
    let github = tool_in(&dir, &["generate", "--check", "--format", "github"]);
    assert_eq!(github.status.code(), Some(1));
    assert_eq!(
        stdout(&github),
        format!(
            "::error file=web/SessionError.ts::missing; `error-codes generate` writes it\n\
             ::error file=android/MediaError.kt,line={line}::differs from what `error-codes generate` writes; run it, and commit what it writes\n"
        )
    );
    // Generating again makes it current.
    assert!(tool_in(&dir, &["generate"]).status.success());
    assert_eq!(
        tool_in(&dir, &["generate", "--check"]).status.code(),
        Some(0)
    );
}

#[test]
fn every_manifest_mistake_is_one_line_at_its_place_and_writes_nothing() {
    let dir = sdk("generate_mistakes");
    let manifest = dir.join("error-codes.toml");
    let good = fs::read_to_string(&manifest).expect("read");
    let first_output = "[[taxonomy.output]]\nformat = \"markdown\"";
    for (mistake, message) in [
        (
            good.replacen("enum = \"SessionError\"", "enums = \"SessionError\"", 1),
            "error-codes.toml:3:1: unknown field `enums`, expected one of `input`, `enum`, `features`, `output`",
        ),
        (
            good.replacen(first_output, "[[taxonomy.output]]\nformat = \"yaml\"", 1),
            "error-codes.toml:6:10: unknown format `yaml`; expected one of `markdown`, `json`, `swift`, `kotlin`, `java`, `typescript`, `xcstrings`, `android-strings`",
        ),
        (
            good.replacen("title = \"Errors\"", "domain = \"x\"", 1),
            "error-codes.toml:8:10: `domain` applies only to the format `swift`, not `markdown`",
        ),
        (
            good.replacen(
                "path = \"docs/SessionError.json\"",
                "path = \"docs/SessionError.md\"",
                1,
            ),
            "error-codes.toml:12:8: `docs/SessionError.md` is the same file as the output at error-codes.toml:7:8; each output needs a file of its own",
        ),
        (
            good.replacen(
                "path = \"docs/SessionError.json\"",
                "path = \"core/src/errors.rs\"",
                1,
            ),
            "error-codes.toml:12:8: core/src/errors.rs is core/src/errors.rs, which the tool reads; an output must not overwrite a taxonomy's input or the manifest",
        ),
        (
            good.replacen("input = \"core/src\"", "input = \"core/source\"", 1),
            "error-codes.toml:1:1: cannot read core/source: No such file or directory (os error 2)",
        ),
    ] {
        fs::write(&manifest, &mistake).expect("written");
        let before = snapshot(&dir);
        let output = tool_in(&dir, &["generate"]);
        assert_eq!(output.status.code(), Some(2), "{message}");
        assert_eq!(stderr(&output), format!("error: {message}\n"));
        assert_eq!(snapshot(&dir), before, "nothing written: {message}");
    }
    // Elsewhere, with --manifest: paths are the manifest's.
    fs::write(&manifest, &good).expect("written");
    let output = tool_in(
        dir.parent().expect("a parent"),
        &[
            "generate",
            "--manifest",
            "generate_mistakes/error-codes.toml",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    for path in outputs() {
        assert!(dir.join(&path).is_file(), "{path}");
    }
    let missing = tool_in(&dir, &["generate", "--manifest", "nowhere.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("error: cannot read the manifest nowhere.toml: "));
}

/// A scratch directory holding an SDK (`sdk/`, as [`sdk`] makes it) and,
/// beside it, a directory the SDK's manifest must not write into
/// (`outside/`).
fn sdk_beside_outside(test: &str) -> (PathBuf, PathBuf) {
    let dir = sdk(test);
    let root = scratch_dir(&format!("{test}_root"));
    let sdk = root.join("sdk");
    fs::rename(&dir, &sdk).expect("moved");
    let outside = root.join("outside");
    fs::create_dir(&outside).expect("created");
    fs::write(outside.join("keep.txt"), "a file of the user's\n").expect("written");
    (sdk, outside)
}

/// `generate` with the manifest's first output moved to `path`: status 2,
/// its message, and nothing written anywhere.
fn refused(sdk: &Path, outside: &Path, path: &str) -> String {
    let manifest = sdk.join("error-codes.toml");
    let good = fs::read_to_string(&manifest).expect("read");
    let moved = good.replacen(
        "path = \"docs/SessionError.md\"",
        &format!("path = \"{}\"", path.replace('\\', "\\\\")),
        1,
    );
    assert_ne!(moved, good);
    fs::write(&manifest, moved).expect("written");
    let (sdk_before, outside_before) = (snapshot(sdk), snapshot(outside));
    for args in [&["generate"][..], &["generate", "--check"]] {
        let output = tool_in(sdk, args);
        assert_eq!(output.status.code(), Some(2), "{path}: {}", stderr(&output));
        assert_eq!(snapshot(sdk), sdk_before, "{path}");
        assert_eq!(snapshot(outside), outside_before, "{path}");
    }
    let message = stderr(&tool_in(sdk, &["generate"])).to_owned();
    fs::write(&manifest, good).expect("written");
    message
}

#[cfg(unix)]
#[test]
fn a_manifest_writes_only_inside_its_directory() {
    let (sdk, outside) = sdk_beside_outside("generate_confined");
    let target = outside.join("keep.txt");
    std::os::unix::fs::symlink(&outside, sdk.join("docs-link")).expect("linked");
    fs::create_dir(sdk.join("docs")).expect("created");
    for path in [
        target.to_str().expect("UTF-8").to_owned(),
        "../outside/keep.txt".to_owned(),
        "docs/../../outside/keep.txt".to_owned(),
        "docs-link/keep.txt".to_owned(),
        // `..` after a link is taken from where the link leads.
        "docs-link/../outside/new.md".to_owned(),
    ] {
        let message = refused(&sdk, &outside, &path);
        assert!(
            message.contains("outside") && message.contains("--allow-outside"),
            "{path}: {message}"
        );
    }
    // Allowed, it writes there, and says so.
    let manifest = sdk.join("error-codes.toml");
    let good = fs::read_to_string(&manifest).expect("read");
    fs::write(
        &manifest,
        good.replacen(
            "path = \"docs/SessionError.md\"",
            "path = \"../outside/SessionError.md\"",
            1,
        ),
    )
    .expect("written");
    let output = tool_in(&sdk, &["generate", "--allow-outside"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("note: error-codes.toml:7:8: ../outside/SessionError.md is "),
        "{}",
        stderr(&output)
    );
    assert!(outside.join("SessionError.md").is_file());
    assert_eq!(
        fs::read_to_string(&target).expect("kept"),
        "a file of the user's\n"
    );
}

#[cfg(unix)]
#[test]
fn an_output_is_never_what_the_manifest_reads_nor_another_output() {
    let (sdk, outside) = sdk_beside_outside("generate_never_an_input");
    std::os::unix::fs::symlink(sdk.join("docs"), sdk.join("docs-link")).expect("linked");
    for (path, expected) in [
        // The other enum's input is the same file: any taxonomy's input
        // counts, not only the output's own.
        (
            "core/src/lib.rs",
            "core/src/lib.rs is core/src/lib.rs, which the tool reads",
        ),
        (
            "error-codes.toml",
            "error-codes.toml is error-codes.toml, which the tool reads",
        ),
        (
            "docs-link/SessionError.json",
            "`docs/SessionError.json` is the same file as the output at error-codes.toml:7:8",
        ),
    ] {
        let message = refused(&sdk, &outside, path);
        assert!(message.contains(expected), "{path}: {message}");
    }
}

#[test]
fn an_output_that_cannot_be_written_stops_every_write() {
    let (sdk, outside) = sdk_beside_outside("generate_all_or_nothing");
    // The last output is a directory: it cannot be written, and the
    // outputs before it, which could, are not written either.
    let manifest = sdk.join("error-codes.toml");
    let good = fs::read_to_string(&manifest).expect("read");
    fs::write(
        &manifest,
        good.replacen(
            "path = \"android/res/MediaError.xml\"",
            "path = \"core\"",
            1,
        ),
    )
    .expect("written");
    let before = snapshot(&sdk);
    let output = tool_in(&sdk, &["generate"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "error: cannot write core: it is a directory\n"
    );
    assert_eq!(
        snapshot(&sdk),
        before,
        "no output, no directory, no temporary file"
    );
    assert!(!sdk.join("docs").exists());
    let _ = outside;
}
