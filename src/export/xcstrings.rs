//! The iOS app's translations: an Apple String Catalog (`.xcstrings`), the
//! JSON file Xcode 15 and later keep strings in. One key per name, the
//! description as the English value, and for the translator, as the key's
//! comment, the section, the reasons, any deprecation, the documentation
//! link and whether the error is retryable. Written with
//! `serde_json`; keys sorted, as Xcode sorts them.

use super::generated::{NO_REASON, link_and_retry};
use super::messages;
use error_codes_model::template::ParameterType;
use error_codes_model::{Deprecation, Entry, Taxonomy};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Catalog<'l> {
    source_language: &'l str,
    strings: BTreeMap<String, Key<'l>>,
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Key<'l> {
    comment: String,
    /// Written by a tool, not found in code by Xcode's extraction: Xcode
    /// keeps such keys instead of marking them stale.
    extraction_state: &'static str,
    localizations: BTreeMap<&'l str, Localization>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Localization {
    string_unit: StringUnit,
}

#[derive(Serialize)]
struct StringUnit {
    state: &'static str,
    value: String,
}

pub(crate) fn render(taxonomy: &Taxonomy, source_language: &str) -> String {
    let key = |comment: String, value: String| Key {
        comment,
        extraction_state: "manual",
        localizations: BTreeMap::from([(
            source_language,
            Localization {
                string_unit: StringUnit {
                    state: "translated",
                    value,
                },
            },
        )]),
    };
    let mut strings: BTreeMap<String, Key> = taxonomy
        .entries
        .iter()
        .map(|entry| (entry.facts.name.clone(), key(comment(entry), value(entry))))
        .collect();
    // The message of any code this build does not know.
    if let Some(catch_all) = &taxonomy.catch_all {
        strings.entry(catch_all.name.clone()).or_insert_with(|| {
            let parts = [format!(
                "Any code {} does not declare (the catch-all {})",
                taxonomy.name, catch_all.name
            )]
            .into_iter()
            .chain(link_and_retry(catch_all));
            key(sentences(parts), catch_all.description())
        });
    }
    let catalog = Catalog {
        source_language,
        strings,
        version: "1.0",
    };
    let mut json = serde_json::to_string_pretty(&catalog).unwrap_or_default();
    json.push('\n');
    json
}

/// The English value: a message with values is a format string, its values
/// positional and typed as Apple's formats type them (`%1$@`, `%2$lld`,
/// `%2$llu`, `%3$f`), so that a translation may order them otherwise.
fn value(entry: &Entry) -> String {
    match &entry.facts.message {
        Some(message) => messages::format_string(message, |position, ty| match ty {
            ParameterType::String => format!("%{position}$@"),
            ParameterType::Int => format!("%{position}$lld"),
            ParameterType::Uint => format!("%{position}$llu"),
            ParameterType::Float => format!("%{position}$f"),
        }),
        None => entry.facts.description(),
    }
}

/// What a translator needs to know: which error this is, in which section,
/// and every documented reason.
fn comment(entry: &Entry) -> String {
    let mut parts = vec![format!(
        "Error {} ({})",
        entry.written_code(),
        entry.facts.name
    )];
    if let Some(category) = &entry.facts.category {
        parts.push(format!("Section: {category}"));
    }
    match entry.facts.documented_reasons() {
        None => parts.push(NO_REASON.to_owned()),
        Some(reasons) => parts.push(format!("Reasons: {reasons}")),
    }
    parts.extend(entry.deprecated.as_ref().map(Deprecation::sentence));
    parts.extend(link_and_retry(&entry.facts));
    sentences(parts)
}

/// The parts as sentences: a part that ends its own sentence needs no
/// period more.
fn sentences(parts: impl IntoIterator<Item = String>) -> String {
    let mut comment = String::new();
    for part in parts {
        if !comment.is_empty() {
            comment.push_str(if comment.ends_with(['.', '!', '?']) {
                " "
            } else {
                ". "
            });
        }
        comment.push_str(&part);
    }
    comment
}

/// The catalog `existing` (a file of translators' work) with what the tool
/// owns replaced by `generated`: the source language's value and each
/// key's comment and extraction state. Every other language is kept; a
/// translation whose source changed is marked for review
/// (`"state": "needs_review"`); a key whose code is gone is kept, marked
/// stale; what else the file holds is kept as it is.
///
/// # Errors
///
/// `existing` is not a String Catalog.
pub(crate) fn merge(existing: &str, generated: &str) -> Result<String, String> {
    let existing = parse_catalog(existing)?;
    let mut merged = parse_catalog(generated)?;
    let source = merged["sourceLanguage"].as_str().unwrap_or("en").to_owned();
    let empty = serde_json::Map::new();
    let old_strings = existing["strings"].as_object().unwrap_or(&empty);
    let Some(new_strings) = merged["strings"].as_object_mut() else {
        return Err("the generated catalog has no strings".to_owned());
    };
    for (name, new_key) in new_strings.iter_mut() {
        let Some(old_key) = old_strings.get(name).and_then(Value::as_object) else {
            continue;
        };
        let source_value =
            |key: &Value| key["localizations"][&source]["stringUnit"]["value"].clone();
        let changed = source_value(&Value::Object(old_key.clone())) != source_value(new_key);
        let Some(new_key) = new_key.as_object_mut() else {
            continue;
        };
        for (field, value) in old_key {
            if !OWNED_KEY_FIELDS.contains(&field.as_str()) {
                new_key.insert(field.clone(), value.clone());
            }
        }
        let Some(old_localizations) = old_key.get("localizations").and_then(Value::as_object)
        else {
            continue;
        };
        let Some(new_localizations) = new_key
            .get_mut("localizations")
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for (language, localization) in old_localizations {
            if *language == source {
                continue;
            }
            let mut localization = localization.clone();
            if changed {
                needs_review(&mut localization);
            }
            new_localizations.insert(language.clone(), localization);
        }
    }
    for (name, old_key) in old_strings {
        if new_strings.contains_key(name) {
            continue;
        }
        let mut kept = old_key.clone();
        if let Some(kept) = kept.as_object_mut() {
            kept.insert("extractionState".to_owned(), Value::from("stale"));
        }
        new_strings.insert(name.clone(), kept);
    }
    if let (Some(merged), Some(existing)) = (merged.as_object_mut(), existing.as_object()) {
        for (field, value) in existing {
            merged.entry(field.clone()).or_insert_with(|| value.clone());
        }
    }
    let mut json = serde_json::to_string_pretty(&merged).unwrap_or_default();
    json.push('\n');
    Ok(json)
}

