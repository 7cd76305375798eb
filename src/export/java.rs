//! The Android SDK's side: an enum of code, name and message, spelled the
//! way the Android SDK spells its constants, with a lookup by code.

use super::escape::{Syntax, quoted};
use super::source::{header, members};
use error_codes::ErrorCode;

/// How the constants are spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// `EXISTING_USER_IN_SESSION_ERROR_CODE` but `UNKNOWN_ERROR`: the suffix
    /// unless the name already ends in `_ERROR`, as the Android SDK writes
    /// them.
    ErrorCodeSuffix,
    /// `EXISTING_USER_IN_SESSION`.
    ScreamingSnakeCase,
}

impl Naming {
    fn constant(self, name: &str) -> String {
        let constant = screaming_snake_case(name);
        match self {
            Naming::ErrorCodeSuffix if constant.ends_with("_ERROR") => constant,
            Naming::ErrorCodeSuffix => constant + "_ERROR_CODE",
            Naming::ScreamingSnakeCase => constant,
        }
    }
}

/// `package` is the Java package, if any.
pub fn render(naming: Naming, package: Option<&str>) -> String {
    let header = header("java");
    let package = package.map_or_else(String::new, |package| format!("\npackage {package};\n"));
    let constants = members("    ", |code| {
        format!(
            "{}({}, {}, {}),",
            naming.constant(code.name()),
            code.code(),
            quoted(code.name(), Syntax::CFamily),
            quoted(code.description(), Syntax::CFamily),
        )
    });
    let lookup: String = ErrorCode::ALL
        .iter()
        .map(|code| {
            format!(
                "            case {}: return {};\n",
                code.code(),
                naming.constant(code.name())
            )
        })
        .collect();
    format!(
        r#"{header}{package}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
public enum ErrorCode {{
{constants}    ;

    private final int code;
    private final String name;
    private final String message;

    ErrorCode(int code, String name, String message) {{
        this.code = code;
        this.name = name;
        this.message = message;
    }}

    /** The integer code, as {{@code NSError}} and the server carry it. */
    public int getCode() {{
        return code;
    }}

    /**
     * The name every SDK shares, such as {{@code existingUserInSession}};
     * {{@link #name()}} is the constant's.
     */
    public String getName() {{
        return name;
    }}

    /** The documented reasons joined with "; ", or the name when none is documented. */
    public String getMessage() {{
        return message;
    }}

    /** The constant with this code, or {{@code null}} for a code this build does not know. */
    public static ErrorCode fromCode(int code) {{
        switch (code) {{
{lookup}            default: return null;
        }}
    }}
}}
"#
    )
}

/// The value parser of `--java-package`: identifiers joined by dots.
pub fn package_name(name: &str) -> Result<String, String> {
    let is_identifier = |part: &str| {
        part.starts_with(|ch: char| ch.is_alphabetic() || ch == '_' || ch == '$')
            && part
                .chars()
                .all(|ch| ch.is_alphanumeric() || ch == '_' || ch == '$')
    };
    if name.split('.').all(is_identifier) {
        Ok(name.to_owned())
    } else {
        Err("expected identifiers joined by dots, such as com.example.sdk".to_owned())
    }
}

/// `existingUserInSession` -> `EXISTING_USER_IN_SESSION`. A word starts at a
/// capital after a lowercase letter or digit, or at the last capital of a
/// run followed by a lowercase letter, so acronyms stay whole:
/// `invalidSocketURL` -> `INVALID_SOCKET_URL`, `URLParser` -> `URL_PARSER`.
/// Anything not alphanumeric separates words.
fn screaming_snake_case(name: &str) -> String {
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
    constant.trim_end_matches('_').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn package_names_are_dotted_identifiers() {
        assert!(package_name("com.example.sdk").is_ok());
        assert!(package_name("errors").is_ok());
        for bad in ["", "com..example", "com.example.", "1com", "com.ex-ample"] {
            assert!(package_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_suffix_is_optional() {
        assert_eq!(
            Naming::ErrorCodeSuffix.constant("existingUserInSession"),
            "EXISTING_USER_IN_SESSION_ERROR_CODE"
        );
        // The Android SDK's own `UNKNOWN_ERROR`: no `_ERROR_ERROR_CODE`.
        assert_eq!(
            Naming::ErrorCodeSuffix.constant("unknownError"),
            "UNKNOWN_ERROR"
        );
        assert_eq!(
            Naming::ErrorCodeSuffix.constant("transport"),
            "TRANSPORT_ERROR_CODE"
        );
        assert_eq!(
            Naming::ScreamingSnakeCase.constant("existingUserInSession"),
            "EXISTING_USER_IN_SESSION"
        );
    }
}
