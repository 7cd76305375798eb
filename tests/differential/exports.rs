//! Every export of every enum, checked by its platform's own tool, all
//! enums of a run in one invocation per tool: Kotlin (`kotlinc-jvm
//! -Werror`) and Java (`javac -Xlint:all -Werror`) compiled and run,
//! TypeScript (`tsc --strict`, `--erasableSyntaxOnly` for the default
//! style) compiled and run by node, Swift parsed by tree-sitter-swift,
//! `strings.xml` compiled by aapt, the Markdown page read by a CommonMark
//! parser and the String Catalog by a JSON one. The programs print what
//! each compiled export holds, which is compared with the JSON export:
//! exactly its codes, names, messages, links and retryability, so that
//! text that became code (a `\u000A` in a Java comment) is caught even
//! where it compiles.

use super::Report;
use super::compare::{Tally, int};
use super::generate::{CodeType, EnumSpec};
use super::scratch::Scratch;
use crate::common::cli::{stderr, stdout, tool};
use crate::common::tools::{find, node_modules, npm_tool, output};
use error_codes_cli::export::Format;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

const TYPESCRIPT_ENUM: &str = "the TypeScript enum export, compiled and run";

/// One format's counts over a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Exports the tool wrote.
    pub exported: usize,
    /// Exports the tool refused because two names become one identifier.
    pub refused: usize,
    /// Exports the platform's tool accepted, holding what the JSON says.
    pub checked: usize,
    /// Exports the platform's tool refused, or that hold something else.
    pub failed: usize,
}

/// A file to write: its name and its text.
type File = (String, String);

/// An export the tool wrote.
struct Export<'a> {
    spec: &'a EnumSpec,
    json: &'a Value,
    text: String,
}

/// The exports of every format, and what the run found of them.
pub fn check(scratch: &Scratch, ready: &[(&EnumSpec, &Value)], report: &mut Report) {
    let dir = scratch.dir.join("exports");
    let _ = std::fs::remove_dir_all(&dir);
    let mut by_format: BTreeMap<&'static str, Vec<Export>> = BTreeMap::new();
    let started = Instant::now();
    for &(spec, json) in ready {
        for format in Format::NAMES {
            let counts = report.exports.entry(format).or_default();
            if format == "json" {
                // Written and parsed already, for the comparison.
                counts.exported += 1;
                counts.checked += 1;
                continue;
            }
            let file = scratch.enum_file(spec);
            let mut args = vec![
                "export".to_owned(),
                "--format".to_owned(),
                format.to_owned(),
                "--input".to_owned(),
                file.to_str().expect("a UTF-8 path").to_owned(),
                "--enum".to_owned(),
                spec.name.clone(),
                "--features".to_owned(),
                super::scratch::FEATURES.to_owned(),
            ];
            args.extend(options(spec, format));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let output = tool(&args);
            if output.status.success() {
                counts.exported += 1;
                by_format.entry(format).or_default().push(Export {
                    spec,
                    json,
                    text: stdout(&output).to_owned(),
                });
            } else if stderr(&output).contains(" both become ")
                || stderr(&output).contains("which an Android string resource cannot hold")
                || stderr(&output).contains("; use the default style")
            {
                // Documented: two names that one language would spell
                // alike are refused, naming both; so is a NUL, which would
                // end an Android string, and a name a TypeScript `enum`
                // cannot take.
                counts.refused += 1;
            } else {
                counts.failed += 1;
                report.fail(
                    &spec.module,
                    format!("the tool refused the {format} export"),
                    stderr(&output),
                );
            }
        }
    }
    let mut take = |format| by_format.remove(format).unwrap_or_default();
    let lap = |what: &str| eprintln!("  {what} at {:.0?}", started.elapsed());
    lap("exports written");
    in_process(report, "markdown", &take("markdown"), check_markdown);
    in_process(report, "xcstrings", &take("xcstrings"), check_xcstrings);
    android(report, &dir.join("android"), &take("android-strings"));
    lap("android-strings checked");
    swift(report, &dir.join("swift"), &take("swift"));
    lap("swift checked");
    kotlin(report, &dir.join("kotlin"), &take("kotlin"));
    lap("kotlin checked");
    java(report, &dir.join("java"), &take("java"));
    lap("java checked");
    let (numeric, erasable): (Vec<Export>, Vec<Export>) = take("typescript")
        .into_iter()
        .partition(|export| export.spec.options.typescript_enum);
    typescript(report, &dir.join("typescript"), &erasable, true);
    typescript(report, &dir.join("typescript-enum"), &numeric, false);
    lap("typescript checked");
}

/// The options an enum's export takes, as the command line spells them.
fn options(spec: &EnumSpec, format: &str) -> Vec<String> {
    let options = &spec.options;
    let mut args = Vec::new();
    let mut push = |flag: &str, value: &str| {
        args.push(flag.to_owned());
        args.push(value.to_owned());
    };
    match format {
        "java" => {
            if let Some(naming) = options.java_naming {
                push("--java-naming", naming);
            }
            if let Some(package) = &options.java_package {
                push("--java-package", package);
            }
        }
        "kotlin" => {
            if let Some(package) = &options.kotlin_package {
                push("--kotlin-package", package);
            }
        }
        "typescript" if options.typescript_enum => push("--typescript-style", "enum"),
        _ => {}
    }
    args
}

/// Checks each export with `check`, which says what is wrong.
fn in_process(
    report: &mut Report,
    format: &'static str,
    exports: &[Export],
    check: fn(&Export) -> Result<(), String>,
) {
    for export in exports {
        let result = check(export);
        settle(report, format, &export.spec.module, result);
    }
}

/// Counts an export checked or failed, and says why it failed.
fn settle(report: &mut Report, format: &'static str, module: &str, result: Result<(), String>) {
    let counts = report.exports.entry(format).or_default();
    match result {
        Ok(()) => counts.checked += 1,
        Err(why) => {
            counts.failed += 1;
            report.fail(module, format!("{format}: the export is wrong"), why);
        }
    }
}

