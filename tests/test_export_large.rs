//! Every export compiles at 5,000 codes, with its platform's own tool, and
//! decodes every code and name back: an `i32` taxonomy (negative codes, an
//! `int` on the JVM, a `number` on the web) and a `u64` one (codes across
//! the whole type, a `long` keeping a `u64`'s bits, `bigint`s on the web),
//! each with alternatives, aliases, links, retryable codes, sections, a
//! deprecated code and a catch-all; and an `i64` one of the most constants
//! a JVM `enum` gets ([`LARGEST_ENUM`]), whose codes are `number`s on the
//! web though its wire codes may not be. Each language is compiled once,
//! every taxonomy together: `kotlinc-jvm -Werror`, `javac -Xlint:all
//! -Werror`, `tsc --strict` (`--erasableSyntaxOnly` for the default style;
//! the `enum` style of the `i32` one apart), tree-sitter-swift, `aapt`.
//!
//! Each program reads the codes and names to look up from `.txt` files
//! beside it (an array literal of 5,000 codes would itself pass the JVM's
//! 64 KB of code per method) and prints, per taxonomy, every constant with
//! its facts, then per code the strict lookup's name and the wire decoder's
//! code and name, then per name its code: what the model says, line by
//! line.

mod common;

use common::platforms::{ERASABLE, java, kotlin, swift_parse, tsc, typescript};
use error_codes_cli::document::Document;
use error_codes_cli::export::{Format, JavaNaming, LARGEST_ENUM, TypeScriptStyle};
use error_codes_model::{CodeType, Deprecation, Entry, Facts, Taxonomy};
use std::fmt::Write as _;

/// The size issue 32 asks every export to compile at.
const CODES: usize = 5_000;

/// The largest integer a JavaScript `number` holds exactly.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// One taxonomy under test, and the codes its wire decoder is given that
/// no entry declares.
struct Subject {
    taxonomy: Taxonomy,
    unknown: Vec<i128>,
}

/// `count` codes, `code(index)` each and its alternative one above (every
/// 7th), an alias every 10th, retryable every 5th, a link every 3rd, a
/// section per 1,000, the second deprecated; a catch-all with a link.
fn subject(
    name: &str,
    code_type: CodeType,
    count: usize,
    code: impl Fn(usize) -> i128,
    unknown: &[i128],
) -> Subject {
    let mut taxonomy = Taxonomy::new(name, code_type);
    for index in 0..count {
        let mut entry = Entry::new(format!("Code{index}"), code(index), format!("code{index}"));
        entry.facts.reasons = vec![format!("Reason {index}")];
        entry.facts.category = Some(format!("Section {}", index / 1_000));
        if index % 7 == 0 {
            entry.alternatives.push(entry.code + 1);
        }
        if index % 10 == 0 {
            entry.aliases.push(format!("alias{index}"));
        }
        entry.facts.retryable = index % 5 == 0;
        if index % 3 == 0 {
            entry.facts.doc_url = Some(format!("https://docs.example.com/{name}/{index}"));
        }
        if index == 1 {
            entry.deprecated = Some(Deprecation::with_note("use code0"));
        }
        taxonomy.entries.push(entry);
    }
    let mut catch_all = Facts::new("Other", "other");
    catch_all.reasons = vec!["A code this client does not know".to_owned()];
    catch_all.doc_url = Some(format!("https://docs.example.com/{name}/other"));
    taxonomy.catch_all = Some(catch_all);
    for &probe in unknown {
        assert!(
            code_type.contains(probe) && taxonomy.entry_by_code(probe).is_none(),
            "{name}: {probe} is an unknown code"
        );
    }
    Subject {
        taxonomy,
        unknown: unknown.to_vec(),
    }
}

