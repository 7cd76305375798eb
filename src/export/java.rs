//! The Android SDK's side: an enum of code, name and message, spelled the
//! way the Android SDK spells its constants, with lookups by code and by
//! name. Codes are `int` when every one fits, else `long`. Where the
//! taxonomy has them, `getDocUrl()` and `isRetryable()` as JavaBeans spell
//! them.
//!
//! The lookups read hash maps that a loop over the constants fills, rather
//! than a `switch` per lookup, which the JVM's 64 KB of code per method
//! caps at about 2,000 cases. Past [`LARGEST_ENUM`](super::LARGEST_ENUM)
//! codes, which an enum cannot hold (its class initializer makes every
//! constant, and a JVM method holds at most 64 KB of code), the export
//! is a final class of `public static final` constants with the enum's
//! `values()` and `name()`: every use of the constants, the getters and
//! the lookups reads the same; `switch` over the constants, `EnumSet` and
//! `EnumMap` are an enum's alone.
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

use super::escape::{Lang, Syntax, doc_comment, quoted};
use super::generated::{
    self, CodePart, deprecated_tag, header, members, range_message, reserved_comment,
};
use super::identifiers::{screaming_snake_case, unique};
use super::jvm::java_identifier;
use super::jvm::{
    Resources, aliases, alternatives, chunked, fits_int, is_enum, literal, more_keys_inline,
};
use super::messages;
use crate::document::Document;
use error_codes_model::template::ParameterType;
use error_codes_model::{CodeType, Entry};
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

