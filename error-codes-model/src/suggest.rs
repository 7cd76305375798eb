//! The near miss for a misspelled key or value, as rustc suggests a name.

/// The candidate closest to `written`, if it is close enough to be what the
/// user meant: rustc's rule of thumb, at most a third of the length in
/// edits (at least one), or the same letters in another case. Public so
/// that a tool suggests what the derive would.
///
/// ```
/// use error_codes_model::similar;
///
/// assert_eq!(similar("userNotFund", &["userNotFound", "unknownError"]), Some("userNotFound"));
/// assert_eq!(similar("zzzz", &["userNotFound", "unknownError"]), None);
/// ```
#[must_use]
pub fn similar<'a>(written: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = written.chars().count().max(3) / 3;
    let mut closest: Option<(usize, &'a str)> = None;
    for &candidate in candidates {
        let distance = edit_distance(written, candidate);
        let near = distance <= limit || written.eq_ignore_ascii_case(candidate);
        // The first of the closest, should two be as close.
        if near && closest.is_none_or(|(closest, _)| distance < closest) {
            closest = Some((distance, candidate));
        }
    }
    closest.map(|(_, candidate)| candidate)
}

/// Edits between two strings, a swap of neighbours counting as one (the
/// optimal string alignment distance, as rustc counts for its suggestions).
/// Public so that a tool's suggestions count as the derive's do.
///
/// ```
/// assert_eq!(error_codes_model::edit_distance("categry", "category"), 1);
/// assert_eq!(error_codes_model::edit_distance("nmae", "name"), 1);
/// ```
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two back, one back, and this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{edit_distance, similar};

    #[test]
    fn distance_counts_single_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("nmae", "name"), 1);
    }

    #[test]
    fn near_misses_are_suggested_and_strangers_are_not() {
        let keys = ["name", "category", "alias", "alternatives"];
        assert_eq!(similar("categry", &keys), Some("category"));
        assert_eq!(similar("nmae", &keys), Some("name"));
        assert_eq!(similar("aliases", &keys), Some("alias"));
        assert_eq!(similar("section", &keys), None);
        assert_eq!(similar("colour", &keys), None);
        let rules = ["camelCase", "snake_case", "SCREAMING_SNAKE_CASE"];
        assert_eq!(similar("camelcase", &rules), Some("camelCase"));
        assert_eq!(similar("lowerCamelCase", &rules), None);
    }
}
