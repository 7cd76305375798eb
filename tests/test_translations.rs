//! Translators' work, as `generate` and `check-translations` treat it: a
//! German translation in the String Catalog survives every `generate`, is
//! marked for review when its English changes and kept, marked stale, when
//! its code goes; `values-de/strings.xml` is never written; a translation
//! whose placeholders differ from its source's fails `generate --check` and
//! `check-translations`, naming its file, line, key and locale.

mod common;

use common::cli::{stderr, stdout, tool_in};
use common::tools::scratch_dir;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

const MANIFEST: &str = r#"[[taxonomy]]
input = "src/lib.rs"

[[taxonomy.output]]
path = "ios/RoomError.xcstrings"
format = "xcstrings"

[[taxonomy.output]]
path = "android/res/values/strings.xml"
format = "android-strings"
"#;

const CATALOG: &str = "ios/RoomError.xcstrings";
const GERMAN: &str = "android/res/values-de/strings.xml";

/// The German of the two-value message `Room {room} is full ({count}
/// participants)`, its values swapped as German words them.
const ROOM_FULL_DE: &str = "%2$llu Teilnehmer: Raum %1$@ ist voll";

/// A scratch SDK with the messages fixture, generated once, German added
/// to the catalog and to `values-de`.
fn sdk(test: &str) -> PathBuf {
    let dir = scratch_dir(test);
    fs::create_dir_all(dir.join("src")).expect("created");
    fs::copy("tests/fixtures/messages/lib.rs", dir.join("src/lib.rs")).expect("copied");
    fs::write(dir.join("error-codes.toml"), MANIFEST).expect("written");
    succeeds(&dir, &["generate"]);
    translate(&dir, "roomFull", ROOM_FULL_DE);
    fs::create_dir_all(dir.join("android/res/values-de")).expect("created");
    fs::write(
        dir.join(GERMAN),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <!-- Übersetzt von Hand -->\n    <string name=\"room_error_room_full\">%2$d Teilnehmer: Raum %1$s ist voll</string>\n</resources>\n",
    )
    .expect("written");
    dir
}

/// Adds a German translation of `key` to the catalog, as Xcode writes one.
fn translate(dir: &Path, key: &str, german: &str) {
    let mut catalog = catalog(dir);
    catalog["strings"][key]["localizations"]["de"] =
        serde_json::json!({"stringUnit": {"state": "translated", "value": german}});
    let text = serde_json::to_string_pretty(&catalog).expect("serialized");
    fs::write(dir.join(CATALOG), text + "\n").expect("written");
}

fn catalog(dir: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(dir.join(CATALOG)).expect("read")).expect("JSON")
}

fn succeeds(dir: &Path, args: &[&str]) -> String {
    let output = tool_in(dir, args);
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    stdout(&output).to_owned()
}

/// The tool's stdout when it exits 1.
fn fails(dir: &Path, args: &[&str]) -> String {
    let output = tool_in(dir, args);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{args:?}: {}",
        stderr(&output)
    );
    stdout(&output).to_owned()
}

fn edit_source(dir: &Path, from: &str, to: &str) {
    let path = dir.join("src/lib.rs");
    let source = fs::read_to_string(&path).expect("read");
    assert!(source.contains(from), "{from}");
    fs::write(&path, source.replace(from, to)).expect("written");
}

#[test]
fn a_translation_survives_generate_and_passes_the_check() {
    let dir = sdk("translation_survives");
    let german = fs::read(dir.join(GERMAN)).expect("read");
    succeeds(&dir, &["generate", "--check"]);
    succeeds(&dir, &["generate"]);
    succeeds(&dir, &["generate"]);
    let catalog = catalog(&dir);
    let room_full = &catalog["strings"]["roomFull"]["localizations"];
    assert_eq!(room_full["de"]["stringUnit"]["value"], ROOM_FULL_DE);
    assert_eq!(room_full["de"]["stringUnit"]["state"], "translated");
    assert_eq!(
        room_full["en"]["stringUnit"]["value"],
        "Room %1$@ is full (%2$llu participants)"
    );
    assert_eq!(fs::read(dir.join(GERMAN)).expect("read"), german);
    // The keys without German are notes, not mistakes.
    let report = succeeds(&dir, &["check-translations"]);
    assert!(
        report.contains(&format!(
            "{CATALOG}:8: note[TRANSLATION]: key `closed`, locale `de`: no translation"
        )),
        "{report}"
    );
}