/// `package` is the Java package, if any. With `r_class`, the generated
/// code is localized: every message is read from the app's string
/// resources, of that `R` class, through `{Enum}Strings`, the English the
/// fallback.
pub(crate) fn render(
    document: &Document,
    naming: Naming,
    package: Option<&str>,
    r_class: Option<&str>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let name = &taxonomy.name;
    let localized = match r_class {
        Some(r_class) => Some(Resources::new(document, r_class, "Java")?),
        None => None,
    };
    let constants_of = unique(
        document,
        "the Java constant",
        |name| naming.constant(name),
        &[],
    )?;
    let int = fits_int(taxonomy.code_type);
    let code_type = if int { "int" } else { "long" };
    let header = header("java", document, Lang::Java);
    let package = package.map_or_else(String::new, |package| format!("\npackage {package};\n"));
    let links = taxonomy.has_doc_urls();
    let retry = taxonomy.has_retryable();
    let arguments = |index: usize| {
        let entry = &taxonomy.entries[index];
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
        arguments.join(", ")
    };
    let shape = if is_enum(taxonomy) {
        Shape::enumeration(document, &constants_of, &arguments)
    } else {
        Shape::class(document, &constants_of, &arguments)
    };
    let reserved = reserved_comment(taxonomy, Lang::Java, "    ");
    let lookups = lookups(document, &constants_of, int, shape.all);
    let any = if taxonomy.has_code_ranges() {
        code_ranges(document, &constants_of, code_type, int)
            + &any_class(
                document,
                code_type,
                links,
                retry,
                &constants_of,
                localized.as_ref(),
            )
    } else {
        catch_all(document, code_type, links, retry, localized.as_ref())
    };
    let valued = valued(document, code_type, int, localized.as_ref());
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
    let Shape {
        declaration,
        constants,
        constant_field,
        constructor,
        constant_parameter,
        constant_assignment,
        enum_members,
        table,
        ..
    } = shape;
    Ok(format!(
        r#"{header}{package}
/** The SDK's error codes: the code, the name every SDK shares, the message. */
{declaration} {{
{constants}{reserved}
{constant_field}    private final {code_type} code;
    private final String name;
    private final String message;
{fields}
    {constructor}{name}({constant_parameter}{code_type} code, String name, String message{parameters}) {{
{constant_assignment}        this.code = code;
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
{getters}{reading}{enum_members}{lookups}{any}{valued}{table}}}
"#,
        reading = localized
            .as_ref()
            .map_or_else(String::new, |resources| reading(document, resources, int)),
    ))
}

/// The errors whose messages carry values: an abstract exception
/// `{Enum}Exception` with the code and the message, and a subclass per
/// such code that takes the values, keeps them behind getters, and writes
/// its message with them as Rust's `Display` does. All nested in the
/// enum: `SessionError.RoomFull`.
fn valued(
    document: &Document,
    code_type: &str,
    int: bool,
    localized: Option<&Resources>,
) -> String {
    let taxonomy = &document.taxonomy;
    let valued = messages::valued(&taxonomy.entries);
    if valued.is_empty() {
        return String::new();
    }
    let ty = &taxonomy.name;
    let mut classes = String::new();
    for value in &valued {
        let parameters = &value.message.parameters;
        let names: Vec<String> = parameters
            .iter()
            .map(|parameter| java_identifier(&messages::value_name(&parameter.name)))
            .collect();
        let kinds: Vec<&str> = parameters
            .iter()
            .map(|parameter| match parameter.ty {
                ParameterType::Int | ParameterType::Uint => "long",
                ParameterType::Float => "double",
                ParameterType::String => "String",
            })
            .collect();
        let text = messages::concatenation(value.message, Syntax::CFamily, |index, ty| {
            let name = &names[index];
            match ty {
                ParameterType::Int => format!("Long.toString({name})"),
                ParameterType::Uint => format!("Long.toUnsignedString({name})"),
                ParameterType::Float => format!("rustFloat({name})"),
                ParameterType::String => name.clone(),
            }
        });
        let declared: Vec<String> = kinds
            .iter()
            .zip(&names)
            .map(|(kind, name)| format!("{kind} {name}"))
            .collect();
        let (mut fields, mut assignments, mut getters) =
            (String::new(), String::new(), String::new());
        for ((kind, name), parameter) in kinds.iter().zip(&names).zip(parameters) {
            let _ = writeln!(fields, "        private final {kind} {name};");
            let _ = writeln!(assignments, "            this.{name} = {name};");
            let getter = messages::value_name(&parameter.name);
            let mut capitalized = getter.chars();
            let getter: String = capitalized
                .next()
                .map(|first| first.to_uppercase().chain(capitalized).collect())
                .unwrap_or_default();
            let unsigned = if parameter.ty == ParameterType::Uint {
                "\n        /** Unsigned: read it with {@link Long#toUnsignedString(long)}. */"
            } else {
                ""
            };
            let _ = write!(
                getters,
                "{unsigned}\n        public {kind} get{getter}() {{\n            return {name};\n        }}\n"
            );
        }
        if let Some(localized) = localized {
            let values: Vec<String> = parameters
                .iter()
                .zip(&names)
                .map(|(parameter, name)| match parameter.ty {
                    // `%d` reads a `long` signed; the unsigned value is a
                    // `BigInteger`.
                    ParameterType::Uint => {
                        format!("new java.math.BigInteger(Long.toUnsignedString({name}))")
                    }
                    _ => name.clone(),
                })
                .collect();
            let _ = write!(
                getters,
                "\n        @Override\n        String resourceName() {{\n            return {};\n        }}\n\n        @Override\n        Object[] formatValues() {{\n            return new Object[] {{{}}};\n        }}\n",
                quoted(&localized.names.of_entries[value.index], Syntax::CFamily),
                values.join(", ")
            );
        }
        let _ = write!(
            classes,
            r#"
    /** {doc} */
    public static final class {class} extends {ty}Exception {{
        private static final long serialVersionUID = 1L;
{fields}
        public {class}({declared}) {{
            super({code}, {text});
{assignments}        }}
{getters}    }}
"#,
            doc = doc_comment(&value.message.template, Lang::Java),
            class = value.type_name,
            declared = declared.join(", "),
            code = literal(value.entry.code, int),
        );
    }
    let float = if messages::writes_floats(&valued) {
        JAVA_RUST_FLOAT
    } else {
        ""
    };
    format!(
        r#"
    /**
     * An error of {{@code {ty}}} whose message carries values: the code, and
     * the message written with the values, as the Rust {{@code Display}}
     * writes it. A subclass per such code holds the values.
     */
    public abstract static class {ty}Exception extends Exception {{
        private static final long serialVersionUID = 1L;
        private final {code_type} code;

        {ty}Exception({code_type} code, String message) {{
            super(message);
            this.code = code;
        }}

        /** The integer code. */
        public {code_type} getCode() {{
            return code;
        }}
{read}    }}
{classes}{float}"#,
        read = if localized.is_some() {
            format!(
                r#"
        /** The name of its message's string resource. */
        abstract String resourceName();

        /** The values, in the order of their positions in the message. */
        abstract Object[] formatValues();

        /**
         * The message in the language of {{@code strings}}, written with the
         * values; the English {{@link #getMessage()}} where it has no
         * translation.
         */
        public String getMessage({ty}Strings strings) {{
            String format = strings.format(resourceName());
            return format != null ? String.format(java.util.Locale.getDefault(), format, formatValues()) : getMessage();
        }}

        /** The message in the user's language, from the app's string resources. */
        public String getMessage(android.content.Context context) {{
            return getMessage({ty}Strings.of(context));
        }}
"#
            )
        } else {
            String::new()
        }
    )
}

/// A float as Rust's `Display` writes it: no exponent, no `.0` for a whole
/// number, `inf`, `NaN`.
const JAVA_RUST_FLOAT: &str = r#"
    private static String rustFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
"#;

/// What differs between the two shapes of the export: an `enum`, or, past
/// [`LARGEST_ENUM`](super::LARGEST_ENUM) codes, a final class of
/// constants that keeps the enum's members.
struct Shape {
    /// `public enum E`, `public final class E`.
    declaration: String,
    /// The constants, each on its line, and the line that ends them.
    constants: String,
    /// The expression of every constant in declaration order.
    all: &'static str,
    /// The class's own field, constructor parameter and assignment of the
    /// constant's name, which an enum has from `Enum`; and its
    /// constructor's modifier, which an enum's has implicitly.
    constant_field: &'static str,
    constructor: &'static str,
    constant_parameter: &'static str,
    constant_assignment: &'static str,
    /// `name()`, `toString()` and `values()`, as an enum has them.
    enum_members: String,
    /// `constants()`, and the classes that create the constants, a chunk
    /// each.
    table: String,
}

impl Shape {
    fn enumeration(
        document: &Document,
        constants_of: &[String],
        arguments: &dyn Fn(usize) -> String,
    ) -> Self {
        let constants = members(document, Lang::Java, "    ", |index, entry| {
            let constant = format!("{}({}),", constants_of[index], arguments(index));
            deprecated(entry, constant)
        });
        Shape {
            declaration: format!("public enum {}", document.taxonomy.name),
            constants: format!("{constants}    ;\n"),
            all: "values()",
            constant_field: "",
            constructor: "",
            constant_parameter: "",
            constant_assignment: "",
            enum_members: String::new(),
            table: String::new(),
        }
    }

    fn class(
        document: &Document,
        constants_of: &[String],
        arguments: &dyn Fn(usize) -> String,
    ) -> Self {
        let taxonomy = &document.taxonomy;
        let ty = &taxonomy.name;
        let count = taxonomy.entries.len();
        let constants = members(document, Lang::Java, "    ", |index, entry| {
            let constant = format!(
                "public static final {ty} {} = all[{index}];",
                constants_of[index]
            );
            deprecated(entry, constant)
        });
        let rows: Vec<String> = (0..count)
            .map(|index| {
                format!(
                    "table[{index}] = new {ty}({}, {});",
                    quoted(&constants_of[index], Syntax::CFamily),
                    arguments(index)
                )
            })
            .collect();
        let (calls, table) = chunked(
            &rows,
            |number| format!("        Constants{number}.create(table);\n"),
            |number| {
                format!(
                    "\n    private static final class Constants{number} {{\n        static void create({ty}[] table) {{\n"
                )
            },
            "            ",
            "        }\n    }\n",
        );
        let calls = calls.concat();
        Shape {
            declaration: format!("public final class {ty}"),
            // First: the constants read it.
            constants: format!("    private static final {ty}[] all = constants();\n\n{constants}"),
            all: "all",
            constant_field: "    private final String constant;\n",
            constructor: "private ",
            constant_parameter: "String constant, ",
            constant_assignment: "        this.constant = constant;\n",
            enum_members: format!(
                r"
    /** The constant's name, as an enum's {{@code name()}}. */
    public String name() {{
        return constant;
    }}

    @Override
    public String toString() {{
        return constant;
    }}

    /** Every constant, in declaration order, as an enum's {{@code values()}}. */
    public static {ty}[] values() {{
        return all.clone();
    }}
"
            ),
            table: format!(
                r"
    /**
     * Every constant, in declaration order. An enum would create them in its
     * class initializer, one method, which the JVM caps at 64 KB of code: too
     * little for {count}. A class per chunk creates them here, each with its
     * own constant pool, which the JVM caps at 65,535 entries.
     */
    private static {ty}[] constants() {{
        {ty}[] table = new {ty}[{count}];
{calls}        return table;
    }}
{table}"
            ),
        }
    }
}

/// A constant's declaration, after its deprecation when it has one.
fn deprecated(entry: &Entry, constant: String) -> String {
    match deprecated_tag(entry, Lang::Java) {
        Some(tag) => format!("{tag}\n    @Deprecated\n    {constant}"),
        None => constant,
    }
}

/// `fromCode` and `fromName`, and the maps they read: each constant's own
/// code and name put by a loop over `all`, the alternatives and aliases
/// one by one, by the class initializer or by a method per
/// [`CHUNK`](super::jvm::CHUNK) ([`more_keys_inline`]).
fn lookups(document: &Document, constants_of: &[String], int: bool, all: &str) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let (code_type, boxed) = if int {
        ("int", "Integer")
    } else {
        ("long", "Long")
    };
    let alternatives = alternatives(taxonomy).map(|(code, index)| {
        format!(
            "byCode.put({}, {});",
            literal(code, int),
            constants_of[index]
        )
    });
    let aliases = aliases(taxonomy).map(|(alias, index)| {
        format!(
            "byName.put({}, {});",
            quoted(alias, Syntax::CFamily),
            constants_of[index]
        )
    });
    let puts: Vec<String> = alternatives.chain(aliases).collect();
    let (more, methods) = if more_keys_inline(taxonomy) {
        let puts: String = puts.iter().map(|put| format!("        {put}\n")).collect();
        (puts, String::new())
    } else {
        let (calls, methods) = chunked(
            &puts,
            |number| format!("        moreKeys{number}();\n"),
            |number| format!("\n    private static void moreKeys{number}() {{\n"),
            "        ",
            "    }\n",
        );
        (calls.concat(), methods)
    };
    // With range variants, `fromCode` keeps the code ([`code_ranges`]).
    let from_code = if taxonomy.has_code_ranges() {
        String::new()
    } else {
        format!(
            r"    /** The constant with this code, or {{@code null}} for a code this build does not know. */
    public static {ty} fromCode({code_type} code) {{
        return byCode.get(code);
    }}
"
        )
    };
    // The maps' names are in lower camel case, which no constant's is.
    format!(
        r#"
    private static final java.util.Map<{boxed}, {ty}> byCode = new java.util.HashMap<>();
    private static final java.util.Map<String, {ty}> byName = new java.util.HashMap<>();

    static {{
        for ({ty} constant : {all}) {{
            byCode.put(constant.code, constant);
            byName.put(constant.name, constant);
        }}
{more}    }}
{methods}
{from_code}
    /** The constant with this name or alias (exact, case-sensitive), or {{@code null}}. */
    public static {ty} fromName(String name) {{
        return byName.get(name);
    }}
"#
    )
}

/// With a catch-all, a code the build does not know is kept: `E.Any` holds
/// any code and the constant of a declared one (a value class, as the JVM's
/// `enum` cannot hold a code it does not declare), and `fromWireCode`
/// returns one, never `null`. `links` and `retry`: whether the constants
/// have `getDocUrl()` and `isRetryable()`, which `E.Any` then answers too.
fn catch_all(
    document: &Document,
    code_type: &str,
    links: bool,
    retry: bool,
    localized: Option<&Resources>,
) -> String {
    let taxonomy = &document.taxonomy;
    let Some(catch_all) = &taxonomy.catch_all else {
        return String::new();
    };
    let ty = &taxonomy.name;
    let description = quoted(
        &format!("{} (code ", catch_all.description()),
        Syntax::CFamily,
    );
    let (printed, hash) = printed_and_hash(taxonomy.code_type, code_type);
    let class = AnyClass {
        ty,
        code_type,
        class_doc: "or one it does not know (a newer server's), kept as it came.",
        known_doc: "        /** The constant with this code, or {@code null} for a code this build does not know. */\n",
        name: quoted(&catch_all.name, Syntax::CFamily),
        message_doc: "The message.",
        messages: String::new(),
        message: format!("{description} + {printed} + \")\""),
        read: localized.map_or_else(String::new, |localized| {
            any_reading(ty, printed, "", localized.names.of_catch_all.as_deref())
        }),
        link_and_retry: link_and_retry(
            links,
            retry,
            &link(catch_all.doc_url.as_deref()),
            &catch_all.retryable.to_string(),
        ),
        hash,
        printed,
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
{}"#,
        class.source()
    )
}

/// `E.Any`'s messages in a localized export: `getMessage(strings)`, which
/// reads a code of a range as `ranges` (a test of `known` per range) does,
/// a declared code as its constant does, and any other code as the
/// catch-all's translation `other` with the code after it, as the English
/// has it; and `getMessage(context)`. The English `getMessage()` where
/// there is no translation.
fn any_reading(ty: &str, printed: &str, ranges: &str, other: Option<&str>) -> String {
    let unknown = match other {
        Some(other) => format!(
            "            String format = strings.format({});\n            return format != null ? format + \" (\" + {printed} + \")\" : getMessage();\n",
            quoted(other, Syntax::CFamily)
        ),
        // Without a catch-all, every `Any` has its constant.
        None => "            return getMessage();\n".to_owned(),
    };
    format!(
        r#"
        /**
         * The message in the language of {{@code strings}}; the English
         * {{@link #getMessage()}} where it has no translation.
         */
        public String getMessage({ty}Strings strings) {{
{ranges}            if (known != null) {{
                return known.getMessage(strings);
            }}
{unknown}        }}

        /** The message in the user's language, from the app's string resources. */
        public String getMessage(android.content.Context context) {{
            return getMessage({ty}Strings.of(context));
        }}
"#
    )
}

/// With range variants, a code of a range is kept as the catch-all keeps
/// an unknown one: `fromCode` returns an `E.Any` holding the code and its
/// constant (a range's constant, whose `getCode()` is its first code, for
/// any code of the range), `null` for a code this build does not know;
/// `rangeOf` finds a range's constant, comparing unsigned for a `u64` type.
fn code_ranges(document: &Document, constants_of: &[String], code_type: &str, int: bool) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let unsigned = taxonomy.code_type == CodeType::U64;
    let mut tests = String::new();
    for (index, _, start, end) in generated::code_ranges(taxonomy) {
        let (start, end) = (literal(start, int), literal(end, int));
        let test = if unsigned {
            format!(
                "Long.compareUnsigned(code, {start}) >= 0 && Long.compareUnsigned(code, {end}) <= 0"
            )
        } else {
            format!("code >= {start} && code <= {end}")
        };
        let _ = writeln!(
            tests,
            "        if ({test}) {{\n            return {};\n        }}",
            constants_of[index]
        );
    }
    format!(
        r#"
    /**
     * The constant with this code (its alternatives included) as an
     * {{@link Any}}, a code of a range kept as it came; {{@code null}} for a
     * code this build does not know.
     */
    public static Any fromCode({code_type} code) {{
        {ty} range = rangeOf(code);
        if (range != null) {{
            return new Any(code, range);
        }}
        {ty} known = byCode.get(code);
        return known != null ? new Any(known.code, known) : null;
    }}

    /** The constant of the range that holds this code, or {{@code null}}. */
    private static {ty} rangeOf({code_type} code) {{
{tests}        return null;
    }}
"#
    )
}

