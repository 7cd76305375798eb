//! User text cannot subvert an export: one corpus of hostile text (what
//! ends a comment or a string in each language, what javac reads before it
//! lexes, what nests in Kotlin, line and paragraph separators, a byte order
//! mark, a right-to-left override, NUL and other control characters)
//! stands in every place a taxonomy's text lands: reasons (messages and
//! documentation comments), sections (`//` comments), deprecation notes
//! and versions (annotations, Javadoc, KDoc, JSDoc, Swift's `///`),
//! aliases, the catch-all and retired names. Every format is compiled or
//! parsed by its platform's own tool, and the compiled programs give every
//! text back exactly, with exactly the declared constants: no text became
//! code.

mod common;

use common::android;
use common::platforms::{ERASABLE, java, kotlin, swift_parse, typescript};
use error_codes_cli::document::Document;
use error_codes_cli::export::{Format, JavaNaming, TypeScriptStyle};
use error_codes_model::{CodeType, Deprecation, Entry, Facts, Reserved, Taxonomy};

/// Text that, written as it is, would end a comment or a string, become
/// code, or be read as something else, in some language the tool writes.
const CORPUS: [&str; 24] = [
    // javac translates `\uXXXX` before it lexes, comments included.
    "Network \\u000A INJECTED(666, \"injected\", \"x\"),",
    "a note \\u002A/ ends the Javadoc",
    // Kotlin's block comments nest.
    "Retry later (see /* docs)",
    "a reason */ that closes",
    "line\nbreak",
    "carriage\rreturn",
    "separators\u{2028}line\u{2029}paragraph",
    "\u{feff}a byte order mark",
    "right to left \u{202e}txet",
    "NUL \0 inside",
    "escape \u{1b}[2J and bell \u{7}",
    "tab\tand form feed\u{c}",
    "quotes \" ' ` and a trailing backslash \\",
    "percent %s %d %1$s %%",
    "$dollar ${template} \\(interpolation)",
    "<xml attr=\"&\"> -- comment -->",
    "@at the start",
    "?question at the start",
    "{{braces}} {0} {name}",
    "emoji 🎉, 日本語, Cafe\u{301}, Café",
    "-- dashes --- -",
    "  two spaces, then a trailing one ",
    "// a line comment // and another",
    "*/ /* */ /** nested /* twice */ */",
];

/// Every text of the corpus in every place the taxonomy carries text.
fn taxonomy(code_type: CodeType) -> Taxonomy {
    let mut taxonomy = Taxonomy::new("Hostile", code_type);
    for (index, text) in CORPUS.iter().enumerate() {
        let code = i128::try_from(index).expect("small") + 1;
        let mut entry = Entry::new(format!("V{index}"), code, format!("e{index}"));
        entry.facts.reasons = vec![(*text).to_owned(), format!("and {text}")];
        entry.facts.category = Some(format!("Section {index}: {text}"));
        entry.aliases = vec![format!("alias {text}")];
        if index % 2 == 0 {
            let mut deprecation = Deprecation::with_note(*text);
            deprecation.since = Some((*text).to_owned());
            entry.deprecated = Some(deprecation);
        }
        taxonomy.entries.push(entry);
    }
    let mut catch_all = Facts::new("Other", "other");
    catch_all.reasons = vec![CORPUS[0].to_owned(), CORPUS[2].to_owned()];
    taxonomy.catch_all = Some(catch_all);
    taxonomy.reserved = CORPUS
        .iter()
        .map(|text| Reserved::Name(format!("retired {text}")))
        .collect();
    taxonomy
}

fn render(format: &Format, taxonomy: &Taxonomy) -> String {
    let mut document = Document::new(taxonomy.clone());
    document.declared_in(std::path::Path::new("src/hostile \\u000A */ /* .rs"));
    format
        .render(&document)
        .expect("every format holds any text")
}

