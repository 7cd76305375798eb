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
//! The lookups' maps are filled from `entries`, with the alternatives and
//! aliases added. Past [`LARGEST_ENUM`](super::LARGEST_ENUM) codes,
//! which an `enum class` cannot hold (its class initializer makes every
//! constant, and a JVM method holds at most 64 KB of code), the export
//! is a class with a private constructor whose constants are `@JvmField`s
//! of its companion, with the enum's `entries`, `values()` and `name`:
//! every use of the constants, their properties and the lookups reads the
//! same; an exhaustive `when` over the constants is an enum's alone.
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

use super::escape::{Lang, Syntax, doc_comment, quoted};
use super::generated::{
    self, CodePart, NO_REASON, header, members, range_message, reserved_comment,
};
use super::identifiers::{screaming_snake_case, unique};
use super::jvm::kotlin_identifier;
use super::jvm::{
    Resources, aliases, alternatives, chunked, fits_int, is_enum, literal, more_keys_inline,
};
use super::messages;
use crate::document::Document;
use error_codes_model::template::ParameterType;
use error_codes_model::{CodeType, Entry, Taxonomy};
use std::fmt::Write as _;

///
/// With `r_class`, the generated code is localized: every message is read
/// from the app's string resources, of that `R` class, through
/// `{Enum}Strings`, the English the fallback.
pub(crate) fn render(
    document: &Document,
    package: Option<&str>,
    r_class: Option<&str>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let localized = match r_class {
        Some(r_class) => Some(Resources::new(document, r_class, "Kotlin")?),
        None => None,
    };
    let constant_of = unique(document, "the Kotlin constant", screaming_snake_case, &[])?;
    let int = fits_int(taxonomy.code_type);
    let code_type = if int { "Int" } else { "Long" };
    let header = header("kotlin", document, Lang::Kotlin);
    let package = package.map_or_else(String::new, |package| format!("\npackage {package}\n"));
    let arguments = |index: usize| {
        let entry = &taxonomy.entries[index];
        let mut arguments = format!(
            "{}, {}, {}",
            literal(entry.code, int),
            quoted(&entry.facts.name, Syntax::Kotlin),
            quoted(&entry.facts.description(), Syntax::Kotlin),
        );
        if let Some(doc_url) = &entry.facts.doc_url {
            let _ = write!(arguments, ", docUrl = {}", quoted(doc_url, Syntax::Kotlin));
        }
        if entry.facts.retryable {
            arguments.push_str(", isRetryable = true");
        }
        arguments
    };
    let shape = if is_enum(taxonomy) {
        Shape::enumeration(document, &constant_of, &arguments)
    } else {
        Shape::class(document, &constant_of, &arguments)
    };
    let reserved = reserved_comment(taxonomy, Lang::Kotlin, "    ");
    let (lookups, more_keys) = lookups(document, &constant_of, int, code_type);
    let valued = valued(document, &constant_of, localized.as_ref());
    let reading = localized.as_ref().map_or_else(String::new, |resources| {
        reading(document, &constant_of, resources, int)
    });
    let catch_all = CatchAllKotlin::new(document, code_type);
    let ranged = taxonomy.has_code_ranges();
    let overriding = if catch_all.is_some() || ranged {
        "override "
    } else {
        ""
    };
    let link_and_retry = LinkAndRetry::of(taxonomy);
    let properties = link_and_retry.properties(overriding);
    let (mut any_interface, implements, mut from_wire, unknown) = match &catch_all {
        Some(catch_all) => (
            catch_all.interface(&link_and_retry),
            format!(" : Any{ty}"),
            catch_all.wire_decoder(),
            catch_all.unknown(&link_and_retry),
        ),
        None => (String::new(), String::new(), String::new(), String::new()),
    };
    // A range variant keeps its code as the catch-all keeps an unknown one:
    // `Ranged{Enum}(code, constant)` beside `Unknown{Enum}(code)`.
    let (from_code, ranged_class, implements) = if ranged {
        if catch_all.is_none() {
            any_interface = any_interface_of(ty, code_type, &link_and_retry);
        } else {
            from_wire = from_wire.replace("byCode[code] ?: Unknown", "fromCode(code) ?: Unknown");
        }
        (
            ranged_lookup(document, &constant_of, int, code_type),
            ranged_class(document, &constant_of, code_type, &link_and_retry),
            format!(" : Any{ty}"),
        )
    } else {
        (
            format!(
                r"
        /** The constant with this code (its alternatives included), or `null`. */
        @JvmStatic
        fun fromCode(code: {code_type}): {ty}? = byCode[code]
"
            ),
            String::new(),
            implements,
        )
    };
    let Shape {
        declaration,
        constant_property,
        body,
        companion_constants,
        table,
    } = shape;
    // Deprecated constants are named in the lookup tables: that is the
    // enum's own use, not a caller's.
    Ok(format!(
        r#"{header}{package}{any_interface}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
@Suppress("DEPRECATION")
{declaration}(
{constant_property}    /** The integer code, as `NSError` and the server carry it. */
    {overriding}val code: {code_type},
    /** The name every SDK shares; `name` is the constant's. */
    {overriding}val codeName: String,
    /** The documented reasons joined with "; ", or the name when none is documented. */
    {overriding}val message: String,
{properties}){implements} {{
{body}{reserved}
    companion object {{
{companion_constants}{lookups}{from_code}
        /** The constant with this name or alias (exact, case-sensitive), or `null`. */
        @JvmStatic
        fun fromName(name: String): {ty}? = byName[name]
{from_wire}{more_keys}    }}
{table}}}
{unknown}{ranged_class}{valued}{reading}"#
    ))
}

