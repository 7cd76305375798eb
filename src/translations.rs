//! `error-codes check-translations`, and the translation half of
//! `generate --check`: every translation of a String Catalog, and every
//! `values-xx/strings.xml` beside an Android `values/strings.xml`, must
//! take the same values as the source: as many, at the same positions, of
//! the same types. A translation whose `%1$@` became `%1$d` or `%s` would
//! show garbage, or crash the app, in that language only. A missing
//! translation is a note: the source's text is shown instead.

use crate::annotation::{Annotation, Style, workflow_command};
use crate::files;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What one value of a format string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Text,
    Integer,
    Unsigned,
    Float,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Integer => "integer",
            Kind::Unsigned => "unsigned integer",
            Kind::Float => "float",
        }
    }
}

/// A piece of a format string: text (a `%%` read as `%`), or a value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Text(String),
    Value { position: usize, kind: Kind },
}

/// A format string's text and values, each value with its position (its
/// `1$`, else the next) and kind; `Err` for a `%` that starts no
/// specifier the platform knows.
fn tokens(format: &str, android: bool) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut text = String::new();
    let mut next = 1;
    let mut chars = format.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch != '%' {
            text.push(ch);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            text.push('%');
            continue;
        }
        let mut spec = String::new();
        while let Some(&ch) = chars.peek() {
            spec.push(ch);
            chars.next();
            if ch.is_ascii_alphabetic() && !matches!(ch, 'h' | 'l' | 'q' | 'L' | 'z' | 't' | 'j') {
                break;
            }
            if ch == '@' {
                break;
            }
        }
        let conversion = spec.chars().last().unwrap_or_default();
        let kind = match (conversion, android) {
            ('@', false) | ('s' | 'S', true) => Kind::Text,
            ('d' | 'i', _) => Kind::Integer,
            ('u', false) => Kind::Unsigned,
            ('f' | 'e' | 'E' | 'g' | 'G' | 'a' | 'A', _) => Kind::Float,
            _ => return Err(format!("`%{spec}` is no format the platform reads")),
        };
        let position = match spec.split_once('$') {
            Some((digits, _)) => digits
                .parse::<usize>()
                .ok()
                .filter(|position| *position > 0)
                .ok_or_else(|| format!("`%{spec}` has no position before its `$`"))?,
            None => {
                next += 1;
                next - 1
            }
        };
        if !text.is_empty() {
            tokens.push(Token::Text(std::mem::take(&mut text)));
        }
        tokens.push(Token::Value { position, kind });
    }
    if !text.is_empty() {
        tokens.push(Token::Text(text));
    }
    Ok(tokens)
}

/// The values of a format string, each position with its kind.
fn values(format: &str, android: bool) -> Result<BTreeMap<usize, Kind>, String> {
    let mut values: BTreeMap<usize, Kind> = BTreeMap::new();
    for token in tokens(format, android)? {
        let Token::Value { position, kind } = token else {
            continue;
        };
        if let Some(&other) = values.get(&position)
            && other != kind
        {
            return Err(format!(
                "value {position} is written both as {} and as {}",
                other.name(),
                kind.name()
            ));
        }
        values.insert(position, kind);
    }
    Ok(values)
}

/// A piece of a translation as the generated code writes it: text, or
/// the value at a position (1 for the first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Value(usize),
}

/// An Apple format string (`%2$llu Teilnehmer: Raum %1$@`) as text and
/// the positions of its values.
///
/// # Errors
///
/// A `%` that starts no specifier Apple reads.
pub fn parts(format: &str) -> Result<Vec<Part>, String> {
    Ok(tokens(format, false)?
        .into_iter()
        .map(|token| match token {
            Token::Text(text) => Part::Text(text),
            Token::Value { position, .. } => Part::Value(position),
        })
        .collect())
}

/// The translations of a String Catalog: by language, then by key, each
/// the text of a translation (the key's plain string unit; a plural or
/// device variation is left to the platforms that read it). The source
/// language's text, and the keys the tool marked stale, are not
/// translations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Where it was read from, for messages.
    pub path: PathBuf,
    pub translations: BTreeMap<String, BTreeMap<String, String>>,
}