/// `E.Any` for a taxonomy with range variants: the code and its constant,
/// a range's message written with the code; with a catch-all, also
/// `fromWireCode`, which never returns `null`, and the catch-all's answers
/// for a code this build does not know.
fn any_class(
    document: &Document,
    code_type: &str,
    links: bool,
    retry: bool,
    constants_of: &[String],
    localized: Option<&Resources>,
) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let catch_all = taxonomy.catch_all.as_ref();
    let (printed, hash) = printed_and_hash(taxonomy.code_type, code_type);
    let (name, message, doc_url, retryable) = match catch_all {
        Some(catch_all) => (
            quoted(&catch_all.name, Syntax::CFamily),
            format!(
                "{} + {printed} + \")\"",
                quoted(
                    &format!("{} (code ", catch_all.description()),
                    Syntax::CFamily
                )
            ),
            link(catch_all.doc_url.as_deref()),
            catch_all.retryable.to_string(),
        ),
        // Without a catch-all, every `Any` has its constant.
        None => (
            "null".to_owned(),
            "null".to_owned(),
            "null".to_owned(),
            "false".to_owned(),
        ),
    };
    let mut messages = String::new();
    for (index, entry, _, _) in generated::code_ranges(taxonomy) {
        let text: Vec<String> = range_message(entry)
            .into_iter()
            .map(|part| match part {
                CodePart::Text(text) => quoted(&text, Syntax::CFamily),
                CodePart::Code => printed.to_owned(),
            })
            .collect();
        let _ = writeln!(
            messages,
            "            if (known == {}) {{\n                return {};\n            }}",
            constants_of[index],
            text.join(" + ")
        );
    }
    let read = localized.map_or_else(String::new, |localized| {
        // `%d` reads a `long` signed; an unsigned code is a `BigInteger`.
        let value = if taxonomy.code_type == CodeType::U64 {
            "new java.math.BigInteger(Long.toUnsignedString(code))"
        } else {
            "code"
        };
        let mut ranges = String::new();
        for (index, entry, _, _) in generated::code_ranges(taxonomy) {
            // A message naming the code is a format string of it; else the
            // code follows the translation, as the English has it.
            let written = if entry.facts.message.is_some() {
                format!("String.format(java.util.Locale.getDefault(), format, {value})")
            } else {
                format!("format + \" (\" + {printed} + \")\"")
            };
            let _ = writeln!(
                ranges,
                "            if (known == {}) {{\n                String format = strings.format({});\n                return format != null ? {written} : getMessage();\n            }}",
                constants_of[index],
                quoted(&localized.names.of_entries[index], Syntax::CFamily)
            );
        }
        any_reading(ty, printed, &ranges, localized.names.of_catch_all.as_deref())
    });
    let wire = if catch_all.is_some() {
        format!(
            r"
    /**
     * Never {{@code null}}: the constant with this code (its alternatives
     * included) as an {{@link Any}}, a code of a range or any other code as it
     * came.
     */
    public static Any fromWireCode({code_type} code) {{
        Any known = fromCode(code);
        return known != null ? known : new Any(code, null);
    }}
"
        )
    } else {
        String::new()
    };
    let class = AnyClass {
        ty,
        code_type,
        class_doc: "a code of a range, kept as it came with its range's constant, or one it\n     * does not know (a newer server's), kept as it came.",
        known_doc: "        /**\n         * The constant with this code, a range's for a code of the range, or\n         * {@code null} for a code this build does not know.\n         */\n",
        name,
        message_doc: "The message; a range's with the code.",
        messages,
        message,
        read,
        link_and_retry: link_and_retry(links, retry, &doc_url, &retryable),
        hash,
        printed,
    };
    format!("{wire}{}", class.source())
}