/// The errors whose messages carry values: a sealed class
/// `{Enum}Exception` of the code's constant and the message, with a
/// subclass per such code that takes the values as typed properties and
/// writes its message with them, as Rust's `Display` does.
fn valued(document: &Document, constant_of: &[String], localized: Option<&Resources>) -> String {
    let taxonomy = &document.taxonomy;
    let valued = messages::valued(&taxonomy.entries);
    if valued.is_empty() {
        return String::new();
    }
    let ty = &taxonomy.name;
    let mut classes = String::new();
    let mut reads = String::new();
    for value in &valued {
        let names: Vec<String> = value
            .message
            .parameters
            .iter()
            .map(|parameter| kotlin_identifier(&messages::value_name(&parameter.name)))
            .collect();
        let properties: Vec<String> = value
            .message
            .parameters
            .iter()
            .zip(&names)
            .map(|(parameter, name)| {
                let kind = match parameter.ty {
                    ParameterType::Int => "Long",
                    ParameterType::Uint => "ULong",
                    ParameterType::Float => "Double",
                    ParameterType::String => "String",
                };
                format!("        val {name}: {kind},\n")
            })
            .collect();
        let text = messages::concatenation(value.message, Syntax::Kotlin, |index, ty| {
            let name = &names[index];
            match ty {
                ParameterType::Float => format!("rustFloat({name})"),
                ParameterType::String => name.clone(),
                _ => format!("{name}.toString()"),
            }
        });
        if let Some(localized) = localized {
            let values: Vec<String> = value
                .message
                .parameters
                .iter()
                .zip(&names)
                .map(|(parameter, name)| match parameter.ty {
                    // `%d` takes a `BigInteger`, not Kotlin's `ULong`.
                    ParameterType::Uint => format!("java.math.BigInteger({name}.toString())"),
                    _ => name.clone(),
                })
                .collect();
            let _ = writeln!(
                reads,
                "            is {} -> {} to arrayOf<Any>({})",
                value.type_name,
                quoted(&localized.names.of_entries[value.index], Syntax::Kotlin),
                values.join(", ")
            );
        }
        let _ = write!(
            classes,
            "\n    /** {} */\n    class {}(\n{}    ) : {ty}Exception({ty}.{}, {text})\n",
            doc_comment(&value.message.template, Lang::Kotlin),
            value.type_name,
            properties.concat(),
            constant_of[value.index],
        );
    }
    let float = if messages::writes_floats(&valued) {
        KOTLIN_RUST_FLOAT
    } else {
        ""
    };
    let read = if localized.is_some() {
        format!(
            r#"
    /**
     * The message in the language of [strings], written with the values;
     * the English [message] where it has no translation.
     */
    fun message(strings: {ty}Strings): String {{
        val (name, values) = when (this) {{
{reads}        }}
        return strings.format(name)?.let {{ String.format(java.util.Locale.getDefault(), it, *values) }} ?: message.orEmpty()
    }}

    /** The message in the user's language, from the app's string resources. */
    fun message(context: android.content.Context): String = message({ty}Strings.of(context))
"#
        )
    } else {
        String::new()
    };
    format!(
        r#"
/**
 * An error of [{ty}] whose message carries values: the constant of its
 * code, and the message written with the values, as the Rust `Display`
 * writes it. A subclass per such code holds the values.
 */
@Suppress("DEPRECATION")
sealed class {ty}Exception(
    /** The constant of the code. */
    val error: {ty},
    message: String,
) : Exception(message) {{{classes}{read}}}
{float}"#
    )
}

