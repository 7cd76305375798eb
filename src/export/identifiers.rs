//! A taxonomy's names as identifiers of the languages it is exported to.
//! A name is any string (`"Content Too Large"`, `"invalid-socket"`); where
//! a language needs an identifier, it gets one, and two names that would
//! become the same identifier are refused rather than silently merged.
//!
//! Swift, Kotlin, Java and TypeScript all accept Unicode's identifier
//! characters (`XID_Start`, then `XID_Continue`), so letters of any script
//! are kept; each language adds a few characters of its own (`$`).

use crate::document::Document;
use error_codes_model::Entry;
use std::collections::HashMap;

/// Swift's reserved words, which an enum case must put in backticks.
const SWIFT_KEYWORDS: &[&str] = &[
    "associatedtype",
    "class",
    "deinit",
    "enum",
    "extension",
    "fileprivate",
    "func",
    "import",
    "init",
    "inout",
    "internal",
    "let",
    "open",
    "operator",
    "private",
    "precedencegroup",
    "protocol",
    "public",
    "rethrows",
    "static",
    "struct",
    "subscript",
    "typealias",
    "var",
    "break",
    "case",
    "catch",
    "continue",
    "default",
    "defer",
    "do",
    "else",
    "fallthrough",
    "for",
    "guard",
    "if",
    "in",
    "repeat",
    "return",
    "throw",
    "switch",
    "where",
    "while",
    "Any",
    "as",
    "await",
    "false",
    "is",
    "nil",
    "self",
    "Self",
    "super",
    "throws",
    "true",
    "try",
    // A member so named would be read as `E.Type`, `E.Protocol`.
    "Type",
    "Protocol",
];

/// The members the Swift export declares, or inherits from the protocols
/// it conforms to: a case of the same name would clash with them.
pub const SWIFT_MEMBERS: &[&str] = &[
    "errorDomain",
    "errorCode",
    "errorUserInfo",
    "errorDescription",
    "failureReason",
    "recoverySuggestion",
    "helpAnchor",
    "localizedDescription",
    "rawValue",
    "hashValue",
    "isKnown",
    "documentationLink",
    "documentationURL",
    "isRetryable",
];

/// Whether `name` is an identifier: a letter or `_` (or one of `also`),
/// then letters, digits, marks and `_` (or `also`), as Unicode defines
/// them for identifiers.
pub fn is_identifier(name: &str, also: &[char]) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| {
        unicode_ident::is_xid_start(first) || first == '_' || also.contains(&first)
    }) && chars.all(|ch| unicode_ident::is_xid_continue(ch) || also.contains(&ch))
}

/// The Swift case for a name: the name itself when it is an identifier (in
/// backticks if it is a keyword), else its words in lowerCamelCase.
pub fn swift_case(name: &str) -> String {
    if is_identifier(name, &[]) {
        if SWIFT_KEYWORDS.contains(&name) {
            return format!("`{name}`");
        }
        return name.to_owned();
    }
    let words = words(name);
    let mut case = String::new();
    for (index, word) in words.iter().enumerate() {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            if index == 0 {
                case.extend(first.to_lowercase());
            } else {
                case.extend(first.to_uppercase());
            }
            case.extend(chars);
        }
    }
    leading_digit(case)
}

/// `existingUserInSession` -> `EXISTING_USER_IN_SESSION`. A word starts at a
/// capital after a lowercase letter or digit, or at the last capital of a
/// run followed by a lowercase letter, so acronyms stay whole:
/// `invalidSocketURL` -> `INVALID_SOCKET_URL`, `URLParser` -> `URL_PARSER`.
/// Anything not alphanumeric separates words.
pub fn screaming_snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut constant = String::with_capacity(name.len() + 4);
    for (index, &ch) in chars.iter().enumerate() {
        if !ch.is_alphanumeric() {
            if !constant.is_empty() && !constant.ends_with('_') {
                constant.push('_');
            }
            continue;
        }
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1);
        let starts_word = ch.is_uppercase()
            && previous.is_some_and(|previous| {
                previous.is_lowercase()
                    || previous.is_numeric()
                    || (previous.is_uppercase() && next.is_some_and(|next| next.is_lowercase()))
            });
        if starts_word && !constant.ends_with('_') {
            constant.push('_');
        }
        constant.extend(ch.to_uppercase());
    }
    leading_digit(constant.trim_end_matches('_').to_owned())
}

/// The words of a name that is not an identifier: runs of letters and
/// digits.
fn words(name: &str) -> Vec<&str> {
    name.split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect()
}

/// An identifier cannot start with a digit (`413` -> `_413`), nor be empty.
fn leading_digit(identifier: String) -> String {
    if !identifier.starts_with(unicode_ident::is_xid_start) {
        format!("_{identifier}")
    } else {
        identifier
    }
}

