//! The plain model: what one `#[derive(ErrorCodes)]` enum declares, as owned
//! data with no syntax attached, for renderers, the breaking-change check and
//! anyone who builds a taxonomy by hand.

use std::collections::HashMap;
use std::fmt;

/// The integer type of a taxonomy's codes: the enum's
/// `#[repr(i8|i16|i32|i64|u8|u16|u32|u64)]`, else `i32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum CodeType {
    I8,
    I16,
    #[default]
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl CodeType {
    /// Every code type, signed first, narrowest first.
    pub const ALL: [CodeType; 8] = [
        CodeType::I8,
        CodeType::I16,
        CodeType::I32,
        CodeType::I64,
        CodeType::U8,
        CodeType::U16,
        CodeType::U32,
        CodeType::U64,
    ];

    /// The type as Rust spells it: `"i32"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            CodeType::I8 => "i8",
            CodeType::I16 => "i16",
            CodeType::I32 => "i32",
            CodeType::I64 => "i64",
            CodeType::U8 => "u8",
            CodeType::U16 => "u16",
            CodeType::U32 => "u32",
            CodeType::U64 => "u64",
        }
    }

    /// The code type Rust spells `name`, if there is one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<CodeType> {
        CodeType::ALL.into_iter().find(|ty| ty.name() == name)
    }

    /// The smallest code of this type.
    #[must_use]
    pub const fn min(self) -> i128 {
        match self {
            CodeType::I8 => i8::MIN as i128,
            CodeType::I16 => i16::MIN as i128,
            CodeType::I32 => i32::MIN as i128,
            CodeType::I64 => i64::MIN as i128,
            CodeType::U8 | CodeType::U16 | CodeType::U32 | CodeType::U64 => 0,
        }
    }

    /// The largest code of this type.
    #[must_use]
    pub const fn max(self) -> i128 {
        match self {
            CodeType::I8 => i8::MAX as i128,
            CodeType::I16 => i16::MAX as i128,
            CodeType::I32 => i32::MAX as i128,
            CodeType::I64 => i64::MAX as i128,
            CodeType::U8 => u8::MAX as i128,
            CodeType::U16 => u16::MAX as i128,
            CodeType::U32 => u32::MAX as i128,
            CodeType::U64 => u64::MAX as i128,
        }
    }

    /// Whether `code` is a value of this type.
    #[must_use]
    pub const fn contains(self, code: i128) -> bool {
        self.min() <= code && code <= self.max()
    }

    /// Whether the type has negative values.
    #[must_use]
    pub const fn is_signed(self) -> bool {
        self.min() < 0
    }

    /// The type's width in bits.
    #[must_use]
    pub const fn bits(self) -> u32 {
        match self {
            CodeType::I8 | CodeType::U8 => 8,
            CodeType::I16 | CodeType::U16 => 16,
            CodeType::I32 | CodeType::U32 => 32,
            CodeType::I64 | CodeType::U64 => 64,
        }
    }
}

impl fmt::Display for CodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// Where a variant is declared in its source file: 1-based line and column,
/// as rustc prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A `#[deprecated]` on a variant: its `since` and `note`, when written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Deprecation {
    pub since: Option<String>,
    pub note: Option<String>,
}

impl Deprecation {
    /// A deprecation with this note (`#[deprecated(note = "...")]`).
    #[must_use]
    pub fn with_note(note: impl Into<String>) -> Self {
        Deprecation {
            since: None,
            note: Some(note.into()),
        }
    }

    /// What a deprecation tag (`@deprecated ...`) says after it: `since
    /// 2.0: use X`, `use X`, `since 2.0`, or nothing for a bare
    /// `#[deprecated]`. The note is as written.
    #[must_use]
    pub fn detail(&self) -> String {
        match (&self.since, &self.note) {
            (Some(since), Some(note)) => format!("since {since}: {note}"),
            (Some(since), None) => format!("since {since}"),
            (None, Some(note)) => note.clone(),
            (None, None) => String::new(),
        }
    }

    /// The deprecation as a sentence of its own, for documentation:
    /// `Deprecated since 2.0: use X`, `Deprecated: use X`,
    /// `Deprecated since 2.0`, or `Deprecated.` for a bare `#[deprecated]`.
    #[must_use]
    pub fn sentence(&self) -> String {
        let detail = self.detail();
        if detail.is_empty() {
            "Deprecated.".to_owned()
        } else if self.since.is_some() {
            format!("Deprecated {detail}")
        } else {
            format!("Deprecated: {detail}")
        }
    }
}

