//! What `#[error_codes(reserved = [...])]` retires for good.

use std::fmt;

/// A code, a range of codes or a name retired for good
/// (`#[error_codes(reserved = [7, 100..=199, "oldName"])]`).
// Compared, hashed and copied by the tools (a `Taxonomy` holds its own
// copies); the derive, built without the `taxonomy` feature, only reads
// the model in place.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq, Hash))]
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

#[cfg(test)]
mod tests {
    use super::*;

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
