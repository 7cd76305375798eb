//! `ErrorCode` checked row by row against the reference document's tables.

mod common;

use common::reference::{REFERENCE, rows};
use error_codes::ErrorCode;

#[test]
fn the_document_has_21_codes_in_seven_sections() {
    let rows = rows(REFERENCE);
    assert_eq!(rows.len(), 21);
    let mut sections: Vec<&str> = rows.iter().map(|row| row.section.as_str()).collect();
    sections.dedup();
    assert_eq!(
        sections,
        [
            "User Error codes",
            "Session Error codes",
            "Media Error codes",
            "Transport Error codes",
            "Generic Error codes",
            "Token Errors",
            "Socket Erros",
        ]
    );
}

#[test]
fn every_row_matches_the_taxonomy_in_order() {
    let rows = rows(REFERENCE);
    assert_eq!(ErrorCode::COUNT, rows.len());
    for (code, row) in ErrorCode::ALL.iter().zip(&rows) {
        assert_eq!(code.code(), row.code, "{row:?}");
        assert_eq!(code.name(), row.name, "{row:?}");
        assert_eq!(code.category(), Some(row.section.as_str()), "{row:?}");
        assert_eq!(code.reasons(), row.reasons, "{row:?}");
    }
}

#[test]
fn the_document_is_kept_verbatim() {
    // Fix nothing: the typos are part of the document others link to.
    assert!(REFERENCE.contains("is not is not available"));
    assert!(ErrorCode::UserGeneric.reasons()[1].contains("is not is not"));
    assert!(ErrorCode::SessionGenericError.reasons()[0].ends_with("locked "));
}
