//! The documentation page, in the reference document's shape: the title,
//! any tables the document puts first (NSError's Field Summary), then one
//! table per section, padded as the document pads them. A code with a
//! documentation link has its name linked; a taxonomy with retryable codes
//! has a Retryable column. For the NSError taxonomy it is the reference
//! document, byte for byte.
//!
//! For the NSError taxonomy the export is `docs/NSError.md`, the reference
//! document byte for byte: the title, the Field Summary, each section's
//! heading and anchor, `<ul><li>` for several reasons, one reason written
//! plainly, and the two-column table where a section documents no reason. A
//! test fails when the committed page is stale; `error-codes generate`
//! rewrites it.
//!
//! ```text
//! ## Transport Error codes <a href="#transport-error-codes" id="transport-error-codes"></a>
//!
//! | Codes | Errors            | Description                                                                                |
//! | ----- | ----------------- | ------------------------------------------------------------------------------------------ |
//! | 801   | transportRequest  | Failed to make request to media node                                                       |
//! | 803   | transport         | <ul><li>Request method is not supported</li><li>Invalid or missing request field</li></ul> |
//! ```
//!
//! The tests read the page back with a CommonMark parser with GitHub's tables
//! (`pulldown-cmark`, the one rustdoc uses).

use super::escape::without_controls;
use crate::document::Document;
use error_codes_model::{Deprecation, Entry};
use std::collections::HashSet;
use std::fmt::Write as _;

/// The page, titled `title`, else as the document is.
pub(crate) fn render(document: &Document, title: Option<&str>) -> String {
    let taxonomy = &document.taxonomy;
    // The title is text, on one line: a line break would start a second
    // heading.
    let title = title.unwrap_or(&document.title);
    let mut page = format!("# {}\n", cell(title));
    let mut anchors = Anchors::default();
    let retryable_column = taxonomy.has_retryable();
    for table in &document.preamble {
        push_section(
            &mut page,
            &mut anchors,
            &table.title,
            None,
            &table.header,
            &table.rows,
        );
    }

    for section in taxonomy.sections() {
        // A section needs a heading to keep its table apart from the one
        // above, even when its codes have no category.
        let title = section.category.unwrap_or("Other codes");
        let entries = section.entries.iter().map(|&(_, entry)| entry);
        // A section that documents no reason has no Description column.
        let described = entries
            .clone()
            .any(|entry| !entry.facts.reasons.is_empty() || entry.deprecated.is_some());
        let rows: Vec<Vec<String>> = entries
            .map(|entry| {
                let mut row = vec![codes_cell(entry), names_cell(entry)];
                if described {
                    row.push(description_cell(entry));
                }
                if retryable_column {
                    row.push(if entry.facts.retryable { "yes" } else { "no" }.into());
                }
                row
            })
            .collect();
        let mut header: Vec<String> = vec!["Codes".into(), "Errors".into()];
        if described {
            header.push("Description".into());
        }
        if retryable_column {
            header.push("Retryable".into());
        }
        // A section's range of codes, where it has one: where its next
        // code goes.
        let lead = section
            .category
            .and_then(|category| taxonomy.range_of(category))
            .map(|range| format!("Codes `{range}`."));
        push_section(
            &mut page,
            &mut anchors,
            title,
            lead.as_deref(),
            &header,
            &rows,
        );
    }
    if let Some(catch_all) = &taxonomy.catch_all {
        let description = catch_all
            .documented_reasons()
            .map_or_else(String::new, |reasons| format!(": {}", cell(&reasons)));
        let name = code_span(&catch_all.name);
        let name = match &catch_all.doc_url {
            Some(doc_url) => link(&name, doc_url),
            None => name,
        };
        let retryable = if catch_all.retryable {
            " It is retryable."
        } else {
            ""
        };
        let _ = write!(
            page,
            "\nAny other code is {name}{description}.{retryable}\n"
        );
    }
    if !taxonomy.reserved.is_empty() {
        let reserved: Vec<String> = taxonomy
            .reserved
            .iter()
            .map(|reserved| code_span(&reserved.to_string()))
            .collect();
        let anchor = anchors.unique(&slug("Reserved"));
        let _ = write!(
            page,
            "\n## Reserved <a href=\"#{anchor}\" id=\"{anchor}\"></a>\n\nRetired for good, never to be used again: {}.\n",
            reserved.join(", ")
        );
    }
    page
}

