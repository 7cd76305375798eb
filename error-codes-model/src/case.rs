//! The `rename_all` spellings, with serde's names and serde's results for
//! enum variants, so that a taxonomy renamed here matches one that serde
//! serialises: the same `_` handling and the same ASCII-only case changes
//! (`ÉcoleFermée` is `ÉCOLE_FERMéE` in `SCREAMING_SNAKE_CASE`, as in serde).

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

/// Every spelling `rename_all` takes, in serde's order.
pub(crate) const RULES: [(&str, RenameRule); 8] = [
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
    pub(crate) fn from_spelling(spelling: &str) -> Option<Self> {
        for (name, rule) in RULES {
            if name == spelling {
                return Some(rule);
            }
        }
        None
    }

    /// The name of a variant identifier, which Rust style writes in
    /// `PascalCase`.
    pub(crate) fn apply(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            // serde lowercases the first byte; taking the first character
            // gives the same result without splitting a non-ASCII one.
            RenameRule::Camel => {
                let mut chars = variant.chars();
                chars.next().map_or_else(String::new, |first| {
                    let mut out = String::with_capacity(variant.len());
                    out.push(first.to_ascii_lowercase());
                    out.extend(chars);
                    out
                })
            }
            RenameRule::Snake => snake(variant),
            RenameRule::ScreamingSnake => snake(variant).to_ascii_uppercase(),
            RenameRule::Kebab => snake(variant).replace('_', "-"),
            RenameRule::ScreamingKebab => snake(variant).to_ascii_uppercase().replace('_', "-"),
        }
    }
}

/// serde's rule: an `_` before every uppercase letter but the first, then
/// ASCII lowercase (so `InvalidSocketURL` is `invalid_socket_u_r_l`, and
/// `name = "..."` is the way out for acronyms).
fn snake(variant: &str) -> String {
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, ch) in variant.char_indices() {
        if i > 0 && ch.is_uppercase() {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{RULES, RenameRule};

    fn apply(spelling: &str, variant: &str) -> String {
        RenameRule::from_spelling(spelling).unwrap().apply(variant)
    }

    #[test]
    fn every_spelling_on_a_pascal_case_variant() {
        let expected = [
            "existinguserinsession",
            "EXISTINGUSERINSESSION",
            "ExistingUserInSession",
            "existingUserInSession",
            "existing_user_in_session",
            "EXISTING_USER_IN_SESSION",
            "existing-user-in-session",
            "EXISTING-USER-IN-SESSION",
        ];
        for ((spelling, _), expected) in RULES.iter().zip(expected) {
            assert_eq!(apply(spelling, "ExistingUserInSession"), expected);
        }
        assert!(RenameRule::from_spelling("camelcase").is_none());
    }

    // The results serde_derive 1.0.229 gives for the same variants, written
    // down from its `RenameRule::apply_to_variant`.
    #[test]
    fn existing_underscores_follow_serde() {
        assert_eq!(apply("kebab-case", "Socket_Error"), "socket--error");
        assert_eq!(
            apply("SCREAMING-KEBAB-CASE", "Socket_Error"),
            "SOCKET--ERROR"
        );
        assert_eq!(apply("kebab-case", "socket_error"), "socket-error");
        assert_eq!(apply("snake_case", "socket_error"), "socket_error");
        assert_eq!(apply("SCREAMING_SNAKE_CASE", "IO_Error"), "I_O__ERROR");
    }

    #[test]
    fn non_ascii_letters_keep_their_case_as_in_serde() {
        assert_eq!(apply("SCREAMING_SNAKE_CASE", "ÉcoleFermée"), "ÉCOLE_FERMéE");
        assert_eq!(apply("snake_case", "ÉcoleFermée"), "École_fermée");
        assert_eq!(apply("kebab-case", "ÉcoleFermée"), "École-fermée");
        assert_eq!(
            apply("lowercase", "ÉcoleFermée"),
            "École".to_owned() + "fermée"
        );
        assert_eq!(apply("UPPERCASE", "ÉcoleFermée"), "ÉCOLEFERMéE");
        assert_eq!(apply("camelCase", "ÉcoleFermée"), "ÉcoleFermée");
        assert_eq!(apply("camelCase", "Ωmega"), "Ωmega");
    }
}
