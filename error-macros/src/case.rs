//! The `rename_all` spellings, with serde's names and serde's rules for
//! variants, so a taxonomy renamed here matches one serialised by serde.

#[derive(Clone, Copy)]
pub(crate) enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

pub(crate) const RULE_NAMES: &[(&str, RenameRule)] = &[
    ("lowercase", RenameRule::Lower),
    ("UPPERCASE", RenameRule::Upper),
    ("PascalCase", RenameRule::Pascal),
    ("camelCase", RenameRule::Camel),
    ("snake_case", RenameRule::Snake),
    ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
    ("kebab-case", RenameRule::Kebab),
    ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
];

impl RenameRule {
    pub(crate) fn from_name(name: &str) -> Option<Self> {
        RULE_NAMES
            .iter()
            .find(|(spelling, _)| *spelling == name)
            .map(|&(_, rule)| rule)
    }

    /// Renames a variant identifier, which Rust style writes in `PascalCase`.
    pub(crate) fn apply(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => {
                let mut chars = variant.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_lowercase().chain(chars).collect()
                })
            }
            RenameRule::Snake => separate(variant, '_'),
            RenameRule::ScreamingSnake => separate(variant, '_').to_ascii_uppercase(),
            RenameRule::Kebab => separate(variant, '-'),
            RenameRule::ScreamingKebab => separate(variant, '-').to_ascii_uppercase(),
        }
    }
}

/// serde's rule: a separator before every uppercase letter but the first,
/// then lowercase (so `InvalidSocketURL` becomes `invalid_socket_u_r_l`;
/// `name = "..."` is the way out for acronyms).
fn separate(variant: &str, separator: char) -> String {
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, ch) in variant.char_indices() {
        if i > 0 && ch.is_uppercase() {
            out.push(separator);
        }
        out.extend(ch.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RenameRule;

    #[test]
    fn spellings_follow_serde() {
        let cases = [
            ("lowercase", "existinguserinsession"),
            ("UPPERCASE", "EXISTINGUSERINSESSION"),
            ("PascalCase", "ExistingUserInSession"),
            ("camelCase", "existingUserInSession"),
            ("snake_case", "existing_user_in_session"),
            ("SCREAMING_SNAKE_CASE", "EXISTING_USER_IN_SESSION"),
            ("kebab-case", "existing-user-in-session"),
            ("SCREAMING-KEBAB-CASE", "EXISTING-USER-IN-SESSION"),
        ];
        for (rule, expected) in cases {
            let rule = RenameRule::from_name(rule).unwrap();
            assert_eq!(rule.apply("ExistingUserInSession"), expected);
        }
        assert!(RenameRule::from_name("camelcase").is_none());
    }
}