/// How a code is printed in Java (unsigned for a `u64` taxonomy) and
/// hashed, for the JVM type `code_type` holds it in.
fn printed_and_hash(taxonomy_type: CodeType, code_type: &str) -> (&'static str, &'static str) {
    match (taxonomy_type, code_type) {
        (CodeType::U64, _) => ("Long.toUnsignedString(code)", "Long.hashCode(code)"),
        (_, "long") => ("code", "Long.hashCode(code)"),
        _ => ("code", "Integer.hashCode(code)"),
    }
}

/// `E.Any`'s `getDocUrl()` and `isRetryable()`, when the constants have
/// them: the constant's answer, else `doc_url` and `retryable`, the
/// catch-all's.
fn link_and_retry(links: bool, retry: bool, doc_url: &str, retryable: &str) -> String {
    let mut members = String::new();
    if links {
        let _ = write!(
            members,
            "\n        /** {DOC_URL_DOC} */\n        public String getDocUrl() {{\n            return known != null ? known.getDocUrl() : {doc_url};\n        }}\n"
        );
    }
    if retry {
        let _ = write!(
            members,
            "\n{}        public boolean isRetryable() {{\n            return known != null ? known.isRetryable() : {retryable};\n        }}\n",
            retryable_doc("        "),
        );
    }
    members
}

