//! The built-in taxonomy: the NSError codes of `error-codes`, read from
//! that crate's source with the same grammar as any SDK's (so its
//! reservations and deprecations come along), and the reference
//! document's page around it.

use crate::document::{Document, Table};
use crate::input;
use std::path::Path;

/// Where the built-in taxonomy is declared, as messages name it.
pub const PATH: &str = "error-codes/src/taxonomy.rs";

/// The declaration itself, compiled into the tool. `nserror_taxonomy.rs`
/// is a link to it, so that the published package of the tool carries the
/// file (a package holds only what is under its own directory).
const SOURCE: &str = include_str!("nserror_taxonomy.rs");

/// The NSError taxonomy with the reference document's title and its Field
/// Summary: the `NSError` value's fields, which are not codes but belong on
/// the page.
#[must_use]
pub fn document() -> Document {
    // Not user input: `error-codes` compiles this very source with the
    // derive, which applies the same grammar.
    let found = input::read_text(Path::new(PATH), SOURCE, Some("ErrorCode"))
        .unwrap_or_else(|error| panic!("the built-in taxonomy is valid: {error}"));
    let mut document = Document::new(found.taxonomy);
    document.path = Some(PATH.to_owned());
    document.declaration = "`error_codes::ErrorCode`".to_owned();
    document.title = "NSError".to_owned();
    document.preamble.push(Table {
        title: "Field Summary".to_owned(),
        header: vec!["Type".to_owned(), "Field".to_owned()],
        rows: vec![
            vec!["Int".to_owned(), "code - *Error code*".to_owned()],
            vec![
                "String".to_owned(),
                "localizedDescription - *Error message*".to_owned(),
            ],
        ],
    });
    document
}
