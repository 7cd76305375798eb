//! `error-codes export --format markdown` against the reference document, and
//! the committed `docs/NSError.md` against a fresh export.

mod common;

use common::cli::export;
use common::reference::{REFERENCE, rows};

fn markdown() -> String {
    export(&["--format", "markdown"])
}

#[test]
fn parsed_back_the_export_has_the_documents_rows() {
    let exported = rows(&markdown());
    let documented = rows(REFERENCE);
    assert_eq!(exported.len(), documented.len());
    for (exported, documented) in exported.iter().zip(&documented) {
        assert_eq!(exported, documented);
    }
}

#[test]
fn the_export_is_the_document_byte_for_byte() {
    // Headings, anchors, the Field Summary, column padding, the two-column
    // tables and the trailing space of one reason included.
    let exported = markdown();
    if exported != REFERENCE {
        let first_difference = exported
            .lines()
            .zip(REFERENCE.lines())
            .position(|(exported, documented)| exported != documented)
            .map_or("its end".to_owned(), |index| format!("line {}", index + 1));
        panic!("the export differs from the document first at {first_difference}:\n{exported}");
    }
}

#[test]
fn docs_page_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/NSError.md");
    let committed = std::fs::read_to_string(path).expect("docs/NSError.md is committed");
    assert!(
        committed == markdown(),
        "docs/NSError.md is stale; regenerate it with\n  \
         cargo run -- export --format markdown --output docs/NSError.md"
    );
}

/// The pages as a CommonMark parser with GitHub's tables reads them
/// (pulldown-cmark): each `##` heading and the text of every table cell,
/// as a reader of the page sees them.
mod commonmark {
    use super::common::cli::export_session;
    use super::markdown;
    use error_codes::ErrorCode;
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

    /// The `##` headings in order, each with its table's rows (header
    /// first); text and inline HTML of each cell as read.
    fn read(page: &str) -> Vec<(String, Vec<Vec<String>>)> {
        let mut sections: Vec<(String, Vec<Vec<String>>)> = Vec::new();
        let mut in_heading = false;
        for event in Parser::new_ext(page, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    ..
                }) => {
                    in_heading = true;
                    sections.push((String::new(), Vec::new()));
                }
                Event::End(TagEnd::Heading(_)) => in_heading = false,
                Event::Text(text) if in_heading => {
                    let title = &mut sections.last_mut().expect("a heading").0;
                    title.push_str(&text);
                }
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    sections
                        .last_mut()
                        .expect("a table under a heading")
                        .1
                        .push(Vec::new());
                }
                Event::Start(Tag::TableCell) => {
                    let rows = &mut sections.last_mut().expect("a table").1;
                    rows.last_mut().expect("a row").push(String::new());
                }
                Event::Text(text) | Event::InlineHtml(text) | Event::Code(text) => {
                    let cell = sections
                        .last_mut()
                        .and_then(|(_, rows)| rows.last_mut())
                        .and_then(|row| row.last_mut());
                    if let Some(cell) = cell {
                        cell.push_str(&text);
                    }
                }
                _ => {}
            }
        }
        sections
    }

    #[test]
    fn every_nserror_code_is_a_row_under_its_section() {
        let sections = read(&markdown());
        assert_eq!(sections[0].0.trim(), "Field Summary");
        let rows: Vec<(&str, &Vec<String>)> = sections[1..]
            .iter()
            .flat_map(|(title, rows)| rows[1..].iter().map(move |row| (title.trim(), row)))
            .collect();
        assert_eq!(rows.len(), ErrorCode::COUNT);
        for ((section, row), code) in rows.iter().zip(ErrorCode::ALL) {
            assert_eq!(*section, code.category().expect("a section"));
            assert_eq!(row[0], code.code().to_string());
            assert_eq!(row[1], code.name());
            let reasons = row.get(2).cloned().unwrap_or_default();
            match code.reasons() {
                [] => assert_eq!(reasons, ""),
                [one] => assert_eq!(reasons, one.trim_end()),
                several => {
                    let items: String = several
                        .iter()
                        .map(|reason| format!("<li>{reason}</li>"))
                        .collect();
                    assert_eq!(reasons, format!("<ul>{items}</ul>"));
                }
            }
        }
    }

    #[test]
    fn the_fixtures_escaped_text_reads_back_as_written() {
        let sections = read(&export_session(&["--format", "markdown"]));
        let titles: Vec<&str> = sections.iter().map(|(title, _)| title.trim()).collect();
        assert_eq!(titles, ["Network", "Session", "Other codes", "Reserved"]);
        let session = &sections[1].1;
        // `&`, `<` and `>` were written as entities: the reader sees them
        // as text, not as a tag.
        assert_eq!(
            session[2][2],
            "Deprecated since 2.0.0: the server no longer sends it It's full: 100% of the seats are taken & <none> is left"
        );
        assert_eq!(
            sections[0].1[1][..2],
            [
                "1 (also 11)".to_owned(),
                "CONNECTION_LOST (also CONNECTION_DROPPED)".to_owned()
            ]
        );
    }
}