fn subjects() -> [Subject; 3] {
    let step = i128::from(u64::MAX) / i128::try_from(CODES).expect("small");
    [
        subject(
            "Big",
            CodeType::I32,
            CODES,
            |index| i128::try_from(index).expect("small") * 4 - 10_000,
            &[i128::from(i32::MIN), i128::from(i32::MAX), 4_242 * 4 + 2],
        ),
        subject(
            "Wide",
            CodeType::U64,
            CODES,
            |index| i128::try_from(index).expect("small") * step,
            &[(1 << 62) - 2, u64::MAX.into(), 2],
        ),
        subject(
            "Largest",
            CodeType::I64,
            LARGEST_ENUM,
            |index| i128::try_from(index).expect("small") * 4,
            &[(1 << 62) - 2, i64::MIN.into(), i64::MAX.into(), -4],
        ),
    ]
}

impl Subject {
    fn name(&self) -> &str {
        &self.taxonomy.name
    }

    fn render(&self, format: &Format) -> String {
        format
            .render(&Document::new(self.taxonomy.clone()))
            .unwrap_or_else(|error| panic!("{}: {error}", self.name()))
    }

    /// Every code the lookups accept, then the unknown ones: one a line.
    fn codes(&self) -> String {
        let codes = self.taxonomy.every_code().map(|(code, _)| code);
        codes
            .chain(self.unknown.iter().copied())
            .map(|code| format!("{code}\n"))
            .collect()
    }

    /// Every name the lookups accept, then one they do not.
    fn names(&self) -> String {
        let names = self.taxonomy.every_name().map(|(name, _)| name);
        names
            .chain(["nope"])
            .map(|name| format!("{name}\n"))
            .collect()
    }

    /// The files a program reads: `{Name}.codes.txt`, `{Name}.names.txt`.
    fn data(&self) -> [(String, String); 2] {
        [
            (format!("{}.codes.txt", self.name()), self.codes()),
            (format!("{}.names.txt", self.name()), self.names()),
        ]
    }

    /// What every program prints for this taxonomy.
    fn expected(&self) -> String {
        let taxonomy = &self.taxonomy;
        let catch_all = taxonomy.catch_all.as_ref().expect("a catch-all");
        let mut out = format!("== {}\n", self.name());
        for entry in &taxonomy.entries {
            let _ = writeln!(
                out,
                "entry\t{}\t{}\t{}\t{}\t{}",
                entry.code,
                entry.facts.name,
                entry.facts.description(),
                entry.facts.doc_url.as_deref().unwrap_or("-"),
                entry.facts.retryable
            );
        }
        let codes = taxonomy.every_code().map(|(code, _)| code);
        for code in codes.chain(self.unknown.iter().copied()) {
            let strict = taxonomy.entry_by_code(code);
            let (wire, name) = strict.map_or((code, catch_all.name.as_str()), |entry| {
                (entry.code, entry.facts.name.as_str())
            });
            let strict = strict.map_or("-", |entry| entry.facts.name.as_str());
            let _ = writeln!(out, "code\t{code}\t{strict}\t{wire}\t{name}");
        }
        let names = taxonomy.every_name().map(|(name, _)| name);
        for name in names.chain(["nope"]) {
            let code = taxonomy
                .entry_by_name(name)
                .map_or_else(|| "-".to_owned(), |entry| entry.code.to_string());
            let _ = writeln!(out, "name\t{name}\t{code}");
        }
        out
    }

    /// How the JVM holds the codes.
    fn jvm(&self) -> Jvm {
        match self.taxonomy.code_type {
            CodeType::U64 => Jvm::UnsignedLong,
            CodeType::U32 | CodeType::I64 => Jvm::Long,
            _ => Jvm::Int,
        }
    }

    /// Whether the TypeScript codes are `bigint`s: some declared code is
    /// beyond what a `number` holds exactly.
    fn bigint(&self) -> bool {
        self.taxonomy
            .every_code()
            .any(|(code, _)| code.abs() > MAX_SAFE_INTEGER)
    }
}

/// How the JVM holds a taxonomy's codes: an `int`, a `long`, or a `long`
/// holding a `u64`'s bits.
#[derive(Debug, Clone, Copy)]
enum Jvm {
    Int,
    Long,
    UnsignedLong,
}

