//! The range of codes a section keeps for itself
//! (`#[error_codes(ranges = [("Session", 200..=299)])]`).

use std::fmt;

/// A section's range of codes, both ends included.
// Compared, hashed and copied by the tools (a `Taxonomy` holds its own
// copies); the derive, built without the `taxonomy` feature, only reads
// the model in place.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq, Hash))]
pub struct SectionRange {
    /// The section, as the variants' `category` names it.
    pub section: String,
    pub start: i128,
    pub end: i128,
}

impl SectionRange {
    /// Whether `code` lies in the range.
    #[must_use]
    pub fn contains(&self, code: i128) -> bool {
        self.start <= code && code <= self.end
    }

    /// Whether the two ranges share a code.
    #[must_use]
    pub fn overlaps(&self, other: &SectionRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl fmt::Display for SectionRange {
    /// As the attribute writes a range: `200..=299`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..={}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_hold_both_ends_and_overlap_when_they_share_a_code() {
        let session = SectionRange {
            section: "Session".to_owned(),
            start: 200,
            end: 299,
        };
        assert!(session.contains(200) && session.contains(299));
        assert!(!session.contains(300) && !session.contains(199));
        let media = SectionRange {
            section: "Media".to_owned(),
            start: 299,
            end: 399,
        };
        assert!(session.overlaps(&media) && media.overlaps(&session));
        let apart = SectionRange {
            start: 300,
            ..media
        };
        assert!(!session.overlaps(&apart));
        assert_eq!(session.to_string(), "200..=299");
    }
}
