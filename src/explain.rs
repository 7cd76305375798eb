//! `nserror explain`: one code's card, by code or by name.

use error_codes_model::{Entry, Taxonomy, edit_distance};
use std::fmt::Write as _;

/// The entry a query names: a code when it parses as an integer (its
/// alternatives included), else a name or alias; the error is the one line
/// to print, with the nearest code or name.
///
/// # Errors
///
/// No entry has that code or name.
pub fn lookup<'a>(taxonomy: &'a Taxonomy, query: &str) -> Result<&'a Entry, String> {
    match query.trim().parse::<i128>() {
        Ok(code) => taxonomy.entry_by_code(code).ok_or_else(|| {
            let nearest = nearest_code(taxonomy, code);
            match nearest {
                Some(nearest) => format!(
                    "no error code {code}; the nearest is {} ({})",
                    nearest.code, nearest.name
                ),
                None => format!("no error code {code}: `{}` has no code", taxonomy.name),
            }
        }),
        Err(_) => {
            taxonomy
                .entry_by_name(query)
                .ok_or_else(|| match nearest_name(taxonomy, query) {
                    Some(nearest) => format!(
                        "no error named `{query}`; did you mean {} ({})?",
                        nearest.name, nearest.code
                    ),
                    None => format!("no error named `{query}`: `{}` has no code", taxonomy.name),
                })
        }
    }
}

/// The card: code, name, section, reasons, and what else the entry has.
pub fn render(entry: &Entry) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "code:    {}", entry.code);
    let _ = writeln!(out, "name:    {}", entry.name);
    let _ = writeln!(
        out,
        "section: {}",
        entry.category.as_deref().unwrap_or("(none)")
    );
    if !entry.alternatives.is_empty() {
        let codes: Vec<String> = entry.alternatives.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "also:    {}", codes.join(", "));
    }
    if !entry.aliases.is_empty() {
        let _ = writeln!(out, "aliases: {}", entry.aliases.join(", "));
    }
    if let Some(deprecation) = &entry.deprecated {
        let _ = writeln!(out, "{}", deprecation.sentence());
    }
    match entry.reasons.as_slice() {
        [] => out.push_str("reasons: none documented\n"),
        reasons => {
            out.push_str("reasons:\n");
            for reason in reasons {
                let _ = writeln!(out, "  - {reason}");
            }
        }
    }
    out
}

/// The entry closest in value; the lower one on a tie.
fn nearest_code(taxonomy: &Taxonomy, code: i128) -> Option<&Entry> {
    taxonomy
        .entries
        .iter()
        .min_by_key(|entry| (code.abs_diff(entry.code), entry.code))
}

/// The entry whose name is closest in edit distance, ignoring case.
fn nearest_name<'a>(taxonomy: &'a Taxonomy, query: &str) -> Option<&'a Entry> {
    let query = query.to_lowercase();
    taxonomy
        .entries
        .iter()
        .min_by_key(|entry| edit_distance(&query, &entry.name.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::CodeType;

    fn taxonomy() -> Taxonomy {
        let mut taxonomy = Taxonomy::new("E", CodeType::U64);
        for (code, name) in [
            (-1, "unknownError"),
            (106, "userNotAuthorized"),
            (108, "userNotFound"),
        ] {
            taxonomy.entries.push(Entry::new(name, code, name));
        }
        taxonomy
            .entries
            .push(Entry::new("Big", u64::MAX.into(), "big"));
        taxonomy
    }

    #[test]
    fn the_nearest_code_is_the_closest_then_the_lower() {
        let taxonomy = taxonomy();
        assert_eq!(
            lookup(&taxonomy, "107").unwrap_err(),
            "no error code 107; the nearest is 106 (userNotAuthorized)"
        );
        assert_eq!(nearest_code(&taxonomy, -50).map(|e| e.code), Some(-1));
        assert_eq!(
            nearest_code(&taxonomy, i128::MAX).map(|e| e.name.as_str()),
            Some("big")
        );
    }

    #[test]
    fn codes_of_any_code_type_are_found() {
        assert_eq!(
            lookup(&taxonomy(), "18446744073709551615").map(|e| e.name.as_str()),
            Ok("big")
        );
    }

    #[test]
    fn the_nearest_name_tolerates_typos_and_case() {
        let taxonomy = taxonomy();
        assert_eq!(
            nearest_name(&taxonomy, "userNotFund").map(|e| e.code),
            Some(108)
        );
        assert_eq!(
            nearest_name(&taxonomy, "USERNOTAUTHORIZED").map(|e| e.code),
            Some(106)
        );
    }

    #[test]
    fn an_empty_taxonomy_says_so() {
        let empty = Taxonomy::new("Empty", CodeType::I32);
        assert_eq!(
            lookup(&empty, "1").unwrap_err(),
            "no error code 1: `Empty` has no code"
        );
    }
}
