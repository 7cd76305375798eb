//! Hostile input and faults, one test per case: the tool never loses
//! data, hangs, crashes or panics. Every file, link, FIFO, socket and
//! device node is made inside a scratch directory (never under `/dev`:
//! run as root, a mistaken `--output` there would replace the device),
//! every child process has a time limit, and the large file's reader runs
//! with its memory bounded.

mod common;

use common::cli::{OTHER_SDK, TOOL_LIMIT, stderr, stdout, tool};
use common::process::output_within;
use common::tools::scratch_dir;
use std::fs;
use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A small SDK with one derive enum, in `dir/src/lib.rs`.
const LIB: &str = r#"use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, ErrorCodes)]
#[error_codes(reserved = [7, "OLD"])]
pub enum AppError {
    #[code(104, "A participant with this name is already in the session")]
    NameTaken,
    #[code(105)]
    Closed,
}
"#;

fn sdk(test: &str) -> PathBuf {
    let dir = scratch_dir(test);
    fs::create_dir(dir.join("src")).expect("created");
    fs::write(dir.join("src/lib.rs"), LIB).expect("written");
    dir
}

fn text(path: &Path) -> String {
    path.to_str().expect("a UTF-8 path").to_owned()
}

fn mkfifo(path: &Path) {
    let made = output_within(Command::new("mkfifo").arg(path), TOOL_LIMIT);
    assert!(made.status.success(), "mkfifo: {}", stderr(&made));
}

/// Refused as a command that cannot run: status 2, one line, nothing on
/// standard output.
fn assert_refused(output: &Output, starts_with: &str) {
    assert_eq!(output.status.code(), Some(2), "{}", stderr(output));
    assert_eq!(stdout(output), "");
    assert!(
        stderr(output).starts_with(starts_with),
        "{}",
        stderr(output)
    );
    assert_eq!(stderr(output).lines().count(), 1, "{}", stderr(output));
}

fn export_json(input: &Path, output: &Path) -> Output {
    tool(&[
        "export",
        "--format",
        "json",
        "--input",
        &text(input),
        "--output",
        &text(output),
    ])
}

#[test]
fn output_over_the_input_file_is_refused() {
    let dir = sdk("hostile_output_is_input");
    let lib = dir.join("src/lib.rs");
    let output = export_json(&lib, &lib);
    assert_refused(
        &output,
        &format!(
            "error: refusing to write {}: it is {}, which this command reads",
            text(&lib),
            text(&lib)
        ),
    );
    assert_eq!(fs::read_to_string(&lib).expect("kept"), LIB);
}

#[test]
fn output_over_a_file_of_the_input_tree_is_refused() {
    let dir = sdk("hostile_output_in_input_tree");
    let output = export_json(&dir.join("src"), &dir.join("src/lib.rs"));
    assert_refused(&output, "error: refusing to write ");
    assert_eq!(
        fs::read_to_string(dir.join("src/lib.rs")).expect("kept"),
        LIB
    );
}

#[test]
fn output_through_a_symlink_or_a_hard_link_to_the_input_is_refused() {
    let dir = sdk("hostile_output_linked_to_input");
    let lib = dir.join("src/lib.rs");
    symlink(&lib, dir.join("soft.json")).expect("linked");
    fs::hard_link(&lib, dir.join("hard.json")).expect("linked");
    for link in ["soft.json", "hard.json"] {
        let output = export_json(&dir.join("src"), &dir.join(link));
        assert_refused(&output, "error: refusing to write ");
        assert_eq!(fs::read_to_string(&lib).expect("kept"), LIB, "{link}");
    }
    assert!(
        fs::symlink_metadata(dir.join("soft.json"))
            .expect("still there")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let dir = sdk("hostile_output_symlink");
    fs::create_dir(dir.join("out")).expect("created");
    fs::write(dir.join("out/codes.json"), "old").expect("written");
    symlink("out/codes.json", dir.join("link.json")).expect("linked");
    let output = export_json(&dir.join("src"), &dir.join("link.json"));
    assert!(output.status.success(), "{}", stderr(&output));
    let link = fs::symlink_metadata(dir.join("link.json")).expect("there");
    assert!(link.file_type().is_symlink(), "the link is kept");
    let written = fs::read_to_string(dir.join("out/codes.json")).expect("the target");
    assert!(written.contains("\"name\": \"NameTaken\""), "{written}");
    // A dangling link: its target is made.
    symlink("out/new.json", dir.join("dangling.json")).expect("linked");
    let output = export_json(&dir.join("src"), &dir.join("dangling.json"));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dir.join("out/new.json").is_file());
}