/// The code (a range variant's range, `256..=511`), and its alternatives
/// after it.
fn codes_cell(entry: &Entry) -> String {
    let mut cell = entry.written_code();
    if !entry.alternatives.is_empty() {
        let alternatives: Vec<String> =
            entry.alternatives.iter().map(ToString::to_string).collect();
        let _ = write!(cell, " (also {})", alternatives.join(", "));
    }
    cell
}

/// The name, linked to its documentation, and its aliases after it.
fn names_cell(entry: &Entry) -> String {
    let name = cell(&entry.facts.name);
    let mut names = match &entry.facts.doc_url {
        Some(doc_url) => link(&name.replace('[', "\\[").replace(']', "\\]"), doc_url),
        None => name,
    };
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|alias| cell(alias)).collect();
        let _ = write!(names, " (also {})", aliases.join(", "));
    }
    names
}

/// One reason as written; several as a list, which a table cell can only
/// hold as HTML; a deprecation first, in italics.
fn description_cell(entry: &Entry) -> String {
    let reasons = match entry.facts.reasons.as_slice() {
        [] => String::new(),
        [reason] => cell(reason),
        reasons => {
            let items: String = reasons
                .iter()
                .map(|reason| format!("<li>{}</li>", cell(reason)))
                .collect();
            format!("<ul>{items}</ul>")
        }
    };
    match entry.deprecated.as_ref().map(Deprecation::sentence) {
        Some(deprecation) if reasons.is_empty() => format!("*{}*", cell(&deprecation)),
        Some(deprecation) => format!("*{}* {reasons}", cell(&deprecation)),
        None => reasons,
    }
}

/// The anchors of a page, each unique: a second `errors` is `errors-1`,
/// as GitHub numbers repeated headings.
#[derive(Default)]
struct Anchors {
    used: HashSet<String>,
}

impl Anchors {
    fn unique(&mut self, slug: &str) -> String {
        let mut anchor = slug.to_owned();
        let mut number = 0;
        while !self.used.insert(anchor.clone()) {
            number += 1;
            anchor = format!("{slug}-{number}");
        }
        anchor
    }
}

