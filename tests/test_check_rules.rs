//! Properties of `breaking::compare` over generated taxonomies: a taxonomy
//! against itself has no finding, and each kind of edit is found as exactly
//! its rule. (The CLI's `check`, on fixture trees and the JSON export, is
//! tested in test_check.rs.)

use error_codes_cli::breaking::{Rule, compare};
use error_codes_model::{CodeType, Entry, Reserved, Taxonomy};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A taxonomy of up to 40 entries with distinct codes and names, some with
/// aliases, alternatives, reasons, categories and reservations.
fn taxonomies() -> impl Strategy<Value = Taxonomy> {
    (
        prop::collection::btree_map(-1_000i128..1_000, "[a-z]{1,8}", 1..40),
        prop::collection::vec(any::<bool>(), 40),
    )
        .prop_map(|(codes, flags): (BTreeMap<i128, String>, Vec<bool>)| {
            let mut taxonomy = Taxonomy::new("Generated", CodeType::I32);
            for (index, (code, name)) in codes.into_iter().enumerate() {
                let mut entry = Entry::new(format!("V{index}"), code, format!("{name}{index}"));
                if flags[index % flags.len()] {
                    entry.aliases.push(format!("alias{index}"));
                    entry.alternatives.push(10_000 + code);
                    entry.facts.reasons.push(format!("reason {index}"));
                    entry.facts.category = Some("Section".to_owned());
                }
                taxonomy.entries.push(entry);
            }
            taxonomy.reserved.push(Reserved::Range(50_000, 50_999));
            taxonomy.reserved.push(Reserved::Name("retired".to_owned()));
            taxonomy
        })
}

fn rules(released: &Taxonomy, current: &Taxonomy) -> Vec<Rule> {
    compare(released, current)
        .iter()
        .map(|finding| finding.rule)
        .collect()
}

proptest! {
    #[test]
    fn a_taxonomy_against_itself_has_no_finding(taxonomy in taxonomies()) {
        prop_assert!(compare(&taxonomy, &taxonomy).is_empty());
    }

    #[test]
    fn a_removed_entry_is_one_removal(taxonomy in taxonomies(), pick in any::<prop::sample::Index>()) {
        let mut current = taxonomy.clone();
        current.entries.remove(pick.index(taxonomy.entries.len()));
        prop_assert_eq!(rules(&taxonomy, &current), [Rule::CodeRemoved]);
    }

    #[test]
    fn a_removed_and_reserved_entry_is_one_note(taxonomy in taxonomies(), pick in any::<prop::sample::Index>()) {
        let mut current = taxonomy.clone();
        let removed = current.entries.remove(pick.index(taxonomy.entries.len()));
        current.reserved.push(Reserved::Code(removed.code));
        prop_assert_eq!(rules(&taxonomy, &current), [Rule::CodeRetired]);
    }

    #[test]
    fn a_new_code_for_a_name_is_one_renumbering(taxonomy in taxonomies(), pick in any::<prop::sample::Index>()) {
        let mut current = taxonomy.clone();
        let index = pick.index(taxonomy.entries.len());
        current.entries[index].code = 20_000 + i128::try_from(index).unwrap();
        prop_assert_eq!(rules(&taxonomy, &current), [Rule::CodeRenumbered]);
    }

    #[test]
    fn a_new_name_for_a_code_is_one_rename(taxonomy in taxonomies(), pick in any::<prop::sample::Index>()) {
        let mut current = taxonomy.clone();
        let index = pick.index(taxonomy.entries.len());
        current.entries[index].facts.name = format!("renamed{index}");
        prop_assert_eq!(rules(&taxonomy, &current), [Rule::NameChanged]);
    }

    #[test]
    fn an_added_entry_is_one_note(taxonomy in taxonomies()) {
        let mut current = taxonomy.clone();
        current.entries.push(Entry::new("Added", 30_000, "added"));
        prop_assert_eq!(rules(&taxonomy, &current), [Rule::CodeAdded]);
    }

    #[test]
    fn a_retired_code_reused_is_breaking(taxonomy in taxonomies(), code in 50_000i128..51_000) {
        let mut current = taxonomy.clone();
        current.entries.push(Entry::new("Reused", code, "reused"));
        prop_assert_eq!(rules(&taxonomy, &current), [Rule::RetiredReused]);
    }
}