/// `E.Any`, the value class of any code, a catch-all's and a range's: what
/// differs between them.
struct AnyClass<'a> {
    ty: &'a str,
    code_type: &'a str,
    /// The class's Javadoc after "one this build declares", and
    /// `getKnown()`'s, whole.
    class_doc: &'a str,
    known_doc: &'a str,
    /// `getName()` and `getMessage()` for a code without a constant.
    name: String,
    message_doc: &'a str,
    /// The messages of the ranges' codes, before `message`.
    messages: String,
    message: String,
    /// The localized `getMessage(strings)` and `getMessage(context)`.
    read: String,
    link_and_retry: String,
    hash: &'a str,
    printed: &'a str,
}

impl AnyClass<'_> {
    fn source(&self) -> String {
        let AnyClass {
            ty,
            code_type,
            class_doc,
            known_doc,
            name,
            message_doc,
            messages,
            message,
            read,
            link_and_retry,
            hash,
            printed,
        } = self;
        format!(
            r#"
    /**
     * Any code of {{@code {ty}}}: one this build declares ({{@link #getKnown()}}),
     * {class_doc}
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

{known_doc}        public {ty} getKnown() {{
            return known;
        }}

        /** Whether this build declares the code. */
        public boolean isKnown() {{
            return known != null;
        }}

        /** The name every SDK shares. */
        public String getName() {{
            return known != null ? known.getName() : {name};
        }}

        /** {message_doc} */
        public String getMessage() {{
{messages}            return known != null ? known.getMessage() : {message};
        }}
{read}{link_and_retry}
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

/// `{Enum}Strings`, the translations' interface with Android's
/// resources behind it, its tables, and the constants'
/// `getMessage(strings)` and `getMessage(context)`.
fn reading(document: &Document, resources: &Resources, int: bool) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let Resources { names, r_class } = resources;
    let mut resources = String::new();
    for name in names.of_entries.iter().chain(&names.of_catch_all) {
        let _ = writeln!(
            resources,
            "        resourceIds.put({}, {r_class}.string.{name});",
            quoted(name, Syntax::CFamily)
        );
    }
    // A message with values is its error's to read, with the values.
    for (entry, name) in taxonomy.entries.iter().zip(&names.of_entries) {
        if entry.facts.message.is_none() {
            let _ = writeln!(
                resources,
                "        resourceNames.put({}, {});",
                literal(entry.code, int),
                quoted(name, Syntax::CFamily)
            );
        }
    }
    let boxed = if int { "Integer" } else { "Long" };
    format!(
        r#"
/**
 * Where the messages are translated: the format string of a message's
 * string resource, by its name in {{@code strings.xml}}, in the user's
 * language ({{@code %1$s}} for a value, as Android writes it), or
 * {{@code null}} to show the English. {{@link #of}} reads an Android app's
 * resources; on any JVM, any table of translations does.
 */
@FunctionalInterface
public interface {ty}Strings {{
    /** The format string of the resource {{@code name}}, or {{@code null}}. */
    String format(String name);

    /**
     * The app's string resources: the {{@code strings.xml}} this tool
     * writes, and the translators' {{@code values-xx/strings.xml}}.
     */
    static {ty}Strings of(android.content.Context context) {{
        return name -> {{
            Integer id = resourceIds.get(name);
            return id != null ? context.getString(id) : null;
        }};
    }}
}}

private static final java.util.Map<String, Integer> resourceIds = new java.util.HashMap<>();
private static final java.util.Map<{boxed}, String> resourceNames = new java.util.HashMap<>();

static {{
{resources}    }}

/**
 * The message in the language of {{@code strings}}; the English
 * {{@link #getMessage()}} where it has no translation. A message with
 * values is its error's to translate.
 */
public String getMessage({ty}Strings strings) {{
    String name = resourceNames.get(code);
    String format = name != null ? strings.format(name) : null;
    return format != null ? format : message;
}}

/** The message in the user's language, from the app's string resources. */
public String getMessage(android.content.Context context) {{
    return getMessage({ty}Strings.of(context));
}}
"#
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