/// Whether `existing` holds what the tool owns of `generated`: translators'
/// languages and edits, and Xcode's own formatting of the file, do not
/// make it stale.
#[must_use]
pub(crate) fn is_current(existing: &str, generated: &str) -> bool {
    match (merge(existing, generated), parse_catalog(existing)) {
        (Ok(merged), Ok(existing)) => parse_catalog(&merged).is_ok_and(|merged| merged == existing),
        _ => false,
    }
}

/// What the tool writes of a key; the rest of it is the translators'.
const OWNED_KEY_FIELDS: [&str; 3] = ["comment", "extractionState", "localizations"];

fn parse_catalog(text: &str) -> Result<Value, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value =
        serde_json::from_str(text).map_err(|error| format!("not a String Catalog: {error}"))?;
    if !value["strings"].is_object() {
        return Err("not a String Catalog: it has no `strings`".to_owned());
    }
    Ok(value)
}

/// Marks every translated string unit of a localization (its variations
/// included) as needing review.
fn needs_review(localization: &mut Value) {
    match localization {
        Value::Object(object) => {
            if let Some(state) = object
                .get_mut("stringUnit")
                .and_then(|unit| unit.get_mut("state"))
                .filter(|state| *state == "translated")
            {
                *state = Value::from("needs_review");
            }
            for (field, value) in object.iter_mut() {
                if field != "stringUnit" {
                    needs_review(value);
                }
            }
        }
        Value::Array(values) => values.iter_mut().for_each(needs_review),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(strings: &str) -> String {
        format!("{{\"sourceLanguage\": \"en\", \"strings\": {{{strings}}}, \"version\": \"1.0\"}}")
    }

    fn key(english: &str, more: &str) -> String {
        format!(
            "{{\"comment\": \"c\", \"extractionState\": \"manual\", \"localizations\": {{\"en\": {{\"stringUnit\": {{\"state\": \"translated\", \"value\": \"{english}\"}}}}{more}}}}}"
        )
    }

    const GERMAN: &str =
        ", \"de\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"Raum\"}}";

    #[test]
    fn translations_are_kept_and_reviewed_when_the_source_changes() {
        let existing = catalog(&format!(
            "\"full\": {}, \"gone\": {}",
            key("Room is full", GERMAN),
            key("Gone", GERMAN)
        ));
        // The same source: every translation kept as it is, current.
        let generated = catalog(&format!("\"full\": {}", key("Room is full", "")));
        let merged: Value = serde_json::from_str(&merge(&existing, &generated).unwrap()).unwrap();
        assert_eq!(
            merged["strings"]["full"]["localizations"]["de"]["stringUnit"]["state"],
            "translated"
        );
        assert_eq!(merged["strings"]["gone"]["extractionState"], "stale");
        assert_eq!(
            merged["strings"]["gone"]["localizations"]["de"]["stringUnit"]["value"],
            "Raum"
        );
        assert!(
            !is_current(&existing, &generated),
            "the gone key is not marked stale yet"
        );
        let marked = merge(&existing, &generated).unwrap();
        assert!(is_current(&marked, &generated));
        // Another source: the German is kept, for review.
        let reworded = catalog(&format!("\"full\": {}", key("The room is full", "")));
        let merged: Value = serde_json::from_str(&merge(&marked, &reworded).unwrap()).unwrap();
        assert_eq!(
            merged["strings"]["full"]["localizations"]["de"]["stringUnit"]["state"],
            "needs_review"
        );
        assert_eq!(
            merged["strings"]["full"]["localizations"]["en"]["stringUnit"]["value"],
            "The room is full"
        );
        assert!(!is_current(&marked, &reworded));
    }

    #[test]
    fn parts_that_end_their_sentence_get_no_second_period() {
        let mut entry = Entry::new("A", 1, "a");
        entry.facts.category = Some("Session".to_owned());
        entry.facts.reasons = vec!["The room is full.".to_owned()];
        entry.deprecated = Some(error_codes_model::Deprecation::with_note("use b"));
        assert_eq!(
            comment(&entry),
            "Error 1 (a). Section: Session. Reasons: The room is full. Deprecated: use b"
        );
        entry.facts.reasons = vec!["Full".to_owned()];
        entry.deprecated = None;
        assert_eq!(
            comment(&entry),
            "Error 1 (a). Section: Session. Reasons: Full"
        );
        entry.facts.doc_url = Some("https://docs.example.com/a".to_owned());
        entry.facts.retryable = true;
        assert_eq!(
            comment(&entry),
            "Error 1 (a). Section: Session. Reasons: Full. Documented at https://docs.example.com/a. Retryable: the same request may succeed if tried again"
        );
    }
}