/// Reads the translations of the String Catalog at `path`; none when
/// there is no file there yet.
///
/// # Errors
///
/// The file cannot be read, or is not a String Catalog, or a translation
/// takes other values than its source.
pub fn read_catalog(path: &Path) -> Result<Catalog, String> {
    // A catalog not written yet (the manifest's first `generate` writes
    // it) has no translations yet.
    if !path.exists() {
        return Ok(Catalog {
            path: path.to_owned(),
            translations: BTreeMap::new(),
        });
    }
    let findings = check_catalog(path)?;
    if let Some(finding) = findings.iter().find(|finding| finding.error) {
        return Err(format!(
            "{}:{}: key `{}`, locale `{}`: {}",
            finding.file.display(),
            finding.line,
            finding.key,
            finding.locale,
            finding.message
        ));
    }
    let catalog = parse_catalog(path)?;
    let source = catalog["sourceLanguage"].as_str().unwrap_or("en");
    let mut translations: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let empty = serde_json::Map::new();
    for (key, entry) in catalog["strings"].as_object().unwrap_or(&empty) {
        if entry["extractionState"] == "stale" {
            continue;
        }
        for (language, localization) in entry["localizations"].as_object().unwrap_or(&empty) {
            if language == source {
                continue;
            }
            if let Some(text) = localization["stringUnit"]["value"].as_str() {
                translations
                    .entry(language.clone())
                    .or_default()
                    .insert(key.clone(), text.to_owned());
            }
        }
    }
    Ok(Catalog {
        path: path.to_owned(),
        translations,
    })
}

/// The JSON of a String Catalog.
fn parse_catalog(path: &Path) -> Result<Value, String> {
    let text = files::read_text_file(path, "the catalog ")?;
    serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text))
        .map_err(|error| format!("{} is not a String Catalog: {error}", path.display()))
}

/// `%1$@ %2$llu` as a person reads it: `1: text, 2: unsigned integer`.
fn described(values: &BTreeMap<usize, Kind>) -> String {
    if values.is_empty() {
        return "no value".to_owned();
    }
    values
        .iter()
        .map(|(position, kind)| format!("{position}: {}", kind.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One finding of a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub file: PathBuf,
    pub line: usize,
    pub key: String,
    pub locale: String,
    pub message: String,
    /// A mistake (exit 1), or a note.
    pub error: bool,
}

/// Checks a String Catalog: every translation against its key's source.
///
/// # Errors
///
/// The file cannot be read, or is not a String Catalog.
pub fn check_catalog(path: &Path) -> Result<Vec<Finding>, String> {
    let text = files::read_text_file(path, "the catalog ")?;
    let catalog: Value = serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text))
        .map_err(|error| format!("{} is not a String Catalog: {error}", path.display()))?;
    let source = catalog["sourceLanguage"]
        .as_str()
        .unwrap_or("en")
        .to_owned();
    let empty = serde_json::Map::new();
    let strings = catalog["strings"].as_object().unwrap_or(&empty);
    // Every language some key is translated to: each key should be.
    let mut languages: Vec<&str> = strings
        .values()
        .filter_map(|key| key["localizations"].as_object())
        .flat_map(|localizations| localizations.keys().map(String::as_str))
        .filter(|language| *language != source)
        .collect();
    languages.sort_unstable();
    languages.dedup();
    let mut findings = Vec::new();
    for (name, key) in strings {
        // A key the tool marked stale is gone from the taxonomy: its
        // translations wait for a translator to delete them.
        if key["extractionState"] == "stale" {
            continue;
        }
        let source_value = key["localizations"][&source]["stringUnit"]["value"].as_str();
        let Some(source_value) = source_value else {
            continue;
        };
        // A source that is no format string (a plain `100%`) is plain text,
        // and so are its translations.
        let expected = values(source_value, false).ok();
        for language in &languages {
            let line = || line_of(&text, name, language);
            let Some(localization) = key["localizations"].get(*language) else {
                findings.push(Finding {
                    file: path.to_owned(),
                    line: line_of(&text, name, &source),
                    key: name.clone(),
                    locale: (*language).to_owned(),
                    message: "no translation: the source's text is shown".to_owned(),
                    error: false,
                });
                continue;
            };
            let Some(expected) = &expected else {
                continue;
            };
            let mut units = Vec::new();
            string_units(localization, &mut units);
            for value in units {
                if let Some(message) = mismatch(expected, value, false) {
                    findings.push(Finding {
                        file: path.to_owned(),
                        line: line(),
                        key: name.clone(),
                        locale: (*language).to_owned(),
                        message,
                        error: true,
                    });
                }
            }
        }
    }
    findings.sort_by_key(|finding| finding.line);
    Ok(findings)
}