/// A program's check of each subject, written by `check`, and the calls of
/// them in order, each written by `call` from the subject's name.
fn checks(
    subjects: &[Subject],
    call: impl Fn(&str) -> String,
    check: impl Fn(&Subject) -> String,
) -> (String, String) {
    let calls = subjects
        .iter()
        .map(|subject| call(subject.name()))
        .collect();
    let checks = subjects.iter().map(check).collect();
    (calls, checks)
}

/// Every file, and what all the programs print.
struct Sources {
    files: Vec<(String, String)>,
    expected: String,
}

impl Sources {
    fn of(subjects: &[Subject], source: impl Fn(&Subject) -> (String, String)) -> Self {
        let mut files = Vec::new();
        for subject in subjects {
            files.push(source(subject));
            files.extend(subject.data());
        }
        Sources {
            files,
            expected: subjects.iter().map(Subject::expected).collect(),
        }
    }

    fn with(mut self, program: (&str, String)) -> Self {
        self.files.push((program.0.to_owned(), program.1));
        self
    }

    fn files(&self) -> Vec<(&str, &str)> {
        self.files
            .iter()
            .map(|(name, text)| (name.as_str(), text.as_str()))
            .collect()
    }
}

#[test]
fn kotlin_compiles_and_decodes_every_code() {
    let subjects = subjects();
    let package = "com.example.large";
    let format = Format::Kotlin {
        package: Some(package.to_owned()),
        localized: None,
    };
    let (calls, checks) = checks(
        &subjects,
        |ty| format!("    check{ty}()\n"),
        |subject| {
            let ty = subject.name();
            let (number, parse, show) = match subject.jvm() {
                Jvm::UnsignedLong => ("Long", "toULong().toLong()", "toULong().toString()"),
                Jvm::Int => ("Int", "toInt()", "toString()"),
                Jvm::Long => ("Long", "toLong()", "toString()"),
            };
            format!(
                r#"
fun show{ty}(code: {number}): String = code.{show}

fun check{ty}() {{
    println("== {ty}")
    for (c in {ty}.entries) {{
        println("entry\t" + show{ty}(c.code) + "\t" + c.codeName + "\t" + c.message + "\t" + (c.docUrl ?: "-") + "\t" + c.isRetryable)
    }}
    for (line in File("{ty}.codes.txt").readLines()) {{
        val code = line.{parse}
        val wire = {ty}.fromWireCode(code)
        println("code\t" + show{ty}(code) + "\t" + ({ty}.fromCode(code)?.codeName ?: "-") + "\t" + show{ty}(wire.code) + "\t" + wire.codeName)
    }}
    for (name in File("{ty}.names.txt").readLines()) {{
        println("name\t" + name + "\t" + ({ty}.fromName(name)?.let {{ show{ty}(it.code) }} ?: "-"))
    }}
}}
"#
            )
        },
    );
    let program =
        format!("package {package}\n\nimport java.io.File\n\nfun main() {{\n{calls}}}\n{checks}");
    let sources = Sources::of(&subjects, |subject| {
        (format!("{}.kt", subject.name()), subject.render(&format))
    })
    .with(("Check.kt", program));
    let Some(printed) = kotlin("large_kotlin", &sources.files()) else {
        return;
    };
    assert_lines_eq(&printed, &sources.expected);
}