/// One code of the taxonomy: a variant with its code, its name, and what
/// documents it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The variant's identifier, without `r#`: `ExistingUserInSession`.
    pub variant: String,
    /// The code: `code()` of the variant.
    pub code: i128,
    /// The name every SDK shares: `name()` of the variant.
    pub name: String,
    /// More names that the lookups accept, in declaration order.
    pub aliases: Vec<String>,
    /// More codes that the lookups map to this entry, in declaration order.
    pub alternatives: Vec<i128>,
    /// The documented reasons, in documentation order.
    pub reasons: Vec<String>,
    /// The section the code belongs to.
    pub category: Option<String>,
    /// Set when the variant is `#[deprecated]`.
    pub deprecated: Option<Deprecation>,
    /// Where the code is documented.
    pub doc_url: Option<String>,
    /// Whether trying again may succeed.
    pub retryable: bool,
    /// Where the variant is declared, when the taxonomy was read from source.
    pub location: Option<Location>,
}

impl Entry {
    /// An entry with this variant, code and name, and nothing else.
    #[must_use]
    pub fn new(variant: impl Into<String>, code: i128, name: impl Into<String>) -> Self {
        Entry {
            variant: variant.into(),
            code,
            name: name.into(),
            aliases: Vec::new(),
            alternatives: Vec::new(),
            reasons: Vec::new(),
            category: None,
            deprecated: None,
            doc_url: None,
            retryable: false,
            location: None,
        }
    }

    /// The reasons joined with `"; "`, or the name when there is none: what
    /// the derive's `description()` returns.
    #[must_use]
    pub fn description(&self) -> String {
        description(&self.reasons, &self.name)
    }

    /// The reasons joined with `"; "`; `None` when none is documented.
    #[must_use]
    pub fn documented_reasons(&self) -> Option<String> {
        joined(&self.reasons)
    }

    /// The code, then the alternatives: every code the lookups map here.
    pub fn codes(&self) -> impl Iterator<Item = i128> + '_ {
        std::iter::once(self.code).chain(self.alternatives.iter().copied())
    }

    /// The name, then the aliases: every name the lookups map here.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Whether `code` is this entry's code or one of its alternatives.
    #[must_use]
    pub fn has_code(&self, code: i128) -> bool {
        self.codes().any(|own| own == code)
    }

    /// Whether `name` is this entry's name or one of its aliases.
    #[must_use]
    pub fn has_name(&self, name: &str) -> bool {
        self.names().any(|own| own == name)
    }
}

/// A code's description, for the taxonomy and for the derive alike: the
/// reasons joined with `"; "`, or the name when there is none.
pub(crate) fn description(reasons: &[String], name: &str) -> String {
    joined(reasons).unwrap_or_else(|| name.to_owned())
}

/// The reasons joined with `"; "`, if there is one.
fn joined(reasons: &[String]) -> Option<String> {
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

/// The keys of the lookups in the one order every table lists them, in the
/// derive and in every export: each item's own key in declaration order,
/// then every item's further keys (alternatives, aliases), so that the
/// first `items.len()` keys are the items' own. Each key comes with the
/// index of its item.
pub(crate) fn lookup_order<'a, T, K, More>(
    items: &'a [T],
    own: impl Fn(&'a T) -> K + 'a,
    more: impl Fn(&'a T) -> More + 'a,
) -> impl Iterator<Item = (K, usize)> + 'a
where
    More: IntoIterator<Item = K>,
    More::IntoIter: 'a,
{
    let owns = items
        .iter()
        .enumerate()
        .map(move |(index, item)| (own(item), index));
    let mores = items
        .iter()
        .enumerate()
        .flat_map(move |(index, item)| more(item).into_iter().map(move |key| (key, index)));
    owns.chain(mores)
}

/// The variant that keeps every code no entry has (`#[code(catch_all)]`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CatchAll {
    /// The variant's identifier, without `r#`: `Other`.
    pub variant: String,
    /// Its name.
    pub name: String,
    /// Its documented reasons.
    pub reasons: Vec<String>,
    /// Its section.
    pub category: Option<String>,
    /// Where any code it keeps is documented.
    pub doc_url: Option<String>,
    /// Whether trying again may succeed.
    pub retryable: bool,
    /// Where the variant is declared, when read from source.
    pub location: Option<Location>,
}

impl CatchAll {
    /// The reasons joined with `"; "`, or the name when there is none.
    #[must_use]
    pub fn description(&self) -> String {
        description(&self.reasons, &self.name)
    }

    /// The reasons joined with `"; "`; `None` when none is documented.
    #[must_use]
    pub fn documented_reasons(&self) -> Option<String> {
        joined(&self.reasons)
    }

    /// A catch-all with this variant and name, and nothing else.
    #[must_use]
    pub fn new(variant: impl Into<String>, name: impl Into<String>) -> Self {
        CatchAll {
            variant: variant.into(),
            name: name.into(),
            reasons: Vec::new(),
            category: None,
            doc_url: None,
            retryable: false,
            location: None,
        }
    }
}

/// A code, a range of codes or a name retired for good
/// (`#[error_codes(reserved = [7, 100..=199, "oldName"])]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reserved {
    Code(i128),
    /// Both ends included.
    Range(i128, i128),
    Name(String),
}

