//! The taxonomy as one JSON document, for other SDKs' code generators and
//! as the baseline `check` reads:
//!
//! ```json
//! {
//!   "version": 1,
//!   "enum": "SessionError",
//!   "codeType": "u16",
//!   "entries": [{"code": 104, "name": "...", "category": null, "reasons": [], "description": "..."}],
//!   "catchAll": {"name": "OTHER", "category": null, "reasons": [], "description": "OTHER"},
//!   "reserved": {"codes": [7], "ranges": [[100, 199]], "names": ["oldName"]}
//! }
//! ```
//!
//! Each entry has `aliases`, `alternatives`, `deprecated` and `docUrl`
//! where it has them, and `retryable` (`true` or `false`) when some code of
//! the taxonomy is retryable, as has `catchAll`; `catchAll` and `reserved`
//! (each list in it) appear where there are some. Written and read with `serde_json`, indented by
//! two spaces. [`parse`] also reads the earlier form, a top-level array of
//! entries and `{"reserved": ...}` elements, and tolerates fields it does
//! not know (a newer version of the tool wrote them), naming them.
//!
//! # The document
//!
//! | key | type | meaning |
//! | --- | --- | --- |
//! | `version` | integer | the document's schema version, `1`; a reader that meets a later one reads what it knows |
//! | `enum` | string | the enum's name, `ErrorCode` |
//! | `codeType` | string | the code type, as Rust spells it: `i8` to `i64`, `u8` to `u64` |
//! | `entries` | array of objects | one per code, in declaration order (below) |
//! | `catchAll` | object | only when the enum has a catch-all: what documents it, as an entry (no `code`: any code the taxonomy does not declare decodes to it) |
//! | `reserved` | object | only when something is retired: `codes` (integers), `ranges` (`[start, end]`, both ends included) and `names` (strings), each only when there are some |
//!
//! Each entry:
//!
//! | key | type | meaning |
//! | --- | --- | --- |
//! | `code` | integer | the code, `-1` included |
//! | `name` | string | the name every SDK shares, `existingUserInSession` |
//! | `category` | string or `null` | the section, `User Error codes` |
//! | `reasons` | array of strings | the documented reasons, in order; `[]` when none is documented |
//! | `description` | string | the reasons joined with `"; "`, or the name when there is none (the `NSError`'s `localizedDescription`) |
//! | `docUrl` | string | only when the code has one: where it is documented, the template filled in |
//! | `retryable` | boolean | on every code once some code of the taxonomy is retryable; a reader takes a missing one as `false` |
//! | `aliases` | array of strings | only when the code has some: other names the lookups accept |
//! | `alternatives` | array of integers | only when the code has some: other codes the lookups accept |
//! | `range` | `[start, end]` | only for a range variant (`#[code(0x0100..=0x01ff)] Crypto(u64)`): every code from `start` to `end`, both included, decodes to this entry, which keeps the code; `code` is `start` |
//! | `deprecated` | object | only for a `#[deprecated]` code: `{"since": "2.0.0", "note": "..."}`, each key when given (`{}` for a bare `#[deprecated]`) |
//!
//! Codes are exact integers, `u64` ones beyond 2^53 included (a JavaScript
//! reader must not parse them as doubles).

use error_codes_model::template::{Message, Parameter, ParameterType};
use error_codes_model::{CodeType, Deprecation, Entry, Facts, Reserved, SectionRange, Taxonomy};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, HashMap};

/// The version of the document this tool writes. A reader that meets a
/// later one reads what it knows and says the rest is new.
pub const VERSION: u32 = 1;

