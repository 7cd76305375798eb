//! The facts of the NSError reference document, read from the verbatim copy
//! kept in `tests/fixtures/`: per code, its section, name and reasons.

/// One row of one of the document's code tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub section: String,
    pub code: i32,
    pub name: String,
    pub reasons: Vec<String>,
}

pub const REFERENCE: &str = include_str!("../fixtures/NSError-reference.md");

/// Every code row of a document in the reference's Markdown shape: `## `
/// headings (an `<a>` anchor after the title), tables of
/// `Codes | Errors [| Description]`, several reasons as `<ul><li>`.
pub fn rows(markdown: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut section = String::new();
    for line in markdown.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            let title = heading.split(" <a ").next().unwrap_or(heading);
            section = title.trim().to_owned();
            continue;
        }
        let Some(inner) = line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) else {
            continue;
        };
        let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        // Header, separator and Field Summary rows have no integer code.
        let Ok(code) = cells[0].parse::<i32>() else {
            continue;
        };
        rows.push(Row {
            section: section.clone(),
            code,
            name: cells[1].to_owned(),
            reasons: cells.get(2).map_or_else(Vec::new, |cell| reasons(cell)),
        });
    }
    rows
}

/// The reasons of one Description cell, verbatim between `<li>` and `</li>`.
fn reasons(cell: &str) -> Vec<String> {
    if cell.is_empty() {
        return Vec::new();
    }
    let Some(list) = cell
        .strip_prefix("<ul>")
        .and_then(|c| c.strip_suffix("</ul>"))
    else {
        return vec![cell.to_owned()];
    };
    list.split("</li>")
        .filter_map(|item| item.strip_prefix("<li>"))
        .map(str::to_owned)
        .collect()
}
