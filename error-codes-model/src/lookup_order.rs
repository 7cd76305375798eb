//! The one order in which every lookup table lists its keys.

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
