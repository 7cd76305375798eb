//! What the Java and Kotlin exports share on the JVM: the integer type
//! codes take there, their literals, package names, and the limit of code
//! per method that decides how a large taxonomy's tables are split.
//!
//! The JVM caps a method at 64 KB of bytecode, and a class's static
//! initializer is one method: everything a generated class fills in when it
//! loads, at 10 to 35 bytes a constant or a table row, must be split into
//! methods of [`CHUNK`] statements each. An `enum` cannot be split so: its
//! class initializer creates every constant itself, which is why the
//! exports are an `enum` up to [`LARGEST_ENUM`] codes and a final class of
//! constants past it.

use super::android_strings::{ResourceNames, resource_names};
use super::identifiers::is_identifier;
use crate::document::Document;
use error_codes_model::{CodeType, Taxonomy};
use std::fmt::Write as _;

/// The most statements of a generated method that fills a table: at most
/// 35 bytes of bytecode each, 35 KB, well within the JVM's 64 KB.
pub const CHUNK: usize = 1_000;

/// The most codes a generated `enum` has. Its class initializer creates
/// each constant (up to 33 bytes of bytecode with a link, retryability and
/// Kotlin's default arguments) and nothing else, the tables being filled
/// by a loop and by methods of their own: 2,000 constants stay under the
/// JVM's 64 KB. A larger taxonomy is a final class whose constants are
/// created in chunks, with the enum's own members (`values()`, `name()`;
/// `entries`, `name` in Kotlin).
pub const LARGEST_ENUM: usize = 1_500;

/// Whether the taxonomy is exported as an `enum` (else as a final class).
pub fn is_enum(taxonomy: &Taxonomy) -> bool {
    taxonomy.entries.len() <= LARGEST_ENUM
}

/// What a localized export reads on Android: each message's resource
/// name, and the `R` class that numbers them.
pub struct Resources<'a> {
    pub names: ResourceNames,
    pub r_class: &'a str,
}

impl<'a> Resources<'a> {
    /// The resources of `document` for a `language` export, which must be
    /// an `enum`: its tables of resources are filled in one method (a
    /// static initializer in Java), which the JVM bounds, and as many codes
    /// as an `enum` takes fit in it.
    pub fn new(document: &Document, r_class: &'a str, language: &str) -> Result<Self, String> {
        if !is_enum(&document.taxonomy) {
            return Err(format!(
                "`localized` {language} takes at most {LARGEST_ENUM} codes, and `{}` has {}",
                document.taxonomy.name,
                document.taxonomy.entries.len()
            ));
        }
        Ok(Resources {
            names: resource_names(document)?,
            r_class,
        })
    }
}

/// `rows` (statements, elements) a [`CHUNK`] at a time: per chunk, its
/// call, `call(number)`, and the chunk itself (a method, a class), written
/// as `open(number)`, then its rows, each on a line after `indent`, then
/// `close`. The calls, and every chunk one after the other.
pub fn chunked(
    rows: &[String],
    call: impl Fn(usize) -> String,
    open: impl Fn(usize) -> String,
    indent: &str,
    close: &str,
) -> (Vec<String>, String) {
    let (mut calls, mut chunks) = (Vec::new(), String::new());
    for (number, chunk) in rows.chunks(CHUNK).enumerate() {
        calls.push(call(number));
        chunks.push_str(&open(number));
        for row in chunk {
            let _ = writeln!(chunks, "{indent}{row}");
        }
        chunks.push_str(close);
    }
    (calls, chunks)
}

/// The codes the lookups take beyond each constant's own, which a loop
/// over the constants puts: the alternatives, each with its entry's index.
pub fn alternatives(taxonomy: &Taxonomy) -> impl Iterator<Item = (i128, usize)> + '_ {
    taxonomy.every_code().skip(taxonomy.entries.len())
}

/// The names the lookups take beyond each constant's own: the aliases.
pub fn aliases(taxonomy: &Taxonomy) -> impl Iterator<Item = (&str, usize)> {
    taxonomy.every_name().skip(taxonomy.entries.len())
}