/// A blank line, the heading with its anchor, the table.
fn push_section(
    page: &mut String,
    anchors: &mut Anchors,
    title: &str,
    lead: Option<&str>,
    header: &[String],
    rows: &[Vec<String>],
) {
    let anchor = anchors.unique(&slug(title));
    let title = cell(title);
    let _ = write!(
        page,
        "\n## {title} <a href=\"#{anchor}\" id=\"{anchor}\"></a>\n\n"
    );
    if let Some(lead) = lead {
        let _ = write!(page, "{lead}\n\n");
    }
    let header = header.to_vec();
    let widths: Vec<usize> = (0..header.len())
        .map(|column| {
            std::iter::once(&header)
                .chain(rows)
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let rule: Vec<String> = widths.iter().map(|&width| "-".repeat(width)).collect();
    for row in std::iter::once(&header).chain([&rule]).chain(rows) {
        for (text, &width) in row.iter().zip(&widths) {
            let _ = write!(page, "| {text:<width$} ");
        }
        page.push_str("|\n");
    }
}

/// `text` as inline code that nothing in it ends early: fenced by one
/// backtick more than the longest run of backticks it holds (CommonMark),
/// with a space inside each fence when it starts or ends with one, on one
/// line.
fn code_span(text: &str) -> String {
    let text = without_controls(text);
    let longest = text.split(|ch| ch != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Text that cannot end its table cell or row early, nor be read as HTML
/// (Markdown passes tags through; `<ul>` is the only one meant).
fn cell(text: &str) -> String {
    // A backslash would escape the page's own markup after it (`\</li>`),
    // and backticks would make a code span across it.
    without_controls(
        &text
            .replace('\\', "\\\\")
            .replace('`', "\\`")
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('|', "\\|"),
    )
}

/// A Markdown link to `url` in a table cell: in `<...>`, where nothing but
/// `<`, `>` and a line break would end it early; `|` would end the cell,
/// and `\` escape what follows: those are percent-encoded, as a browser
/// would.
fn link(text: &str, url: &str) -> String {
    let mut destination = String::new();
    for ch in url.chars() {
        match ch {
            '<' => destination.push_str("%3C"),
            '>' => destination.push_str("%3E"),
            '|' => destination.push_str("%7C"),
            '\\' => destination.push_str("%5C"),
            '\r' | '\n' => {}
            _ => destination.push(ch),
        }
    }
    format!("[{text}](<{destination}>)")
}

/// The anchor the document uses for a title: lowercase words joined by `-`.
fn slug(title: &str) -> String {
    title
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_one_line_of_text() {
        let document = Document::new(error_codes_model::Taxonomy::new(
            "E",
            error_codes_model::CodeType::I32,
        ));
        assert!(
            render(&document, Some("Errors\n# <script>"))
                .starts_with("# Errors # &lt;script&gt;\n")
        );
    }

    #[test]
    fn anchors_are_unique() {
        let mut anchors = Anchors::default();
        let made: Vec<String> = ["errors", "errors", "errors-1", "errors"]
            .iter()
            .map(|slug| anchors.unique(slug))
            .collect();
        assert_eq!(made, ["errors", "errors-1", "errors-1-1", "errors-2"]);
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug("Field Summary"), "field-summary");
        assert_eq!(slug("Socket Erros"), "socket-erros");
        assert_eq!(slug("  Token / Errors (v2) "), "token-errors-v2");
    }

    #[test]
    fn a_cell_cannot_break_its_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        assert_eq!(cell("<none> & more"), "&lt;none&gt; &amp; more");
        assert_eq!(cell("tab\there\u{7}"), "tab here ");
    }

    #[test]
    fn one_reason_is_plain_and_several_are_a_list() {
        let mut entry = Entry::new("A", 1, "a");
        assert_eq!(description_cell(&entry), "");
        entry.facts.reasons = vec!["only".to_owned()];
        assert_eq!(description_cell(&entry), "only");
        entry.facts.reasons.push("two".to_owned());
        assert_eq!(
            description_cell(&entry),
            "<ul><li>only</li><li>two</li></ul>"
        );
    }

    #[test]
    fn a_deprecation_comes_first_in_italics() {
        let mut entry = Entry::new("A", 1, "a");
        entry.deprecated = Some(error_codes_model::Deprecation::with_note("use b"));
        assert_eq!(description_cell(&entry), "*Deprecated: use b*");
        entry.facts.reasons = vec!["x | y".to_owned()];
        assert_eq!(description_cell(&entry), "*Deprecated: use b* x \\| y");
    }

    #[test]
    fn alternatives_and_aliases_follow_the_code_and_the_name() {
        let mut entry = Entry::new("A", 1, "a");
        entry.alternatives = vec![13, 20];
        entry.aliases = vec!["alpha".to_owned()];
        assert_eq!(codes_cell(&entry), "1 (also 13, 20)");
        assert_eq!(names_cell(&entry), "a (also alpha)");
    }

    #[test]
    fn a_linked_name_cannot_break_its_link_or_table() {
        let mut entry = Entry::new("A", 1, "a]b");
        entry.facts.doc_url = Some("https://x.example/a|b<c>\\d".to_owned());
        assert_eq!(
            names_cell(&entry),
            "[a\\]b](<https://x.example/a%7Cb%3Cc%3E%5Cd>)"
        );
    }
}