impl Reserved {
    /// Whether this reservation retires `code`.
    #[must_use]
    pub fn covers_code(&self, code: i128) -> bool {
        match *self {
            Reserved::Code(reserved) => reserved == code,
            Reserved::Range(start, end) => start <= code && code <= end,
            Reserved::Name(_) => false,
        }
    }

    /// Whether this reservation retires `name`.
    #[must_use]
    pub fn covers_name(&self, name: &str) -> bool {
        matches!(self, Reserved::Name(reserved) if reserved == name)
    }
}

impl fmt::Display for Reserved {
    /// As the attribute writes it: `7`, `100..=199`, `"oldName"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reserved::Code(code) => write!(f, "{code}"),
            Reserved::Range(start, end) => write!(f, "{start}..={end}"),
            Reserved::Name(name) => write!(f, "{name:?}"),
        }
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
    /// The variant that keeps unknown codes, if the enum has one.
    pub catch_all: Option<CatchAll>,
    /// What `#[error_codes(reserved = [...])]` retires, in declaration order.
    pub reserved: Vec<Reserved>,
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
            |entry| entry.name.as_str(),
            |entry| entry.aliases.iter().map(String::as_str),
        )
    }

    /// Whether some code, or the catch-all, has a documentation link:
    /// else the exports leave links out, as the derive does.
    #[must_use]
    pub fn has_doc_urls(&self) -> bool {
        self.entries.iter().any(|entry| entry.doc_url.is_some())
            || self
                .catch_all
                .as_ref()
                .is_some_and(|catch_all| catch_all.doc_url.is_some())
    }

    /// Whether some code, or the catch-all, is retryable: else nothing is,
    /// and the exports leave retryability out.
    #[must_use]
    pub fn has_retryable(&self) -> bool {
        self.entries.iter().any(|entry| entry.retryable)
            || self
                .catch_all
                .as_ref()
                .is_some_and(|catch_all| catch_all.retryable)
    }

    /// The entry with this code, alternatives included.
    #[must_use]
    pub fn entry_by_code(&self, code: i128) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.has_code(code))
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
            let category = entry.category.as_deref();
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
    fn code_types_know_their_ranges() {
        assert_eq!(CodeType::default(), CodeType::I32);
        assert_eq!((CodeType::I8.min(), CodeType::I8.max()), (-128, 127));
        assert_eq!(CodeType::U64.max(), i128::from(u64::MAX));
        assert!(CodeType::U16.contains(65_535) && !CodeType::U16.contains(-1));
        for ty in CodeType::ALL {
            assert_eq!(CodeType::from_name(ty.name()), Some(ty));
            assert_eq!(ty.is_signed(), ty.name().starts_with('i'));
            assert_eq!(ty.name()[1..].parse::<u32>(), Ok(ty.bits()));
        }
        assert_eq!(CodeType::from_name("i128"), None);
    }

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
    fn descriptions_join_reasons_or_fall_back_to_the_name() {
        let mut entry = Entry::new("A", 1, "a");
        assert_eq!(entry.description(), "a");
        entry.reasons = vec!["one".to_owned(), "two".to_owned()];
        assert_eq!(entry.description(), "one; two");
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
            entry.category = category.map(str::to_owned);
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

    #[test]
    fn reservations_cover_codes_ranges_and_names() {
        assert!(Reserved::Range(100, 199).covers_code(150));
        assert!(!Reserved::Range(100, 199).covers_code(200));
        assert!(Reserved::Code(-1).covers_code(-1));
        assert!(Reserved::Name("old".to_owned()).covers_name("old"));
        assert!(!Reserved::Name("old".to_owned()).covers_code(0));
        let written: Vec<String> = [
            Reserved::Code(7),
            Reserved::Range(100, 199),
            Reserved::Name("oldName".to_owned()),
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(written, ["7", "100..=199", "\"oldName\""]);
    }
}