/// Whether the alternatives and aliases are put by the class initializer
/// itself: while it holds at most a [`CHUNK`] of statements, its constants
/// included. Past that, it creates the constants and calls a method per
/// chunk of them.
pub fn more_keys_inline(taxonomy: &Taxonomy) -> bool {
    let more_keys = alternatives(taxonomy).count() + aliases(taxonomy).count();
    taxonomy.entries.len() + more_keys <= CHUNK
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

/// Java's reserved words and literals, none of which may be a package
/// segment (Java 9 and later reserve `_` too).
const JAVA_KEYWORDS: &[&str] = &[
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "try",
    "void",
    "volatile",
    "while",
    "true",
    "false",
    "null",
    "_",
];

/// Kotlin's hard keywords, which may not be a package segment unquoted.
const KOTLIN_KEYWORDS: &[&str] = &[
    "as",
    "break",
    "class",
    "continue",
    "do",
    "else",
    "false",
    "for",
    "fun",
    "if",
    "in",
    "interface",
    "is",
    "null",
    "object",
    "package",
    "return",
    "super",
    "this",
    "throw",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "when",
    "while",
    "_",
];

/// A message's value as a Kotlin identifier: in backticks when it is a
/// keyword.
pub fn kotlin_identifier(name: &str) -> String {
    if KOTLIN_KEYWORDS.contains(&name) {
        format!("`{name}`")
    } else {
        name.to_owned()
    }
}

/// A message's value as a Java identifier: a keyword gets a `_` after it,
/// as Java has no quoted identifiers.
pub fn java_identifier(name: &str) -> String {
    if JAVA_KEYWORDS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// The value parser of `--java-package`: Java identifiers joined by dots.
///
/// # Errors
///
/// A segment is no identifier, or a Java keyword.
pub fn java_package(name: &str) -> Result<String, String> {
    package(name, "Java", &['$'], JAVA_KEYWORDS)
}

/// The value parser of `--kotlin-package`: Kotlin identifiers joined by
/// dots.
///
/// # Errors
///
/// A segment is no identifier, or a Kotlin keyword.
pub fn kotlin_package(name: &str) -> Result<String, String> {
    package(name, "Kotlin", &[], KOTLIN_KEYWORDS)
}

fn package(name: &str, language: &str, also: &[char], keywords: &[&str]) -> Result<String, String> {
    for segment in name.split('.') {
        if keywords.contains(&segment) {
            return Err(format!(
                "`{segment}` is a {language} keyword, which cannot name a package; choose another word, such as com.example.sdk"
            ));
        }
        if !is_identifier(segment, also) {
            return Err(format!(
                "`{segment}` is not a {language} identifier; expected identifiers joined by dots, such as com.example.sdk"
            ));
        }
    }
    Ok(name.to_owned())
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
    fn tables_are_filled_a_chunk_at_a_time() {
        let rows: Vec<String> = (0..2 * CHUNK + 1).map(|row| format!("r{row};")).collect();
        let (calls, chunks) = chunked(
            &rows,
            |number| format!("f{number}();"),
            |number| format!("void f{number}() {{\n"),
            "  ",
            "}\n",
        );
        assert_eq!(calls, ["f0();", "f1();", "f2();"]);
        let bodies: Vec<usize> = chunks
            .split("}\n")
            .filter(|chunk| !chunk.is_empty())
            .map(|chunk| chunk.lines().filter(|line| line.starts_with("  r")).count())
            .collect();
        assert_eq!(bodies, [CHUNK, CHUNK, 1]);
        assert!(chunks.starts_with("void f0() {\n  r0;\n"));
        let last = format!("void f2() {{\n  r{};\n}}\n", 2 * CHUNK);
        assert!(chunks.ends_with(&last));
    }

    #[test]
    fn package_names_are_dotted_identifiers() {
        for good in ["com.example.sdk", "errors", "com.例え.sdk"] {
            assert!(
                java_package(good).is_ok() && kotlin_package(good).is_ok(),
                "{good}"
            );
        }
        for bad in ["", "com..example", "com.example.", "1com", "com.ex-ample"] {
            assert!(java_package(bad).is_err(), "{bad}");
            assert!(kotlin_package(bad).is_err(), "{bad}");
        }
        assert!(java_package("com.$sdk").is_ok() && kotlin_package("com.$sdk").is_err());
    }

    #[test]
    fn a_keyword_cannot_name_a_package() {
        assert_eq!(
            java_package("com.example.class"),
            Err("`class` is a Java keyword, which cannot name a package; choose another word, such as com.example.sdk".to_owned())
        );
        assert_eq!(
            kotlin_package("com.example.object"),
            Err("`object` is a Kotlin keyword, which cannot name a package; choose another word, such as com.example.sdk".to_owned())
        );
        // Each language's own keywords: `object` is no Java keyword.
        assert!(java_package("com.example.object").is_ok());
        assert!(kotlin_package("com.example.int").is_ok());
    }
}