/// Why a translation's values are not the source's, if they are not.
fn mismatch(expected: &BTreeMap<usize, Kind>, translation: &str, android: bool) -> Option<String> {
    match values(translation, android) {
        Err(message) => Some(format!("the translation {translation:?}: {message}")),
        Ok(found) if found != *expected => Some(format!(
            "the translation {translation:?} takes {}, where the source takes {}",
            described(&found),
            described(expected)
        )),
        Ok(_) => None,
    }
}

/// The values of every string unit of a localization, its variations
/// (plural forms, devices) included.
fn string_units<'v>(localization: &'v Value, out: &mut Vec<&'v str>) {
    match localization {
        Value::Object(object) => {
            if let Some(value) = object
                .get("stringUnit")
                .and_then(|unit| unit["value"].as_str())
            {
                out.push(value);
            }
            for (field, value) in object {
                if field != "stringUnit" {
                    string_units(value, out);
                }
            }
        }
        Value::Array(values) => values.iter().for_each(|value| string_units(value, out)),
        _ => {}
    }
}

/// The line of the key's `language` in a catalog's text, else the key's.
fn line_of(text: &str, key: &str, language: &str) -> usize {
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let member = |from: usize, name: &str| {
        let name = quoted(name);
        let mut at = from;
        while let Some(found) = text[at..].find(&name) {
            let after = at + found + name.len();
            if text[after..].trim_start().starts_with(':') {
                return Some(at + found);
            }
            at = after;
        }
        None
    };
    let key_at = member(0, key).unwrap_or(0);
    let at = member(key_at, language).unwrap_or(key_at);
    text[..at].matches('\n').count() + 1
}

/// Checks the translations of an Android `values/strings.xml`: the
/// `strings.xml` of every `values-xx` directory beside it.
///
/// # Errors
///
/// A file cannot be read.
pub fn check_android(path: &Path) -> Result<Vec<Finding>, String> {
    let text = files::read_text_file(path, "")?;
    let source: BTreeMap<String, (usize, String)> = strings(&text)
        .into_iter()
        .filter(|(_, (_, value))| !value.starts_with(NO_FORMAT))
        .collect();
    let Some(res) = path.parent().and_then(Path::parent) else {
        return Ok(Vec::new());
    };
    let file_name = path.file_name().unwrap_or_default();
    let mut translations: Vec<(String, PathBuf)> = std::fs::read_dir(res)
        .map_err(|error| format!("cannot read {}: {error}", res.display()))?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let locale = name.strip_prefix("values-")?.to_owned();
            let file = entry.path().join(file_name);
            file.is_file().then_some((locale, file))
        })
        .collect();
    translations.sort();
    let mut findings = Vec::new();
    for (locale, file) in translations {
        let translated: BTreeMap<String, (usize, String)> =
            strings(&files::read_text_file(&file, "")?)
                .into_iter()
                .collect();
        for (name, (source_line, source_value)) in &source {
            let expected = values(source_value, true).ok();
            let Some((line, value)) = translated.get(name) else {
                findings.push(Finding {
                    file: path.to_owned(),
                    line: *source_line,
                    key: name.clone(),
                    locale: locale.clone(),
                    message: "no translation: the source's text is shown".to_owned(),
                    error: false,
                });
                continue;
            };
            let Some(expected) = &expected else {
                continue;
            };
            if let Some(message) = mismatch(expected, value, true) {
                findings.push(Finding {
                    file: file.clone(),
                    line: *line,
                    key: name.clone(),
                    locale: locale.clone(),
                    message,
                    error: true,
                });
            }
        }
    }
    // In the order of the files' lines, the source's notes first.
    findings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    findings.sort_by_key(|finding| finding.file != path);
    Ok(findings)
}

/// What [`strings`] puts before the text of a string that says it is no
/// format string (`formatted="false"`).
const NO_FORMAT: &str = "\u{0}";

/// Every `<string name="...">text</string>` of a resources file, with the
/// line it starts on; the text as written (a value's specifiers are all a
/// check needs of it), after [`NO_FORMAT`] for a `formatted="false"` one.
/// What a comment holds is no string: a translator's commented-out line is
/// not read.
fn strings(text: &str) -> Vec<(String, (usize, String))> {
    let text = without_comments(text);
    let mut out = Vec::new();
    let mut rest = text.as_str();
    let mut offset = 0;
    while let Some(start) = rest.find("<string") {
        let tag = &rest[start..];
        let Some(close) = tag.find('>') else { break };
        let attributes = &tag[..close];
        let body = &tag[close + 1..];
        let end = body.find("</string>").unwrap_or(body.len());
        let line = text[..offset + start].matches('\n').count() + 1;
        // `<strings>` or `<string-array>` is another element.
        let is_string = attributes[7..].starts_with(char::is_whitespace);
        if let Some(name) = attribute(attributes, "name")
            && is_string
            && !attributes.ends_with('/')
        {
            let plain = if attribute(attributes, "formatted") == Some("false") {
                NO_FORMAT
            } else {
                ""
            };
            out.push((name.to_owned(), (line, format!("{plain}{}", &body[..end]))));
        }
        let consumed = start + close + 1;
        offset += consumed;
        rest = &rest[consumed..];
    }
    out
}

