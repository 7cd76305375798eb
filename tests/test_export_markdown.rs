//! `nserror export --format markdown` against the reference document, and
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