fn entries(json: &Value) -> &[Value] {
    json["entries"].as_array().map_or(&[], Vec::as_slice)
}

fn list<'a>(entry: &'a Value, key: &str) -> &'a [Value] {
    entry[key].as_array().map_or(&[], Vec::as_slice)
}

// ---- Markdown ----------------------------------------------------------

/// Cell text as a reader compares it: what Markdown's inline syntax
/// (emphasis, code spans, backslash escapes) adds or takes away is left
/// out, control characters are the spaces the export writes, white space
/// runs are one space. What is left is the text's own characters.
fn plain(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|ch| !"*_`\\[]~".contains(*ch))
        .map(|ch| if ch.is_control() { ' ' } else { ch })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The HTML the export writes on purpose: its reasons list and the
/// headings' anchors. Anything else would be the user's text read as HTML.
fn export_html(html: &str) -> bool {
    matches!(html, "<ul>" | "</ul>" | "<li>" | "</li>" | "</a>")
        || (html.starts_with("<a href=\"#") && html.ends_with("\">"))
}

/// The page read by a CommonMark parser with GitHub's tables: one section
/// per category (in the order categories first appear), one row per code
/// with its codes, names, reasons and retryability, and no HTML but the
/// export's own.
fn check_markdown(export: &Export) -> Result<(), String> {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let mut sections: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let (mut in_heading, mut in_cell) = (false, false);
    let mut problems = Vec::new();
    for event in Parser::new_ext(&export.text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                in_heading = true;
                sections.push((String::new(), Vec::new()));
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::TableHead | Tag::TableRow) => match sections.last_mut() {
                Some((_, rows)) => rows.push(Vec::new()),
                None => problems.push("a table before any section".to_owned()),
            },
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                if let Some(row) = sections.last_mut().and_then(|(_, rows)| rows.last_mut()) {
                    row.push(String::new());
                }
            }
            Event::End(TagEnd::TableCell) => in_cell = false,
            Event::Html(html) | Event::InlineHtml(html) if !export_html(html.trim()) => {
                problems.push(format!("text read as HTML: {html:?}"));
            }
            Event::Text(text) | Event::Code(text) => {
                if in_heading {
                    if let Some((title, _)) = sections.last_mut() {
                        title.push_str(&text);
                    }
                } else if !in_cell {
                    // The catch-all's sentence, the reserved codes.
                } else if let Some(cell) = sections
                    .last_mut()
                    .and_then(|(_, rows)| rows.last_mut())
                    .and_then(|row| row.last_mut())
                {
                    cell.push_str(&text);
                }
            }
            _ => {}
        }
    }
    let json = export.json;
    if !json["reserved"].is_null() {
        match sections.pop() {
            Some((title, _)) if title.trim() == "Reserved" => {}
            other => problems.push(format!("no Reserved section last: {other:?}")),
        }
    }
    // The sections the JSON makes: one per category, in the order the
    // categories first appear, `Other codes` for none.
    let mut expected: Vec<(Value, Vec<&Value>)> = Vec::new();
    for entry in entries(json) {
        let category = entry["category"].clone();
        match expected.iter_mut().find(|(seen, _)| *seen == category) {
            Some((_, section)) => section.push(entry),
            None => expected.push((category, vec![entry])),
        }
    }
    if sections.len() != expected.len() {
        problems.push(format!(
            "{} sections, where the JSON has {} categories: {:?}",
            sections.len(),
            expected.len(),
            sections.iter().map(|(title, _)| title).collect::<Vec<_>>()
        ));
    }
    let retryable = entries(json)
        .iter()
        .chain(json.get("catchAll"))
        .any(|entry| entry["retryable"] == true);
    for ((title, rows), (category, section)) in sections.iter().zip(&expected) {
        let category = category.as_str().unwrap_or("Other codes");
        if plain(title) != plain(category) {
            problems.push(format!("the section {category:?} reads {title:?}"));
        }
        let Some((header, rows)) = rows.split_first() else {
            problems.push(format!("the section {category:?} has no table"));
            continue;
        };
        if rows.len() != section.len() {
            problems.push(format!(
                "the section {category:?} has {} rows for {} codes",
                rows.len(),
                section.len()
            ));
        }
        for (row, entry) in rows.iter().zip(section) {
            if row.len() != header.len() {
                problems.push(format!(
                    "a row of {} cells under {} columns: {row:?}",
                    row.len(),
                    header.len()
                ));
                continue;
            }
            problems.extend(markdown_row(header, row, entry, retryable));
        }
    }
    if json.get("catchAll").is_some() && !export.text.contains("\nAny other code is ") {
        problems.push("no sentence for the catch-all".to_owned());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// What is wrong with one row, read against its JSON entry.
fn markdown_row(header: &[String], row: &[String], entry: &Value, retryable: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let mut codes = entry["code"].to_string();
    let alternatives: Vec<String> = list(entry, "alternatives")
        .iter()
        .map(Value::to_string)
        .collect();
    if !alternatives.is_empty() {
        let _ = write!(codes, " (also {})", alternatives.join(", "));
    }
    let mut names = entry["name"].as_str().unwrap_or_default().to_owned();
    let aliases: Vec<&str> = list(entry, "aliases")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !aliases.is_empty() {
        let _ = write!(names, " (also {})", aliases.join(", "));
    }
    let reasons: String = list(entry, "reasons")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for (column, cell) in header.iter().zip(row) {
        let wrong = match column.trim() {
            "Codes" => cell.trim() != codes,
            "Errors" => plain(cell) != plain(&names),
            "Description" => !plain(cell).ends_with(&plain(&reasons)),
            "Retryable" => {
                let expected = if entry["retryable"] == true {
                    "yes"
                } else {
                    "no"
                };
                !retryable || cell.trim() != expected
            }
            other => {
                problems.push(format!("an unknown column {other:?}"));
                false
            }
        };
        if wrong {
            problems.push(format!(
                "code {}: the {} cell reads {:?} for {:?}",
                entry["code"],
                column.trim(),
                cell,
                match column.trim() {
                    "Codes" => codes.clone(),
                    "Errors" => names.clone(),
                    _ => reasons.clone(),
                }
            ));
        }
    }
    problems
}

// ---- String Catalog ----------------------------------------------------

/// The catalog as Xcode reads it: one key per name (the catch-all's
/// too), each with a comment, a manual extraction state and its
/// description as the translated English value.
fn check_xcstrings(export: &Export) -> Result<(), String> {
    let catalog: Value =
        serde_json::from_str(&export.text).map_err(|error| format!("not JSON: {error}"))?;
    let object = catalog.as_object().ok_or("not an object")?;
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    if keys != ["sourceLanguage", "strings", "version"]
        || catalog["sourceLanguage"] != "en"
        || catalog["version"] != "1.0"
    {
        return Err(format!("not a String Catalog: keys {keys:?}"));
    }
    let strings = catalog["strings"]
        .as_object()
        .ok_or("`strings` is not an object")?;
    let json = export.json;
    let mut expected: BTreeMap<String, &Value> = entries(json)
        .iter()
        .map(|entry| (entry["name"].as_str().unwrap_or_default().to_owned(), entry))
        .collect();
    if let Some(catch_all) = json.get("catchAll") {
        expected.insert(
            catch_all["name"].as_str().unwrap_or_default().to_owned(),
            catch_all,
        );
    }
    let mut problems = Vec::new();
    let found: BTreeSet<&String> = strings.keys().collect();
    let wanted: BTreeSet<&String> = expected.keys().collect();
    if found != wanted {
        problems.push(format!(
            "keys {found:?}, where the JSON has the names {wanted:?}"
        ));
    }
    for (name, entry) in &expected {
        let Some(key) = strings.get(name) else {
            continue;
        };
        let fields: Vec<&str> = key
            .as_object()
            .map(|key| key.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let unit = &key["localizations"]["en"]["stringUnit"];
        if fields != ["comment", "extractionState", "localizations"]
            || key["extractionState"] != "manual"
            || !key["comment"].is_string()
            || unit["state"] != "translated"
        {
            problems.push(format!(
                "the key {name:?} is not a translated string: {key}"
            ));
        }
        let expected = catalog_value(entry, |position, ty| match ty {
            "int" => format!("%{position}$lld"),
            "uint" => format!("%{position}$llu"),
            "float" => format!("%{position}$f"),
            _ => format!("%{position}$@"),
        });
        if unit["value"] != expected.as_str() {
            problems.push(format!(
                "the key {name:?} has the value {}, the description is {}",
                unit["value"], entry["description"]
            ));
        }
        if let Some(code) = entry.get("code") {
            let start = format!("Error {code} ({name})");
            if !key["comment"]
                .as_str()
                .unwrap_or_default()
                .starts_with(&start)
            {
                problems.push(format!(
                    "the comment of {name:?} does not start with {start:?}: {}",
                    key["comment"]
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

// ---- Batches of one compiler ------------------------------------------

/// The module an export's file belongs to: `E0007.kt`, `E0007Check.java`
/// and `E0007.ts` are `e0007`'s.
fn module_of(path: &str) -> Option<String> {
    let name = Path::new(path).file_name()?.to_str()?;
    let digits: String = name
        .strip_prefix('E')?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then(|| format!("e{digits}"))
}

/// Compiles the modules with `compile`, which is given the ones to
/// include; each module a compiler message names (`file` takes a line to
/// the file it names) is left out and the rest compiled again, so that one
/// export's failure leaves the others checked. The modules that compiled,
/// and each failure's messages.
fn batch(
    modules: Vec<String>,
    compile: impl Fn(&[String]) -> Output,
    file: impl Fn(&str) -> Option<&str>,
) -> (Vec<String>, BTreeMap<String, String>) {
    let mut modules = modules;
    let mut failed: BTreeMap<String, String> = BTreeMap::new();
    while !modules.is_empty() {
        let output = compile(&modules);
        if output.status.success() {
            break;
        }
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let mut newly: BTreeMap<String, String> = BTreeMap::new();
        for line in printed.lines() {
            if let Some(module) = file(line).and_then(module_of)
                && modules.contains(&module)
            {
                let messages = newly.entry(module).or_default();
                messages.push_str(line);
                messages.push('\n');
            }
        }
        if newly.is_empty() {
            // Nothing names a file: every module fails with the whole output.
            for module in modules.drain(..) {
                failed.insert(module, printed.clone());
            }
            break;
        }
        modules.retain(|module| !newly.contains_key(module));
        failed.extend(newly);
    }
    (modules, failed)
}

/// A fresh directory holding `files`.
fn directory(dir: &Path, files: &[File]) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("the directory is made");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("written");
    }
}

/// Counts the compiler's verdicts on `exports`: each failed module with its
/// messages.
fn settle_batch(
    report: &mut Report,
    format: &'static str,
    tool_name: &str,
    failed: BTreeMap<String, String>,
) {
    for (module, messages) in failed {
        report.exports.entry(format).or_default().failed += 1;
        report.fail(
            &module,
            format!("{tool_name} refused the {format} export"),
            messages,
        );
    }
}

/// What a program printed for each module: one JSON line each.
fn printed_lines(printed: &str) -> BTreeMap<String, Value> {
    printed
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter_map(|value| Some((value["module"].as_str()?.to_owned(), value)))
        .collect()
}

/// One platform's compiler, and the program that prints what the compiled
/// exports hold, over a batch of exports.
struct Platform<'a> {
    format: &'static str,
    /// The compiler, as a failure names it: `kotlinc`.
    compiler: &'static str,
    /// What stands against the JSON in a comparison.
    against: &'static str,
    /// The files of a batch: each export's, its check's, the main program's.
    files: &'a dyn Fn(&[&Export]) -> Vec<File>,
    /// Compiles the files, in the directory they are written to.
    compile: &'a dyn Fn(&Path, &[File]) -> Output,
    /// The file a compiler message names.
    file_of: fn(&str) -> Option<&str>,
    /// Runs the compiled program, in its directory.
    run: &'a dyn Fn(&Path) -> Output,
}

/// Compiles every export in one invocation (again without those the
/// compiler refuses), runs the program, and compares what each export
/// holds with the JSON.
fn compile_and_run(report: &mut Report, dir: &Path, exports: &[Export], platform: &Platform) {
    let by_module: BTreeMap<String, &Export> = exports
        .iter()
        .map(|export| (export.spec.module.clone(), export))
        .collect();
    let compile = |modules: &[String]| {
        let batch: Vec<&Export> = modules.iter().map(|module| by_module[module]).collect();
        let files = (platform.files)(&batch);
        directory(dir, &files);
        (platform.compile)(dir, &files)
    };
    let (compiled, failed) = batch(
        by_module.keys().cloned().collect(),
        compile,
        platform.file_of,
    );
    settle_batch(report, platform.format, platform.compiler, failed);
    if compiled.is_empty() {
        return;
    }
    let ran = (platform.run)(dir);
    let printed = printed_lines(&String::from_utf8_lossy(&ran.stdout));
    for module in &compiled {
        compare_program(
            report,
            platform.format,
            platform.against,
            by_module[module],
            printed.get(module),
        );
    }
}

/// Compares what a compiled export holds (`entries`, printed by its
/// program: code as a string, name, message, link and retryability where
/// the export has them, whether both lookups find the constant) with the
/// JSON, and counts the export.
fn compare_program(
    report: &mut Report,
    format: &'static str,
    against: &'static str,
    export: &Export,
    printed: Option<&Value>,
) {
    let module = &export.spec.module;
    let Some(printed) = printed else {
        settle(
            report,
            format,
            module,
            Err("its program printed nothing for it".to_owned()),
        );
        return;
    };
    if let Some(error) = printed.get("error") {
        settle(
            report,
            format,
            module,
            Err(format!("its program failed: {error}")),
        );
        return;
    }
    let json = export.json;
    let before = report.tally.disagreements.len();
    let tally: &mut Tally = &mut report.tally;
    let found = printed["entries"].as_array().map_or(&[][..], Vec::as_slice);
    tally.check(
        module,
        || format!("{format}: number of constants"),
        against,
        json!(found.len()),
        json!(entries(json).len()),
    );
    for constant in found {
        let code: Option<i128> = constant["code"].as_str().and_then(|code| code.parse().ok());
        let entry = entries(json)
            .iter()
            .find(|entry| int(&entry["code"]) == code);
        let Some(entry) = entry else {
            tally.check(
                module,
                || format!("{format}: a constant with code {}", constant["code"]),
                against,
                constant["name"].clone(),
                Value::Null,
            );
            continue;
        };
        let code = entry["code"].clone();
        let mut pairs = vec![
            ("name", constant["name"].clone(), entry["name"].clone()),
            (
                "message",
                constant["message"].clone(),
                entry["description"].clone(),
            ),
        ];
        if let Some(link) = constant.get("docUrl") {
            pairs.push((
                "docUrl",
                link.clone(),
                entry.get("docUrl").cloned().unwrap_or(Value::Null),
            ));
        }
        if let Some(retryable) = constant.get("retryable") {
            pairs.push((
                "retryable",
                retryable.clone(),
                json!(entry["retryable"] == true),
            ));
        }
        for lookup in ["byCode", "byName"] {
            if let Some(found) = constant.get(lookup) {
                pairs.push((lookup, found.clone(), json!(true)));
            }
        }
        for (key, found, expected) in pairs {
            tally.check(
                module,
                || format!("{format}: code {code}: {key}"),
                against,
                found,
                expected,
            );
        }
    }
    // The wire decoder, where the enum has a catch-all: an undeclared
    // code keeps its value and gets the catch-all's facts. A numeric
    // TypeScript `enum` has no wire decoder.
    if let Some(catch_all) = json.get("catchAll")
        && (printed.get("wire").is_some() || against != TYPESCRIPT_ENUM)
    {
        let wire = &printed["wire"];
        let code = wire["code"].as_str().unwrap_or_default();
        let description = catch_all["description"].as_str().unwrap_or_default();
        let mut pairs = vec![
            ("name", wire["name"].clone(), catch_all["name"].clone()),
            (
                "message",
                wire["message"].clone(),
                json!(format!("{description} (code {code})")),
            ),
        ];
        if let Some(link) = wire.get("docUrl") {
            pairs.push((
                "docUrl",
                link.clone(),
                catch_all.get("docUrl").cloned().unwrap_or(Value::Null),
            ));
        }
        if let Some(retryable) = wire.get("retryable") {
            pairs.push((
                "retryable",
                retryable.clone(),
                json!(catch_all["retryable"] == true),
            ));
        }
        for (key, found, expected) in pairs {
            report.tally.check(
                module,
                || format!("{format}: the wire decoder on {code}: {key}"),
                against,
                found,
                expected,
            );
        }
    }
    let agreed = report.tally.disagreements.len() == before;
    let counts = report.exports.entry(format).or_default();
    if agreed {
        counts.checked += 1;
    } else {
        counts.failed += 1;
    }
}

/// Whether some code of the JSON has a link, and whether some is
/// retryable: the exports have the members only then.
fn links_and_retry(json: &Value) -> (bool, bool) {
    let all = || entries(json).iter().chain(json.get("catchAll"));
    (
        all().any(|entry| entry.get("docUrl").is_some()),
        all().any(|entry| entry["retryable"] == true),
    )
}

fn unsigned_64(export: &Export) -> bool {
    export.spec.code_type() == CodeType::U64
}

// ---- Android -----------------------------------------------------------

/// aapt on every `strings.xml` at once (one values file per enum); when it
/// refuses the batch, on each file alone, to tell which. Each file's
/// strings must be its codes' descriptions and the catch-all's.
fn android(report: &mut Report, dir: &Path, exports: &[Export]) {
    if exports.is_empty() {
        return;
    }
    let Some(aapt) = crate::common::android::aapt() else {
        return;
    };
    let write = |dir: &Path, exports: &[&Export]| {
        let values = dir.join("res/values");
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(&values).expect("res/values is made");
        for export in exports {
            std::fs::write(
                values.join(format!("{}.xml", export.spec.module)),
                &export.text,
            )
            .expect("written");
        }
    };
    let all: Vec<&Export> = exports.iter().collect();
    write(dir, &all);
    let mut refused: BTreeSet<&str> = BTreeSet::new();
    let compiled = match crate::common::android::compile(&aapt, dir) {
        Ok(strings) => strings
            .into_iter()
            .map(|string| (None, string))
            .collect::<Vec<_>>(),
        Err(_) => {
            let mut strings = Vec::new();
            for export in exports {
                let alone = dir.with_file_name(format!("android-{}", export.spec.module));
                write(&alone, &[export]);
                match crate::common::android::compile(&aapt, &alone) {
                    Ok(compiled) => strings.extend(
                        compiled
                            .into_iter()
                            .map(|string| (Some(export.spec.module.clone()), string)),
                    ),
                    Err(error) => {
                        refused.insert(&export.spec.module);
                        report.exports.entry("android-strings").or_default().failed += 1;
                        report.fail(
                            &export.spec.module,
                            "aapt refused the android-strings export",
                            error,
                        );
                    }
                }
                let _ = std::fs::remove_dir_all(&alone);
            }
            strings
        }
    };
    for export in exports {
        if refused.contains(export.spec.module.as_str()) {
            continue;
        }
        let prefix = format!("{}_", export.spec.module);
        let mut found: Vec<&str> = compiled
            .iter()
            .filter(|(module, (name, _))| {
                module.as_ref().map_or(name.starts_with(&prefix), |module| {
                    *module == export.spec.module
                })
            })
            .map(|(_, (_, text))| text.as_str())
            .collect();
        let expected: Vec<String> = entries(export.json)
            .iter()
            .chain(export.json.get("catchAll"))
            .map(|entry| {
                catalog_value(entry, |position, ty| match ty {
                    "int" | "uint" => format!("%{position}$d"),
                    "float" => format!("%{position}$f"),
                    _ => format!("%{position}$s"),
                })
            })
            .collect();
        let mut expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        found.sort_unstable();
        expected.sort_unstable();
        let result = if found == expected {
            Ok(())
        } else {
            let only = |these: &[&str], those: &[&str]| -> Vec<String> {
                these
                    .iter()
                    .filter(|text| !those.contains(text))
                    .map(|text| format!("{text:?}"))
                    .collect()
            };
            Err(format!(
                "aapt compiled {} strings for {} descriptions; compiled but no description: [{}]; a description not compiled: [{}]",
                found.len(),
                expected.len(),
                only(&found, &expected).join(", "),
                only(&expected, &found).join(", ")
            ))
        };
        settle(report, "android-strings", &export.spec.module, result);
    }
}

// ---- Swift -------------------------------------------------------------

/// Parses each file and prints, per file, a JSON line: the error and
/// missing nodes, and how many codes it declares (enum cases, or the
/// `static let` constants of the catch-all's struct).
const SWIFT_PARSE: &str = r#"const Parser = require("tree-sitter");
const Swift = require("tree-sitter-swift");
const fs = require("fs");
const parser = new Parser();
parser.setLanguage(Swift);
for (const file of process.argv.slice(2)) {
  const tree = parser.parse(fs.readFileSync(file, "utf8"));
  const problems = [];
  let codes = 0;
  const visit = (node) => {
    if (node.isError || node.isMissing) {
      problems.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.isMissing ? "missing" : "error"} ${node.type}: ${node.text.slice(0, 80)}`);
    }
    if (node.type === "enum_entry") codes += 1;
    if (node.type === "property_declaration" && /\bstatic let\b/.test(node.text) && node.text.includes("(rawValue: ")) codes += 1;
    for (const child of node.children) visit(child);
  };
  visit(tree.rootNode);
  console.log(JSON.stringify({ module: "e" + file.slice(1, -".swift".length), problems, codes }));
}
"#;

fn swift(report: &mut Report, dir: &Path, exports: &[Export]) {
    if exports.is_empty() {
        return;
    }
    let Some(modules) = node_modules("tree-sitter-swift") else {
        return;
    };
    let mut files: Vec<File> = exports
        .iter()
        .map(|export| (format!("{}.swift", export.spec.name), export.text.clone()))
        .collect();
    files.push(("parse.js".to_owned(), SWIFT_PARSE.to_owned()));
    directory(dir, &files);
    let parsed = output(
        Command::new("node")
            .current_dir(dir)
            .env("NODE_PATH", modules)
            .arg("parse.js")
            .args(
                exports
                    .iter()
                    .map(|export| format!("{}.swift", export.spec.name)),
            ),
    );
    let printed = printed_lines(&String::from_utf8_lossy(&parsed.stdout));
    for export in exports {
        let result = match printed.get(&export.spec.module) {
            None => Err(format!(
                "tree-sitter-swift said nothing: {}",
                String::from_utf8_lossy(&parsed.stderr)
            )),
            Some(parsed) => {
                let problems = parsed["problems"].as_array().map_or(0, Vec::len);
                let declared = entries(export.json).len();
                if problems > 0 {
                    Err(format!(
                        "tree-sitter-swift finds errors: {}",
                        parsed["problems"]
                    ))
                } else if parsed["codes"] != declared {
                    Err(format!(
                        "{} codes declared, where the JSON has {declared}",
                        parsed["codes"]
                    ))
                } else {
                    Ok(())
                }
            }
        };
        settle(report, "swift", &export.spec.module, result);
    }
}

// ---- Kotlin ------------------------------------------------------------

const KOTLIN_JSON: &str = r#"// A JSON string of any text: every character outside printable ASCII escaped.
fun q(text: String): String {
    val out = StringBuilder("\"")
    for (c in text) {
        when {
            c == '"' || c == '\\' -> out.append('\\').append(c)
            c.code < 0x20 || c.code > 0x7e -> out.append(String.format("\\u%04x", c.code))
            else -> out.append(c)
        }
    }
    return out.append('"').toString()
}
"#;

/// The code no variant has, as a JVM literal of the export's code type:
/// `int` up to `u16`, else `long` (a `u64` beyond `i64::MAX` by its bits).
fn jvm_literal(export: &Export, code: i128) -> String {
    let int = matches!(
        export.spec.code_type(),
        CodeType::I8 | CodeType::I16 | CodeType::I32 | CodeType::U8 | CodeType::U16
    );
    if int {
        return code.to_string();
    }
    let bits = i64::try_from(code)
        .unwrap_or_else(|_| i64::from_ne_bytes(u64::try_from(code).expect("a u64").to_ne_bytes()));
    if bits == i64::MIN {
        "Long.MIN_VALUE".to_owned()
    } else {
        format!("{bits}L")
    }
}

/// The Kotlin expression that appends what `VALUE` (a constant, or the
/// wire decoder's answer: both have these members) documents.
fn kotlin_facts(value: &str, links: bool, retry: bool) -> String {
    let mut facts =
        String::from(r#" + ",\"name\":" + q(VALUE.codeName) + ",\"message\":" + q(VALUE.message)"#);
    if links {
        facts.push_str(r#" + ",\"docUrl\":" + (VALUE.docUrl?.let(::q) ?: "null")"#);
    }
    if retry {
        facts.push_str(r#" + ",\"retryable\":" + VALUE.isRetryable"#);
    }
    facts.replace("VALUE", value)
}

/// The program that prints what one Kotlin export holds: each constant,
/// and what the wire decoder makes of a code no variant has.
fn kotlin_check(export: &Export) -> String {
    let spec = export.spec;
    let path = match &spec.options.kotlin_package {
        Some(package) => format!("{package}.{}", spec.name),
        None => spec.name.clone(),
    };
    let code = if unsigned_64(export) {
        "it.code.toULong().toString()"
    } else {
        "it.code.toString()"
    };
    let (links, retry) = links_and_retry(export.json);
    let wire = if export.json.get("catchAll").is_some() {
        let code = spec.undeclared_code();
        format!(
            r#"PATH.fromWireCode({}).let {{ ",\"wire\":{{\"code\":\"{code}\""FACTS + "}}" }}"#,
            jvm_literal(export, code)
        )
    } else {
        r#""""#.to_owned()
    };
    r#"// What `PATH` holds, as JSON.
fun checkNAME(): String {
    val entries = PATH.entries.map {
        "{\"code\":" + q(CODE)FACTS + ",\"byCode\":" + (PATH.fromCode(it.code) === it) + ",\"byName\":" + (PATH.fromName(it.codeName) === it) + "}"
    }
    val wire = WIRE
    return "{\"module\":\"MODULE\",\"entries\":[" + entries.joinToString(",") + "]" + wire + "}"
}
"#
    .replace("WIRE", &wire)
    .replace("FACTS", &kotlin_facts("it", links, retry))
    .replace("CODE", code)
    .replace("PATH", &path)
    .replace("NAME", &spec.name)
    .replace("MODULE", &spec.module)
}

/// The files of a Kotlin batch: each export, its check, and the main
/// program that runs every check.
fn kotlin_files(exports: &[&Export]) -> Vec<File> {
    let mut files = vec![("Json.kt".to_owned(), KOTLIN_JSON.to_owned())];
    let mut main = String::from("fun main() {\n");
    for export in exports {
        let (name, module) = (&export.spec.name, &export.spec.module);
        files.push((format!("{name}.kt"), export.text.clone()));
        files.push((format!("{name}Check.kt"), kotlin_check(export)));
        let _ = writeln!(
            main,
            "    try {{ println(check{name}()) }} catch (error: Throwable) {{ println(\"{{\\\"module\\\":\\\"{module}\\\",\\\"error\\\":\" + q(error.toString()) + \"}}\") }}"
        );
    }
    main.push_str("}\n");
    files.push(("Main.kt".to_owned(), main));
    files
}

fn kotlin(report: &mut Report, dir: &Path, exports: &[Export]) {
    if exports.is_empty() {
        return;
    }
    let Some(kotlinc) = npm_tool("kotlinc-jvm", "kotlin-compiler/bin/kotlinc-jvm", "KOTLINC")
    else {
        return;
    };
    let compile = |dir: &Path, files: &[File]| {
        output(
            Command::new("bash")
                .current_dir(dir)
                .arg(&kotlinc)
                .args(["-Werror", "-include-runtime", "-d", "check.jar"])
                .args(files.iter().map(|(name, _)| name)),
        )
    };
    let run = |dir: &Path| {
        output(
            Command::new("java")
                .current_dir(dir)
                .args(["-jar", "check.jar"]),
        )
    };
    let platform = Platform {
        format: "kotlin",
        compiler: "kotlinc",
        against: "the Kotlin export, compiled and run",
        files: &kotlin_files,
        compile: &compile,
        // `E0007.kt:12:5: error: ...`
        file_of: |line| line.split(':').next(),
        run: &run,
    };
    compile_and_run(report, dir, exports, &platform);
}

// ---- Java --------------------------------------------------------------

const JAVA_JSON: &str = r#"/** JSON strings of any text: every character outside printable ASCII escaped. */
final class Json {
    private Json() {}

    static String q(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
"#;

/// The Java statements, each indented by `indent`, that append what
/// `VALUE` (a constant, or the wire decoder's `Any`: both have these
/// getters) documents.
fn java_facts(value: &str, indent: &str, links: bool, retry: bool) -> String {
    let mut statements = vec![
        r#"out.append(",\"name\":").append(Json.q(VALUE.getName()));"#,
        r#"out.append(",\"message\":").append(Json.q(VALUE.getMessage()));"#,
    ];
    if links {
        statements.push(
            r#"out.append(",\"docUrl\":").append(VALUE.getDocUrl() == null ? "null" : Json.q(VALUE.getDocUrl()));"#,
        );
    }
    if retry {
        statements.push(r#"out.append(",\"retryable\":").append(VALUE.isRetryable());"#);
    }
    statements
        .iter()
        .map(|statement| format!("{indent}{}\n", statement.replace("VALUE", value)))
        .collect()
}

/// The class that prints what one Java export holds: each constant, and
/// what the wire decoder makes of a code no variant has.
fn java_check(export: &Export) -> String {
    let spec = export.spec;
    let path = match &spec.options.java_package {
        Some(package) => format!("{package}.{}", spec.name),
        None => spec.name.clone(),
    };
    let code = if unsigned_64(export) {
        "Long.toUnsignedString(c.getCode())"
    } else {
        "String.valueOf(c.getCode())"
    };
    let (links, retry) = links_and_retry(export.json);
    let wire = if export.json.get("catchAll").is_some() {
        let code = spec.undeclared_code();
        format!(
            "        PATH.Any wire = PATH.fromWireCode({});\n        out.append(\",\\\"wire\\\":{{\\\"code\\\":\\\"{code}\\\"\");\n{}        out.append('}}');\n",
            jvm_literal(export, code),
            java_facts("wire", "        ", links, retry)
        )
    } else {
        String::new()
    };
    r#"/** What {@code PATH} holds, as JSON. */
final class NAMECheck {
    private NAMECheck() {}

    static String run() {
        StringBuilder out = new StringBuilder("{\"module\":\"MODULE\",\"entries\":[");
        boolean first = true;
        for (PATH c : PATH.values()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append("{\"code\":").append(Json.q(CODE));
FACTS            out.append(",\"byCode\":").append(PATH.fromCode(c.getCode()) == c);
            out.append(",\"byName\":").append(PATH.fromName(c.getName()) == c).append('}');
        }
        out.append(']');
WIRE        return out.append('}').toString();
    }
}
"#
    .replace("FACTS", &java_facts("c", "            ", links, retry))
    .replace("WIRE", &wire)
    .replace("CODE", code)
    .replace("PATH", &path)
    .replace("NAME", &spec.name)
    .replace("MODULE", &spec.module)
}

/// The files of a Java batch: each export, its check, and the main class
/// that runs every check.
fn java_files(exports: &[&Export]) -> Vec<File> {
    let mut files = vec![("Json.java".to_owned(), JAVA_JSON.to_owned())];
    let mut main = String::from(
        "/** Prints what every export holds. */\npublic final class Main {\n    private Main() {}\n\n    public static void main(String[] args) {\n",
    );
    for export in exports {
        let (name, module) = (&export.spec.name, &export.spec.module);
        files.push((format!("{name}.java"), export.text.clone()));
        files.push((format!("{name}Check.java"), java_check(export)));
        let _ = writeln!(
            main,
            "        try {{\n            System.out.println({name}Check.run());\n        }} catch (RuntimeException | Error error) {{\n            System.out.println(\"{{\\\"module\\\":\\\"{module}\\\",\\\"error\\\":\" + Json.q(error.toString()) + \"}}\");\n        }}"
        );
    }
    main.push_str("    }\n}\n");
    files.push(("Main.java".to_owned(), main));
    files
}

fn java(report: &mut Report, dir: &Path, exports: &[Export]) {
    if exports.is_empty() {
        return;
    }
    let install = "install a JDK (.ci/run: apt-get install -y default-jdk-headless)";
    let Some(javac) = find("javac", &[], install) else {
        return;
    };
    let compile = |dir: &Path, files: &[File]| {
        output(
            Command::new(&javac)
                .current_dir(dir)
                .args([
                    "-encoding",
                    "UTF-8",
                    "-Xlint:all",
                    "-Werror",
                    "-d",
                    "classes",
                ])
                .args(files.iter().map(|(name, _)| name)),
        )
    };
    let run = |dir: &Path| {
        output(
            Command::new(javac.with_file_name("java"))
                .current_dir(dir)
                .args(["-cp", "classes", "Main"]),
        )
    };
    let platform = Platform {
        format: "java",
        compiler: "javac",
        against: "the Java export, compiled and run",
        files: &java_files,
        compile: &compile,
        // `E0007.java:12: error: ...`
        file_of: |line| line.split(':').next(),
        run: &run,
    };
    compile_and_run(report, dir, exports, &platform);
}

// ---- TypeScript --------------------------------------------------------

/// The module that prints what one TypeScript export holds: its object's
/// (or `enum`'s) names and codes, each code's message, and, where the
/// export has them, link, retryability, lookups, and what the wire decoder
/// makes of a code no variant has.
fn typescript_check(export: &Export, erasable: bool) -> String {
    let (names, lookups) = if erasable {
        (
            "Object.keys(table)",
            "      byCode: (api.fromCode as (code: unknown) => unknown)(code) === code,\n      byName: (api.fromName as (name: string) => unknown)(name) === code,\n",
        )
    } else {
        // A numeric `enum` maps codes back to names too.
        (
            "Object.keys(table).filter((key) => typeof table[key] === \"number\")",
            "",
        )
    };
    let json = export.json;
    let bigint = entries(json).iter().any(|entry| {
        std::iter::once(&entry["code"])
            .chain(list(entry, "alternatives"))
            .any(|code| int(code).is_some_and(|code| code.abs() >= 1 << 53))
    });
    let code = export.spec.undeclared_code();
    let literal = if bigint {
        format!("{code}n")
    } else {
        code.to_string()
    };
    r#"import * as exported from "./NAME";

// What `NAME` holds, as JSON.
export function run(): string {
  const api = exported as unknown as Record<string, unknown>;
  const table = api["NAME"] as Record<string, unknown>;
  const descriptions = api["errorDescriptions"];
  const docUrlOf = api["docUrlOf"] as ((code: unknown) => string | undefined) | undefined;
  const isRetryable = api["isRetryable"] as ((code: unknown) => boolean) | undefined;
  const entries = NAMES.map((name) => {
    const code = table[name];
    return {
      code: String(code),
      name,
      message: descriptions instanceof Map ? descriptions.get(code) : (descriptions as Record<string, string>)[String(code)],
      docUrl: docUrlOf === undefined ? undefined : (docUrlOf(code) ?? null),
      retryable: isRetryable === undefined ? undefined : isRetryable(code),
LOOKUPS    };
  });
  const fromWireCode = api["fromWireCode"] as ((code: unknown) => unknown) | undefined;
  const wire = fromWireCode === undefined ? undefined : ((code) => ({
    code: String(code),
    name: (api["nameOf"] as (code: unknown) => string)(code),
    message: (api["messageOf"] as (code: unknown) => string)(code),
    docUrl: docUrlOf === undefined ? undefined : (docUrlOf(code) ?? null),
    retryable: isRetryable === undefined ? undefined : isRetryable(code),
  }))(fromWireCode(LITERAL));
  return JSON.stringify({ module: "MODULE", entries, wire });
}
"#
    .replace("NAMES", names)
    .replace("LOOKUPS", lookups)
    .replace("LITERAL", &literal)
    .replace("NAME", &export.spec.name)
    .replace("MODULE", &export.spec.module)
}

/// The files of a TypeScript batch: each export, its check, and the main
/// module that runs every check.
fn typescript_files(exports: &[&Export], erasable: bool) -> Vec<File> {
    let mut files = Vec::new();
    let (mut imports, mut calls) = (String::new(), String::new());
    for export in exports {
        let (name, module) = (&export.spec.name, &export.spec.module);
        files.push((format!("{name}.ts"), export.text.clone()));
        files.push((
            format!("{name}Check.ts"),
            typescript_check(export, erasable),
        ));
        let _ = writeln!(
            imports,
            "import {{ run as run{name} }} from \"./{name}Check\";"
        );
        let _ = writeln!(
            calls,
            "try {{\n  console.log(run{name}());\n}} catch (error) {{\n  console.log(JSON.stringify({{ module: \"{module}\", error: String(error) }}));\n}}"
        );
    }
    files.push(("main.ts".to_owned(), imports + &calls));
    files
}

fn typescript(report: &mut Report, dir: &Path, exports: &[Export], erasable: bool) {
    if exports.is_empty() {
        return;
    }
    let Some(tsc) = npm_tool("tsc", ".bin/tsc", "TSC") else {
        return;
    };
    let files = |exports: &[&Export]| typescript_files(exports, erasable);
    let compile = |dir: &Path, files: &[File]| {
        let mut command = Command::new(&tsc);
        command.current_dir(dir);
        if erasable {
            command.arg("--erasableSyntaxOnly");
        }
        output(
            command
                .args(["--strict", "--noEmitOnError", "--target", "es2020"])
                .args(["--module", "commonjs", "--outDir", "out"])
                .args(files.iter().map(|(name, _)| name)),
        )
    };
    let run = |dir: &Path| output(Command::new("node").current_dir(dir).arg("out/main.js"));
    let platform = Platform {
        format: "typescript",
        compiler: "tsc",
        against: if erasable {
            "the TypeScript export, compiled and run"
        } else {
            TYPESCRIPT_ENUM
        },
        files: &files,
        compile: &compile,
        // `E0007.ts(12,5): error TS2300: ...`
        file_of: |line| line.split('(').next(),
        run: &run,
    };
    compile_and_run(report, dir, exports, &platform);
}

/// What a string catalog holds for an entry of the JSON export: its
/// description, or, for a message with values, the message as a format
/// string whose values are positional (`specifier` of each value's
/// position and JSON type) and whose `%` are doubled.
fn catalog_value(entry: &Value, specifier: impl Fn(usize, &str) -> String) -> String {
    let (Some(message), Some(parameters)) = (
        entry.get("message").and_then(Value::as_str),
        entry.get("parameters").and_then(Value::as_array),
    ) else {
        return entry["description"].as_str().unwrap_or_default().to_owned();
    };
    let Ok(segments) = error_codes_model::template::parse(message) else {
        return format!("an unparsable message: {message}");
    };
    let mut out = String::new();
    for segment in segments {
        match segment {
            error_codes_model::template::Segment::Text(text) => {
                out.push_str(&text.replace('%', "%%"))
            }
            error_codes_model::template::Segment::Placeholder(name) => {
                let found = parameters
                    .iter()
                    .position(|parameter| parameter["name"] == name.trim_start_matches("r#"));
                let Some(index) = found else {
                    return format!("a placeholder `{name}` not among the parameters");
                };
                out.push_str(&specifier(
                    index + 1,
                    parameters[index]["type"].as_str().unwrap_or_default(),
                ));
            }
        }
    }
    out
}