/// A float as Rust's `Display` writes it: no exponent, no `.0` for a whole
/// number, `inf`, `NaN`.
const KOTLIN_RUST_FLOAT: &str = r#"
private fun rustFloat(value: Double): String = when {
    value.isNaN() -> "NaN"
    value.isInfinite() -> if (value > 0) "inf" else "-inf"
    value == 0.0 -> if (1.0 / value < 0) "-0" else "0"
    else -> java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
}
"#;

/// What differs between the two shapes of the export: an `enum class`,
/// or, past [`LARGEST_ENUM`](super::LARGEST_ENUM) codes, a class of
/// constants that keeps the enum's members.
struct Shape {
    /// `enum class E`, `class E private constructor`.
    declaration: String,
    /// The class's own property of the constant's name, which an enum has
    /// from `Enum`.
    constant_property: &'static str,
    /// What the body starts with: the enum's constants and the line that
    /// ends them; the class's `toString()`, as an enum has it.
    body: String,
    /// The class's constants, in its companion object.
    companion_constants: String,
    /// The objects that create the constants, a chunk each.
    table: String,
}

impl Shape {
    fn enumeration(
        document: &Document,
        constant_of: &[String],
        arguments: &dyn Fn(usize) -> String,
    ) -> Self {
        let constants = members(document, Lang::Kotlin, "    ", |index, entry| {
            format!(
                "{}    {}({}),",
                documentation(entry, "    "),
                constant_of[index],
                arguments(index)
            )
        });
        Shape {
            declaration: format!("enum class {}", document.taxonomy.name),
            constant_property: "",
            body: format!("{constants}    ;\n"),
            companion_constants: String::new(),
            table: String::new(),
        }
    }

    fn class(
        document: &Document,
        constant_of: &[String],
        arguments: &dyn Fn(usize) -> String,
    ) -> Self {
        let taxonomy = &document.taxonomy;
        let ty = &taxonomy.name;
        let count = taxonomy.entries.len();
        let constants = members(document, Lang::Kotlin, "        ", |index, entry| {
            format!(
                "{}        @JvmField\n        val {}: {ty} = all[{index}]",
                documentation(entry, "        "),
                constant_of[index]
            )
        });
        let rows: Vec<String> = (0..count)
            .map(|index| {
                format!(
                    "{ty}({}, {}),",
                    quoted(&constant_of[index], Syntax::Kotlin),
                    arguments(index)
                )
            })
            .collect();
        let (creates, table) = chunked(
            &rows,
            |number| format!("*Constants{number}.create()"),
            |number| {
                format!(
                    "\n    private object Constants{number} {{\n        fun create(): Array<{ty}> = arrayOf(\n"
                )
            },
            "            ",
            "        )\n    }\n",
        );
        Shape {
            declaration: format!("class {ty} private constructor"),
            constant_property: "    /** The constant's name, as an enum's `name`. */\n    val name: String,\n",
            body: r"
    /** The constant's name, as an enum's. */
    override fun toString(): String = name
"
            .to_owned(),
            companion_constants: format!(
                r"        /**
         * Every constant, in declaration order. An enum would create them in its
         * class initializer, one method, which the JVM caps at 64 KB of code: too
         * little for {count}. An object per chunk creates them here.
         */
        private val all: Array<{ty}> = arrayOf({})

{constants}
        /** Every constant, in declaration order, as an enum's `entries`. */
        val entries: List<{ty}> = all.toList()

        /** Every constant, in declaration order, as an enum's `values()`. */
        @JvmStatic
        fun values(): Array<{ty}> = all.copyOf()

",
                creates.join(", ")
            ),
            table,
        }
    }
}

