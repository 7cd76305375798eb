//! The one order in which every lookup table lists its keys.

/// The keys of the lookups in the one order every table lists them, in the
/// derive and in every export: each item's own key in declaration order,
/// then every item's further keys (alternatives, aliases), so that the
/// first `items.len()` keys are the items' own. Each key comes with the
/// index of its item.
pub(crate) fn lookup_order<'a, T, K, More>(
    items: &'a [T],
    own: impl Fn(&'a T) -> K,
    more: impl Fn(&'a T) -> More,
) -> impl Iterator<Item = (K, usize)>
where
    More: IntoIterator<Item = K>,
{
    let mut keys = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        keys.push((own(item), index));
    }
    for (index, item) in items.iter().enumerate() {
        for key in more(item) {
            keys.push((key, index));
        }
    }
    keys.into_iter()
}