/// Reads on a thread of its own; the closure it returns gives what was
/// read, or fails the test when nothing came within the time limit (a
/// tool that replaced the FIFO or never connected would leave the reader
/// waiting for ever).
fn reader(
    what: PathBuf,
    read: impl FnOnce() -> String + Send + 'static,
) -> impl FnOnce() -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(read());
    });
    move || {
        receiver
            .recv_timeout(TOOL_LIMIT)
            .unwrap_or_else(|_| panic!("nothing was written into {}", what.display()))
    }
}

#[test]
fn output_into_a_fifo_is_written_not_replaced() {
    let dir = sdk("hostile_output_fifo");
    let fifo = dir.join("codes.fifo");
    mkfifo(&fifo);
    let read = {
        let fifo = fifo.clone();
        reader(fifo.clone(), move || {
            fs::read_to_string(fifo).expect("read")
        })
    };
    let output = export_json(&dir.join("src"), &fifo);
    assert!(output.status.success(), "{}", stderr(&output));
    let read = read();
    assert!(read.contains("\"name\": \"NameTaken\""), "{read}");
    assert!(fs::metadata(&fifo).expect("there").file_type().is_fifo());
}

#[test]
fn output_into_a_socket_is_written_not_replaced() {
    let dir = sdk("hostile_output_socket");
    let socket = dir.join("codes.socket");
    let listener = std::os::unix::net::UnixListener::bind(&socket).expect("bound");
    let reader = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("a connection");
        let mut read = String::new();
        std::io::Read::read_to_string(&mut stream, &mut read).expect("read");
        read
    });
    let output = export_json(&dir.join("src"), &socket);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        reader
            .join()
            .expect("the reader ends")
            .contains("NameTaken")
    );
    assert!(
        fs::metadata(&socket)
            .expect("there")
            .file_type()
            .is_socket()
    );
}

/// A device node of its own in the scratch directory (the null device's
/// numbers, 1:3), which only root may make: CI runs as root.
#[test]
fn output_into_a_device_is_written_not_replaced() {
    let dir = sdk("hostile_output_device");
    let device = dir.join("null");
    let made = output_within(
        Command::new("mknod").arg(&device).args(["c", "1", "3"]),
        TOOL_LIMIT,
    );
    if !made.status.success() {
        common::tools::missing("mknod as root", "run the tests as root, as CI does");
        return;
    }
    let output = export_json(&dir.join("src"), &device);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        fs::metadata(&device)
            .expect("there")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn output_over_a_file_keeps_its_permissions() {
    let dir = sdk("hostile_output_permissions");
    for mode in [0o600, 0o755, 0o640] {
        let path = dir.join(format!("codes-{mode:o}.json"));
        fs::write(&path, "old").expect("written");
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("set");
        let output = export_json(&dir.join("src"), &path);
        assert!(output.status.success(), "{}", stderr(&output));
        let metadata = fs::metadata(&path).expect("there");
        assert_eq!(metadata.permissions().mode() & 0o777, mode);
        assert_ne!(fs::read_to_string(&path).expect("read"), "old");
    }
}

#[test]
fn a_directory_link_to_itself_is_read_once() {
    let dir = sdk("hostile_link_to_dot");
    symlink(".", dir.join("src/here")).expect("linked");
    let output = tool(&["list", "--input", &text(&dir.join("src"))]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).matches("NameTaken").count(), 1);
}