/// A constant's KDoc (its reasons, its section, since when it is
/// deprecated) and `@Deprecated`, each line after `indent`.
fn documentation(entry: &Entry, indent: &str) -> String {
    let reasons = entry
        .facts
        .documented_reasons()
        .unwrap_or_else(|| format!("{NO_REASON}."));
    let mut lines = format!("/**\n{indent} * {}\n", doc_comment(&reasons, Lang::Kotlin));
    if let Some(category) = &entry.facts.category {
        let _ = writeln!(
            lines,
            "{indent} *\n{indent} * Section: {}.",
            doc_comment(category, Lang::Kotlin)
        );
    }
    // The note as written; `@Deprecated` has no place for the SDK's
    // version, which the comment gives.
    let deprecation = entry.deprecated.as_ref();
    if let Some(since) = deprecation.and_then(|deprecation| deprecation.since.as_ref()) {
        let _ = writeln!(
            lines,
            "{indent} *\n{indent} * Deprecated since {}.",
            doc_comment(since, Lang::Kotlin)
        );
    }
    let _ = writeln!(lines, "{indent} */");
    if let Some(deprecation) = deprecation {
        let note = deprecation.note.as_deref().unwrap_or_default();
        let _ = writeln!(
            lines,
            "{indent}@Deprecated({})",
            quoted(note, Syntax::Kotlin)
        );
    }
    lines
}

/// `byCode` and `byName`: each constant's own code and name from
/// `entries`, plus the alternatives and aliases, in the initializer or
/// from a function per [`CHUNK`](super::jvm::CHUNK) of them (the second
/// string), as [`more_keys_inline`] decides.
fn lookups(
    document: &Document,
    constant_of: &[String],
    int: bool,
    code_type: &str,
) -> (String, String) {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let alternatives: Vec<String> = alternatives(taxonomy)
        .map(|(code, index)| format!("{} to {},", literal(code, int), constant_of[index]))
        .collect();
    let aliases: Vec<String> = aliases(taxonomy)
        .map(|(alias, index)| {
            format!(
                "{} to {},",
                quoted(alias, Syntax::Kotlin),
                constant_of[index]
            )
        })
        .collect();
    let inline = more_keys_inline(taxonomy);
    let mut functions = String::new();
    let mut map = |table: &str, key: &str, own: &str, pairs: &[String]| {
        let map_type = format!("Map<{key}, {ty}>");
        let mut more = String::new();
        if inline {
            if !pairs.is_empty() {
                let rows: String = pairs
                    .iter()
                    .map(|pair| format!("            {pair}\n"))
                    .collect();
                let _ = write!(more, " + mapOf(\n{rows}        )");
            }
        } else {
            let (calls, chunks) = chunked(
                pairs,
                |number| format!(" + {table}{number}()"),
                |number| format!("\n        private fun {table}{number}(): {map_type} = mapOf(\n"),
                "            ",
                "        )\n",
            );
            more = calls.concat();
            functions.push_str(&chunks);
        }
        format!(
            "        private val {table}: {map_type} = entries.associateBy {{ it.{own} }}{more}\n"
        )
    };
    let by_code = map("byCode", code_type, "code", &alternatives);
    let by_name = map("byName", "String", "codeName", &aliases);
    (format!("{by_code}\n{by_name}"), functions)
}

