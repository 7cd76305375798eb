//! The items the derive generates on the enum itself, named once: the
//! derive's tests check its expansion against this list, and the grammar
//! refuses each name as a variant's, since a variant and an associated
//! item cannot share one (`E::ALL` would be the variant, `E::from_code`
//! ambiguous).

/// One associated item of the generated `impl`.
// Compared and copied by the tools; the derive, built without the
// `taxonomy` feature, reads the list in place.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, Copy, PartialEq, Eq))]
pub struct GeneratedItem {
    /// Its name: `from_code`.
    pub name: &'static str,
    /// What it is, as a message names it: `method`, `function`, `constant`.
    pub kind: &'static str,
    /// Whether it is one of the lookups, which exist only when every
    /// variant but the catch-all is a unit variant.
    pub lookup: bool,
}

const fn item(name: &'static str, kind: &'static str, lookup: bool) -> GeneratedItem {
    GeneratedItem { name, kind, lookup }
}

/// Every associated item the derive generates, in the order of the
/// generated `impl`s.
pub const GENERATED_ITEMS: [GeneratedItem; 11] = [
    item("code", "method", false),
    item("name", "method", false),
    item("reasons", "method", false),
    item("description", "method", false),
    item("category", "method", false),
    item("doc_url", "method", false),
    item("is_retryable", "method", false),
    item("ALL", "constant", true),
    item("COUNT", "constant", true),
    item("from_code", "function", true),
    item("from_name", "function", true),
];

/// The items an enum gets: the lookups only when it has them.
pub fn generated_items(lookups: bool) -> impl Iterator<Item = &'static GeneratedItem> {
    GENERATED_ITEMS
        .iter()
        .filter(move |item| lookups || !item.lookup)
}