/// Fields a reader does not know, kept aside: a newer version of the tool
/// may write more than this one reads.
type Unknown = BTreeMap<String, Value>;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonDocument {
    version: u32,
    #[serde(rename = "enum")]
    name: String,
    code_type: String,
    entries: Vec<JsonEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    catch_all: Option<JsonFacts>,
    #[serde(default, skip_serializing_if = "JsonReserved::is_empty")]
    reserved: JsonReserved,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    ranges: Vec<JsonRange>,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

/// One declared code, as the export writes it: the code, what documents
/// it, and what else the lookups map to it.
#[derive(Serialize, Deserialize)]
struct JsonEntry {
    code: i128,
    /// A range variant's codes, both ends included; `code` is the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    range: Option<[i128; 2]>,
    #[serde(flatten)]
    facts: JsonFacts,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    alternatives: Vec<i128>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    deprecated: Option<JsonDeprecation>,
}

/// What documents a code, an entry's or the catch-all's (whose code is
/// whatever it carries). The fields a reader does not know, of the entry or
/// of the catch-all, are kept here.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonFacts {
    name: String,
    category: Option<String>,
    reasons: Vec<String>,
    description: String,
    /// A message with values: the template, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    /// The values the message names, in order of first use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    parameters: Vec<JsonParameter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    doc_url: Option<String>,
    /// Absent, when read, is `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retryable: Option<bool>,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

/// A value a message names: its field, and its type (`int`, `uint`,
/// `float`, `string`).
#[derive(Serialize, Deserialize)]
struct JsonParameter {
    name: String,
    #[serde(rename = "type")]
    ty: String,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

impl JsonFacts {
    /// What the export writes of `facts`; `retryable` on every code once
    /// one code is retryable (`has_retryable`), so that a reader need not
    /// know the default.
    fn new(facts: &Facts, has_retryable: bool) -> Self {
        JsonFacts {
            name: facts.name.clone(),
            category: facts.category.clone(),
            reasons: facts.reasons.clone(),
            description: facts.description(),
            message: facts
                .message
                .as_ref()
                .map(|message| message.template.clone()),
            parameters: facts
                .message
                .iter()
                .flat_map(|message| &message.parameters)
                .map(|parameter| JsonParameter {
                    name: parameter.name.clone(),
                    ty: parameter.ty.name().to_owned(),
                    unknown: Unknown::new(),
                })
                .collect(),
            doc_url: facts.doc_url.clone(),
            retryable: has_retryable.then_some(facts.retryable),
            unknown: Unknown::new(),
        }
    }

    /// The facts read back, the variant's identifier being unknown: the
    /// name stands in. The fields this version does not know are noted
    /// with `place`.
    fn read(self, place: &str, unknown: &mut Vec<String>) -> Result<Facts, String> {
        note(unknown, &self.unknown, place);
        let mut facts = Facts::new(self.name.clone(), self.name);
        if let Some(template) = self.message {
            let mut parameters = Vec::with_capacity(self.parameters.len());
            for parameter in self.parameters {
                note(
                    unknown,
                    &parameter.unknown,
                    &format!("{place}'s parameter `{}`", parameter.name),
                );
                let ty = ParameterType::from_name(&parameter.ty).ok_or_else(|| {
                    format!(
                        "{place}'s parameter `{}` has the type `{}`; expected `int`, `uint`, `float` or `string`",
                        parameter.name, parameter.ty
                    )
                })?;
                parameters.push(Parameter {
                    name: parameter.name,
                    ty,
                });
            }
            facts.message = Some(Message {
                template,
                parameters,
            });
        }
        facts.category = self.category;
        facts.reasons = self.reasons;
        facts.doc_url = self.doc_url;
        facts.retryable = self.retryable.unwrap_or(false);
        Ok(facts)
    }
}

#[derive(Serialize, Deserialize)]
struct JsonDeprecation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

/// A section's range of codes, both ends included.
#[derive(Serialize, Deserialize)]
struct JsonRange {
    section: String,
    start: i128,
    end: i128,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

/// What the taxonomy retired, each kind in declaration order.
#[derive(Serialize, Deserialize, Default)]
struct JsonReserved {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    codes: Vec<i128>,
    /// Both ends included.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    ranges: Vec<[i128; 2]>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    names: Vec<String>,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

impl JsonReserved {
    fn is_empty(&self) -> bool {
        self.codes.is_empty() && self.ranges.is_empty() && self.names.is_empty()
    }
}

/// The document, ending with a line break.
#[must_use]
pub fn render(taxonomy: &Taxonomy) -> String {
    let mut reserved = JsonReserved::default();
    for retired in &taxonomy.reserved {
        match retired {
            Reserved::Code(code) => reserved.codes.push(*code),
            Reserved::Range(start, end) => reserved.ranges.push([*start, *end]),
            Reserved::Name(name) => reserved.names.push(name.clone()),
        }
    }
    let has_retryable = taxonomy.has_retryable();
    let document = JsonDocument {
        version: VERSION,
        name: taxonomy.name.clone(),
        code_type: taxonomy.code_type.name().to_owned(),
        entries: taxonomy
            .entries
            .iter()
            .map(|entry| JsonEntry {
                code: entry.code,
                range: entry.range.map(|(start, end)| [start, end]),
                facts: JsonFacts::new(&entry.facts, has_retryable),
                aliases: entry.aliases.clone(),
                alternatives: entry.alternatives.clone(),
                deprecated: entry
                    .deprecated
                    .as_ref()
                    .map(|deprecation| JsonDeprecation {
                        since: deprecation.since.clone(),
                        note: deprecation.note.clone(),
                        unknown: Unknown::new(),
                    }),
            })
            .collect(),
        catch_all: taxonomy
            .catch_all
            .as_ref()
            .map(|catch_all| JsonFacts::new(catch_all, has_retryable)),
        reserved,
        ranges: taxonomy
            .ranges
            .iter()
            .map(|range| JsonRange {
                section: range.section.clone(),
                start: range.start,
                end: range.end,
                unknown: Unknown::new(),
            })
            .collect(),
        unknown: Unknown::new(),
    };
    let mut json = serde_json::to_string_pretty(&document).unwrap_or_default();
    json.push('\n');
    json
}

/// A released taxonomy, read back from its export.
#[derive(Debug)]
pub struct Baseline {
    pub taxonomy: Taxonomy,
    /// What this version does not know, where it is: `colour` of entry 3,
    /// a later document version. A newer version of the tool wrote it; it
    /// is ignored.
    pub unknown: Vec<String>,
}

/// Reads an export back: the document, or the earlier top-level array
/// (whose taxonomy is named `name`, with the narrowest of `i32`, `i64` and
/// `u64` that holds its codes, since that form did not say).
///
/// # Errors
///
/// The text is not JSON, or not such a document; the message says what
/// is wrong and where. The taxonomy has a code or a name twice.
pub fn parse(text: &str, name: &str) -> Result<Baseline, String> {
    // A byte order mark is no JSON, but editors write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A key twice in one object would have one of its values silently
    // win: `entries` twice could empty the baseline.
    serde_json::from_str::<NoKeyTwice>(text).map_err(|error| format!("not JSON: {error}"))?;
    let mut unknown = Vec::new();
    let taxonomy = match text.trim_start().as_bytes().first() {
        Some(b'[') => {
            let elements: Vec<&RawValue> =
                serde_json::from_str(text).map_err(|error| format!("not JSON: {error}"))?;
            parse_array(&elements, name, &mut unknown)?
        }
        // Read straight from the text, not through a `Value`: a code
        // beyond 64 bits keeps its value, to be told it does not fit.
        Some(b'{') => parse_document(text, &mut unknown)?,
        _ => return Err("not a JSON document of error codes".to_owned()),
    };
    consistent(&taxonomy)?;
    Ok(Baseline { taxonomy, unknown })
}

/// Any JSON value, read only to refuse an object with a key twice.
struct NoKeyTwice;

impl<'de> Deserialize<'de> for NoKeyTwice {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoKeyTwice)
    }
}

impl<'de> serde::de::Visitor<'de> for NoKeyTwice {
    type Value = NoKeyTwice;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        let mut keys = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if keys.contains(&key) {
                return Err(serde::de::Error::custom(format_args!(
                    "the key `{key}` is there twice in one object"
                )));
            }
            map.next_value::<NoKeyTwice>()?;
            keys.insert(key);
        }
        Ok(NoKeyTwice)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<NoKeyTwice>()?.is_some() {}
        Ok(NoKeyTwice)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self, E> {
        Ok(NoKeyTwice)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self, E> {
        Ok(NoKeyTwice)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self, E> {
        Ok(NoKeyTwice)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self, E> {
        Ok(NoKeyTwice)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self, E> {
        Ok(NoKeyTwice)
    }

    fn visit_unit<E>(self) -> Result<Self, E> {
        Ok(NoKeyTwice)
    }
}

/// The fields of `fields` this version does not know, named with `place`.
fn note(unknown: &mut Vec<String>, fields: &Unknown, place: &str) {
    unknown.extend(fields.keys().map(|field| format!("`{field}` of {place}")));
}

fn parse_document(text: &str, unknown: &mut Vec<String>) -> Result<Taxonomy, String> {
    let document: JsonDocument = serde_json::from_str(text)
        .map_err(|error| format!("not a document of error codes: {error}"))?;
    note(unknown, &document.unknown, "the document");
    if document.version > VERSION {
        unknown.push(format!(
            "what version {} of the document adds to version {VERSION}",
            document.version
        ));
    }
    let code_type = CodeType::from_name(&document.code_type)
        .ok_or_else(|| format!("`{}` is not a code type", document.code_type))?;
    let mut taxonomy = Taxonomy::new(document.name, code_type);
    for (index, code) in document.entries.into_iter().enumerate() {
        taxonomy
            .entries
            .push(entry(code, &format!("entry {index}"), unknown)?);
    }
    taxonomy.catch_all = document
        .catch_all
        .map(|catch_all| catch_all.read("`catchAll`", unknown))
        .transpose()?;
    let retired = document.reserved;
    note(unknown, &retired.unknown, "`reserved`");
    taxonomy.reserved = (retired.codes.into_iter().map(Reserved::Code))
        .chain(
            retired
                .ranges
                .into_iter()
                .map(|[start, end]| Reserved::Range(start, end)),
        )
        .chain(retired.names.into_iter().map(Reserved::Name))
        .collect();
    for (index, range) in document.ranges.into_iter().enumerate() {
        note(unknown, &range.unknown, &format!("range {index}"));
        taxonomy.ranges.push(SectionRange {
            section: range.section,
            start: range.start,
            end: range.end,
        });
    }
    Ok(taxonomy)
}

/// Whether an element of the earlier form is a reservation.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    reserved: Option<serde::de::IgnoredAny>,
}

/// One retired code, range or name of the earlier form.
#[derive(Deserialize)]
struct RetiredElement {
    reserved: RetiredValue,
    #[serde(default, flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RetiredValue {
    Code(i64),
    BigCode(u64),
    Range([i64; 2]),
    BigRange([u64; 2]),
    Name(String),
}

/// The earlier form: an array of entries, then `{"reserved": ...}`
/// elements.
fn parse_array(
    elements: &[&RawValue],
    name: &str,
    unknown: &mut Vec<String>,
) -> Result<Taxonomy, String> {
    let mut taxonomy = Taxonomy::new(name, CodeType::I32);
    for (index, element) in elements.iter().enumerate() {
        let place = format!("element {index}");
        let element = element.get();
        let is_retired =
            serde_json::from_str::<Probe>(element).is_ok_and(|probe| probe.reserved.is_some());
        if is_retired {
            let retired: RetiredElement = serde_json::from_str(element)
                .map_err(|error| format!("{place} is not a reservation: {error}"))?;
            note(unknown, &retired.unknown, &place);
            taxonomy.reserved.push(match retired.reserved {
                RetiredValue::Code(code) => Reserved::Code(code.into()),
                RetiredValue::BigCode(code) => Reserved::Code(code.into()),
                RetiredValue::Range([start, end]) => Reserved::Range(start.into(), end.into()),
                RetiredValue::BigRange([start, end]) => Reserved::Range(start.into(), end.into()),
                RetiredValue::Name(name) => Reserved::Name(name),
            });
            continue;
        }
        let code: JsonEntry = serde_json::from_str(element).map_err(|error| {
            format!(
                "{place} is not an error code of an `error-codes export --format json`: {error}"
            )
        })?;
        taxonomy.entries.push(entry(code, &place, unknown)?);
    }
    let codes = || taxonomy.entries.iter().flat_map(Entry::codes);
    taxonomy.code_type = [CodeType::I32, CodeType::I64, CodeType::U64]
        .into_iter()
        .find(|ty| codes().all(|code| ty.contains(code)))
        .ok_or_else(|| {
            let beyond = codes()
                .find(|&code| !CodeType::I64.contains(code) && !CodeType::U64.contains(code))
                .unwrap_or_default();
            format!("code {beyond} is beyond 64 bits, more than any code type holds")
        })?;
    Ok(taxonomy)
}

/// An entry of either form; `place` names it for the unknown fields.
fn entry(code: JsonEntry, place: &str, unknown: &mut Vec<String>) -> Result<Entry, String> {
    let mut entry = Entry::new("", code.code, "");
    entry.range = code.range.map(|[start, end]| (start, end));
    entry.facts = code.facts.read(place, unknown)?;
    entry.aliases = code.aliases;
    entry.alternatives = code.alternatives;
    entry.deprecated = code.deprecated.map(|deprecated| {
        note(
            unknown,
            &deprecated.unknown,
            &format!("{place}'s `deprecated`"),
        );
        let mut deprecation = Deprecation::default();
        deprecation.since = deprecated.since;
        deprecation.note = deprecated.note;
        deprecation
    });
    Ok(entry)
}

/// A taxonomy has each code and each name once, and each code of its code
/// type; a range it retires runs from its start up to its end: a baseline
/// that does not would make every comparison with it wrong.
fn consistent(taxonomy: &Taxonomy) -> Result<(), String> {
    let code_type = taxonomy.code_type;
    let retired = taxonomy
        .reserved
        .iter()
        .filter_map(|reserved| match *reserved {
            Reserved::Code(code) => Some((code, code)),
            Reserved::Range(start, end) => Some((start, end)),
            Reserved::Name(_) => None,
        });
    for code in (taxonomy.every_code().map(|(code, _)| code))
        .chain(retired.clone().flat_map(|(start, end)| [start, end]))
    {
        if !code_type.contains(code) {
            return Err(format!(
                "code {code} does not fit the code type `{code_type}`, whose range is `{}..={}`",
                code_type.min(),
                code_type.max()
            ));
        }
    }
    if let Some((start, end)) = retired.clone().find(|(start, end)| start > end) {
        return Err(format!(
            "the reserved range [{start}, {end}] retires no code: it starts after it ends"
        ));
    }
    // A range variant's range starts at its code and holds no other
    // entry's code, nor another range's: every code decodes to one entry.
    for entry in &taxonomy.entries {
        let Some((start, end)) = entry.range else {
            continue;
        };
        let name = &entry.facts.name;
        if start != entry.code || start > end || !code_type.contains(end) {
            return Err(format!(
                "the range [{start}, {end}] of `{name}` is not its codes: it starts at its code {}, runs up to its end, and fits `{code_type}`",
                entry.code
            ));
        }
        if let Some(other) = taxonomy.entries.iter().find(|other| {
            !std::ptr::eq(*other, entry)
                && (other.codes().any(|code| start <= code && code <= end)
                    || other
                        .range
                        .is_some_and(|(first, last)| first <= end && start <= last))
        }) {
            return Err(format!(
                "the range {start}..={end} of `{name}` holds a code of `{}`: a taxonomy has each code once",
                other.facts.name
            ));
        }
    }
    if let Some(range) = taxonomy.ranges.iter().find(|range| range.start > range.end) {
        return Err(format!(
            "the range {range} of the section `{}` holds no code: it starts after it ends",
            range.section
        ));
    }
    let mut codes = HashMap::new();
    for (code, index) in taxonomy.every_code() {
        if let Some(first) = codes.insert(code, index) {
            let (first, second) = (
                &taxonomy.entries[first].facts.name,
                &taxonomy.entries[index].facts.name,
            );
            return Err(format!(
                "code {code} is there twice (`{first}` and `{second}`): a taxonomy has each code once"
            ));
        }
    }
    let mut names = HashMap::new();
    for (name, index) in taxonomy.every_name() {
        if let Some(first) = names.insert(name, index) {
            let (first, second) = (taxonomy.entries[first].code, taxonomy.entries[index].code);
            return Err(format!(
                "the name `{name}` is there twice (codes {first} and {second}): a taxonomy has each name once"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Taxonomy {
        let mut taxonomy = Taxonomy::new("E", CodeType::U64);
        let mut entry = Entry::new("First", u64::MAX.into(), "FIRST");
        entry.facts.reasons = vec!["One \"quoted\"\nreason".to_owned()];
        entry.facts.category = Some("Section".to_owned());
        entry.aliases = vec!["UNO".to_owned()];
        entry.alternatives = vec![1 << 60];
        entry.deprecated = Some(Deprecation::with_note("use SECOND"));
        entry.facts.doc_url = Some("https://docs.example.com/errors#FIRST".to_owned());
        entry.facts.retryable = true;
        taxonomy.entries.push(entry);
        let mut bare = Entry::new("Second", 2, "SECOND");
        bare.deprecated = Some(Deprecation::default());
        taxonomy.entries.push(bare);
        let mut other = Facts::new("OTHER", "OTHER");
        other.reasons = vec!["Unknown".to_owned()];
        taxonomy.catch_all = Some(other);
        taxonomy.reserved = vec![
            Reserved::Code(7),
            Reserved::Code(u64::MAX.into()),
            Reserved::Range(100, 199),
            Reserved::Name("OLD".to_owned()),
        ];
        taxonomy
    }

    #[test]
    fn a_taxonomy_reads_back_as_it_was_written() {
        let taxonomy = sample();
        let mut read = parse(&render(&taxonomy), "ignored").unwrap().taxonomy;
        // The variants' identifiers are not exported: the names stand in.
        read.entries[0].facts.variant = "First".to_owned();
        read.entries[1].facts.variant = "Second".to_owned();
        // Each kind of reservation together: codes, ranges, names.
        let mut expected = taxonomy;
        expected.reserved = vec![
            Reserved::Code(7),
            Reserved::Code(u64::MAX.into()),
            Reserved::Range(100, 199),
            Reserved::Name("OLD".to_owned()),
        ];
        assert_eq!(read, expected);
    }

    #[test]
    fn a_range_variant_reads_back_with_its_range() {
        let mut taxonomy = Taxonomy::new("Quic", CodeType::U64);
        taxonomy.entries.push(Entry::new("NoError", 0, "NO_ERROR"));
        taxonomy
            .entries
            .push(Entry::range("Crypto", 0x0100, 0x01ff, "CRYPTO_ERROR"));
        let json = render(&taxonomy);
        assert!(
            json.contains(
                "\"code\": 256,\n      \"range\": [\n        256,\n        511\n      ],"
            ),
            "{json}"
        );
        assert!(!json.contains("\"range\": null"), "{json}");
        let mut read = parse(&json, "ignored").unwrap().taxonomy;
        read.entries[0].facts.variant = "NoError".to_owned();
        read.entries[1].facts.variant = "Crypto".to_owned();
        assert_eq!(read, taxonomy);
        assert_eq!(read.entry_by_code(0x0128).map(|e| e.code), Some(0x0100));

        // A range that holds another entry's code, or does not start at its
        // own, is no taxonomy.
        let mut overlapping = taxonomy.clone();
        overlapping
            .entries
            .push(Entry::new("Taken", 0x0150, "TAKEN"));
        assert_eq!(
            parse(&render(&overlapping), "ignored").unwrap_err(),
            "the range 256..=511 of `CRYPTO_ERROR` holds a code of `TAKEN`: a taxonomy has each code once"
        );
        let mut moved = taxonomy;
        moved.entries[1].code = 0x0101;
        assert!(
            parse(&render(&moved), "ignored")
                .unwrap_err()
                .starts_with("the range [256, 511] of `CRYPTO_ERROR` is not its codes")
        );
    }

    #[test]
    fn optional_keys_appear_only_when_set() {
        let json = render(&sample());
        assert!(
            json.starts_with(
                "{\n  \"version\": 1,\n  \"enum\": \"E\",\n  \"codeType\": \"u64\",\n"
            ),
            "{json}"
        );
        assert!(
            json.contains("\"deprecated\": {\n        \"note\": \"use SECOND\"\n      }"),
            "{json}"
        );
        assert!(json.contains("\"deprecated\": {}"), "{json}");
        assert!(
            json.contains("\"ranges\": [\n      [\n        100,\n        199\n      ]\n    ]"),
            "{json}"
        );
        assert!(json.contains("\"code\": 18446744073709551615"), "{json}");
        assert!(
            json.contains("\"catchAll\": {\n    \"name\": \"OTHER\""),
            "{json}"
        );
        // A link where a code has one; retryability on every code, the
        // catch-all's too, once one code is retryable. What documents a code
        // comes before what else the lookups map to it.
        assert!(
            json.contains("\"docUrl\": \"https://docs.example.com/errors#FIRST\",\n      \"retryable\": true,\n      \"aliases\""),
            "{json}"
        );
        assert_eq!(json.matches("\"docUrl\"").count(), 1, "{json}");
        assert_eq!(json.matches("\"retryable\": false").count(), 2, "{json}");
        let mut never_retryable = sample();
        never_retryable.entries[0].facts.retryable = false;
        assert!(!render(&never_retryable).contains("retryable"));
        let plain = render(&Taxonomy::new("E", CodeType::I32));
        assert_eq!(
            plain,
            "{\n  \"version\": 1,\n  \"enum\": \"E\",\n  \"codeType\": \"i32\",\n  \"entries\": []\n}\n"
        );
    }

    #[test]
    fn the_earlier_array_form_is_read() {
        let array = r#"[{"code": 1, "name": "a", "category": null, "reasons": [], "description": "a"},
            {"reserved": 7}, {"reserved": [100, 199]}, {"reserved": "old"}]"#;
        let baseline = parse(array, "Named").unwrap();
        assert_eq!(baseline.taxonomy.name, "Named");
        assert_eq!(baseline.taxonomy.entries[0].code, 1);
        assert_eq!(
            baseline.taxonomy.reserved,
            [
                Reserved::Code(7),
                Reserved::Range(100, 199),
                Reserved::Name("old".to_owned())
            ]
        );
        assert!(baseline.unknown.is_empty());
    }

    #[test]
    fn a_code_or_a_name_twice_is_refused() {
        for twice in [
            r#"[{"code": 1, "name": "a", "category": null, "reasons": [], "description": "a"},
                {"code": 1, "name": "b", "category": null, "reasons": [], "description": "b"}]"#,
            r#"[{"code": 1, "name": "a", "category": null, "reasons": [], "description": "a"},
                {"code": 2, "name": "b", "category": null, "reasons": [], "description": "b", "alternatives": [1]}]"#,
        ] {
            assert_eq!(
                parse(twice, "E").unwrap_err(),
                "code 1 is there twice (`a` and `b`): a taxonomy has each code once"
            );
        }
        let named_twice = r#"[{"code": 1, "name": "a", "category": null, "reasons": [], "description": "a"},
            {"code": 2, "name": "a", "category": null, "reasons": [], "description": "a"}]"#;
        assert_eq!(
            parse(named_twice, "E").unwrap_err(),
            "the name `a` is there twice (codes 1 and 2): a taxonomy has each name once"
        );
    }

    #[test]
    fn what_a_newer_version_wrote_is_ignored_and_named() {
        let newer = r#"[{"code": 1, "name": "a", "category": null, "reasons": [], "description": "a",
            "colour": 1, "deprecated": {"note": "x", "until": "3.0"}}, {"reserved": 7, "why": "gone"}]"#;
        let baseline = parse(newer, "E").unwrap();
        assert_eq!(baseline.taxonomy.entries[0].code, 1);
        assert_eq!(
            baseline.unknown,
            [
                "`colour` of element 0",
                "`until` of element 0's `deprecated`",
                "`why` of element 1"
            ]
        );
        let document = render(&sample())
            .replacen("\"version\": 1", "\"version\": 2, \"owner\": \"web\"", 1)
            .replacen(
                "\"name\": \"FIRST\"",
                "\"name\": \"FIRST\", \"helpUrl\": \"x\"",
                1,
            );
        let baseline = parse(&document, "E").unwrap();
        assert_eq!(
            baseline.unknown,
            [
                "`owner` of the document",
                "what version 2 of the document adds to version 1",
                "`helpUrl` of entry 0"
            ]
        );
    }

    #[test]
    fn what_is_not_an_export_is_refused_with_its_place() {
        assert!(
            parse("3", "E")
                .unwrap_err()
                .starts_with("not a JSON document of error codes")
        );
        assert!(
            parse("{}", "E")
                .unwrap_err()
                .starts_with("not a document of error codes")
        );
        assert!(
            parse("[1]", "E")
                .unwrap_err()
                .starts_with("element 0 is not an error code")
        );
        assert!(
            parse(r#"[{"reserved": true}]"#, "E")
                .unwrap_err()
                .starts_with("element 0 is not a reservation")
        );
    }
}