/// The sealed interface `Any{Enum}` that the enum, `Unknown{Enum}` and
/// `Ranged{Enum}` implement: any code, with its name and message.
fn any_interface_of(ty: &str, code_type: &str, link_and_retry: &LinkAndRetry) -> String {
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

/// With range variants, `fromCode` keeps a code of a range: it returns
/// `Ranged{Enum}(code, constant)` for one, the constant for any other
/// declared code, `null` otherwise; `rangeOf` finds a range's constant,
/// comparing unsigned for a `u64` type.
fn ranged_lookup(
    document: &Document,
    constant_of: &[String],
    int: bool,
    code_type: &str,
) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let unsigned = taxonomy.code_type == CodeType::U64;
    let mut arms = String::new();
    for (index, _, start, end) in generated::code_ranges(taxonomy) {
        let (start, end) = (literal(start, int), literal(end, int));
        let test = if unsigned {
            format!("code.toULong() in {start}.toULong()..{end}.toULong()")
        } else {
            format!("code in {start}..{end}")
        };
        let _ = writeln!(arms, "            {test} -> {}", constant_of[index]);
    }
    format!(
        r"
        /**
         * The constant with this code (its alternatives included), a code of
         * a range kept as it came in [Ranged{ty}], or `null`.
         */
        @JvmStatic
        fun fromCode(code: {code_type}): Any{ty}? = rangeOf(code)?.let {{ Ranged{ty}(code, it) }} ?: byCode[code]

        /** The constant of the range that holds this code, or `null`. */
        private fun rangeOf(code: {code_type}): {ty}? = when {{
{arms}            else -> null
        }}
"
    )
}

/// `Ranged{Enum}`: a code of a range, kept as it came with its range's
/// constant, whose name, link and retryability it has, and whose message it
/// writes with the code, as the derive's `Display` does.
fn ranged_class(
    document: &Document,
    constant_of: &[String],
    code_type: &str,
    link_and_retry: &LinkAndRetry,
) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let printed = if taxonomy.code_type == CodeType::U64 {
        "${code.toULong()}"
    } else {
        "$code"
    };
    let mut messages = String::new();
    for (index, entry, _, _) in generated::code_ranges(taxonomy) {
        let mut text = String::from("\"");
        for part in range_message(entry) {
            match part {
                CodePart::Text(literal) => {
                    let quoted = quoted(&literal, Syntax::Kotlin);
                    text.push_str(&quoted[1..quoted.len() - 1]);
                }
                CodePart::Code => text.push_str(printed),
            }
        }
        text.push('"');
        let _ = writeln!(
            messages,
            "            {ty}.{} -> {text}",
            constant_of[index]
        );
    }
    let mut properties = String::new();
    if link_and_retry.doc_url.is_some() {
        let _ = writeln!(
            properties,
            "    override val docUrl: String? get() = constant.docUrl"
        );
    }
    if link_and_retry.retryable.is_some() {
        let _ = writeln!(
            properties,
            "    override val isRetryable: Boolean get() = constant.isRetryable"
        );
    }
    let otherwise = other_constants(taxonomy, "            ", "constant.message");
    format!(
        r#"
/** A code of a range of [{ty}], kept as it came, with its range's constant. */
data class Ranged{ty}(override val code: {code_type}, val constant: {ty}) : Any{ty} {{
    override val codeName: String get() = constant.codeName
    override val message: String
        get() = when (constant) {{
{messages}{otherwise}        }}
{properties}}}
"#
    )
}