/// The value of an attribute of a tag's text, in either quotes.
fn attribute<'t>(attributes: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = attributes;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].trim_start();
        rest = &rest[at + name.len()..];
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        let quote = value.chars().next()?;
        if quote == '"' || quote == '\'' {
            return value[1..].split(quote).next();
        }
    }
    None
}

/// The text with every `<!-- ... -->` blanked, its line breaks kept so
/// lines still count.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let comment = &rest[start..];
        let end = comment.find("-->").map_or(comment.len(), |end| end + 3);
        out.extend(
            comment[..end]
                .chars()
                .map(|ch| if ch == '\n' { '\n' } else { ' ' }),
        );
        rest = &comment[end..];
    }
    out.push_str(rest);
    out
}

/// The findings, one line each, or as GitHub Actions annotations.
#[must_use]
pub fn render(findings: &[Finding], style: Style) -> String {
    let mut out = String::new();
    for finding in findings {
        let level = if finding.error { "error" } else { "note" };
        let message = format!(
            "key `{}`, locale `{}`: {}",
            finding.key, finding.locale, finding.message
        );
        let file = finding.file.display().to_string();
        let _ = match style {
            Style::Text => writeln!(
                out,
                "{file}:{}: {level}[TRANSLATION]: {message}",
                finding.line
            ),
            Style::GitHub => writeln!(
                out,
                "{}",
                workflow_command(&Annotation {
                    level: if finding.error { "error" } else { "notice" },
                    file: Some(&file),
                    line: Some(finding.line),
                    column: None,
                    title: Some("translation"),
                    message: &message,
                })
            ),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_by_position_and_kind() {
        let apple = values("Room %1$@ is full (%2$llu) %%, again %1$@", false).unwrap();
        assert_eq!(
            apple,
            BTreeMap::from([(1, Kind::Text), (2, Kind::Unsigned)])
        );
        let android = values("Raum %2$d: %1$s", true).unwrap();
        assert_eq!(
            android,
            BTreeMap::from([(1, Kind::Text), (2, Kind::Integer)])
        );
        assert_eq!(
            values("%s %d", true).unwrap(),
            BTreeMap::from([(1, Kind::Text), (2, Kind::Integer)])
        );
        assert!(values("%1$@ %1$d", false).is_err());
        assert!(values("100%!", false).is_err());
    }

    #[test]
    fn a_translation_takes_the_sources_values() {
        let expected = values("Room %1$@ is full (%2$llu)", false).unwrap();
        assert_eq!(
            mismatch(&expected, "Raum %1$@ ist voll (%2$llu)", false),
            None
        );
        assert_eq!(mismatch(&expected, "(%2$llu) Raum %1$@", false), None);
        assert_eq!(
            mismatch(&expected, "Raum %1$@ ist voll (%2$d)", false).unwrap(),
            "the translation \"Raum %1$@ ist voll (%2$d)\" takes 1: text, 2: integer, where the source takes 1: text, 2: unsigned integer"
        );
        assert!(mismatch(&expected, "Raum %1$@", false).is_some());
        assert!(mismatch(&expected, "Raum %s ist voll", false).is_some());
    }

    #[test]
    fn android_strings_with_their_lines() {
        let xml = "<resources>\n    <string name=\"a\">A %1$s</string>\n    <string name=\"b\"\n      formatted=\"false\">100%</string>\n</resources>\n";
        assert_eq!(
            strings(xml),
            [
                ("a".to_owned(), (2, "A %1$s".to_owned())),
                ("b".to_owned(), (3, "\u{0}100%".to_owned()))
            ]
        );
    }

    #[test]
    fn android_strings_in_either_quotes_and_not_in_comments() {
        let xml = "<resources>\n<!-- <string name=\"old\">%d</string>\n -->\n<string name='a' >A %1$s</string>\n<string-array name=\"x\"/><strings name=\"y\">z</strings>\n</resources>";
        assert_eq!(strings(xml), [("a".to_owned(), (4, "A %1$s".to_owned()))]);
    }
}