#[test]
fn looping_directory_links_end() {
    let dir = sdk("hostile_link_loops");
    symlink(".", dir.join("src/a")).expect("linked");
    symlink(".", dir.join("src/b")).expect("linked");
    symlink("..", dir.join("src/up")).expect("linked");
    symlink("../src", dir.join("src/again")).expect("linked");
    // A file reached by a second name is the same file.
    symlink("lib.rs", dir.join("src/alias.rs")).expect("linked");
    let output = tool(&["list", "--input", &text(&dir.join("src"))]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).matches("NameTaken").count(), 1);
}

/// `LIB` beside a constant `levels` parentheses deep.
fn nested(levels: usize) -> String {
    format!(
        "{LIB}\nconst DEEP: i32 = {}1{};\n",
        "(".repeat(levels),
        ")".repeat(levels)
    )
}

#[test]
fn deeply_nested_source_beside_the_enum_is_read() {
    for levels in [3_000, 100_000] {
        let dir = scratch_dir(&format!("hostile_nested_{levels}"));
        let file = dir.join("lib.rs");
        fs::write(&file, nested(levels)).expect("written");
        let list = tool(&["list", "--input", &text(&file)]);
        assert!(list.status.success(), "{levels}: {}", stderr(&list));
        assert!(stdout(&list).contains("NameTaken"));
        // The same through `check`, against its own export.
        let baseline = dir.join("released.json");
        let export = export_json(&file, &baseline);
        assert!(export.status.success(), "{}", stderr(&export));
        let check = tool(&[
            "check",
            "--baseline",
            &text(&baseline),
            "--input",
            &text(&file),
        ]);
        assert!(check.status.success(), "{levels}: {}", stderr(&check));
    }
}

