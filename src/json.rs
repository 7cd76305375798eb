//! The taxonomy as JSON, for other SDKs' code generators and as the
//! baseline `check` reads: an array of one object per code in declaration
//! order (`code`, `name`, `category`, `reasons`, `description`, and
//! `aliases`, `alternatives`, `deprecated` where the taxonomy has them),
//! then one `{"reserved": ...}` per retired code (`7`), range (`[100, 199]`,
//! both ends included) or name (`"oldName"`). Written and read with
//! `serde_json`, indented by two spaces.

use error_codes_model::{CodeType, Deprecation, Entry, Reserved, Taxonomy};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Fields a reader does not know, kept aside: a newer version of the tool
/// may write more than this one reads.
type Unknown = BTreeMap<String, Value>;

/// One code, as the export writes it.
#[derive(Serialize, Deserialize)]
struct Code {
    code: i128,
    name: String,
    category: Option<String>,
    reasons: Vec<String>,
    description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    alternatives: Vec<i128>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    deprecated: Option<Deprecated>,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

#[derive(Serialize, Deserialize)]
struct Deprecated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

/// One retired code, range or name.
#[derive(Serialize, Deserialize)]
struct Retired {
    reserved: RetiredValue,
    #[serde(default, flatten, skip_serializing)]
    unknown: Unknown,
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum RetiredValue {
    Code(i64),
    BigCode(u64),
    Range([i64; 2]),
    BigRange([u64; 2]),
    Name(String),
}

/// An element of the array, either kind.
#[derive(Serialize)]
#[serde(untagged)]
enum Element {
    Code(Box<Code>),
    Retired(Retired),
}

pub fn render(taxonomy: &Taxonomy) -> String {
    let codes = taxonomy
        .entries
        .iter()
        .map(|entry| Element::Code(Box::new(code(entry))));
    let retired = taxonomy.reserved.iter().map(|reserved| {
        Element::Retired(Retired {
            unknown: Unknown::new(),
            reserved: match reserved {
                Reserved::Code(code) => match i64::try_from(*code) {
                    Ok(code) => RetiredValue::Code(code),
                    Err(_) => RetiredValue::BigCode(u64::try_from(*code).unwrap_or(u64::MAX)),
                },
                Reserved::Range(start, end) => match (i64::try_from(*start), i64::try_from(*end)) {
                    (Ok(start), Ok(end)) => RetiredValue::Range([start, end]),
                    _ => RetiredValue::BigRange([
                        u64::try_from(*start).unwrap_or_default(),
                        u64::try_from(*end).unwrap_or(u64::MAX),
                    ]),
                },
                Reserved::Name(name) => RetiredValue::Name(name.clone()),
            },
        })
    });
    let elements: Vec<Element> = codes.chain(retired).collect();
    let mut json = serde_json::to_string_pretty(&elements).unwrap_or_default();
    json.push('\n');
    json
}

fn code(entry: &Entry) -> Code {
    Code {
        code: entry.code,
        name: entry.name.clone(),
        category: entry.category.clone(),
        reasons: entry.reasons.clone(),
        description: entry.description(),
        aliases: entry.aliases.clone(),
        alternatives: entry.alternatives.clone(),
        deprecated: entry.deprecated.as_ref().map(|deprecation| Deprecated {
            since: deprecation.since.clone(),
            note: deprecation.note.clone(),
            unknown: Unknown::new(),
        }),
        unknown: Unknown::new(),
    }
}

/// A released taxonomy, read back from its export.
#[derive(Debug)]
pub struct Baseline {
    pub taxonomy: Taxonomy,
    /// The fields this version does not know, where they are: `colour` of
    /// element 3. A newer version of the tool wrote them; they are ignored.
    pub unknown: Vec<String>,
}

/// Reads an export back: the taxonomy it was written from, named `name`,
/// with the narrowest of `i32`, `i64` and `u64` that holds its codes (the
/// export does not carry the code type).
///
/// # Errors
///
/// The text is not JSON, or not an array of such objects; the message says
/// which element is wrong and how. The taxonomy has a code or a name twice.
pub fn parse(text: &str, name: &str) -> Result<Baseline, String> {
    let elements: Vec<Value> = serde_json::from_str(text)
        .map_err(|error| format!("not a JSON array of error codes: {error}"))?;
    let mut taxonomy = Taxonomy::new(name, CodeType::I32);
    let mut unknown = Vec::new();
    let mut note_unknown = |fields: &Unknown, place: &str| {
        unknown.extend(fields.keys().map(|field| format!("`{field}` of {place}")));
    };
    for (index, element) in elements.into_iter().enumerate() {
        let place = format!("element {index}");
        let is_retired = element
            .as_object()
            .is_some_and(|object| object.contains_key("reserved"));
        if is_retired {
            let retired: Retired = serde_json::from_value(element)
                .map_err(|error| format!("{place} is not a reservation: {error}"))?;
            note_unknown(&retired.unknown, &place);
            taxonomy.reserved.push(match retired.reserved {
                RetiredValue::Code(code) => Reserved::Code(code.into()),
                RetiredValue::BigCode(code) => Reserved::Code(code.into()),
                RetiredValue::Range([start, end]) => Reserved::Range(start.into(), end.into()),
                RetiredValue::BigRange([start, end]) => Reserved::Range(start.into(), end.into()),
                RetiredValue::Name(name) => Reserved::Name(name),
            });
            continue;
        }
        let code: Code = serde_json::from_value(element).map_err(|error| {
            format!("{place} is not an error code of an `nserror export --format json`: {error}")
        })?;
        note_unknown(&code.unknown, &place);
        let mut entry = Entry::new(code.name.clone(), code.code, code.name);
        entry.category = code.category;
        entry.reasons = code.reasons;
        entry.aliases = code.aliases;
        entry.alternatives = code.alternatives;
        entry.deprecated = code.deprecated.map(|deprecated| {
            note_unknown(&deprecated.unknown, &format!("{place}'s `deprecated`"));
            let mut deprecation = Deprecation::default();
            deprecation.since = deprecated.since;
            deprecation.note = deprecated.note;
            deprecation
        });
        taxonomy.entries.push(entry);
    }
    let codes = || taxonomy.entries.iter().flat_map(Entry::codes);
    taxonomy.code_type = [CodeType::I32, CodeType::I64, CodeType::U64]
        .into_iter()
        .find(|ty| codes().all(|code| ty.contains(code)))
        .ok_or_else(|| "a code does not fit a 64-bit integer".to_owned())?;
    consistent(&taxonomy)?;
    Ok(Baseline { taxonomy, unknown })
}

/// A taxonomy has each code and each name once: a baseline that does not
/// would make every comparison with it ambiguous.
fn consistent(taxonomy: &Taxonomy) -> Result<(), String> {
    let mut codes = HashMap::new();
    for (code, index) in taxonomy.every_code() {
        if let Some(first) = codes.insert(code, index) {
            let (first, second) = (&taxonomy.entries[first].name, &taxonomy.entries[index].name);
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
        entry.reasons = vec!["One \"quoted\"\nreason".to_owned()];
        entry.category = Some("Section".to_owned());
        entry.aliases = vec!["UNO".to_owned()];
        entry.alternatives = vec![1 << 60];
        entry.deprecated = Some(Deprecation::with_note("use SECOND"));
        taxonomy.entries.push(entry);
        let mut bare = Entry::new("Second", 2, "SECOND");
        bare.deprecated = Some(Deprecation::default());
        taxonomy.entries.push(bare);
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
        let mut read = parse(&render(&taxonomy), "E").unwrap().taxonomy;
        // The variants' identifiers are not exported: the names stand in.
        read.entries[0].variant = "First".to_owned();
        read.entries[1].variant = "Second".to_owned();
        assert_eq!(read, taxonomy);
    }

    #[test]
    fn optional_keys_appear_only_when_set() {
        let json = render(&sample());
        assert!(
            json.contains("\"deprecated\": {\n      \"note\": \"use SECOND\"\n    }"),
            "{json}"
        );
        assert!(json.contains("\"deprecated\": {}"), "{json}");
        assert!(
            json.contains("\"reserved\": [\n      100,\n      199\n    ]"),
            "{json}"
        );
        assert!(json.contains("\"code\": 18446744073709551615"), "{json}");
        let plain = render(&Taxonomy::new("E", CodeType::I32));
        assert_eq!(plain, "[]\n");
    }

    #[test]
    fn fields_of_a_newer_version_are_ignored_and_named() {
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
    }

    #[test]
    fn what_is_not_an_export_is_refused_with_its_place() {
        assert!(
            parse("{}", "E")
                .unwrap_err()
                .starts_with("not a JSON array of error codes")
        );
        assert!(
            parse("[1]", "E")
                .unwrap_err()
                .starts_with("element 0 is not an error code")
        );
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
        assert!(
            parse(r#"[{"reserved": true}]"#, "E")
                .unwrap_err()
                .starts_with("element 0 is not a reservation")
        );
    }
}
