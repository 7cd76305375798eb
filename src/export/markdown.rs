//! The reference document's page, regenerated: its title, the Field Summary
//! of the `NSError` value, then one table per section, padded as the
//! document pads them.

use super::sections;
use std::fmt::Write as _;

const TITLE: &str = "NSError";

/// The `NSError` value's fields as the document lists them: not codes, so
/// not in the taxonomy, but part of the page.
const FIELD_SUMMARY: &str = "Field Summary";
const FIELDS: [[&str; 2]; 2] = [
    ["Int", "code - *Error code*"],
    ["String", "localizedDescription - *Error message*"],
];

pub fn render() -> String {
    let mut page = format!("# {TITLE}\n");
    let fields: Vec<Vec<String>> = FIELDS
        .iter()
        .map(|row| row.map(str::to_owned).to_vec())
        .collect();
    push_section(&mut page, FIELD_SUMMARY, &["Type", "Field"], &fields);

    for section in sections() {
        // Every code of the taxonomy has a section; one without would still
        // need a heading to keep its table apart from the one above.
        let title = section[0].category().unwrap_or("Other codes");
        // A section that documents no reason at all has no Description column.
        let described = section.iter().any(|code| !code.reasons().is_empty());
        let rows: Vec<Vec<String>> = section
            .iter()
            .map(|code| {
                let mut row = vec![code.code().to_string(), cell(code.name())];
                if described {
                    row.push(description_cell(code.reasons()));
                }
                row
            })
            .collect();
        let header: &[&str] = if described {
            &["Codes", "Errors", "Description"]
        } else {
            &["Codes", "Errors"]
        };
        push_section(&mut page, title, header, &rows);
    }
    page
}

/// A blank line, the heading with its anchor, the table.
fn push_section(page: &mut String, title: &str, header: &[&str], rows: &[Vec<String>]) {
    let slug = slug(title);
    let _ = write!(
        page,
        "\n## {title} <a href=\"#{slug}\" id=\"{slug}\"></a>\n\n"
    );
    let header: Vec<String> = header.iter().map(|&title| title.to_owned()).collect();
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

/// One reason as written; several as a list, which a table cell can only
/// hold as HTML.
fn description_cell(reasons: &[&str]) -> String {
    match reasons {
        [] => String::new(),
        [reason] => cell(reason),
        reasons => {
            let items: String = reasons
                .iter()
                .map(|reason| format!("<li>{}</li>", cell(reason)))
                .collect();
            format!("<ul>{items}</ul>")
        }
    }
}

/// Text that cannot end its table cell or row early.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
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
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug("Field Summary"), "field-summary");
        assert_eq!(slug("Socket Erros"), "socket-erros");
        assert_eq!(slug("  Token / Errors (v2) "), "token-errors-v2");
    }

    #[test]
    fn a_cell_cannot_break_its_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
    }

    #[test]
    fn one_reason_is_plain_and_several_are_a_list() {
        assert_eq!(description_cell(&[]), "");
        assert_eq!(description_cell(&["only"]), "only");
        assert_eq!(
            description_cell(&["one", "two"]),
            "<ul><li>one</li><li>two</li></ul>"
        );
    }
}