#[test]
fn java_compiles_and_decodes_every_code() {
    let subjects = subjects();
    let format = Format::Java {
        naming: JavaNaming::ErrorCodeSuffix,
        package: None,
        localized: None,
    };
    let (calls, checks) = checks(
        &subjects,
        |ty| format!("        check{ty}();\n"),
        |subject| {
            let ty = subject.name();
            let (number, parse, show) = match subject.jvm() {
                Jvm::UnsignedLong => ("long", "Long.parseUnsignedLong", "Long.toUnsignedString"),
                Jvm::Int => ("int", "Integer.parseInt", "String.valueOf"),
                Jvm::Long => ("long", "Long.parseLong", "String.valueOf"),
            };
            format!(
                r#"
    static void check{ty}() throws IOException {{
        System.out.println("== {ty}");
        for ({ty} c : {ty}.values()) {{
            System.out.println("entry\t" + {show}(c.getCode()) + "\t" + c.getName() + "\t" + c.getMessage()
                + "\t" + (c.getDocUrl() != null ? c.getDocUrl() : "-") + "\t" + c.isRetryable());
        }}
        for (String line : Files.readAllLines(Paths.get("{ty}.codes.txt"))) {{
            {number} code = {parse}(line);
            {ty} strict = {ty}.fromCode(code);
            {ty}.Any wire = {ty}.fromWireCode(code);
            System.out.println("code\t" + {show}(code) + "\t" + (strict != null ? strict.getName() : "-")
                + "\t" + {show}(wire.getCode()) + "\t" + wire.getName());
        }}
        for (String name : Files.readAllLines(Paths.get("{ty}.names.txt"))) {{
            {ty} strict = {ty}.fromName(name);
            System.out.println("name\t" + name + "\t" + (strict != null ? {show}(strict.getCode()) : "-"));
        }}
    }}
"#
            )
        },
    );
    let program = format!(
        "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Paths;\n\npublic class Check {{\n    public static void main(String[] args) throws IOException {{\n{calls}    }}\n{checks}}}\n"
    );
    let sources = Sources::of(&subjects, |subject| {
        (format!("{}.java", subject.name()), subject.render(&format))
    })
    .with(("Check.java", program));
    let Some(printed) = java("large_java", &sources.files(), "Check") else {
        return;
    };
    assert_lines_eq(&printed, &sources.expected);
}

#[test]
fn typescript_compiles_and_decodes_every_code() {
    let subjects = subjects();
    let format = Format::TypeScript {
        style: TypeScriptStyle::Erasable,
        localized: None,
    };
    let imports: String = subjects
        .iter()
        .map(|subject| format!("import * as {0} from \"./{0}\";\n", subject.name()))
        .collect();
    let (calls, checks) = checks(
        &subjects,
        |ty| format!("check{ty}();\n"),
        |subject| {
            let ty = subject.name();
            // The strict lookup takes the declared codes' type; the wire
            // decoder a `bigint` wherever the code type goes beyond 2^53,
            // so that no code is rounded on its way in.
            let (strict, wire) = if subject.bigint() {
                ("BigInt(line)", "BigInt(line)")
            } else if subject.taxonomy.code_type.bits() == 64 {
                ("Number(line)", "BigInt(line)")
            } else {
                ("Number(line)", "Number(line)")
            };
            format!(
                r#"
function check{ty}(): void {{
  console.log("== {ty}");
  for (const [name, code] of Object.entries({ty}.{ty})) {{
    console.log(`entry\t${{String(code)}}\t${{name}}\t${{{ty}.messageOf(code)}}\t${{{ty}.docUrlOf(code) ?? "-"}}\t${{{ty}.isRetryable(code)}}`);
  }}
  for (const line of lines("{ty}.codes.txt")) {{
    const strict = {ty}.fromCode({strict});
    const wire = {ty}.fromWireCode({wire});
    console.log(`code\t${{line}}\t${{strict === undefined ? "-" : {ty}.nameOf(strict)}}\t${{String(wire)}}\t${{{ty}.nameOf(wire)}}`);
  }}
  for (const name of lines("{ty}.names.txt")) {{
    const strict = {ty}.fromName(name);
    console.log(`name\t${{name}}\t${{strict === undefined ? "-" : String(strict)}}`);
  }}
}}
"#
            )
        },
    );
    // No Node types here: `require` as much of it as the program uses.
    let program = format!(
        r#"{imports}
declare function require(module: "fs"): {{ readFileSync(path: string, encoding: "utf8"): string }};

function lines(file: string): string[] {{
  return require("fs").readFileSync(file, "utf8").split("\n").filter((line) => line !== "");
}}
{checks}
{calls}"#
    );
    let sources = Sources::of(&subjects, |subject| {
        (format!("{}.ts", subject.name()), subject.render(&format))
    })
    .with(("check.ts", program));
    let Some(printed) = typescript("large_typescript", ERASABLE, &sources.files(), "check") else {
        return;
    };
    assert_lines_eq(&printed, &sources.expected);
}