#[test]
fn an_enum_nested_too_deep_is_refused_with_a_message() {
    for levels in [3_000, 100_000] {
        let dir = scratch_dir(&format!("hostile_nested_enum_{levels}"));
        let file = dir.join("lib.rs");
        let deep = format!("({}1{})", "(".repeat(levels), ")".repeat(levels));
        fs::write(
            &file,
            LIB.replace("#[code(105)]", &format!("#[code({deep})]")),
        )
        .expect("written");
        let output = tool(&["list", "--input", &text(&file)]);
        assert_refused(
            &output,
            &format!(
                "error: {}:5:10: the enum `AppError` nests more than 128 levels deep, more than the tool reads",
                text(&file)
            ),
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_name_in_bounded_memory() {
    let dir = sdk("hostile_large_file");
    // 50 MB of comments after the enum.
    let line = format!("// {}\n", "x".repeat(97));
    let mut large = String::from(LIB);
    large.push_str(&line.repeat(500_000));
    let file = dir.join("src/generated.rs");
    fs::write(&file, &large).expect("written");
    // The reader may use 1 GiB of address space, no more.
    let output = output_within(
        Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 1048576 && exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_error-codes"))
            .args(["list", "--input", &text(&dir.join("src"))]),
        TOOL_LIMIT,
    );
    assert_refused(
        &output,
        &format!(
            "error: {} is larger than 8 MiB, the most the tool reads from one file of its kind",
            text(&file)
        ),
    );
}

#[test]
fn input_or_baseline_on_a_fifo_is_refused_without_reading() {
    let dir = sdk("hostile_input_fifo");
    let fifo = dir.join("input.rs");
    mkfifo(&fifo);
    let output = tool(&["list", "--input", &text(&fifo)]);
    assert_refused(
        &output,
        &format!(
            "error: {} is not a regular file or a directory",
            text(&fifo)
        ),
    );
    let output = tool(&["check", "--baseline", &text(&fifo)]);
    assert_refused(
        &output,
        &format!("error: the baseline {} is not a regular file", text(&fifo)),
    );
    // A FIFO named `.rs` inside a directory is no source: skipped.
    let output = tool(&["list", "--input", &text(&dir)]);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// The tool with its standard error a pipe whose reader has gone, as a
/// full or broken stream leaves it: every write fails.
fn with_broken_stderr(args: &[&str]) -> std::process::ExitStatus {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let mut child = Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(writer)
        .spawn()
        .expect("the binary runs");
    common::process::wait_within(&mut child, TOOL_LIMIT, "error-codes")
}

#[test]
fn a_broken_standard_error_ends_with_the_status_not_a_panic() {
    // No such code: status 1, whether or not the message can be written.
    assert_eq!(with_broken_stderr(&["explain", "zzzz"]).code(), Some(1));
    // Cannot read the input: status 2.
    assert_eq!(
        with_broken_stderr(&["list", "--input", "nowhere"]).code(),
        Some(2)
    );
    // A note and a summary on standard error, findings on standard output.
    let released = "error-codes/released.json";
    assert_eq!(
        with_broken_stderr(&["check", "--baseline", released]).code(),
        Some(0)
    );
}

#[test]
fn closed_standard_streams_end_with_the_status_not_a_panic() {
    // A stream closed when the tool starts is open on nothing (Rust's
    // runtime gives it one): what goes there is lost, the status is kept.
    for (stream, args, status) in [
        ("1", "list", 0),
        ("2", "explain zzzz", 1),
        ("2", "list --input nowhere", 2),
    ] {
        let output = output_within(
            Command::new("sh")
                .arg("-c")
                .arg(format!("exec \"$0\" {args} {stream}>&-"))
                .arg(env!("CARGO_BIN_EXE_error-codes")),
            TOOL_LIMIT,
        );
        assert_eq!(output.status.code(), Some(status), "{args}");
    }
}

const TWO_MODULES: &str = r#"use error_macros::ErrorCodes;

mod a {
    #[derive(Debug, error_macros::ErrorCodes)]
    pub enum AppError {
        #[code(1, "from a")]
        First,
    }
}

pub mod b {
    #[derive(Debug, error_macros::ErrorCodes)]
    pub enum AppError {
        #[code(2, "from b")]
        Second,
    }
}
"#;

#[test]
fn enums_of_one_name_are_told_apart_by_their_module_path() {
    let dir = scratch_dir("hostile_two_modules");
    let file = dir.join("lib.rs");
    fs::write(&file, TWO_MODULES).expect("written");
    let file = text(&file);
    let output = tool(&["list", "--input", &file, "--enum", "AppError"]);
    assert_refused(
        &output,
        &format!(
            "error: 2 enums `AppError` derive `ErrorCodes` in {file}: a::AppError ({file}:5:14), b::AppError ({file}:13:14); name one by its module path with --enum"
        ),
    );
    for (path, expected) in [("b::AppError", "from b"), ("a::AppError", "from a")] {
        let output = tool(&["list", "--input", &file, "--enum", path]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains(expected), "{}", stdout(&output));
    }
    // In a tree, the file's own module leads the path.
    let tree = tool(&[
        "list",
        "--input",
        OTHER_SDK,
        "--enum",
        "errors::session::SessionError",
    ]);
    assert!(tree.status.success(), "{}", stderr(&tree));
}

#[test]
fn a_derive_inside_cfg_attr_is_read() {
    let dir = scratch_dir("hostile_cfg_attr");
    let file = dir.join("lib.rs");
    fs::write(
        &file,
        r#"
#[cfg_attr(feature = "codes", derive(error_macros::ErrorCodes))]
#[cfg_attr(feature = "codes", error_codes(rename_all = "camelCase"))]
pub enum GatedError {
    #[cfg_attr(feature = "codes", code(3, "Gated behind a feature"))]
    BehindAFeature,
}

#[derive(Debug)]
pub enum Plain { A }
"#,
    )
    .expect("written");
    let output = tool(&["explain", "3", "--input", &text(&file)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("name:    behindAFeature\n"),
        "{}",
        stdout(&output)
    );
}

/// A baseline in the JSON export's shape, from its elements.
fn baseline(dir: &Path, elements: &str) -> String {
    let path = dir.join("released.json");
    fs::write(&path, format!("[{elements}]")).expect("written");
    text(&path)
}

const ENTRY_102: &str =
    r#"{"code": 102, "name": "b", "category": null, "reasons": [], "description": "b"}"#;

#[test]
fn a_baseline_with_a_code_or_a_name_twice_is_refused() {
    let dir = scratch_dir("hostile_baseline_twice");
    let twice = baseline(
        &dir,
        &format!("{ENTRY_102}, {}", ENTRY_102.replace("\"b\"", "\"c\"")),
    );
    let output = tool(&["check", "--baseline", &twice]);
    assert_refused(
        &output,
        &format!(
            "error: {twice} is not a baseline (the JSON that `error-codes export --format json` writes): code 102 is there twice (`b` and `c`)"
        ),
    );
    let named_twice = baseline(
        &dir,
        &format!("{ENTRY_102}, {}", ENTRY_102.replace("102", "103")),
    );
    let output = tool(&["check", "--baseline", &named_twice]);
    assert_refused(&output, "error: ");
    assert!(stderr(&output).contains("the name `b` is there twice (codes 102 and 103)"));
}

#[test]
fn a_baseline_from_a_newer_version_is_read_with_a_note() {
    let dir = scratch_dir("hostile_baseline_newer");
    let newer = baseline(&dir, &ENTRY_102.replace("}", r#", "colour": "red"}"#));
    let output = tool(&["check", "--baseline", &newer]);
    // Code 102 is NSError's `userNotFound`: renamed, a breaking change.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with(&format!(
            "note: {newer} comes from a newer version of the tool: this one ignores `colour` of element 0\n"
        )),
        "{}",
        stderr(&output)
    );
}

#[test]
fn explain_takes_any_rust_integer_spelling() {
    for spelling in ["0x68", "1_04", "104i32", "0o150", "0b1101000"] {
        let output = tool(&["explain", spelling]);
        assert!(output.status.success(), "{spelling}: {}", stderr(&output));
        assert!(stdout(&output).starts_with("code:    104\n"), "{spelling}");
    }
    let minus = tool(&["explain", "-0x1"]);
    assert!(stdout(&minus).starts_with("code:    -1\n"));
}

#[test]
fn explain_suggests_only_what_is_near() {
    for far in ["", "zzzz", "4242"] {
        let output = tool(&["explain", far]);
        assert_eq!(output.status.code(), Some(1), "{far}");
        assert!(
            !stderr(&output).contains("nearest"),
            "{far}: {}",
            stderr(&output)
        );
        assert!(
            !stderr(&output).contains("did you mean"),
            "{far}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn explain_says_a_retired_code_or_name_is_retired() {
    let dir = sdk("hostile_explain_retired");
    let input = text(&dir.join("src"));
    for (query, card) in [
        (
            "7",
            "code:    7\nretired: `AppError` reserves it (`reserved = [7]`): no error has it, and none may again\n",
        ),
        (
            "OLD",
            "name:    OLD\nretired: `AppError` reserves it (`reserved = [\"OLD\"]`): no error has it, and none may again\n",
        ),
    ] {
        let output = tool(&["explain", query, "--input", &input]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(stdout(&output), card);
    }
}

#[test]
fn the_help_lists_the_exit_statuses() {
    let output = tool(&["--help"]);
    assert!(output.status.success());
    for line in [
        "  0  done",
        "  1  the answer is no",
        "  2  the tool cannot run",
    ] {
        assert!(
            stdout(&output).contains(line),
            "{line}: {}",
            stdout(&output)
        );
    }
    let list = tool(&["list", "--help"]);
    assert!(
        stdout(&list).contains("each file at most 8 MiB"),
        "{}",
        stdout(&list)
    );
}

/// The NSError taxonomy's release, as the tool writes it.
fn released() -> String {
    fs::read_to_string("error-codes/released.json").expect("the committed release")
}

#[test]
fn a_baseline_is_read_whatever_an_editor_left_and_refused_when_it_lies() {
    let dir = scratch_dir("hostile_baseline_shapes");
    let path = dir.join("released.json");
    let path_text = text(&path);
    let check = |contents: &str| {
        fs::write(&path, contents).expect("written");
        tool(&["check", "--baseline", &path_text])
    };
    // A byte order mark, as some editors write it: the same baseline.
    let output = check(&format!("\u{feff}{}", released()));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let refused_with = |contents: String, message: &str| {
        let output = check(&contents);
        assert_refused(
            &output,
            &format!(
                "error: {path_text} is not a baseline (the JSON that `error-codes export --format json` writes): {message}"
            ),
        );
    };
    // `entries` twice would have the second, empty, silently win.
    refused_with(
        released().replacen("\"entries\": [", "\"entries\": [], \"entries\": [", 1),
        "not JSON: the key `entries` is there twice in one object",
    );
    // A code beyond 64 bits is named, in both forms, never "floating point".
    refused_with(
        released().replacen("\"code\": 101,", "\"code\": 1180591620717411303424,", 1),
        "code 1180591620717411303424 does not fit the code type `i32`",
    );
    refused_with(
        format!("[{}]", ENTRY_102.replace("102", "-1180591620717411303424")),
        "code -1180591620717411303424 is beyond 64 bits, more than any code type holds",
    );
    refused_with(
        released().replacen(
            "\"entries\": [",
            "\"reserved\": {\"ranges\": [[200, 100]]},\n  \"entries\": [",
            1,
        ),
        "the reserved range [200, 100] retires no code: it starts after it ends",
    );
}

#[test]
fn a_baseline_as_large_as_the_largest_export_is_read() {
    // Larger than the most the tool reads of a source file, as the export
    // of a large source is (about two and a half times the source).
    let dir = scratch_dir("hostile_baseline_large");
    let reason = "r".repeat(3_000);
    let entries: Vec<String> = (0..3_200)
        .map(|code| {
            format!(
                "{{\"code\": {code}, \"name\": \"e{code}\", \"category\": null, \"reasons\": [\"{reason}\"], \"description\": \"{reason}\"}}"
            )
        })
        .collect();
    let document = format!(
        "{{\"version\": 1, \"enum\": \"E\", \"codeType\": \"i32\", \"entries\": [{}]}}",
        entries.join(",\n")
    );
    assert!(document.len() > 16 << 20, "{}", document.len());
    let path = dir.join("released.json");
    fs::write(&path, document).expect("written");
    let output = tool(&["check", "--baseline", &text(&path)]);
    // NSError's codes against these: breaking, but read.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
}

#[test]
fn names_and_reasons_reach_a_terminal_without_their_control_characters() {
    let dir = scratch_dir("hostile_terminal");
    fs::create_dir(dir.join("src")).expect("created");
    let hostile = "\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\rgone\\u{9b}31m";
    fs::write(
        dir.join("src/lib.rs"),
        format!(
            "use error_macros::ErrorCodes;\n#[derive(ErrorCodes)]\npub enum E {{\n    #[code(1, \"{hostile}\", category = \"{hostile}\", alias = \"a{hostile}\")]\n    One,\n}}\n"
        ),
    )
    .expect("written");
    let input = text(&dir.join("src"));
    let baseline = dir.join("released.json");
    assert!(export_json(&dir.join("src"), &baseline).status.success());
    let released = fs::read_to_string(&baseline).expect("exported");
    fs::write(&baseline, released.replace("\"code\": 1,", "\"code\": 2,")).expect("written");
    for args in [
        vec!["explain", "1", "--input", &input],
        vec!["list", "--input", &input],
        vec![
            "check",
            "--input",
            &input,
            "--baseline",
            baseline.to_str().expect("UTF-8"),
        ],
        vec!["explain", "\u{1b}[2Jnothing", "--input", &input],
    ] {
        let output = tool(&args);
        for printed in [stdout(&output), stderr(&output)] {
            assert!(
                !printed.chars().any(|ch| ch.is_control() && ch != '\n'),
                "{args:?}: {printed:?}"
            );
        }
        assert!(
            !stdout(&output).is_empty() || !stderr(&output).is_empty(),
            "{args:?}"
        );
    }
}