/// What each program prints for each code: its code, then its message and
/// its name as lists of code points, so that no character of them is
/// lost or read as the end of a line.
fn expected(taxonomy: &Taxonomy) -> String {
    let points = |text: &str| {
        text.chars()
            .map(|ch| u32::from(ch).to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut out = format!("{}\n", taxonomy.entries.len());
    for entry in &taxonomy.entries {
        out.push_str(&format!(
            "{}\t{}\t{}\n",
            entry.code,
            points(&entry.facts.description()),
            points(&entry.facts.name)
        ));
    }
    out
}

#[test]
fn java_compiles_to_exactly_the_declared_constants_and_texts() {
    let taxonomy = taxonomy(CodeType::I32);
    let source = render(
        &Format::Java {
            naming: JavaNaming::ScreamingSnakeCase,
            package: None,
            localized: None,
        },
        &taxonomy,
    );
    let check = r#"import java.util.stream.Collectors;

public class Check {
    static String points(String text) {
        return text.codePoints().mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    public static void main(String[] args) {
        System.out.println(Hostile.values().length);
        for (Hostile error : Hostile.values()) {
            System.out.println(error.getCode() + "\t" + points(error.getMessage()) + "\t" + points(error.getName()));
        }
    }
}
"#;
    let files = [("Hostile.java", source.as_str()), ("Check.java", check)];
    let Some(printed) = java("hostile_text_java", &files, "Check") else {
        return;
    };
    assert_eq!(printed, expected(&taxonomy));
}

#[test]
fn kotlin_compiles_to_exactly_the_declared_constants_and_texts() {
    let taxonomy = taxonomy(CodeType::I32);
    let source = render(
        &Format::Kotlin {
            package: None,
            localized: None,
        },
        &taxonomy,
    );
    let check = r#"fun points(text: String): String = text.codePoints().toArray().joinToString(",")

fun main() {
    println(Hostile.entries.size)
    for (error in Hostile.entries) {
        println("${error.code}\t${points(error.message)}\t${points(error.codeName)}")
    }
}
"#;
    let files = [("Hostile.kt", source.as_str()), ("Check.kt", check)];
    let Some(printed) = kotlin("hostile_text_kotlin", &files) else {
        return;
    };
    assert_eq!(printed, expected(&taxonomy));
}

#[test]
fn typescript_compiles_to_exactly_the_declared_codes_and_texts() {
    let taxonomy = taxonomy(CodeType::I32);
    let source = render(
        &Format::TypeScript {
            style: TypeScriptStyle::Erasable,
            localized: None,
        },
        &taxonomy,
    );
    let check = r#"import { Hostile, errorDescriptions, nameOf } from "./hostile";

const points = (text: string): string => Array.from(text, (ch) => ch.codePointAt(0)).join(",");
const codes = Object.values(Hostile).sort((a, b) => a - b);
console.log(codes.length);
for (const code of codes) {
  console.log(`${code}\t${points(errorDescriptions[code])}\t${points(nameOf(code) ?? "")}`);
}
"#;
    let files = [("hostile.ts", source.as_str()), ("check.ts", check)];
    let Some(printed) = typescript("hostile_text_typescript", ERASABLE, &files, "check") else {
        return;
    };
    assert_eq!(printed, expected(&taxonomy));
}

#[test]
fn swift_parses_without_an_error() {
    let source = render(
        &Format::Swift {
            domain: Some("com.example \\u000A */".to_owned()),
            localized: None,
        },
        &taxonomy(CodeType::I32),
    );
    let Some(parsed) = swift_parse("hostile_text_swift", &[("Hostile.swift", &source)]) else {
        return;
    };
    assert_eq!(parsed.trim(), "Hostile.swift: ok", "{parsed}");
}

#[test]
fn android_compiles_every_string_back_to_its_text() {
    let Some(aapt) = android::aapt() else {
        return;
    };
    let mut taxonomy = taxonomy(CodeType::I32);
    // A NUL ends an Android string: the export refuses it, by variant.
    let mut document = Document::new(taxonomy.clone());
    document.declared_in(std::path::Path::new("src/lib.rs"));
    assert_eq!(
        Format::AndroidStrings.render(&document).unwrap_err(),
        "the message of `V9` holds a NUL character, which an Android string resource cannot hold: it would end the string"
    );
    for entry in &mut taxonomy.entries {
        for reason in &mut entry.facts.reasons {
            *reason = reason.replace('\0', "");
        }
    }
    let strings = android::strings(
        &aapt,
        "hostile_text_android",
        &render(&Format::AndroidStrings, &taxonomy),
    )
    .unwrap_or_else(|refused| panic!("aapt refused the export: {refused}"));
    let texts: Vec<String> = strings.into_iter().map(|(_, text)| text).collect();
    let expected: Vec<String> = taxonomy.documented().map(Facts::description).collect();
    assert_eq!(texts, expected);
}

#[test]
fn the_string_catalog_and_the_json_read_back_as_written() {
    let taxonomy = taxonomy(CodeType::I32);
    let catalog: serde_json::Value = serde_json::from_str(&render(
        &Format::Xcstrings {
            source_language: None,
        },
        &taxonomy,
    ))
    .expect("JSON");
    for entry in &taxonomy.entries {
        assert_eq!(
            catalog["strings"][&entry.facts.name]["localizations"]["en"]["stringUnit"]["value"],
            entry.facts.description()
        );
    }
    let json = render(&Format::Json, &taxonomy);
    let read = error_codes_cli::json::parse(&json, "Hostile").expect("a baseline");
    for (read, written) in read.taxonomy.entries.iter().zip(&taxonomy.entries) {
        assert_eq!(read.facts.reasons, written.facts.reasons);
        assert_eq!(read.facts.category, written.facts.category);
        assert_eq!(read.aliases, written.aliases);
        assert_eq!(read.deprecated, written.deprecated);
    }
}

#[test]
fn markdown_keeps_one_row_per_code() {
    let taxonomy = taxonomy(CodeType::I32);
    let page = render(&Format::Markdown { title: None }, &taxonomy);
    let parser = pulldown_cmark::Parser::new_ext(&page, pulldown_cmark::Options::ENABLE_TABLES);
    let rows = parser
        .filter(|event| {
            matches!(
                event,
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::TableRow)
            )
        })
        .count();
    assert_eq!(rows, taxonomy.entries.len());
    // The catch-all's line and the retired names stay one paragraph each.
    assert!(page.contains("\nAny other code is `other`: "), "{page}");
}
