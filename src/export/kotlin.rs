//! The Android SDK's Kotlin side: an `enum class` of code, name and
//! message, constants in `SCREAMING_SNAKE_CASE`, KDoc with the reasons and
//! the section, and `fromCode`/`fromName` that return `null` for input the
//! build does not know. Codes are `Int` when every one fits, else `Long`.

use super::escape::{Syntax, quoted};
use super::generated::{NO_REASON, doc_text, header, members};
use super::identifiers::{screaming_snake_case, unique};
use super::jvm::{fits_int, literal};
use crate::document::Document;
use std::fmt::Write as _;

pub fn render(document: &Document, package: Option<&str>) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let constant_of = unique(document, "the Kotlin constant", screaming_snake_case, &[])?;
    let int = fits_int(taxonomy.code_type);
    let code_type = if int { "Int" } else { "Long" };
    let literal = |code: i128| literal(code, int);
    let header = header("kotlin", document);
    let package = package.map_or_else(String::new, |package| format!("\npackage {package}\n"));
    let constants = members(document, "    ", |index, entry| {
        let reasons = entry
            .documented_reasons()
            .unwrap_or_else(|| format!("{NO_REASON}."));
        let mut lines = format!("/**\n     * {}\n", doc_text(&reasons));
        if let Some(category) = &entry.category {
            let _ = writeln!(lines, "     *\n     * Section: {}.", doc_text(category));
        }
        // The note as written; `@Deprecated` has no place for the SDK's
        // version, which the comment gives.
        let deprecation = entry.deprecated.as_ref();
        if let Some(since) = deprecation.and_then(|deprecation| deprecation.since.as_ref()) {
            let _ = writeln!(
                lines,
                "     *\n     * Deprecated since {}.",
                doc_text(since)
            );
        }
        lines.push_str("     */\n");
        if let Some(deprecation) = deprecation {
            let note = deprecation.note.as_deref().unwrap_or_default();
            let _ = writeln!(lines, "    @Deprecated({})", quoted(note, Syntax::Kotlin));
        }
        let _ = write!(
            lines,
            "    {}({}, {}, {}),",
            constant_of[index],
            literal(entry.code),
            quoted(&entry.name, Syntax::Kotlin),
            quoted(&entry.description(), Syntax::Kotlin),
        );
        lines
    });
    let mut by_code = String::new();
    for (code, index) in taxonomy.every_code() {
        let _ = writeln!(
            by_code,
            "            {} to {},",
            literal(code),
            constant_of[index]
        );
    }
    let mut by_name = String::new();
    for (name, index) in taxonomy.every_name() {
        let _ = writeln!(
            by_name,
            "            {} to {},",
            quoted(name, Syntax::Kotlin),
            constant_of[index]
        );
    }
    // Deprecated constants are named in the lookup tables: that is the
    // enum's own use, not a caller's.
    Ok(format!(
        r#"{header}{package}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
@Suppress("DEPRECATION")
enum class {ty}(
    /** The integer code, as `NSError` and the server carry it. */
    val code: {code_type},
    /** The name every SDK shares; `name` is the constant's. */
    val codeName: String,
    /** The documented reasons joined with "; ", or the name when none is documented. */
    val message: String,
) {{
{constants}    ;

    companion object {{
        private val byCode: Map<{code_type}, {ty}> = mapOf(
{by_code}        )

        private val byName: Map<String, {ty}> = mapOf(
{by_name}        )

        /** The constant with this code (its alternatives included), or `null`. */
        @JvmStatic
        fun fromCode(code: {code_type}): {ty}? = byCode[code]

        /** The constant with this name or alias (exact, case-sensitive), or `null`. */
        @JvmStatic
        fun fromName(name: String): {ty}? = byName[name]
    }}
}}
"#
    ))
}
