//! `error-codes check`: a taxonomy against the JSON export of a
//! released version, on the fixture trees `tests/fixtures/check/` (a
//! release, a compatible next version, a next version that breaks every
//! rule once), on the NSError taxonomy against its committed release, and
//! as a property: a taxonomy against its own export finds nothing.

mod common;

use common::cli::{stderr, stdout, tool};
use common::tools::scratch_dir;
use error_codes_cli::breaking::{Rule, compare};
use error_codes_cli::json;
use error_codes_cli::{builtin, input};
use error_codes_model::{CodeType, Deprecation, Entry, Reserved, Taxonomy};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// The released fixture exported as a baseline, in a scratch directory.
fn baseline(test: &str) -> PathBuf {
    let path = scratch_dir(test).join("released.json");
    let output = tool(&[
        "export",
        "--input",
        "tests/fixtures/check/released",
        "--format",
        "json",
        "--output",
        path.to_str().expect("UTF-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    path
}

fn check(baseline: &Path, tree: &str, extra: &[&str]) -> std::process::Output {
    let baseline = baseline.to_str().expect("UTF-8");
    let args = ["check", "--baseline", baseline, "--input", tree];
    tool(&[&args[..], extra].concat())
}

#[test]
fn every_breaking_rule_once_with_its_place_and_remedy() {
    let baseline = baseline("check_breaking");
    let output = check(&baseline, "tests/fixtures/check/breaking", &[]);
    assert_eq!(output.status.code(), Some(1));
    let file = "tests/fixtures/check/breaking/lib.rs";
    assert_eq!(
        stdout(&output),
        format!(
            "{file}:15:5: breaking[CODE_RENUMBERED]: `connectionLost` was code 1 and is now code 11; keep code 1 for `connectionLost`, and give code 11 a variant of its own\n\
             {file}:18:5: breaking[ALTERNATIVE_REMOVED]: code 2 (`timedOut`) no longer accepts the alternative code 20; keep it: `alternatives = [20]`\n\
             {file}:21:5: breaking[NAME_CHANGED]: the name of code 3 changed from `sessionFull` to `roomFull`; keep it: `name = \"sessionFull\"`\n\
             {file}:24:5: breaking[ALIAS_REMOVED]: code 4 (`tokenExpired`) no longer accepts the alias `expiredToken`; keep it: `alias = \"expiredToken\"`\n\
             {file}: breaking[CODE_REMOVED]: code 6 (`roomClosed`) was removed without being reserved; keep it, or reserve it: `#[error_codes(reserved = [6])]`\n\
             {file}: breaking[CATCH_ALL_REMOVED]: the catch-all `other` was removed: codes `SessionError` does not declare no longer decode; keep a variant that keeps them, as `#[code(catch_all)] Other(u16)`\n\
             {file}: breaking[RESERVATION_REMOVED]: `100..=199` is no longer reserved: what the release retired may be used again; keep it: `#[error_codes(reserved = [100..=199])]`\n\
             {file}:30:5: breaking[RETIRED_REUSED]: code 9 (`sessionPaused`) was retired by the release (`reserved = [9]`); give the variant a code that was never used\n\
             {file}:30:5: breaking[RETIRED_REUSED]: the name `sessionPaused` (code 9) was retired by the release; give the variant a name that was never used\n"
        )
    );
    assert_eq!(stderr(&output), "check: 9 breaking changes, 0 notes\n");
}

#[test]
fn a_compatible_version_has_notes_and_passes() {
    let baseline = baseline("check_compatible");
    let output = check(&baseline, "tests/fixtures/check/compatible", &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let file = "tests/fixtures/check/compatible/lib.rs";
    assert_eq!(
        stdout(&output),
        format!(
            "{file}:25:5: note[DOC_URL_CHANGED]: code 2 (`timedOut`) is now documented at https://docs.example.com/errors/timed-out\n\
             {file}:25:5: note[RETRYABILITY_CHANGED]: code 2 (`timedOut`) is now retryable\n\
             {file}:27:5: note[REWORDED]: the reasons of code 3 (`sessionFull`) changed\n\
             {file}:30:5: note[DEPRECATION_CHANGED]: code 4 (`tokenExpired`) is now deprecated\n\
             {file}: note[CODE_RETIRED]: code 6 (`roomClosed`) was removed and is reserved\n\
             {file}:34:5: note[CODE_ADDED]: code 7 (`removed`) is new\n"
        )
    );
    assert_eq!(stderr(&output), "check: 0 breaking changes, 6 notes\n");
}

#[test]
fn github_annotations() {
    let baseline = baseline("check_github");
    let output = check(
        &baseline,
        "tests/fixtures/check/breaking",
        &["--format", "github"],
    );
    assert_eq!(output.status.code(), Some(1));
    let printed = stdout(&output);
    assert_eq!(printed.lines().count(), 9);
    for rule in ["CATCH_ALL_REMOVED", "RESERVATION_REMOVED"] {
        assert!(
            printed.contains(&format!(",title={rule}::")),
            "{rule} in\n{printed}"
        );
    }
    assert!(
        printed
            .lines()
            .all(|line| line.starts_with("::error file=tests/fixtures/check/breaking/lib.rs,"))
    );
    assert!(printed.starts_with(
        "::error file=tests/fixtures/check/breaking/lib.rs,line=15,col=5,title=CODE_RENUMBERED::`connectionLost` was code 1"
    ));
    let notes = check(
        &baseline,
        "tests/fixtures/check/compatible",
        &["--format", "github"],
    );
    assert!(
        stdout(&notes)
            .lines()
            .all(|line| line.starts_with("::notice "))
    );
    assert_eq!(stderr(&notes), "");
}

#[test]
fn the_nserror_taxonomy_keeps_its_release() {
    // The release as the tool writes it now, and as earlier versions wrote
    // it: a top-level array.
    for baseline in [
        "error-codes/released.json",
        "tests/fixtures/check/nserror-released-array-form.json",
    ] {
        let output = tool(&["check", "--baseline", baseline]);
        assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
        assert_eq!(stdout(&output), "");
        assert_eq!(stderr(&output), "check: 0 breaking changes, 0 notes\n");
    }
}

/// What CI does for the NSError taxonomy, on an edited copy of its source:
/// removing a code without reserving it fails, with the remedy.
#[test]
fn removing_an_nserror_code_is_caught() {
    let source = std::fs::read_to_string(builtin::PATH).expect("the source");
    let start = source
        .find("    /// `104 existingUserInSession`.")
        .expect("the variant");
    let end = source[start..]
        .find("    ExistingUserInSession,\n")
        .expect("its end")
        + start;
    let edited = format!(
        "{}{}",
        &source[..start],
        &source[end + "    ExistingUserInSession,\n".len()..]
    );
    let current = input::read_text(Path::new(builtin::PATH), &edited, None)
        .expect("still valid")
        .taxonomy;
    let released = json::parse(
        &std::fs::read_to_string("error-codes/released.json").expect("committed"),
        "ErrorCode",
    )
    .expect("a baseline")
    .taxonomy;
    let findings = compare(&released, &current);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, Rule::CodeRemoved);
    assert_eq!(
        findings[0].remedy.as_deref(),
        Some("keep it, or reserve it: `#[error_codes(reserved = [104])]`")
    );
    // Reserved as told, the same change passes.
    let reserved = edited.replace(
        "#[error_codes(rename_all = \"camelCase\")]",
        "#[error_codes(rename_all = \"camelCase\", reserved = [104])]",
    );
    let current = input::read_text(Path::new(builtin::PATH), &reserved, None)
        .expect("valid")
        .taxonomy;
    assert_eq!(compare(&released, &current)[0].rule, Rule::CodeRetired);
}

#[test]
fn a_baseline_that_is_not_an_export_is_refused() {
    let dir = scratch_dir("check_bad_baseline");
    for (name, contents, reason) in [
        ("text.json", "codes: 104", "not JSON: "),
        (
            "object.json",
            "{\"code\": 104}",
            "not a document of error codes: ",
        ),
        (
            "numbers.json",
            "[104]",
            "element 0 is not an error code of an `error-codes export --format json`: ",
        ),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, contents).expect("written");
        let output = tool(&["check", "--baseline", path.to_str().expect("UTF-8")]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        let expected = format!(
            "error: {} is not a baseline (the JSON that `error-codes export --format json` writes): {reason}",
            path.display()
        );
        assert!(message.starts_with(&expected), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
    let missing = tool(&["check", "--baseline", "tests/fixtures/none.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).starts_with("error: cannot read the baseline tests/fixtures/none.json: ")
    );
}

/// A taxonomy of up to 30 codes of any code type, with every kind of
/// detail the export carries.
fn taxonomies() -> impl Strategy<Value = Taxonomy> {
    (
        prop::sample::select(CodeType::ALL.to_vec()),
        prop::collection::btree_set(any::<u64>(), 1..30),
        prop::collection::vec(
            (
                any::<bool>(),
                any::<bool>(),
                any::<(bool, bool)>(),
                "[a-zA-Z \"'%&<>\\\\\n]{0,20}",
            ),
            30,
        ),
    )
        .prop_map(|(code_type, raw, details)| {
            let mut taxonomy = Taxonomy::new("Generated", code_type);
            let span = u128::try_from(code_type.max() - code_type.min()).unwrap_or(u128::MAX) + 1;
            // Codes of the type, each once, as the derive requires.
            let codes: std::collections::BTreeSet<i128> = raw
                .into_iter()
                .map(|raw| code_type.min() + i128::try_from(u128::from(raw) % span).unwrap_or(0))
                .collect();
            for (index, code) in codes.into_iter().enumerate() {
                let (deprecated, aliased, (linked, retryable), text) = &details[index];
                let mut entry = Entry::new(format!("V{index}"), code, format!("name{index}"));
                if !text.trim().is_empty() {
                    entry.facts.reasons.push(text.clone());
                    entry.facts.category = Some(text.clone());
                }
                if *deprecated {
                    entry.deprecated = Some(Deprecation::with_note(text.clone()));
                }
                if *aliased {
                    entry.aliases.push(format!("alias{index}"));
                }
                if *linked {
                    entry.facts.doc_url = Some(format!("https://docs.example.com/errors#{code}"));
                }
                entry.facts.retryable = *retryable;
                taxonomy.entries.push(entry);
            }
            taxonomy.reserved.push(Reserved::Name("retired".to_owned()));
            taxonomy
        })
}

proptest! {
    #[test]
    fn a_taxonomy_against_its_own_export_finds_nothing(taxonomy in taxonomies()) {
        let exported = json::render(&taxonomy);
        let released = json::parse(&exported, &taxonomy.name)
            .expect("the export reads back")
            .taxonomy;
        prop_assert!(compare(&released, &taxonomy).is_empty());
    }
}
