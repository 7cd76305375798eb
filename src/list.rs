//! `error-codes list`: every code under its section heading, one heading per
//! section in the order sections first appear, with its description (its
//! reasons, or its name when none is documented, as everywhere), marked
//! when it is deprecated or retryable, its documentation link after it;
//! then the catch-all and the reserved codes and names.

use crate::export::escape::without_controls;
use error_codes_model::{Facts, Taxonomy};
use std::fmt::{Display, Write as _};

pub fn render(taxonomy: &Taxonomy) -> String {
    // The catch-all's line lines up with the others.
    let widths = Widths {
        name: taxonomy
            .documented()
            .map(|facts| facts.name.chars().count())
            .max()
            .unwrap_or(0),
        code: taxonomy
            .entries
            .iter()
            .map(|entry| entry.written_code().len())
            .max()
            .unwrap_or(0)
            .max(5),
    };
    let mut out = String::new();
    for (number, section) in taxonomy.sections().iter().enumerate() {
        if number > 0 {
            out.push('\n');
        }
        let _ = match section.category {
            None => writeln!(out, "(no section)"),
            Some(category) => match taxonomy.range_of(category) {
                Some(range) => writeln!(out, "{category} (codes {range})"),
                None => writeln!(out, "{category}"),
            },
        };
        for &(_, entry) in &section.entries {
            let message = without_controls(&entry.facts.description());
            // A range variant's codes as the attribute writes them.
            let line = code_line(
                &entry.written_code(),
                &entry.facts,
                entry.deprecated.is_some(),
                &message,
                &widths,
            );
            out.push_str(&line);
        }
    }
    if let Some(catch_all) = &taxonomy.catch_all {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("Any other code\n");
        let message = format!("{} (code N)", without_controls(&catch_all.description()));
        out.push_str(&code_line(&"N", catch_all, false, &message, &widths));
    }
    if !taxonomy.reserved.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("Reserved, never to be used again\n");
        for reserved in &taxonomy.reserved {
            let _ = writeln!(out, "  {}", without_controls(&reserved.to_string()));
        }
    }
    out
}

/// How wide the code and name columns are.
struct Widths {
    code: usize,
    name: usize,
}

/// One code's line, on one line whatever its text holds: the code, the
/// name, the message marked when the code is deprecated or retryable, and
/// its documentation link after it.
fn code_line(
    code: &dyn Display,
    facts: &Facts,
    deprecated: bool,
    message: &str,
    widths: &Widths,
) -> String {
    let deprecated = if deprecated { "(deprecated) " } else { "" };
    let retryable = if facts.retryable { "(retryable) " } else { "" };
    let doc_url = facts.doc_url.as_ref().map_or_else(String::new, |doc_url| {
        format!(" <{}>", without_controls(doc_url))
    });
    format!(
        "  {code:>code_width$}  {:<name_width$}  {deprecated}{retryable}{message}{doc_url}\n",
        facts.name,
        code_width = widths.code,
        name_width = widths.name,
    )
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
