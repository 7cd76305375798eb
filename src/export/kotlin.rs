//! The Android SDK's Kotlin side: an `enum class` of code, name and
//! message, constants in `SCREAMING_SNAKE_CASE`, KDoc with the reasons and
//! the section, and `fromCode`/`fromName` that return `null` for input the
//! build does not know. Codes are `Int` when the code type fits one, else
//! `Long`.
//!
//! With a catch-all, a code the build does not know is kept too: the enum
//! and a data class `Unknown{Enum}` implement a sealed interface
//! `Any{Enum}`, and `fromWireCode` returns one or the other, never `null`
//! (Kotlin's own idiom for a closed set with one open case: a sealed type,
//! exhaustive in `when`).
//!
//! Where the taxonomy has them, each constant has a `docUrl` and an
//! `isRetryable` property, named arguments where they are not the default.
//!
//! ```kotlin
//! enum class ErrorCode(val code: Int, val codeName: String, val message: String) {
//!     // User Error codes
//!     /** Invalid participant type; ... Section: User Error codes. */
//!     USER_GENERIC(101, "userGeneric", "Invalid participant type; ..."),
//!     // ...
//!     companion object {
//!         @JvmStatic fun fromCode(code: Int): ErrorCode? = byCode[code]
//!         @JvmStatic fun fromName(name: String): ErrorCode? = byName[name]
//!     }
//! }
//! ```
//!
//! A deprecated code is `@Deprecated("...")` with its note as written. The
//! tests compile it with `kotlinc-jvm -Werror` and run it against every code,
//! name and message.

use super::escape::{Syntax, quoted};
use super::generated::{NO_REASON, doc_text, header, members, reserved_comment};
use super::identifiers::{screaming_snake_case, unique};
use super::jvm::{fits_int, literal};
use crate::document::Document;
use error_codes_model::{CodeType, Taxonomy};
use std::fmt::Write as _;

pub(crate) fn render(document: &Document, package: Option<&str>) -> Result<String, String> {
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
            .facts
            .documented_reasons()
            .unwrap_or_else(|| format!("{NO_REASON}."));
        let mut lines = format!("/**\n     * {}\n", doc_text(&reasons));
        if let Some(category) = &entry.facts.category {
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
            "    {}({}, {}, {}",
            constant_of[index],
            literal(entry.code),
            quoted(&entry.facts.name, Syntax::Kotlin),
            quoted(&entry.facts.description(), Syntax::Kotlin),
        );
        if let Some(doc_url) = &entry.facts.doc_url {
            let _ = write!(lines, ", docUrl = {}", quoted(doc_url, Syntax::Kotlin));
        }
        if entry.facts.retryable {
            lines.push_str(", isRetryable = true");
        }
        lines.push_str("),");
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
    let reserved = reserved_comment(taxonomy, "    ");
    let catch_all = CatchAllKotlin::new(document, code_type);
    let overriding = if catch_all.is_some() { "override " } else { "" };
    let link_and_retry = LinkAndRetry::of(taxonomy);
    let properties = link_and_retry.properties(overriding);
    let (any_interface, implements, from_wire, unknown) = match &catch_all {
        Some(catch_all) => (
            catch_all.interface(&link_and_retry),
            format!(" : Any{ty}"),
            catch_all.wire_decoder(),
            catch_all.unknown(&link_and_retry),
        ),
        None => (String::new(), String::new(), String::new(), String::new()),
    };
    // Deprecated constants are named in the lookup tables: that is the
    // enum's own use, not a caller's.
    Ok(format!(
        r#"{header}{package}{any_interface}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
@Suppress("DEPRECATION")
enum class {ty}(
    /** The integer code, as `NSError` and the server carry it. */
    {overriding}val code: {code_type},
    /** The name every SDK shares; `name` is the constant's. */
    {overriding}val codeName: String,
    /** The documented reasons joined with "; ", or the name when none is documented. */
    {overriding}val message: String,
{properties}){implements} {{
{constants}    ;
{reserved}
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
{from_wire}    }}
}}
{unknown}"#
    ))
}

/// What a catch-all adds to the Kotlin export.
struct CatchAllKotlin<'a> {
    ty: &'a str,
    code_type: &'a str,
    /// The catch-all's name, as a Kotlin literal.
    name: String,
    /// Its description, as a Kotlin literal without the closing quote, for
    /// the code to follow.
    description: String,
    /// How a code prints: unsigned for a `u64` taxonomy's `Long`.
    printed: &'static str,
}

