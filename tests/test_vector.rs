//! One test vector, every language: the JSON export is the oracle. For each
//! taxonomy, a small program in each language decodes every declared code
//! and alternative, every name and alias, and a sample of codes the
//! taxonomy does not declare (4242, 2^62 - 2, the code type's ends,
//! reserved codes, the neighbours of declared codes), through the strict
//! lookup and, with a catch-all, through the wire decoder, with each code's
//! documentation link and retryability; what it prints must agree with the
//! JSON entry by entry, and the JSON with the Rust enums themselves. A
//! code beyond 2^53 must come back exact from every wire decoder,
//! TypeScript's too, whether or not a declared code is that large. Kotlin
//! and Java run on the JVM, TypeScript on node; Swift, which has no
//! compiler here, is parsed and checked for both ways in and every link.

mod common;

use common::cli::export;
use common::platforms::{ERASABLE, java, kotlin, swift_parse, typescript};
use serde_json::Value;
use std::collections::BTreeSet;

/// A taxonomy to run the vector on: the export's arguments.
struct Subject {
    test: &'static str,
    args: &'static [&'static str],
}

const SUBJECTS: [Subject; 8] = [
    Subject {
        test: "nserror",
        args: &[],
    },
    Subject {
        test: "session",
        args: &[
            "--input",
            "tests/fixtures/other-sdk/src",
            "--enum",
            "SessionError",
        ],
    },
    Subject {
        test: "narrow",
        args: &["--input", "tests/fixtures/edges/lib.rs", "--enum", "Narrow"],
    },
    Subject {
        test: "wide",
        args: &["--input", "tests/fixtures/edges/lib.rs", "--enum", "Wide"],
    },
    Subject {
        test: "huge",
        args: &["--input", "tests/fixtures/edges/lib.rs", "--enum", "Huge"],
    },
    Subject {
        test: "http3",
        args: &["--input", "tests/fixtures/edges/lib.rs", "--enum", "Http3"],
    },
    Subject {
        test: "quic",
        args: &["--input", "tests/fixtures/edges/lib.rs", "--enum", "Quic"],
    },
    Subject {
        test: "banded",
        args: &["--input", "tests/fixtures/edges/lib.rs", "--enum", "Banded"],
    },
];

/// What the JSON export says, and the probes.
struct Oracle {
    name: String,
    code_type: String,
    entries: Vec<Value>,
    catch_all: Option<Value>,
    codes: Vec<i128>,
    names: Vec<String>,
    /// Whether some code has a documentation link: each line then shows
    /// the link.
    links: bool,
    /// Whether some code is retryable: each line then shows whether.
    retry: bool,
    /// Whether some entry is a range variant: each line then shows the
    /// strict lookup's code and message, which keep a code of a range.
    ranges: bool,
}

fn int(value: &Value) -> i128 {
    value
        .as_i64()
        .map(i128::from)
        .or_else(|| value.as_u64().map(i128::from))
        .expect("an integer code")
}

/// A message on one line: what each program prints it as.
fn one_line(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
}