/// Each entry's identifier, in declaration order; an error when a name
/// makes no identifier (nothing but `_`, a keyword everywhere), one that
/// the generated code declares itself (`taken`), or the same one as
/// another name. `what` names the identifiers in that error: "the Swift
/// case".
pub fn unique(
    document: &Document,
    what: &str,
    identifier: impl Fn(&str) -> String,
    taken: &[&str],
) -> Result<Vec<String>, String> {
    let mut seen: HashMap<String, &Entry> = HashMap::new();
    let mut out = Vec::with_capacity(document.taxonomy.entries.len());
    for entry in &document.taxonomy.entries {
        let made = identifier(&entry.facts.name);
        let bare = made.trim_matches('`');
        if bare.chars().all(|ch| ch == '_') {
            return Err(format!(
                "the name `{}` of variant `{}` has no letter or digit to make {what} of; give the variant a `name` that has",
                entry.facts.name, entry.facts.variant
            ));
        }
        if taken.contains(&bare) {
            return Err(format!(
                "the name `{}` of variant `{}` becomes {what} `{bare}`, which the generated code declares itself; give the variant another `name`",
                entry.facts.name, entry.facts.variant
            ));
        }
        if let Some(first) = seen.insert(made.clone(), entry) {
            return Err(format!(
                "the names `{}` (variant `{}`) and `{}` (variant `{}`) both become {what} `{made}`; give one of them another `name`",
                first.facts.name, first.facts.variant, entry.facts.name, entry.facts.variant
            ));
        }
        out.push(made);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::{CodeType, Entry, Taxonomy};

    #[test]
    fn two_names_that_become_one_identifier_are_refused() {
        let mut taxonomy = Taxonomy::new("E", CodeType::U8);
        for (code, variant, name) in [
            (1, "TooLarge", "Content Too Large"),
            (2, "Other", "other"),
            (3, "Large", "contentTooLarge"),
        ] {
            taxonomy.entries.push(Entry::new(variant, code, name));
        }
        let document = Document::new(taxonomy);
        assert_eq!(
            unique(&document, "the Swift case", swift_case, &[]),
            Err("the names `Content Too Large` (variant `TooLarge`) and `contentTooLarge` (variant `Large`) both become the Swift case `contentTooLarge`; give one of them another `name`".to_owned())
        );
        assert_eq!(
            unique(&document, "the constant", screaming_snake_case, &[]),
            Err("the names `Content Too Large` (variant `TooLarge`) and `contentTooLarge` (variant `Large`) both become the constant `CONTENT_TOO_LARGE`; give one of them another `name`".to_owned())
        );
        assert_eq!(
            unique(&document, "the Swift case", swift_case, &["other"]),
            Err("the name `other` of variant `Other` becomes the Swift case `other`, which the generated code declares itself; give the variant another `name`".to_owned())
        );
        assert_eq!(
            unique(&document, "the identity", str::to_owned, &[]),
            Ok(vec![
                "Content Too Large".to_owned(),
                "other".to_owned(),
                "contentTooLarge".to_owned()
            ])
        );
    }

    #[test]
    fn swift_keeps_identifiers_and_quotes_keywords() {
        assert_eq!(swift_case("existingUserInSession"), "existingUserInSession");
        assert_eq!(swift_case("CONNECTION_LOST"), "CONNECTION_LOST");
        assert_eq!(swift_case("default"), "`default`");
        assert_eq!(swift_case("Self"), "`Self`");
        assert_eq!(swift_case("Type"), "`Type`");
    }

    #[test]
    fn swift_makes_an_identifier_of_any_other_name() {
        assert_eq!(swift_case("Content Too Large"), "contentTooLarge");
        assert_eq!(swift_case("invalid-socket.url"), "invalidSocketUrl");
        assert_eq!(swift_case("413 Too Large"), "_413TooLarge");
        assert_eq!(swift_case("日本"), "日本");
        assert_eq!(swift_case("Café crème"), "caféCrème");
    }

    #[test]
    fn a_name_without_letters_or_digits_is_refused() {
        let mut taxonomy = Taxonomy::new("E", CodeType::U8);
        taxonomy.entries.push(Entry::new("Bang", 1, "!!"));
        assert_eq!(
            unique(&Document::new(taxonomy), "the Java constant", screaming_snake_case, &[]),
            Err("the name `!!` of variant `Bang` has no letter or digit to make the Java constant of; give the variant a `name` that has".to_owned())
        );
    }

    #[test]
    fn camel_case_names_become_screaming_snake_case() {
        assert_eq!(
            screaming_snake_case("existingUserInSession"),
            "EXISTING_USER_IN_SESSION"
        );
        assert_eq!(screaming_snake_case("unknownError"), "UNKNOWN_ERROR");
        assert_eq!(screaming_snake_case("transport"), "TRANSPORT");
    }

    #[test]
    fn acronyms_stay_whole() {
        assert_eq!(
            screaming_snake_case("invalidSocketURL"),
            "INVALID_SOCKET_URL"
        );
        assert_eq!(screaming_snake_case("URLParser"), "URL_PARSER");
        assert_eq!(
            screaming_snake_case("invalidTokenJsonData"),
            "INVALID_TOKEN_JSON_DATA"
        );
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(screaming_snake_case("http2Error"), "HTTP2_ERROR");
        assert_eq!(screaming_snake_case("kebab-case name_"), "KEBAB_CASE_NAME");
        assert_eq!(
            screaming_snake_case("ALREADY_SCREAMING"),
            "ALREADY_SCREAMING"
        );
        assert_eq!(screaming_snake_case("404 Not Found"), "_404_NOT_FOUND");
    }
}
