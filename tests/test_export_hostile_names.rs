//! Every generated source compiles whatever the names: the fixture
//! `tests/fixtures/hostile-names` names its codes with keywords of every
//! target language, members of the generated types, words in other scripts
//! and names that are no identifier at all. Kotlin (`-Werror`), Java
//! (`-Xlint:all -Werror`) and TypeScript (`--strict`, both styles) compile
//! and run it and find every code and name back; tree-sitter-swift parses
//! the Swift without an error node. What cannot be made to compile is
//! refused, naming what to change.

mod common;

use common::cli::{export, stderr, tool};
use common::platforms::{ERASABLE, java, kotlin, swift_parse, typescript};

const FIXTURE: &str = "tests/fixtures/hostile-names/lib.rs";

fn export_fixture(args: &[&str]) -> String {
    export(&[&["--input", FIXTURE], args].concat())
}

/// Every code and name, as the tool reads them: what each program must
/// print back.
fn expected() -> String {
    let taxonomy = error_codes_cli::input::read(
        std::path::Path::new(FIXTURE),
        None,
        &error_codes_cli::build::Build::every_feature(),
    )
    .expect("the fixture reads")
    .taxonomy;
    let mut entries: Vec<_> = taxonomy.entries.iter().collect();
    entries.sort_by_key(|entry| entry.code);
    entries
        .iter()
        .map(|entry| format!("{}\t{}\ttrue\n", entry.code, entry.facts.name))
        .collect()
}

#[test]
fn kotlin_compiles_and_finds_every_name() {
    let source = export_fixture(&["--format", "kotlin", "--kotlin-package", "com.example.sdk"]);
    let check = r#"package com.example.sdk

fun main() {
    for (error in HostileName.entries.sortedBy { it.code }) {
        println("${error.code}\t${error.codeName}\t${HostileName.fromName(error.codeName) === error && HostileName.fromCode(error.code) === error}")
    }
}
"#;
    let files = [("HostileName.kt", source.as_str()), ("Check.kt", check)];
    let Some(printed) = kotlin("hostile_names_kotlin", &files) else {
        return;
    };
    assert_eq!(printed, expected());
}

#[test]
fn java_compiles_and_finds_every_name() {
    let source = export_fixture(&["--format", "java"]);
    let check = r#"
public class Check {
    public static void main(String[] args) {
        HostileName[] all = HostileName.values();
        java.util.Arrays.sort(all, java.util.Comparator.comparingInt(HostileName::getCode));
        for (HostileName error : all) {
            System.out.println(error.getCode() + "\t" + error.getName() + "\t" + (HostileName.fromCode(error.getCode()) == error));
        }
    }
}
"#;
    let files = [("HostileName.java", source.as_str()), ("Check.java", check)];
    let Some(printed) = java("hostile_names_java", &files, "Check") else {
        return;
    };
    assert_eq!(printed, expected());
}

#[test]
fn typescript_compiles_in_both_styles_and_finds_every_name() {
    let erasable = export_fixture(&["--format", "typescript"]);
    let check = r#"import { HostileName, fromCode, fromName } from "./HostileName";

const codes = Object.values(HostileName).sort((a, b) => a - b);
for (const code of codes) {
  const name = Object.keys(HostileName).find((key) => (HostileName as Record<string, number>)[key] === code);
  console.log(`${code}\t${name}\t${fromName(name ?? "") === code && fromCode(code) === code}`);
}
"#;
    let files = [("HostileName.ts", erasable.as_str()), ("check.ts", check)];
    let Some(printed) = typescript("hostile_names_typescript", ERASABLE, &files, "check") else {
        return;
    };
    assert_eq!(printed, expected());

    // The numeric `enum` refuses `__proto__` (below): without it, it
    // compiles and finds every other name.
    let without_proto = std::fs::read_to_string(FIXTURE)
        .expect("the fixture")
        .replace("name = \"__proto__\"", "name = \"proto\"");
    let dir = common::tools::scratch_dir("hostile_names_without_proto");
    let fixture = dir.join("lib.rs");
    std::fs::write(&fixture, without_proto).expect("written");
    let numeric = export(&[
        "--input",
        fixture.to_str().expect("UTF-8"),
        "--format",
        "typescript",
        "--typescript-style",
        "enum",
    ]);
    let check = r#"import { HostileName, errorDescriptions } from "./HostileName";

const codes = Object.values(HostileName).filter((value): value is number => typeof value === "number").sort((a, b) => a - b);
for (const code of codes) {
  console.log(`${code}\t${HostileName[code]}\t${errorDescriptions[code as HostileName] !== undefined}`);
}
"#;
    let files = [("HostileName.ts", numeric.as_str()), ("check.ts", check)];
    let Some(printed) = typescript("hostile_names_typescript_enum", &[], &files, "check") else {
        return;
    };
    assert_eq!(printed, expected().replace("__proto__", "proto"));
    let refused = tool(&[
        "export",
        "--input",
        FIXTURE,
        "--format",
        "typescript",
        "--typescript-style",
        "enum",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).starts_with("error: the name `__proto__` of variant `Name5` cannot name a member of a TypeScript `enum`"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn swift_parses_without_an_error() {
    let source = export_fixture(&["--format", "swift"]);
    let Some(printed) = swift_parse("hostile_names_swift", &[("HostileName.swift", &source)])
    else {
        return;
    };
    assert_eq!(printed, "HostileName.swift: ok\n");
    // Keywords in backticks, other scripts kept.
    for case in [
        "case `class` = 1",
        "case `Type` = 3",
        "case `init` = 19",
        "case 日本 = 7",
        "case Café = 8",
    ] {
        assert!(source.contains(case), "{case}");
    }
}

#[test]
fn a_keyword_as_a_package_segment_is_refused() {
    for (format, option, package, language) in [
        ("kotlin", "--kotlin-package", "com.example.object", "Kotlin"),
        ("java", "--java-package", "com.example.class", "Java"),
    ] {
        let output = tool(&["export", "--format", format, option, package]);
        assert_eq!(output.status.code(), Some(2), "{package}");
        let segment = package.rsplit('.').next().expect("a segment");
        assert!(
            stderr(&output).contains(&format!(
                "`{segment}` is a {language} keyword, which cannot name a package"
            )),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn android_strings_compile_with_aapt() {
    let xml = export_fixture(&["--format", "android-strings"]);
    let Some(aapt) = common::android::aapt() else {
        return;
    };
    let strings = common::android::strings(&aapt, "hostile_names_android", &xml)
        .unwrap_or_else(|refused| panic!("aapt refuses it: {refused}"));
    let texts: Vec<&str> = strings.iter().map(|(_, text)| text.as_str()).collect();
    assert_eq!(texts.len(), 40);
    assert!(texts.contains(&"The name `日本`"), "{texts:?}");
}