/// The `else` arm of a `when` on a range's constant, answering `answer`
/// for the other constants: none when every constant of an `enum class` is
/// a range's, whose `when` is then exhaustive, and an `else` a warning (an
/// error under `-Werror`).
fn other_constants(taxonomy: &Taxonomy, indent: &str, answer: &str) -> String {
    if is_enum(taxonomy) && taxonomy.entries.iter().all(|entry| entry.range.is_some()) {
        String::new()
    } else {
        format!("{indent}else -> {answer}\n")
    }
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
        any_interface_of(self.ty, self.code_type, link_and_retry)
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

/// `{Enum}Strings`, the translations' interface, Android's resources
/// behind it, and the codes' `message(strings)` and
/// `message(context)`.
fn reading(
    document: &Document,
    constant_of: &[String],
    resources: &Resources,
    int: bool,
) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let prefix = lower_first(ty);
    let Resources { names, r_class } = resources;
    let mut resources = String::new();
    for name in names.of_entries.iter().chain(&names.of_catch_all) {
        let _ = writeln!(
            resources,
            "    {} to {r_class}.string.{name},",
            quoted(name, Syntax::Kotlin)
        );
    }
    // A message with values is its error's to read, with the values.
    let mut by_code = String::new();
    for (entry, name) in taxonomy.entries.iter().zip(&names.of_entries) {
        if entry.facts.message.is_none() {
            let _ = writeln!(
                by_code,
                "    {} to {},",
                literal(entry.code, int),
                quoted(name, Syntax::Kotlin)
            );
        }
    }
    let code_type = if int { "Int" } else { "Long" };
    let printed = if taxonomy.code_type == CodeType::U64 {
        "${code.toULong()}"
    } else {
        "$code"
    };
    let declared = format!("{prefix}ResourceNames[code]?.let {{ strings.format(it) }} ?: message");
    // A code of a range reads its range's message: a format string of the
    // code when the message names it, else the code follows the
    // translation, as the English has it.
    let mut ranges = String::new();
    for (index, entry, _, _) in generated::code_ranges(taxonomy) {
        let written = if entry.facts.message.is_some() {
            // `%d` takes a `BigInteger`, not Kotlin's `ULong`.
            let value = if taxonomy.code_type == CodeType::U64 {
                "java.math.BigInteger(code.toULong().toString())"
            } else {
                "code"
            };
            format!("String.format(java.util.Locale.getDefault(), it, {value})")
        } else {
            format!("\"$it ({printed})\"")
        };
        let _ = writeln!(
            ranges,
            "        {ty}.{} -> strings.format({})?.let {{ {written} }} ?: message",
            constant_of[index],
            quoted(&names.of_entries[index], Syntax::Kotlin)
        );
    }
    let ranged = if ranges.is_empty() {
        String::new()
    } else {
        format!(
            "    is Ranged{ty} -> when (constant) {{\n{ranges}{}    }}\n",
            other_constants(taxonomy, "        ", "constant.message(strings)")
        )
    };
    let unknown = match (&taxonomy.catch_all, &names.of_catch_all) {
        (Some(_), Some(other)) => format!(
            "    is Unknown{ty} -> strings.format({})?.let {{ \"$it ({printed})\" }} ?: message\n",
            quoted(other, Syntax::Kotlin)
        ),
        _ => String::new(),
    };
    let (receiver, body) = if ranged.is_empty() && unknown.is_empty() {
        (ty.clone(), declared)
    } else {
        (
            format!("Any{ty}"),
            format!("when (this) {{\n    is {ty} -> {declared}\n{ranged}{unknown}}}"),
        )
    };
    format!(
        r#"
/**
 * Where the messages of [{ty}] are translated: the format string of a
 * message's string resource, by its name in `strings.xml`, in the user's
 * language (`%1$s` for a value, as Android writes it), or `null` to show
 * the English. [{ty}Strings.of] reads an Android app's resources; on any
 * JVM, any table of translations does.
 */
fun interface {ty}Strings {{
    /** The format string of the resource `name`, or `null`. */
    fun format(name: String): String?

    companion object {{
        /**
         * The app's string resources: the `strings.xml` this tool writes,
         * and the translators' `values-xx/strings.xml`.
         */
        @JvmStatic
        fun of(context: android.content.Context): {ty}Strings =
            {ty}Strings {{ name -> {prefix}Resources[name]?.let {{ context.getString(it) }} }}
    }}
}}

/** Each message's string resource, by its name. */
private val {prefix}Resources: Map<String, Int> = mapOf(
{resources})

/** The name of each code's message, by code; a message with values is its error's. */
private val {prefix}ResourceNames: Map<{code_type}, String> = mapOf(
{by_code})

/** [message] in the language of [strings]; the English [message] where it has no translation. */
fun {receiver}.message(strings: {ty}Strings): String = {body}

/** [message] in the user's language, from the app's string resources. */
fun {receiver}.message(context: android.content.Context): String = message({ty}Strings.of(context))
"#
    )
}

/// A type's name with its first letter lowercase, for a private name
/// derived from it: `roomError`.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}
