//! `error-codes list`: every code under its section heading, one heading per
//! section in the order sections first appear, with its description (its
//! reasons, or its name when none is documented, as everywhere), marked
//! when it is deprecated or retryable, its documentation link after it;
//! then the catch-all and the reserved codes and names.

use crate::export::escape::one_line;
use error_codes_model::Taxonomy;
use std::fmt::Write as _;

pub fn render(taxonomy: &Taxonomy) -> String {
    // The catch-all's line lines up with the others.
    let name_width = taxonomy
        .entries
        .iter()
        .map(|entry| &entry.facts.name)
        .chain(taxonomy.catch_all.as_ref().map(|catch_all| &catch_all.name))
        .map(|name| name.chars().count())
        .max()
        .unwrap_or(0);
    let code_width = taxonomy
        .entries
        .iter()
        .map(|entry| entry.code.to_string().len())
        .max()
        .unwrap_or(0)
        .max(5);
    let mut out = String::new();
    for (number, section) in taxonomy.sections().iter().enumerate() {
        if number > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", section.category.unwrap_or("(no section)"));
        for &(_, entry) in &section.entries {
            // One line per code, whatever a reason holds.
            let mut description = one_line(&entry.facts.description());
            if entry.facts.retryable {
                description = format!("(retryable) {description}");
            }
            if entry.deprecated.is_some() {
                description = format!("(deprecated) {description}");
            }
            if let Some(doc_url) = &entry.facts.doc_url {
                let _ = write!(description, " <{}>", one_line(doc_url));
            }
            let _ = writeln!(
                out,
                "  {:>code_width$}  {:<name_width$}  {description}",
                entry.code, entry.facts.name
            );
        }
    }
    if let Some(catch_all) = &taxonomy.catch_all {
        if !out.is_empty() {
            out.push('\n');
        }
        let retryable = if catch_all.retryable {
            "(retryable) "
        } else {
            ""
        };
        let doc_url = catch_all
            .doc_url
            .as_ref()
            .map_or_else(String::new, |doc_url| format!(" <{}>", one_line(doc_url)));
        let _ = writeln!(
            out,
            "Any other code\n  {:>code_width$}  {:<name_width$}  {retryable}{} (code N){doc_url}",
            "N",
            catch_all.name,
            one_line(&catch_all.description())
        );
    }
    if !taxonomy.reserved.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("Reserved, never to be used again\n");
        for reserved in &taxonomy.reserved {
            let _ = writeln!(out, "  {}", one_line(&reserved.to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::{CodeType, Entry, Facts, Reserved};

    #[test]
    fn a_code_without_reasons_shows_its_name_and_the_rest_follows() {
        let mut taxonomy = Taxonomy::new("E", CodeType::U16);
        let mut documented = Entry::new("Full", 3, "ROOM_FULL");
        documented.facts.reasons = vec!["The room is full".to_owned()];
        taxonomy.entries.push(documented);
        taxonomy.entries.push(Entry::new("Gone", 404, "GONE"));
        taxonomy.catch_all = Some(Facts::new("Other", "OTHER"));
        taxonomy.reserved = vec![Reserved::Code(7), Reserved::Name("OLD".to_owned())];
        assert_eq!(
            render(&taxonomy),
            "(no section)\n\
             \x20     3  ROOM_FULL  The room is full\n\
             \x20   404  GONE       GONE\n\
             \n\
             Any other code\n\
             \x20     N  OTHER      OTHER (code N)\n\
             \n\
             Reserved, never to be used again\n\
             \x20 7\n\
             \x20 \"OLD\"\n"
        );
    }

    #[test]
    fn retryable_codes_are_marked_and_links_follow() {
        let mut taxonomy = Taxonomy::new("E", CodeType::U16);
        let mut busy = Entry::new("Busy", 503, "BUSY");
        busy.facts.retryable = true;
        busy.facts.doc_url = Some("https://docs.example.com/503".to_owned());
        taxonomy.entries.push(busy);
        let mut other = Facts::new("Other", "OTHER");
        other.retryable = true;
        other.doc_url = Some("https://docs.example.com/other".to_owned());
        taxonomy.catch_all = Some(other);
        assert_eq!(
            render(&taxonomy),
            "(no section)\n\
             \x20   503  BUSY   (retryable) BUSY <https://docs.example.com/503>\n\
             \n\
             Any other code\n\
             \x20     N  OTHER  (retryable) OTHER (code N) <https://docs.example.com/other>\n"
        );
    }
}
