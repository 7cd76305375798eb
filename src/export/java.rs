//! The Android SDK's side: an enum of code, name and message, spelled the
//! way the Android SDK spells its constants, with a lookup by code. Codes
//! are `int` when every one fits, else `long`.

use super::Document;
use super::escape::{Syntax, quoted};
use super::generated::{deprecated_tag, every_code, header, members};
use super::identifiers::{screaming_snake_case, unique};
use error_codes_model::CodeType;
use std::fmt::Write as _;

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

/// Whether every value of `code_type` is a Java `int`.
pub fn fits_int(code_type: CodeType) -> bool {
    code_type.min() >= i128::from(i32::MIN) && code_type.max() <= i128::from(i32::MAX)
}

/// A code as a Java literal of the type the enum uses. A `u64` beyond
/// `Long.MAX_VALUE` keeps its bits, as Java's `long` holds an unsigned
/// 64-bit value (`Long.toUnsignedString` prints it back).
pub fn literal(code: i128, int: bool) -> String {
    if int {
        return code.to_string();
    }
    let bits = i64::try_from(code).unwrap_or_else(|_| {
        i64::from_ne_bytes(u64::try_from(code).unwrap_or(u64::MAX).to_ne_bytes())
    });
    if bits == i64::MIN {
        // `-9223372036854775808L` does not lex: the literal is out of range
        // before the minus applies.
        "Long.MIN_VALUE".to_owned()
    } else {
        format!("{bits}L")
    }
}

/// `package` is the Java package, if any.
pub fn render(
    document: &Document,
    naming: Naming,
    package: Option<&str>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let name = &taxonomy.name;
    let constants_of = unique(document, "the Java constant", |name| naming.constant(name))?;
    let int = fits_int(taxonomy.code_type);
    let code_type = if int { "int" } else { "long" };
    let header = header("java", document);
    let package = package.map_or_else(String::new, |package| format!("\npackage {package};\n"));
    let constants = members(document, "    ", |index, entry| {
        let constant = format!(
            "{}({}, {}, {}),",
            constants_of[index],
            literal(entry.code, int),
            quoted(&entry.name, Syntax::CFamily),
            quoted(&entry.description(), Syntax::CFamily),
        );
        match deprecated_tag(entry) {
            Some(tag) => format!("{tag}\n    @Deprecated\n    {constant}"),
            None => constant,
        }
    });
    let lookup = if int {
        let mut cases = String::new();
        for (code, index) in every_code(document) {
            let _ = writeln!(
                cases,
                "            case {code}: return {};",
                constants_of[index]
            );
        }
        format!("        switch (code) {{\n{cases}            default: return null;\n        }}\n")
    } else {
        // `switch` takes no `long`: compare in turn.
        let mut tests = String::new();
        for (code, index) in every_code(document) {
            let _ = writeln!(
                tests,
                "        if (code == {}) return {};",
                literal(code, false),
                constants_of[index]
            );
        }
        format!("{tests}        return null;\n")
    };
    Ok(format!(
        r#"{header}{package}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
public enum {name} {{
{constants}    ;

    private final {code_type} code;
    private final String name;
    private final String message;

    {name}({code_type} code, String name, String message) {{
        this.code = code;
        this.name = name;
        this.message = message;
    }}

    /** The integer code, as {{@code NSError}} and the server carry it. */
    public {code_type} getCode() {{
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
    public static {name} fromCode({code_type} code) {{
{lookup}    }}
}}
"#
    ))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_int_or_long_literals() {
        assert!(fits_int(CodeType::U16) && fits_int(CodeType::I32));
        assert!(!fits_int(CodeType::U32) && !fits_int(CodeType::I64));
        assert_eq!(literal(-1, true), "-1");
        assert_eq!(literal(-1, false), "-1L");
        assert_eq!(literal(u64::MAX.into(), false), "-1L");
        assert_eq!(literal(i64::MIN.into(), false), "Long.MIN_VALUE");
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
