//! The Android SDK's side: an enum of code, name and message, spelled the
//! way the Android SDK spells its constants, with a lookup by code. Codes
//! are `int` when every one fits, else `long`. Where the taxonomy has
//! them, `getDocUrl()` and `isRetryable()` as JavaBeans spell them.
//!
//! ```java
//! public enum ErrorCode {
//!     // User Error codes
//!     USER_GENERIC_ERROR_CODE(101, "userGeneric", "Invalid participant type; ..."),
//!     // ...
//!     public int getCode() { ... }
//!     public String getName() { ... }     // existingUserInSession; name() is the constant's
//!     public String getMessage() { ... }
//!     public static ErrorCode fromCode(int code) { ... }
//!     public static ErrorCode fromName(String name) { ... }
//! }
//! ```
//!
//! By default the constants are spelled as the Android SDK spells them,
//! `SCREAMING_SNAKE_CASE` with `_ERROR_CODE` unless the name already ends in
//! `_ERROR` (`EXISTING_USER_IN_SESSION_ERROR_CODE`, `UNKNOWN_ERROR`);
//! `--java-naming SCREAMING_SNAKE_CASE` drops the suffix. `fromCode` and
//! `fromName` return `null` for what the build does not know. A deprecated
//! code is `@Deprecated` with a Javadoc `@deprecated` that gives its note as
//! written. The tests compile it with `javac -Xlint:all -Werror` and run it
//! against every code, name and message.

use super::escape::{Syntax, quoted};
use super::generated::{deprecated_tag, header, members, reserved_comment};
use super::identifiers::{screaming_snake_case, unique};
use super::jvm::{fits_int, literal};
use crate::document::Document;
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