#[test]
fn the_typescript_enum_style_compiles() {
    // The `enum` style holds `number`s only: the `i32` taxonomy.
    let subjects = subjects();
    let subject = &subjects[0];
    let source = subject.render(&Format::TypeScript {
        style: TypeScriptStyle::Enum,
        localized: None,
    });
    let Some((_, compiled)) = tsc("large_typescript_enum", &[], &[("Big.ts", &source)]) else {
        return;
    };
    assert!(
        compiled.status.success(),
        "tsc failed:\n{}",
        String::from_utf8_lossy(&compiled.stdout)
    );
}

#[test]
fn swift_parses_without_an_error() {
    let subjects = subjects();
    let format = Format::Swift {
        domain: None,
        localized: None,
    };
    let sources: Vec<(String, String)> = subjects
        .iter()
        .map(|subject| (format!("{}.swift", subject.name()), subject.render(&format)))
        .collect();
    let files: Vec<(&str, &str)> = sources
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let Some(printed) = swift_parse("large_swift", &files) else {
        return;
    };
    let expected: String = sources
        .iter()
        .map(|(name, _)| format!("{name}: ok\n"))
        .collect();
    assert_eq!(printed, expected);
}

#[test]
fn android_strings_compile_with_aapt() {
    let Some(aapt) = common::android::aapt() else {
        return;
    };
    for subject in &subjects() {
        let xml = subject.render(&Format::AndroidStrings);
        let test = format!("large_android_{}", subject.name());
        let strings = common::android::strings(&aapt, &test, &xml)
            .unwrap_or_else(|refused| panic!("aapt refuses {}: {refused}", subject.name()));
        let texts: Vec<String> = strings.into_iter().map(|(_, text)| text).collect();
        let taxonomy = &subject.taxonomy;
        let expected: Vec<String> = taxonomy.documented().map(Facts::description).collect();
        assert_eq!(texts, expected, "{}", subject.name());
    }
}

#[test]
fn the_documents_hold_every_code() {
    for subject in &subjects() {
        let taxonomy = &subject.taxonomy;
        let json: serde_json::Value =
            serde_json::from_str(&subject.render(&Format::Json)).expect("JSON");
        let codes: Vec<String> = json["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|entry| entry["code"].to_string())
            .collect();
        let declared: Vec<String> = taxonomy
            .entries
            .iter()
            .map(|e| e.code.to_string())
            .collect();
        assert_eq!(codes, declared, "{}", subject.name());

        let catalog: serde_json::Value =
            serde_json::from_str(&subject.render(&Format::Xcstrings {
                source_language: None,
            }))
            .expect("JSON");
        let strings = catalog["strings"].as_object().expect("strings");
        for entry in &taxonomy.entries {
            assert_eq!(
                strings[&entry.facts.name]["localizations"]["en"]["stringUnit"]["value"],
                entry.facts.description(),
                "{}: {}",
                subject.name(),
                entry.facts.name
            );
        }

        let markdown = subject.render(&Format::Markdown { title: None });
        let rows =
            pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::ENABLE_TABLES)
                .filter(|event| {
                    matches!(
                        event,
                        pulldown_cmark::Event::Start(pulldown_cmark::Tag::TableRow)
                    )
                })
                .count();
        assert_eq!(rows, taxonomy.entries.len(), "{}", subject.name());
    }
}

/// The first line that differs, rather than two 1 MB strings.
fn assert_lines_eq(printed: &str, expected: &str) {
    let mut printed_lines = printed.lines();
    for (number, line) in expected.lines().enumerate() {
        assert_eq!(
            printed_lines.next(),
            Some(line),
            "line {} of the output",
            number + 1
        );
    }
    assert_eq!(printed_lines.next(), None, "more output than expected");
}
