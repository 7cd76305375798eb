//! One grammar for the derive and the tool, on the fixture SDK: what the
//! tool reads from its source is what the compiler makes of it. The
//! fixture's file is compiled here with the derive, and its generated API
//! compared with the taxonomy `--input` reads (the built-in NSError
//! taxonomy is checked the same way in `test_input.rs`).

mod common;

#[allow(dead_code)]
#[path = "fixtures/other-sdk/src/errors.rs"]
mod errors;

use errors::session::SessionError;

#[test]
fn the_tool_reads_what_the_derive_compiles() {
    let taxonomy = common::cli::session_taxonomy();
    assert_eq!(taxonomy.entries.len(), SessionError::COUNT);
    for (entry, &error) in taxonomy.entries.iter().zip(SessionError::ALL) {
        assert_eq!(entry.code, i128::from(error.code()));
        assert_eq!(entry.facts.name, error.name());
        assert_eq!(entry.facts.reasons, error.reasons());
        assert_eq!(entry.facts.category.as_deref(), error.category());
        assert_eq!(entry.facts.description(), error.description());
        for &alternative in &entry.alternatives {
            let alternative = u64::try_from(alternative).expect("a u64 code");
            assert_eq!(SessionError::from_code(alternative), error);
        }
        for alias in &entry.aliases {
            assert_eq!(SessionError::from_name(alias), Some(error));
        }
    }
    let catch_all = taxonomy.catch_all.expect("the fixture has one");
    let other = SessionError::from_code(4242);
    assert_eq!(
        (other.name(), other.reasons()),
        (
            catch_all.name.as_str(),
            &catch_all
                .reasons
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()[..]
        )
    );
    // The three reservations the derive enforces (its ui tests pin that)
    // are read too.
    assert_eq!(taxonomy.reserved.len(), 3);
}