/// `package` is the Java package, if any.
pub(crate) fn render(
    document: &Document,
    naming: Naming,
    package: Option<&str>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let name = &taxonomy.name;
    let constants_of = unique(
        document,
        "the Java constant",
        |name| naming.constant(name),
        &[],
    )?;
    let int = fits_int(taxonomy.code_type);
    let code_type = if int { "int" } else { "long" };
    let header = header("java", document);
    let package = package.map_or_else(String::new, |package| format!("\npackage {package};\n"));
    let links = taxonomy.has_doc_urls();
    let retry = taxonomy.has_retryable();
    let constants = members(document, "    ", |index, entry| {
        let mut arguments = vec![
            literal(entry.code, int),
            quoted(&entry.facts.name, Syntax::CFamily),
            quoted(&entry.facts.description(), Syntax::CFamily),
        ];
        if links {
            arguments.push(link(entry.facts.doc_url.as_deref()));
        }
        if retry {
            arguments.push(entry.facts.retryable.to_string());
        }
        let constant = format!("{}({}),", constants_of[index], arguments.join(", "));
        match deprecated_tag(entry) {
            Some(tag) => format!("{tag}\n    @Deprecated\n    {constant}"),
            None => constant,
        }
    });
    let lookup = if int {
        let mut cases = String::new();
        for (code, index) in taxonomy.every_code() {
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
        for (code, index) in taxonomy.every_code() {
            let _ = writeln!(
                tests,
                "        if (code == {}) return {};",
                literal(code, false),
                constants_of[index]
            );
        }
        format!("{tests}        return null;\n")
    };
    let mut names = String::new();
    for (name, index) in taxonomy.every_name() {
        let _ = writeln!(
            names,
            "            case {}: return {};",
            quoted(name, Syntax::CFamily),
            constants_of[index]
        );
    }
    let reserved = reserved_comment(taxonomy, "    ");
    let any = catch_all(document, code_type, links, retry);
    // What the taxonomy adds to each constant: type, field, getter, and the
    // getter's Javadoc.
    let mut properties = Vec::new();
    if links {
        properties.push((
            "String",
            "docUrl",
            "getDocUrl",
            format!("    /** {DOC_URL_DOC} */\n"),
        ));
    }
    if retry {
        properties.push(("boolean", "retryable", "isRetryable", retryable_doc("    ")));
    }
    let (mut fields, mut parameters, mut assignments, mut getters) =
        (String::new(), String::new(), String::new(), String::new());
    for (ty, field, getter, doc) in &properties {
        let _ = writeln!(fields, "    private final {ty} {field};");
        let _ = write!(parameters, ", {ty} {field}");
        let _ = writeln!(assignments, "        this.{field} = {field};");
        let _ = write!(
            getters,
            "\n{doc}    public {ty} {getter}() {{\n        return {field};\n    }}\n"
        );
    }
    Ok(format!(
        r#"{header}{package}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
public enum {name} {{
{constants}    ;
{reserved}
    private final {code_type} code;
    private final String name;
    private final String message;
{fields}
    {name}({code_type} code, String name, String message{parameters}) {{
        this.code = code;
        this.name = name;
        this.message = message;
{assignments}    }}

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
{getters}
    /** The constant with this code, or {{@code null}} for a code this build does not know. */
    public static {name} fromCode({code_type} code) {{
{lookup}    }}

    /** The constant with this name or alias (exact, case-sensitive), or {{@code null}}. */
    public static {name} fromName(String name) {{
        if (name == null) {{
            return null;
        }}
        switch (name) {{
{names}            default: return null;
        }}
    }}
{any}}}
"#
    ))
}

/// With a catch-all, a code the build does not know is kept: `E.Any` holds
/// any code and the constant of a declared one (a value class, as the JVM's
/// `enum` cannot hold a code it does not declare), and `fromWireCode`
/// returns one, never `null`. `links` and `retry`: whether the constants
/// have `getDocUrl()` and `isRetryable()`, which `E.Any` then answers too.
fn catch_all(document: &Document, code_type: &str, links: bool, retry: bool) -> String {
    let taxonomy = &document.taxonomy;
    let Some(catch_all) = &taxonomy.catch_all else {
        return String::new();
    };
    let ty = &taxonomy.name;
    let catch_all_name = quoted(&catch_all.name, Syntax::CFamily);
    let description = quoted(
        &format!("{} (code ", catch_all.description()),
        Syntax::CFamily,
    );
    let mut link_and_retry = String::new();
    if links {
        let _ = write!(
            link_and_retry,
            "\n        /** {DOC_URL_DOC} */\n        public String getDocUrl() {{\n            return known != null ? known.getDocUrl() : {};\n        }}\n",
            link(catch_all.doc_url.as_deref())
        );
    }
    if retry {
        let _ = write!(
            link_and_retry,
            "\n{}        public boolean isRetryable() {{\n            return known != null ? known.isRetryable() : {};\n        }}\n",
            retryable_doc("        "),
            catch_all.retryable
        );
    }
    let (printed, hash) = match (taxonomy.code_type, code_type) {
        (CodeType::U64, _) => ("Long.toUnsignedString(code)", "Long.hashCode(code)"),
        (_, "long") => ("code", "Long.hashCode(code)"),
        _ => ("code", "Integer.hashCode(code)"),
    };
    format!(
        r#"
    /**
     * Never {{@code null}}: the constant with this code (its alternatives
     * included) as an {{@link Any}}, or the code as it came.
     */
    public static Any fromWireCode({code_type} code) {{
        {ty} known = fromCode(code);
        return new Any(known != null ? known.code : code, known);
    }}

    /**
     * Any code of {{@code {ty}}}: one this build declares ({{@link #getKnown()}}),
     * or one it does not know (a newer server's), kept as it came.
     */
    public static final class Any {{
        private final {code_type} code;
        private final {ty} known;

        private Any({code_type} code, {ty} known) {{
            this.code = code;
            this.known = known;
        }}

        /** The integer code, as the server sent it. */
        public {code_type} getCode() {{
            return code;
        }}

        /** The constant with this code, or {{@code null}} for a code this build does not know. */
        public {ty} getKnown() {{
            return known;
        }}

        /** Whether this build declares the code. */
        public boolean isKnown() {{
            return known != null;
        }}

        /** The name every SDK shares. */
        public String getName() {{
            return known != null ? known.getName() : {catch_all_name};
        }}

        /** The message. */
        public String getMessage() {{
            return known != null ? known.getMessage() : {description} + {printed} + ")";
        }}
{link_and_retry}
        @Override
        public boolean equals(Object other) {{
            return other instanceof Any && ((Any) other).code == code;
        }}

        @Override
        public int hashCode() {{
            return {hash};
        }}

        @Override
        public String toString() {{
            return getName() + "(" + {printed} + ")";
        }}
    }}
"#
    )
}

const DOC_URL_DOC: &str = "The page that documents this code, or {@code null} when it has none.";
/// The Javadoc of `isRetryable()`, indented by `indent`.
fn retryable_doc(indent: &str) -> String {
    format!(
        "{indent}/**\n{indent} * Whether the same request may succeed if tried again (a timeout, an\n{indent} * overloaded server), as opposed to a mistake the caller must fix.\n{indent} */\n"
    )
}

/// A link as a Java expression: `null` for none.
fn link(doc_url: Option<&str>) -> String {
    doc_url.map_or_else(
        || "null".to_owned(),
        |doc_url| quoted(doc_url, Syntax::CFamily),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
