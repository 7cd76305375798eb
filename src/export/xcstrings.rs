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
use std::collections::BTreeMap;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Catalog {
    source_language: &'static str,
    strings: BTreeMap<String, Key>,
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Key {
    comment: String,
    /// Written by a tool, not found in code by Xcode's extraction: Xcode
    /// keeps such keys instead of marking them stale.
    extraction_state: &'static str,
    localizations: BTreeMap<&'static str, Localization>,
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

pub(crate) fn render(taxonomy: &Taxonomy) -> String {
    let key = |comment: String, value: String| Key {
        comment,
        extraction_state: "manual",
        localizations: BTreeMap::from([(
            "en",
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
        source_language: "en",
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

#[cfg(test)]
mod tests {
    use super::*;

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
