//! The plain model: what one `#[derive(ErrorCodes)]` enum declares, as owned
//! data with no syntax attached, for renderers, the breaking-change check and
//! anyone who builds a taxonomy by hand. The derive does not need it: it is
//! the `taxonomy` feature's.

use crate::code_type::CodeType;
use crate::facts::{Deprecation, Facts};
use crate::lookup_order::lookup_order;
use crate::reserved::Reserved;
use crate::section_range::SectionRange;
use std::collections::HashMap;

/// One declared code of the taxonomy: its code and what else the lookups
/// map to it, and the [`Facts`] that document it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The code: `code()` of the variant; a range variant's first code.
    pub code: i128,
    /// A range variant's codes, both ends included: every code from `code`
    /// to the end decodes to this entry, which keeps the code
    /// (`#[code(0x0100..=0x01ff)] Crypto(u64)`). `None` for a single code.
    pub range: Option<(i128, i128)>,
    /// More names that the lookups accept, in declaration order.
    pub aliases: Vec<String>,
    /// More codes that the lookups map to this entry, in declaration order.
    pub alternatives: Vec<i128>,
    /// Set when the variant is `#[deprecated]`.
    pub deprecated: Option<Deprecation>,
    /// Its name, reasons, section, link and retryability.
    pub facts: Facts,
}

impl Entry {
    /// An entry with this variant, code and name, and nothing else.
    #[must_use]
    pub fn new(variant: impl Into<String>, code: i128, name: impl Into<String>) -> Self {
        Entry {
            code,
            range: None,
            aliases: Vec::new(),
            alternatives: Vec::new(),
            deprecated: None,
            facts: Facts::new(variant, name),
        }
    }

    /// The code, then the alternatives: every code the lookups map here.
    pub fn codes(&self) -> impl Iterator<Item = i128> + '_ {
        std::iter::once(self.code).chain(self.alternatives.iter().copied())
    }

    /// The name, then the aliases: every name the lookups map here.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.facts.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// An entry for every code from `start` to `end` (both included),
    /// which keeps the code: a range variant.
    #[must_use]
    pub fn range(
        variant: impl Into<String>,
        start: i128,
        end: i128,
        name: impl Into<String>,
    ) -> Self {
        Entry {
            range: Some((start, end)),
            ..Entry::new(variant, start, name)
        }
    }

    /// Whether `code` is this entry's code, one of its alternatives or in
    /// its range.
    #[must_use]
    pub fn has_code(&self, code: i128) -> bool {
        match self.range {
            Some((start, end)) => start <= code && code <= end,
            None => self.codes().any(|own| own == code),
        }
    }

    /// The codes as the attribute writes them: `104`, or a range variant's
    /// `256..=511`.
    #[must_use]
    pub fn written_code(&self) -> String {
        match self.range {
            Some((start, end)) => format!("{start}..={end}"),
            None => self.code.to_string(),
        }
    }

    /// Whether `name` is this entry's name or one of its aliases.
    #[must_use]
    pub fn has_name(&self, name: &str) -> bool {
        self.names().any(|own| own == name)
    }
}

/// One section of a taxonomy: its category (`None` for the codes without
/// one) and its entries, each with its index in [`Taxonomy::entries`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub category: Option<&'a str>,
    pub entries: Vec<(usize, &'a Entry)>,
}

/// A taxonomy: the codes of one enum, in declaration order, with its name,
/// its code type, its catch-all and its retired codes and names.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Taxonomy {
    /// The enum's identifier, without `r#`: `ErrorCode`, `SessionError`.
    pub name: String,
    /// The type of every code.
    pub code_type: CodeType,
    /// The codes, in declaration order (the catch-all excluded).
    pub entries: Vec<Entry>,
    /// What documents the variant that keeps unknown codes (its code is
    /// whatever it carries), if the enum has one.
    pub catch_all: Option<Facts>,
    /// What `#[error_codes(reserved = [...])]` retires, in declaration order.
    pub reserved: Vec<Reserved>,
    /// Each section's range of codes (`#[error_codes(ranges = [...])]`), in
    /// declaration order.
    pub ranges: Vec<SectionRange>,
}

impl Taxonomy {
    /// An empty taxonomy named after its enum.
    #[must_use]
    pub fn new(name: impl Into<String>, code_type: CodeType) -> Self {
        Taxonomy {
            name: name.into(),
            code_type,
            entries: Vec::new(),
            catch_all: None,
            reserved: Vec::new(),
            ranges: Vec::new(),
        }
    }