#[test]
fn a_changed_english_marks_its_translation_for_review() {
    let dir = sdk("translation_review");
    edit_source(&dir, "Room {room} is full", "Room {room} is at capacity");
    let stale = fails(&dir, &["generate", "--check"]);
    assert!(stale.contains(CATALOG), "{stale}");
    succeeds(&dir, &["generate"]);
    let room_full = &catalog(&dir)["strings"]["roomFull"]["localizations"];
    assert_eq!(room_full["de"]["stringUnit"]["value"], ROOM_FULL_DE);
    assert_eq!(room_full["de"]["stringUnit"]["state"], "needs_review");
    assert_eq!(
        room_full["en"]["stringUnit"]["value"],
        "Room %1$@ is at capacity (%2$llu participants)"
    );
    // The review is the translator's: the tool's part is current.
    succeeds(&dir, &["generate", "--check"]);
}

#[test]
fn a_gone_code_keeps_its_translation_marked_stale() {
    let dir = sdk("translation_stale");
    translate(&dir, "closed", "Der Raum ist geschlossen");
    edit_source(
        &dir,
        "    /// No value.\n    #[code(209, \"The room is closed\", category = \"Session\")]\n    Closed,\n",
        "",
    );
    succeeds(&dir, &["generate"]);
    let closed = &catalog(&dir)["strings"]["closed"];
    assert_eq!(closed["extractionState"], "stale");
    assert_eq!(
        closed["localizations"]["de"]["stringUnit"]["value"],
        "Der Raum ist geschlossen"
    );
    succeeds(&dir, &["generate", "--check"]);
}

/// The line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|line| line.contains(needle))
        .expect("the needle is there")
        + 1
}

#[test]
fn a_wrong_placeholder_in_the_catalog_fails_at_its_line() {
    let dir = sdk("translation_wrong_catalog");
    translate(&dir, "roomFull", "Raum %1$@ ist voll (%2$@ Teilnehmer)");
    let line = line_of(
        &fs::read_to_string(dir.join(CATALOG)).expect("read"),
        "\"de\"",
    );
    let expected = format!(
        "{CATALOG}:{line}: error[TRANSLATION]: key `roomFull`, locale `de`: the translation \"Raum %1$@ ist voll (%2$@ Teilnehmer)\" takes 1: text, 2: text, where the source takes 1: text, 2: unsigned integer\n"
    );
    for args in [&["generate", "--check"][..], &["check-translations"]] {
        let report = fails(&dir, args);
        assert!(report.contains(&expected), "{args:?}: {report}");
    }
    // Named on the command line, and as a GitHub annotation.
    let report = fails(&dir, &["check-translations", CATALOG, "--format", "github"]);
    assert!(
        report.contains(&format!(
            "::error file={CATALOG},line={line},title=translation::key `roomFull`, locale `de`: the translation \"Raum %251$@"
        )),
        "{report}"
    );
    // Too few values is as wrong as values of the wrong type.
    translate(&dir, "roomFull", "Raum %1$@ ist voll");
    let report = fails(&dir, &["check-translations", CATALOG]);
    assert!(
        report.contains("takes 1: text, where the source takes 1: text, 2: unsigned integer"),
        "{report}"
    );
}

#[test]
fn a_wrong_placeholder_in_values_de_fails_at_its_line() {
    let dir = sdk("translation_wrong_android");
    fs::write(
        dir.join(GERMAN),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"room_error_room_full\">Raum %1$s ist voll</string>\n    <string name=\"room_error_waiting\">%1$d ms, noch %2$s</string>\n</resources>\n",
    )
    .expect("written");
    let report = fails(&dir, &["generate", "--check"]);
    for expected in [
        format!(
            "{GERMAN}:3: error[TRANSLATION]: key `room_error_room_full`, locale `de`: the translation \"Raum %1$s ist voll\" takes 1: text, where the source takes 1: text, 2: integer\n"
        ),
        format!(
            "{GERMAN}:4: error[TRANSLATION]: key `room_error_waiting`, locale `de`: the translation \"%1$d ms, noch %2$s\" takes 1: integer, 2: text, where the source takes 1: integer, 2: integer\n"
        ),
    ] {
        assert!(report.contains(&expected), "{report}");
    }
    let report = fails(&dir, &["check-translations", "--format", "github"]);
    assert!(
        report.contains(&format!("::error file={GERMAN},line=3,title=translation::")),
        "{report}"
    );
    // `generate` never writes the translators' file.
    let german = fs::read(dir.join(GERMAN)).expect("read");
    succeeds(&dir, &["generate"]);
    assert_eq!(fs::read(dir.join(GERMAN)).expect("read"), german);
}
