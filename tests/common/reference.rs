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

/// The Android SDK's spelling, in declaration order: `_ERROR_CODE` unless
/// the name already ends in `_ERROR`.
pub const ANDROID_CONSTANTS: [&str; 21] = [
    "USER_GENERIC_ERROR_CODE",
    "USER_NOT_FOUND_ERROR_CODE",
    "USER_CLOSED_ERROR",
    "EXISTING_USER_IN_SESSION_ERROR_CODE",
    "USER_NOT_STREAMING_ERROR_CODE",
    "USER_NOT_AUTHORIZED_ERROR_CODE",
    "SESSION_GENERIC_ERROR",
    "SESSION_CLOSED_ERROR_CODE",
    "SESSION_IS_FULL_ERROR_CODE",
    "MEDIA_ENDPOINT_ERROR_CODE",
    "TRANSPORT_REQUEST_ERROR_CODE",
    "TRANSPORT_RESPONSE_ERROR_CODE",
    "TRANSPORT_ERROR_CODE",
    "UNKNOWN_ERROR",
    "GENERIC_CONNECTION_ERROR",
    "GENERIC_ERROR",
    "INVALID_TOKEN_ERROR_CODE",
    "INVALID_TOKEN_DATA_ERROR_CODE",
    "INVALID_TOKEN_JSON_DATA_ERROR_CODE",
    "INVALID_SOCKET_URL_ERROR_CODE",
    "INVALID_STUN_SERVER_ERROR_CODE",
];

/// The constants without the Android SDK's suffix: `SCREAMING_SNAKE_CASE`
/// of each name, as Kotlin and `--java-naming SCREAMING_SNAKE_CASE` spell
/// them.
pub fn screaming_constants() -> Vec<String> {
    ANDROID_CONSTANTS
        .iter()
        .map(|constant| {
            constant
                .strip_suffix("_ERROR_CODE")
                .unwrap_or(constant)
                .to_owned()
        })
        .collect()
}