    /// Every code the lookups accept with the index of its entry: each
    /// entry's code in declaration order, then the alternatives.
    pub fn every_code(&self) -> impl Iterator<Item = (i128, usize)> + '_ {
        lookup_order(
            &self.entries,
            |entry| entry.code,
            |entry| entry.alternatives.iter().copied(),
        )
    }

    /// Every name the lookups accept with the index of its entry: each
    /// entry's name in declaration order, then the aliases.
    pub fn every_name(&self) -> impl Iterator<Item = (&str, usize)> {
        lookup_order(
            &self.entries,
            |entry| entry.facts.name.as_str(),
            |entry| entry.aliases.iter().map(String::as_str),
        )
    }

    /// What documents each code: every entry's facts in declaration
    /// order, then the catch-all's.
    pub fn documented(&self) -> impl Iterator<Item = &Facts> {
        self.entries
            .iter()
            .map(|entry| &entry.facts)
            .chain(&self.catch_all)
    }

    /// Whether some code, or the catch-all, has a documentation link:
    /// else the exports leave links out, as the derive does.
    #[must_use]
    pub fn has_doc_urls(&self) -> bool {
        self.documented().any(|facts| facts.doc_url.is_some())
    }

    /// Whether some code, or the catch-all, is retryable: else nothing is,
    /// and the exports leave retryability out.
    #[must_use]
    pub fn has_retryable(&self) -> bool {
        self.documented().any(|facts| facts.retryable)
    }

    /// The range of codes of the section `category`, if it has one.
    #[must_use]
    pub fn range_of(&self, category: &str) -> Option<&SectionRange> {
        self.ranges.iter().find(|range| range.section == category)
    }

    /// The entry with this code, alternatives and ranges included.
    #[must_use]
    pub fn entry_by_code(&self, code: i128) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.has_code(code))
    }

    /// Whether some entry is a range variant.
    #[must_use]
    pub fn has_code_ranges(&self) -> bool {
        self.entries.iter().any(|entry| entry.range.is_some())
    }

    /// The entry with this name, aliases included (exact, case-sensitive).
    #[must_use]
    pub fn entry_by_name(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.has_name(name))
    }

    /// The sections of a documentation page, each with its entries and
    /// their indices in `entries`: one per category (and one for the
    /// entries without), in the order categories first appear, whatever
    /// the order of the variants. Every renderer groups by this.
    #[must_use]
    pub fn sections(&self) -> Vec<Section<'_>> {
        let mut sections: Vec<Section> = Vec::new();
        let mut by_category: HashMap<Option<&str>, usize> = HashMap::new();
        for (index, entry) in self.entries.iter().enumerate() {
            let category = entry.facts.category.as_deref();
            let section = *by_category.entry(category).or_insert_with(|| {
                sections.push(Section {
                    category,
                    entries: Vec::new(),
                });
                sections.len() - 1
            });
            sections[section].entries.push((index, entry));
        }
        sections
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_see_alternatives_and_aliases() {
        let mut taxonomy = Taxonomy::new("IoError", CodeType::I32);
        let mut denied = Entry::new("PermissionDenied", 1, "PermissionDenied");
        denied.alternatives.push(13);
        denied.aliases.push("EACCES".to_owned());
        taxonomy.entries.push(denied);
        assert_eq!(taxonomy.entry_by_code(13).map(|e| e.code), Some(1));
        assert_eq!(taxonomy.entry_by_name("EACCES").map(|e| e.code), Some(1));
        assert!(taxonomy.entry_by_code(2).is_none());
        assert!(taxonomy.entry_by_name("permissiondenied").is_none());
    }

    #[test]
    fn a_section_per_category_in_the_order_categories_first_appear() {
        let mut taxonomy = Taxonomy::new("E", CodeType::U8);
        for (code, category) in [
            (1, Some("x")),
            (2, Some("y")),
            (3, None),
            (4, Some("x")),
            (5, None),
            (6, Some("y")),
        ] {
            let mut entry = Entry::new("V", code, format!("v{code}"));
            entry.facts.category = category.map(str::to_owned);
            taxonomy.entries.push(entry);
        }
        let sections: Vec<(Option<&str>, Vec<usize>)> = taxonomy
            .sections()
            .iter()
            .map(|section| {
                let indices = section.entries.iter().map(|&(index, _)| index).collect();
                (section.category, indices)
            })
            .collect();
        assert_eq!(
            sections,
            [
                (Some("x"), vec![0, 3]),
                (Some("y"), vec![1, 5]),
                (None, vec![2, 4])
            ]
        );
    }
}