impl Oracle {
    fn new(subject: &Subject) -> Oracle {
        let json: Value =
            serde_json::from_str(&export(&[subject.args, &["--format", "json"]].concat()))
                .expect("the export is JSON");
        let entries = json["entries"].as_array().expect("entries").clone();
        let code_type = json["codeType"].as_str().expect("a code type").to_owned();
        let (min, max) = range(&code_type);
        // 4242: the code a newer server sends that no client declares;
        // 2^62 - 2: one a 64-bit type's wire carries (HTTP/3's reserved
        // codes reach it) that a JavaScript `number` would round.
        let mut codes = BTreeSet::from([min, max, 0, 4242, (1 << 62) - 2]);
        let mut names = vec!["nope".to_owned(), String::new()];
        for entry in &entries {
            let code = int(&entry["code"]);
            codes.extend([code, code - 1, code + 1]);
            // A range's ends, a code inside it and the codes around it.
            if let Some(range) = entry["range"].as_array() {
                let (start, end) = (int(&range[0]), int(&range[1]));
                codes.extend([start, end, end + 1, start + (end - start) / 2 + 1]);
            }
            codes.extend(
                entry["alternatives"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(int),
            );
            let name = entry["name"].as_str().expect("a name");
            names.push(name.to_owned());
            names.push(name.to_uppercase() + "x");
            names.extend(
                entry["aliases"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|alias| alias.as_str().expect("an alias").to_owned()),
            );
        }
        let reserved = &json["reserved"];
        codes.extend(reserved["codes"].as_array().into_iter().flatten().map(int));
        for range in reserved["ranges"].as_array().into_iter().flatten() {
            codes.extend([int(&range[0]), int(&range[1])]);
        }
        codes.retain(|code| (min..=max).contains(code));
        let with_catch_all = || entries.iter().chain(json.get("catchAll"));
        let links = with_catch_all().any(|entry| entry.get("docUrl").is_some());
        let retry = with_catch_all().any(|entry| entry["retryable"] == true);
        let ranges = entries.iter().any(|entry| entry.get("range").is_some());
        Oracle {
            name: json["enum"].as_str().expect("a name").to_owned(),
            code_type,
            entries,
            catch_all: json.get("catchAll").cloned(),
            codes: codes.into_iter().collect(),
            names,
            links,
            retry,
            ranges,
        }
    }

    /// A code's link (or `-`) and whether it is retryable, each where the
    /// taxonomy has them, after a tab; `-` for both without a code.
    fn guidance(&self, entry: Option<&Value>) -> String {
        let mut out = String::new();
        if self.links {
            let link = entry.and_then(|entry| entry["docUrl"].as_str());
            out.push_str(&format!("\t{}", link.unwrap_or("-")));
        }
        if self.retry {
            let retryable = entry.map_or("-", |entry| {
                if entry["retryable"] == true {
                    "true"
                } else {
                    "false"
                }
            });
            out.push_str(&format!("\t{retryable}"));
        }
        out
    }

    /// The entry a code or a name decodes to, strictly.
    fn by_code(&self, code: i128) -> Option<&Value> {
        self.entries.iter().find(|entry| {
            int(&entry["code"]) == code
                || entry["alternatives"]
                    .as_array()
                    .is_some_and(|alternatives| alternatives.iter().any(|a| int(a) == code))
                || entry["range"]
                    .as_array()
                    .is_some_and(|range| int(&range[0]) <= code && code <= int(&range[1]))
        })
    }

    /// What a code decodes to, by its entry: the code it keeps (a range
    /// variant's, as it came; any other, its own) and its message (a range
    /// variant's with the code, as Rust's `Display` writes it).
    fn decoded(entry: &Value, code: i128) -> (i128, String) {
        let description = entry["description"].as_str().expect("a description");
        if entry.get("range").is_none() {
            return (int(&entry["code"]), description.to_owned());
        }
        let message = match entry["message"].as_str() {
            Some(template) => template
                .replace("{0}", &code.to_string())
                .replace("{{", "{")
                .replace("}}", "}"),
            None => format!("{description} (code {code})"),
        };
        (code, message)
    }

    fn by_name(&self, name: &str) -> Option<&Value> {
        self.entries.iter().find(|entry| {
            entry["name"] == name
                || entry["aliases"]
                    .as_array()
                    .is_some_and(|aliases| aliases.iter().any(|alias| alias == name))
        })
    }

    /// What every program must print: per code, the strict lookup's name
    /// (or `-`) and, with a catch-all, the wire decoder's code, name,
    /// message and whether it is declared; per name, the code (or `-`).
    fn expected(&self) -> String {
        let mut out = String::new();
        for &code in &self.codes {
            let strict = self.by_code(code);
            out.push_str(&format!(
                "code\t{code}\t{}",
                strict.map_or("-", |entry| entry["name"].as_str().expect("a name")),
            ));
            if self.ranges {
                let (kept, message) = strict.map_or_else(
                    || ("-".to_owned(), "-".to_owned()),
                    |entry| {
                        let (kept, message) = Oracle::decoded(entry, code);
                        (kept.to_string(), one_line(&message))
                    },
                );
                out.push_str(&format!("\t{kept}\t{message}"));
            }
            out.push_str(&self.guidance(strict));
            if let Some(catch_all) = &self.catch_all {
                let (wire, name, message, known) = match strict {
                    Some(entry) => {
                        let (wire, message) = Oracle::decoded(entry, code);
                        (
                            wire,
                            entry["name"].as_str().expect("a name").to_owned(),
                            message,
                            true,
                        )
                    }
                    None => (
                        code,
                        catch_all["name"].as_str().expect("a name").to_owned(),
                        format!(
                            "{} (code {code})",
                            catch_all["description"].as_str().expect("a description")
                        ),
                        false,
                    ),
                };
                out.push_str(&format!(
                    "\t{wire}\t{name}\t{}\t{known}{}",
                    one_line(&message),
                    self.guidance(Some(strict.unwrap_or(catch_all)))
                ));
            }
            out.push('\n');
        }
        for name in &self.names {
            let code = self
                .by_name(name)
                .map_or_else(|| "-".to_owned(), |entry| int(&entry["code"]).to_string());
            out.push_str(&format!("name\t{name}\t{code}\n"));
        }
        out
    }

    /// `u64` codes beyond `i64::MAX` live in a `Long` by their bits.
    fn unsigned_64(&self) -> bool {
        self.code_type == "u64"
    }

    /// Whether the JVM holds the codes in an `int`.
    fn jvm_int(&self) -> bool {
        matches!(self.code_type.as_str(), "i8" | "i16" | "i32" | "u8" | "u16")
    }

    /// The probed codes as a JVM array's elements.
    fn jvm_codes(&self) -> String {
        let codes: Vec<String> = self
            .codes
            .iter()
            .map(|&code| self.jvm_literal(code))
            .collect();
        codes.join(", ")
    }

    /// The probed names as the elements of an array of strings, in any of
    /// the three languages.
    fn name_literals(&self) -> String {
        let names: Vec<String> = self.names.iter().map(|name| literal(name)).collect();
        names.join(", ")
    }

    fn jvm_literal(&self, code: i128) -> String {
        if self.jvm_int() {
            return code.to_string();
        }
        let bits = i64::try_from(code).unwrap_or_else(|_| {
            i64::from_ne_bytes(u64::try_from(code).expect("u64").to_ne_bytes())
        });
        if bits == i64::MIN {
            "Long.MIN_VALUE".to_owned()
        } else {
            format!("{bits}L")
        }
    }
}

/// The values of a code type, as the JSON names it.
fn range(code_type: &str) -> (i128, i128) {
    match code_type {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        other => panic!("no code type {other}"),
    }
}

/// A string as a Kotlin, Java or TypeScript literal: JSON's escapes, and
/// Kotlin's `$`.
fn literal(text: &str) -> String {
    serde_json::to_string(text)
        .expect("JSON")
        .replace('$', "\\u0024")
}

fn kotlin_program(oracle: &Oracle, package: &str) -> String {
    let ty = &oracle.name;
    let (array, number) = if oracle.jvm_int() {
        ("intArrayOf", "Int")
    } else {
        ("longArrayOf", "Long")
    };
    let show = if oracle.unsigned_64() {
        "it.toULong().toString()"
    } else {
        "it.toString()"
    };
    let (codes, names) = (oracle.jvm_codes(), oracle.name_literals());
    // The strict lookup's answer is `null` for a code it does not know;
    // the wire decoder's `w` never is (`-Werror` refuses a needless `?.`).
    let guidance = |link: &str, retryable: &str| {
        let mut out = String::new();
        if oracle.links {
            out.push_str(&format!(r#" + "\t" + ({link} ?: "-")"#));
        }
        if oracle.retry {
            out.push_str(&format!(r#" + "\t" + {retryable}"#));
        }
        out
    };
    let strict_guidance = guidance(
        &format!("{ty}.fromCode(c)?.docUrl"),
        &format!(r#"({ty}.fromCode(c)?.isRetryable?.toString() ?: "-")"#),
    );
    let wire = oracle.catch_all.as_ref().map_or_else(String::new, |_| {
        format!(
            r#" + "\t" + {ty}.fromWireCode(c).let {{ w -> show(w.code) + "\t" + w.codeName + "\t" + line(w.message) + "\t" + (w !is Unknown{ty}){} }}"#,
            guidance("w.docUrl", "w.isRetryable")
        )
    });
    let strict_kept = if oracle.ranges {
        format!(
            r#" + "\t" + ({ty}.fromCode(c)?.let {{ show(it.code) + "\t" + line(it.message) }} ?: "-\t-")"#
        )
    } else {
        String::new()
    };
    format!(
        r#"package {package}

fun show(code: {number}): String = code.let {{ {show} }}

fun line(text: String): String = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")

fun main() {{
    for (c in {array}({codes})) {{
        println("code\t" + show(c) + "\t" + ({ty}.fromCode(c)?.codeName ?: "-"){strict_kept}{strict_guidance}{wire})
    }}
    for (n in arrayOf({names})) {{
        println("name\t" + n + "\t" + ({ty}.fromName(n)?.let {{ show(it.code) }} ?: "-"))
    }}
}}
"#,
    )
}

fn java_program(oracle: &Oracle) -> String {
    let ty = &oracle.name;
    let (array, number) = if oracle.jvm_int() {
        ("int[]", "int")
    } else {
        ("long[]", "long")
    };
    let show = if oracle.unsigned_64() {
        "Long.toUnsignedString(code)"
    } else {
        "String.valueOf(code)"
    };
    let (codes, names) = (oracle.jvm_codes(), oracle.name_literals());
    let guidance = |code: &str| {
        let mut out = String::new();
        if oracle.links {
            out.push_str(&format!(
                r#"
            out += "\t" + ({code} != null && {code}.getDocUrl() != null ? {code}.getDocUrl() : "-");"#
            ));
        }
        if oracle.retry {
            out.push_str(&format!(
                r#"
            out += "\t" + ({code} != null ? String.valueOf({code}.isRetryable()) : "-");"#
            ));
        }
        out
    };
    let strict_guidance = guidance("strict");
    // With range variants, the strict lookup keeps the code too.
    let (strict_type, strict_kept) = if oracle.ranges {
        (
            format!("{ty}.Any"),
            r#"
            out += "\t" + (strict != null ? show(strict.getCode()) + "\t" + line(strict.getMessage()) : "-\t-");"#,
        )
    } else {
        (ty.clone(), "")
    };
    let wire = oracle.catch_all.as_ref().map_or_else(String::new, |_| {
        format!(
            r#"
            {ty}.Any w = {ty}.fromWireCode(c);
            out += "\t" + show(w.getCode()) + "\t" + w.getName() + "\t" + line(w.getMessage()) + "\t" + w.isKnown();{}"#,
            guidance("w")
        )
    });
    format!(
        r#"public class Check {{
    static String show({number} code) {{
        return {show};
    }}

    static String line(String text) {{
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }}

    public static void main(String[] args) {{
        for ({number} c : new {array} {{{codes}}}) {{
            {strict_type} strict = {ty}.fromCode(c);
            String out = "code\t" + show(c) + "\t" + (strict != null ? strict.getName() : "-");{strict_kept}{strict_guidance}{wire}
            System.out.println(out);
        }}
        for (String n : new String[] {{{names}}}) {{
            {ty} strict = {ty}.fromName(n);
            System.out.println("name\t" + n + "\t" + (strict != null ? show(strict.getCode()) : "-"));
        }}
    }}
}}
"#,
    )
}

/// The largest integer a JavaScript `number` holds exactly.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// Whether the TypeScript export's codes are `bigint`s: some declared code
/// is beyond what a `number` holds exactly.
fn bigint(oracle: &Oracle) -> bool {
    oracle.entries.iter().any(|entry| {
        std::iter::once(&entry["code"])
            .chain(entry["alternatives"].as_array().into_iter().flatten())
            .any(|code| int(code).abs() > MAX_SAFE_INTEGER)
    })
}

fn typescript_program(oracle: &Oracle, module: &str) -> String {
    let bigint = bigint(oracle);
    // A probe beyond 2^53 is a `bigint` wherever the codes are not: what
    // the wire decoder must take to keep it. The strict lookup takes the
    // declared codes' type.
    let codes: Vec<String> = oracle
        .codes
        .iter()
        .map(|&code| {
            if bigint || code.abs() > MAX_SAFE_INTEGER {
                format!("{code}n")
            } else {
                code.to_string()
            }
        })
        .collect();
    let strict = if bigint { "c" } else { "Number(c)" };
    let names = oracle.name_literals();
    let mut imports = String::new();
    let guidance = |code: &str| {
        let mut out = String::new();
        if oracle.links {
            out.push_str(&format!(
                r#" + "\t" + ({code} === undefined ? "-" : docUrlOf({code}) ?? "-")"#
            ));
        }
        if oracle.retry {
            out.push_str(&format!(
                r#" + "\t" + ({code} === undefined ? "-" : String(isRetryable({code})))"#
            ));
        }
        out
    };
    if oracle.links {
        imports.push_str(", docUrlOf");
    }
    if oracle.retry {
        imports.push_str(", isRetryable");
    }
    let strict_guidance = guidance("strict");
    // With range variants, the strict lookup keeps the code: its name
    // and message are asked of it.
    let (strict_name, strict_kept) = if oracle.ranges {
        (
            "nameOf(strict)",
            r#" + "\t" + (strict === undefined ? "-\t-" : String(strict) + "\t" + line(messageOf(strict) ?? "-"))"#,
        )
    } else {
        ("names.get(strict)", "")
    };
    if oracle.ranges && oracle.catch_all.is_none() {
        imports.push_str(", nameOf, messageOf");
    }
    let wire = match &oracle.catch_all {
        Some(_) => {
            imports.push_str(", fromWireCode, isKnown, nameOf, messageOf");
            format!(
                r#" + "\t" + ((w) => `${{String(w)}}\t${{nameOf(w)}}\t${{line(messageOf(w))}}\t${{isKnown(w)}}`{})(fromWireCode(c))"#,
                guidance("w")
            )
        }
        None => String::new(),
    };
    let ty = &oracle.name;
    format!(
        r#"import {{ {ty}, fromCode, fromName{imports} }} from "./{module}";

const names = new Map<unknown, string>(Object.entries({ty}).map(([name, code]) => [code, name]));
const line = (text: string): string => text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");

for (const c of [{codes}]) {{
  const strict = fromCode({strict});
  console.log("code\t" + String(c) + "\t" + (strict === undefined ? "-" : {strict_name}){strict_kept}{strict_guidance}{wire});
}}
for (const n of [{names}]) {{
  const strict = fromName(n);
  console.log("name\t" + n + "\t" + (strict === undefined ? "-" : String(strict)));
}}
"#,
        codes = codes.join(", "),
    )
}

#[test]
fn kotlin_agrees_with_the_json() {
    for subject in &SUBJECTS {
        let oracle = Oracle::new(subject);
        let package = "com.example.sdk";
        let source = export(
            &[
                subject.args,
                &["--format", "kotlin", "--kotlin-package", package],
            ]
            .concat(),
        );
        let check = kotlin_program(&oracle, package);
        let files = [("Codes.kt", source.as_str()), ("Check.kt", check.as_str())];
        let Some(printed) = kotlin(&format!("vector_kotlin_{}", subject.test), &files) else {
            return;
        };
        assert_eq!(printed, oracle.expected(), "{}", subject.test);
    }
}

#[test]
fn java_agrees_with_the_json() {
    for subject in &SUBJECTS {
        let oracle = Oracle::new(subject);
        let source = export(&[subject.args, &["--format", "java"]].concat());
        let check = java_program(&oracle);
        let file = format!("{}.java", oracle.name);
        let files = [
            (file.as_str(), source.as_str()),
            ("Check.java", check.as_str()),
        ];
        let Some(printed) = java(&format!("vector_java_{}", subject.test), &files, "Check") else {
            return;
        };
        assert_eq!(printed, oracle.expected(), "{}", subject.test);
    }
}

#[test]
fn typescript_agrees_with_the_json() {
    for subject in &SUBJECTS {
        let oracle = Oracle::new(subject);
        let source = export(&[subject.args, &["--format", "typescript"]].concat());
        let check = typescript_program(&oracle, "Codes");
        let files = [("Codes.ts", source.as_str()), ("check.ts", check.as_str())];
        let Some(printed) = typescript(
            &format!("vector_typescript_{}", subject.test),
            ERASABLE,
            &files,
            "check",
        ) else {
            return;
        };
        assert_eq!(printed, oracle.expected(), "{}", subject.test);
    }
}

#[test]
fn swift_parses_and_has_both_ways_in() {
    for subject in &SUBJECTS {
        let oracle = Oracle::new(subject);
        let source = export(&[subject.args, &["--format", "swift"]].concat());
        let Some(printed) = swift_parse(
            &format!("vector_swift_{}", subject.test),
            &[("Codes.swift", source.as_str())],
        ) else {
            return;
        };
        assert_eq!(printed, "Codes.swift: ok\n", "{}", subject.test);
        let strict = "init?(code: ";
        assert!(
            source.contains(strict) || oracle.entries.iter().all(|e| e["alternatives"].is_null()),
            "{}",
            subject.test
        );
        if oracle.catch_all.is_some() {
            for way_in in [
                "public init?(code: ",
                "public init(wireCode: ",
                "public init(rawValue: ",
            ] {
                assert!(source.contains(way_in), "{}: {way_in}", subject.test);
            }
            // Every declared code and alternative in the strict lookup.
            for entry in &oracle
                .entries
                .iter()
                .filter(|e| e.get("range").is_none())
                .collect::<Vec<_>>()
            {
                let code = int(&entry["code"]);
                assert!(
                    source.contains(&format!("self.init(rawValue: {code})")),
                    "{}: {code}",
                    subject.test
                );
            }
        }
        // A code of a range is kept as it came, by the strict lookup and
        // the description, whose raw value it is.
        for entry in oracle.entries.iter().filter(|e| e.get("range").is_some()) {
            let case = format!("case {}: self.init(rawValue: code)\n", swift_pattern(entry));
            assert!(source.contains(&case), "{}: {case}", subject.test);
            assert!(
                source.contains("public init(rawValue: "),
                "{}",
                subject.test
            );
            let described = format!("case {}: return \"", swift_pattern(entry));
            let line = source[source.find(&described).expect("described")..]
                .lines()
                .next()
                .expect("a line");
            assert!(line.contains("\\(rawValue)"), "{}: {line}", subject.test);
        }
        swift_guidance(&oracle, &source, subject.test);
    }
}

/// What a Swift `switch` on the raw value matches for an entry: its code,
/// or a range variant's closed range.
fn swift_pattern(entry: &Value) -> String {
    match entry["range"].as_array() {
        Some(range) => format!("{}...{}", int(&range[0]), int(&range[1])),
        None => int(&entry["code"]).to_string(),
    }
}

/// Every link, byte for byte (a Swift string literal escapes as JSON does
/// what the fixtures' links hold), and every retryable code, in the
/// switches on the raw value; the catch-all's in their `default`.
fn swift_guidance(oracle: &Oracle, source: &str, test: &str) {
    let swift = |text: &str| serde_json::to_string(text).expect("JSON");
    assert_eq!(
        source.contains("public var documentationURL: URL?"),
        oracle.links,
        "{test}"
    );
    assert_eq!(
        source.contains("public var isRetryable: Bool"),
        oracle.retry,
        "{test}"
    );
    for entry in &oracle.entries {
        if let Some(link) = entry["docUrl"].as_str() {
            let case = format!("case {}: return {}\n", swift_pattern(entry), swift(link));
            assert!(source.contains(&case), "{test}: {case}");
        }
    }
    let catch_all = oracle.catch_all.as_ref();
    if oracle.links {
        let default = catch_all
            .and_then(|catch_all| catch_all["docUrl"].as_str())
            .map_or_else(|| "nil".to_owned(), swift);
        let default = format!("default: return {default}\n");
        assert!(source.contains(&default), "{test}: {default}");
    }
    if oracle.retry {
        let otherwise = catch_all.is_some_and(|catch_all| catch_all["retryable"] == true);
        let listed: Vec<String> = oracle
            .entries
            .iter()
            .filter(|entry| (entry["retryable"] == true) != otherwise)
            .map(swift_pattern)
            .collect();
        let switch = format!(
            "case {}: return {}\n        default: return {otherwise}\n",
            listed.join(", "),
            !otherwise
        );
        assert!(source.contains(&switch), "{test}: {switch}");
    }
}

/// The fixture itself, compiled: the JSON the vector trusts must say what
/// the Rust enums answer.
#[path = "fixtures/edges/lib.rs"]
mod edges;

/// What an enum answers for each code, as the JSON writes it: code, name,
/// link, retryable; the catch-all's for a code it does not declare.
fn rust_facts<E>(
    all: &[E],
    code: impl Fn(&E) -> i128,
    name: impl Fn(&E) -> &'static str,
    doc_url: impl Fn(&E) -> Option<&'static str>,
    retryable: impl Fn(&E) -> bool,
) -> Vec<Value> {
    all.iter()
        .map(|value| {
            serde_json::json!({
                "code": code(value).to_string(),
                "name": name(value),
                "docUrl": doc_url(value),
                "retryable": retryable(value),
            })
        })
        .collect()
}

fn json_facts(entries: &[&Value]) -> Vec<Value> {
    entries
        .iter()
        .map(|entry| {
            serde_json::json!({
                "code": int(&entry["code"]).to_string(),
                "name": entry["name"].as_str().expect("a name"),
                "docUrl": entry.get("docUrl"),
                "retryable": entry["retryable"] == true,
            })
        })
        .collect()
}

#[test]
fn rust_agrees_with_the_json() {
    use edges::{Http3, Huge, Narrow, Wide};
    let oracle = |subject: &str| {
        Oracle::new(
            SUBJECTS
                .iter()
                .find(|s| s.test == subject)
                .expect("a subject"),
        )
    };
    macro_rules! facts {
        ($ty:ident, $other:expr) => {{
            let mut all = $ty::ALL.to_vec();
            all.push($other);
            rust_facts(
                &all,
                |value| i128::from(value.code()),
                $ty::name,
                $ty::doc_url,
                $ty::is_retryable,
            )
        }};
    }
    for (subject, rust) in [
        ("narrow", facts!(Narrow, Narrow::Other(4242))),
        ("wide", facts!(Wide, Wide::Other(4242))),
        ("huge", facts!(Huge, Huge::Other(4242))),
        ("http3", facts!(Http3, Http3::Other(4242))),
    ] {
        let oracle = oracle(subject);
        let catch_all = oracle.catch_all.as_ref().expect("a catch-all");
        let mut other = catch_all.clone();
        other["code"] = 4242.into();
        let json: Vec<&Value> = oracle.entries.iter().chain([&other]).collect();
        assert_eq!(rust, json_facts(&json), "{subject}");
    }
}

/// The range variants, which `ALL` does not list, at their first codes:
/// the JSON's entries, and a code of each range decodes to its variant
/// keeping the code, as the JSON's range says.
#[test]
fn rust_agrees_with_the_json_on_ranges() {
    use edges::{Banded, Quic};
    let oracle = |subject: &str| {
        Oracle::new(
            SUBJECTS
                .iter()
                .find(|s| s.test == subject)
                .expect("a subject"),
        )
    };
    let quic = oracle("quic");
    let rust = rust_facts(
        &[
            Quic::NoError,
            Quic::Internal,
            Quic::Crypto(0x0100),
            Quic::Application(0x1000),
        ],
        |value| i128::from(value.code()),
        Quic::name,
        Quic::doc_url,
        Quic::is_retryable,
    );
    assert_eq!(rust, json_facts(&quic.entries.iter().collect::<Vec<_>>()));
    let banded = oracle("banded");
    let rust = rust_facts(
        &[
            Banded::Transient(-100),
            Banded::Fine,
            Banded::Vendor(32_000),
        ],
        |value| i128::from(value.code()),
        Banded::name,
        Banded::doc_url,
        Banded::is_retryable,
    );
    assert_eq!(rust, json_facts(&banded.entries.iter().collect::<Vec<_>>()));
    for &code in &quic.codes {
        let rust = Quic::from_code(u64::try_from(code).expect("a u64"));
        let (kept, message) = quic.by_code(code).map_or(
            (
                code,
                format!("An error this endpoint does not know (code {code})"),
            ),
            |entry| Oracle::decoded(entry, code),
        );
        assert_eq!(
            (i128::from(rust.code()), rust.to_string()),
            (kept, message),
            "{code}"
        );
    }
    for &code in &banded.codes {
        let rust = Banded::from_code(i16::try_from(code).expect("an i16"));
        let json = banded
            .by_code(code)
            .map(|entry| Oracle::decoded(entry, code));
        assert_eq!(
            rust.map(|rust| (i128::from(rust.code()), rust.to_string())),
            json,
            "{code}"
        );
    }
}