impl<'a> CatchAllKotlin<'a> {
    fn new(document: &'a Document, code_type: &'a str) -> Option<Self> {
        let taxonomy = &document.taxonomy;
        let catch_all = taxonomy.catch_all.as_ref()?;
        let description = quoted(&catch_all.description(), Syntax::Kotlin);
        Some(CatchAllKotlin {
            ty: &taxonomy.name,
            code_type,
            name: quoted(&catch_all.name, Syntax::Kotlin),
            description: description[..description.len() - 1].to_owned(),
            printed: if taxonomy.code_type == CodeType::U64 {
                "${code.toULong()}"
            } else {
                "$code"
            },
        })
    }

    fn interface(&self, link_and_retry: &LinkAndRetry) -> String {
        let CatchAllKotlin { ty, code_type, .. } = self;
        let properties = link_and_retry.interface();
        format!(
            r#"
/**
 * Any code of [{ty}]: one this build declares, or one it does not know (a
 * newer server's), kept as it came. Exhaustive in `when`.
 */
sealed interface Any{ty} {{
    /** The integer code, as the server sent it. */
    val code: {code_type}
    /** The name every SDK shares. */
    val codeName: String
    /** The message. */
    val message: String
{properties}}}
"#
        )
    }

    fn wire_decoder(&self) -> String {
        let CatchAllKotlin { ty, code_type, .. } = self;
        format!(
            r"
        /**
         * Never `null`: the constant with this code (its alternatives
         * included), or the code as it came, as [Unknown{ty}].
         */
        @JvmStatic
        fun fromWireCode(code: {code_type}): Any{ty} = byCode[code] ?: Unknown{ty}(code)
"
        )
    }

    fn unknown(&self, link_and_retry: &LinkAndRetry) -> String {
        let CatchAllKotlin {
            ty,
            code_type,
            name,
            description,
            printed,
        } = self;
        let properties = link_and_retry.unknown();
        format!(
            r#"
/** A code of [{ty}] that this build does not know, kept as it came. */
data class Unknown{ty}(override val code: {code_type}) : Any{ty} {{
    override val codeName: String get() = {name}
    override val message: String get() = {description} (code {printed})"
{properties}}}
"#
        )
    }
}

/// The documentation link and the retryability, where the taxonomy has
/// them: `Some` of the catch-all's, `None` where it has none.
struct LinkAndRetry {
    doc_url: Option<String>,
    retryable: Option<bool>,
}

const DOC_URL_DOC: &str = "The page that documents this code, or `null` when it has none.";
const RETRYABLE_DOC: &str = "Whether the same request may succeed if tried again (a timeout, an overloaded server), as opposed to a mistake the caller must fix.";

impl LinkAndRetry {
    fn of(taxonomy: &Taxonomy) -> Self {
        let catch_all = taxonomy.catch_all.as_ref();
        LinkAndRetry {
            doc_url: taxonomy.has_doc_urls().then(|| {
                catch_all
                    .and_then(|catch_all| catch_all.doc_url.as_deref())
                    .map_or_else(
                        || "null".to_owned(),
                        |doc_url| quoted(doc_url, Syntax::Kotlin),
                    )
            }),
            retryable: taxonomy
                .has_retryable()
                .then(|| catch_all.is_some_and(|catch_all| catch_all.retryable)),
        }
    }

    /// The enum's constructor parameters, defaulted.
    fn properties(&self, overriding: &str) -> String {
        let mut out = String::new();
        if self.doc_url.is_some() {
            let _ = writeln!(
                out,
                "    /** {DOC_URL_DOC} */\n    {overriding}val docUrl: String? = null,"
            );
        }
        if self.retryable.is_some() {
            let _ = writeln!(
                out,
                "    /** {RETRYABLE_DOC} */\n    {overriding}val isRetryable: Boolean = false,"
            );
        }
        out
    }

    /// The sealed interface's.
    fn interface(&self) -> String {
        let mut out = String::new();
        if self.doc_url.is_some() {
            let _ = writeln!(out, "    /** {DOC_URL_DOC} */\n    val docUrl: String?");
        }
        if self.retryable.is_some() {
            let _ = writeln!(
                out,
                "    /** {RETRYABLE_DOC} */\n    val isRetryable: Boolean"
            );
        }
        out
    }

    /// The unknown code's: the catch-all's.
    fn unknown(&self) -> String {
        let mut out = String::new();
        if let Some(doc_url) = &self.doc_url {
            let _ = writeln!(out, "    override val docUrl: String? get() = {doc_url}");
        }
        if let Some(retryable) = self.retryable {
            let _ = writeln!(
                out,
                "    override val isRetryable: Boolean get() = {retryable}"
            );
        }
        out
    }
}
