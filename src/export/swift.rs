//! The iOS SDK's side: an enum with integer raw values that bridges to
//! `NSError` (`CustomNSError`) with the taxonomy's descriptions
//! (`LocalizedError`). Raw values are `Int` when the code type fits 32
//! bits signed (`Int` is 32 bits on watchOS's arm64_32), else the exact
//! width: `UInt32`, `Int64`, `UInt64`.
//!
//! A deprecated case is named nowhere in the enum's own code (its switches
//! go by raw value), so that an app that never uses it gets no warning.
//!
//! With a catch-all, the type is extensible as Apple's own extensible codes
//! are (`URLError.Code`, `CocoaError.Code`): a `RawRepresentable` struct
//! whose declared codes are static constants, `init(rawValue:)` keeping
//! any code; `init?(code:)` is the strict lookup and `init(wireCode:)` the
//! decoder that never fails.
//!
//! A taxonomy with documentation links gets `documentationURL`, and the
//! link as the `LocalizedError`'s `helpAnchor`, which an `NSError` carries
//! under `NSHelpAnchorErrorKey` (the help an alert shows; Apple has no key
//! for a documentation link); one with retryable codes, `isRetryable`.
//!
//! ```swift
//! public enum ErrorCode: Int, CustomNSError, LocalizedError {
//!     // User Error codes
//!     case userGeneric = 101
//!     // ...
//!     public static var errorDomain: String { "com.example.sdk" }
//!
//!     public var errorCode: Int { rawValue }
//!
//!     public var errorDescription: String? {
//!         switch self {
//!         case .userGeneric: return "Invalid participant type; ..."
//!         // ...
//! ```
//!
//! `--domain` sets the `errorDomain` (the enum's name by default). A
//! deprecated code is `@available(*, deprecated, message: "...")` with its
//! note as written (and `/// Deprecated since 2.0.` when it says since when);
//! alternative codes are taken by `init?(code:)`. There is no Swift compiler
//! on the machines this is built on, so the export is parsed with
//! tree-sitter-swift (a syntax error fails the test) and compared with golden
//! files reviewed by hand (`tests/golden/*.swift`, which `error-codes
//! generate` rewrites).

use super::escape::{Lang, Syntax, line_comment, quoted};
use super::generated::{CodePart, Retry, header, members, range_message, reserved_comment};
use super::identifiers::{SWIFT_MEMBERS, swift_case, unique};
use super::messages;
use crate::document::Document;
use error_codes_model::template::ParameterType;
use error_codes_model::{CodeType, Entry, Taxonomy};
use std::fmt::Write as _;

/// `domain` is the `NSError` domain; the enum's name without one, which is
/// what Swift itself uses for an error type outside any module.
///
/// With `table`, the generated code is localized: every message is read
/// from that strings table, the English the fallback.
pub(crate) fn render(
    document: &Document,
    domain: Option<&str>,
    table: Option<&str>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let name = &taxonomy.name;
    let localized = table.map(|table| Localized { ty: name, table });
    let case_of = unique(document, "the Swift case", swift_case, SWIFT_MEMBERS)?;
    let header = header("swift", document, Lang::Swift);
    let declare = |declaration: &dyn Fn(&str, i128) -> String| {
        members(document, Lang::Swift, "    ", |index, entry| {
            let declared = declaration(&case_of[index], entry.code);
            let Some(deprecation) = &entry.deprecated else {
                return declared;
            };
            // The note as written; `since` names a version of the SDK,
            // which `@available` cannot, so a doc comment says it.
            let since = deprecation
                .since
                .as_ref()
                .map_or_else(String::new, |since| {
                    format!(
                        "/// Deprecated since {}.\n    ",
                        line_comment(since, Lang::Swift)
                    )
                });
            let message = deprecation.note.as_ref().map_or_else(String::new, |note| {
                format!(", message: {}", quoted(note, Syntax::Swift))
            });
            format!("{since}@available(*, deprecated{message})\n    {declared}")
        })
    };
    let domain = quoted(domain.unwrap_or(name), Syntax::Swift);
    let raw_type = raw_type(taxonomy.code_type);
    let error_code = if raw_type == "Int" {
        "rawValue"
    } else {
        // `NSError` codes are `Int`: the bits are kept.
        "Int(truncatingIfNeeded: rawValue)"
    };
    let by_raw_value = taxonomy
        .entries
        .iter()
        .any(|entry| entry.deprecated.is_some());
    let mut descriptions = String::new();
    for (index, entry) in taxonomy.entries.iter().enumerate() {
        let description = Localized::description(localized.as_ref(), entry);
        let case = if by_raw_value {
            entry.code.to_string()
        } else {
            format!(".{}", case_of[index])
        };
        let _ = writeln!(descriptions, "        case {case}: return {description}");
    }
    let (switched, default) = if by_raw_value {
        ("rawValue", "        default: return nil\n")
    } else {
        ("self", "")
    };
    let link_and_retry = link_and_retry_members(taxonomy);
    let valued = valued(document, raw_type, localized.as_ref());
    let reading = localized
        .as_ref()
        .map_or_else(String::new, Localized::reading);
    // A range variant keeps its code as the catch-all does: the struct,
    // whose raw value is any code, a range's constant its first.
    if taxonomy.catch_all.is_some() || taxonomy.has_code_ranges() {
        let constants = declare(&|constant, code| {
            format!("public static let {constant} = {name}(rawValue: {code})")
        });
        let other = taxonomy.catch_all.as_ref().map(|catch_all| {
            quoted(
                &format!("{} (code ", catch_all.description()),
                Syntax::Swift,
            )
        });
        return Ok(extensible(
            document,
            &Parts {
                header: &header,
                members: &constants,
                domain: &domain,
                raw_type,
                error_code,
                link_and_retry: &link_and_retry,
                localized: localized.as_ref(),
            },
            other.as_deref(),
        ) + &valued
            + &reading);
    }
    let cases = declare(&|case, code| format!("case {case} = {code}"));
    let alternatives = alternatives(document, raw_type);
    let reserved = reserved_comment(taxonomy, Lang::Swift, "    ");
    Ok(format!(
        r#"{header}
import Foundation

/// The SDK's error codes. As an `NSError`: the domain `errorDomain`, the code
/// `rawValue`, the message `errorDescription`.
public enum {name}: {raw_type}, CustomNSError, LocalizedError {{
{cases}{reserved}
    public static var errorDomain: String {{ {domain} }}

    public var errorCode: Int {{ {error_code} }}
{alternatives}
    /// The documented reasons joined with "; ", or the name when none is
    /// documented.
    public var errorDescription: String? {{
        switch {switched} {{
{descriptions}{default}        }}
    }}
{link_and_retry}}}
{valued}{reading}"#
    ))
}

/// The errors whose messages carry values, in Apple's idiom for an error
/// with data: a value per such code, nested in the enum
/// (`SessionError.RoomFull`), conforming to `CustomNSError` (the enum's
/// domain and the code; the values in `errorUserInfo` under their names)
/// and `LocalizedError` (the message written with the values, as the Rust
/// `Display` writes it).
fn valued(document: &Document, raw_type: &str, localized: Option<&Localized>) -> String {
    let taxonomy = &document.taxonomy;
    let valued = messages::valued(&taxonomy.entries);
    if valued.is_empty() {
        return String::new();
    }
    let ty = &taxonomy.name;
    let mut values = String::new();
    for value in &valued {
        let parameters = &value.message.parameters;
        let names: Vec<String> = parameters
            .iter()
            .map(|parameter| swift_case(&messages::value_name(&parameter.name)))
            .collect();
        let kinds: Vec<&str> = parameters
            .iter()
            .map(|parameter| match parameter.ty {
                ParameterType::Int => "Int64",
                ParameterType::Uint => "UInt64",
                ParameterType::Float => "Double",
                ParameterType::String => "String",
            })
            .collect();
        let mut english = String::from("\"");
        for part in messages::parts(value.message) {
            match part {
                messages::Part::Text(literal) => {
                    let quoted = quoted(&literal, Syntax::Swift);
                    english.push_str(&quoted[1..quoted.len() - 1]);
                }
                messages::Part::Value(index) => {
                    let name = &names[index];
                    let _ = match parameters[index].ty {
                        ParameterType::Float => write!(english, "\\(rustFloat({name}))"),
                        _ => write!(english, "\\({name})"),
                    };
                }
            }
        }
        english.push('"');
        let text = Localized::read(localized, &value.entry.facts.name, &names, english);
        let (mut properties, mut assignments, mut user_info) =
            (String::new(), String::new(), Vec::new());
        for ((kind, name), parameter) in kinds.iter().zip(&names).zip(parameters) {
            let _ = writeln!(properties, "        public let {name}: {kind}");
            let _ = writeln!(assignments, "            self.{name} = {name}");
            user_info.push(format!(
                "{}: {name}",
                quoted(&parameter.name, Syntax::Swift)
            ));
        }
        let declared: Vec<String> = kinds
            .iter()
            .zip(&names)
            .map(|(kind, name)| format!("{name}: {kind}"))
            .collect();
        let code = value.entry.code;
        let error_code = if raw_type == "Int" {
            code.to_string()
        } else {
            format!("Int(truncatingIfNeeded: {code} as {raw_type})")
        };
        let _ = write!(
            values,
            r#"
    /// {doc}
    public struct {class}: CustomNSError, LocalizedError {{
{properties}
        public init({declared}) {{
{assignments}        }}

        public static var errorDomain: String {{ {ty}.errorDomain }}

        public var errorCode: Int {{ {error_code} }}

        /// The values, under their names.
        public var errorUserInfo: [String: Any] {{ [{user_info}] }}

        /// The message, written with the values{in_language}.
        public var errorDescription: String? {{ {text} }}
    }}
"#,
            doc = line_comment(&value.message.template, Lang::Swift),
            class = value.type_name,
            in_language = if localized.is_some() {
                ", in the user's language"
            } else {
                ""
            },
            declared = declared.join(", "),
            user_info = user_info.join(", "),
        );
    }
    let float = if messages::writes_floats(&valued) {
        SWIFT_RUST_FLOAT
    } else {
        ""
    };
    format!("\nextension {ty} {{{values}}}\n{float}")
}

/// A float as Rust's `Display` writes it: no exponent, no `.0` for a whole
/// number, `inf`, `NaN`.
const SWIFT_RUST_FLOAT: &str = r#"
private func rustFloat(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    let sign = value < 0 ? "-" : ""
    var text = "\(abs(value))"
    if text.hasSuffix(".0") { text.removeLast(2) }
    guard let e = text.firstIndex(of: "e") else { return sign + text }
    let mantissa = String(text[..<e])
    let exponent = Int(text[text.index(after: e)...]) ?? 0
    let dot = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
    let digits = mantissa.replacingOccurrences(of: ".", with: "")
    let point = dot + exponent
    if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
    if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
    return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
}
"#;

/// `documentationURL` and `helpAnchor` when some code has a link, and
/// `isRetryable` when some code is retryable: by raw value, so that no
/// deprecated case is named; a code this build does not know has the
/// catch-all's.
fn link_and_retry_members(taxonomy: &Taxonomy) -> String {
    let mut members = String::new();
    if taxonomy.has_doc_urls() {
        let links: String = taxonomy
            .entries
            .iter()
            .filter_map(|entry| Some((pattern(entry), entry.facts.doc_url.as_deref()?)))
            .map(|(code, doc_url)| {
                format!(
                    "        case {code}: return {}\n",
                    quoted(doc_url, Syntax::Swift)
                )
            })
            .collect();
        let otherwise = taxonomy
            .catch_all
            .as_ref()
            .and_then(|catch_all| catch_all.doc_url.as_deref())
            .map_or_else(
                || "nil".to_owned(),
                |doc_url| quoted(doc_url, Syntax::Swift),
            );
        let _ = write!(
            members,
            r#"
    /// The page that documents this code, as the Rust declaration writes it;
    /// `nil` when it has none.
    public var documentationLink: String? {{
        switch rawValue {{
{links}        default: return {otherwise}
        }}
    }}

    /// The page that documents this code; `nil` when it has none.
    public var documentationURL: URL? {{ documentationLink.flatMap {{ URL(string: $0) }} }}

    /// The documentation link, which an `NSError` carries under
    /// `NSHelpAnchorErrorKey`.
    public var helpAnchor: String? {{ documentationLink }}
"#
        );
    }
    if let Some(retry) = Retry::of(taxonomy) {
        let answer = if retry.listed.is_empty() {
            format!(" {} ", retry.otherwise)
        } else {
            let codes: Vec<String> = retry.listed.iter().map(|entry| pattern(entry)).collect();
            format!(
                "\n        switch rawValue {{\n        case {}: return {}\n        default: return {}\n        }}\n    ",
                codes.join(", "),
                !retry.otherwise,
                retry.otherwise
            )
        };
        let _ = write!(
            members,
            r"
    /// Whether the same request may succeed if tried again (a timeout, an
    /// overloaded server), as opposed to a mistake the caller must fix.
    public var isRetryable: Bool {{{answer}}}
"
        );
    }
    members
}

/// What the enum form and the extensible form share.
struct Parts<'a> {
    header: &'a str,
    /// Each declared code, by section, with its attributes.
    members: &'a str,
    domain: &'a str,
    raw_type: &'a str,
    error_code: &'a str,
    /// The documentation link and the retryability, when the taxonomy has
    /// them.
    link_and_retry: &'a str,
    localized: Option<&'a Localized<'a>>,
}

/// A localized export: the type, and the strings table its messages are
/// read from.
struct Localized<'a> {
    ty: &'a str,
    table: &'a str,
}

impl Localized<'_> {
    /// A message: its translation under `key`, written with `values`, else
    /// `english` (a Swift expression); `english` alone when not localized.
    fn read(localized: Option<&Self>, key: &str, values: &[String], english: String) -> String {
        let Some(localized) = localized else {
            return english;
        };
        let values: String = values.iter().map(|value| format!(", {value}")).collect();
        format!(
            "{}.translated({}{values}) ?? {english}",
            localized.ty,
            quoted(key, Syntax::Swift)
        )
    }

    /// A code's own message, without values. A message with values keeps
    /// its English template there: its translation's placeholders are
    /// for the values, which only its error has.
    fn description(localized: Option<&Self>, entry: &Entry) -> String {
        let english = quoted(&entry.facts.description(), Syntax::Swift);
        if entry.facts.message.is_some() {
            return english;
        }
        Self::read(localized, &entry.facts.name, &[], english)
    }

    /// A message that the code follows: the translation under `key`, then
    /// the code, as the English has it (`description (code N)`), else
    /// `english`; `english` alone when not localized.
    fn with_code(localized: Option<&Self>, key: &str, english: String) -> String {
        let Some(localized) = localized else {
            return english;
        };
        format!(
            "{}.translated({}).map {{ \"\\($0) (\\(rawValue))\" }} ?? {english}",
            localized.ty,
            quoted(key, Syntax::Swift)
        )
    }

    /// How the messages are read: the type's `translated`, which looks a
    /// key up in the app's bundle, then in the SDK's.
    fn reading(&self) -> String {
        let Localized { ty, table } = self;
        format!(
            r#"
extension {ty} {{
    /// The strings table that translates the messages: the SDK's String
    /// Catalog of this name (`{file}.xcstrings`).
    public static let localizationTable = {quoted_table}

    /// An app's own translations of the messages, read before the SDK's: a
    /// bundle with a `localizationTable` table, to reword a message or to
    /// add a language the SDK lacks. `nil`, the default, reads the SDK's
    /// only.
    public static var overrideBundle: Bundle? {{
        get {{ {ty}Localization.shared.overrideBundle }}
        set {{ {ty}Localization.shared.overrideBundle = newValue }}
    }}

    /// The message under `key` in the user's language, written with
    /// `values`: the override bundle's translation, else the SDK's; `nil`
    /// when neither has one, and the English is shown.
    static func translated(_ key: String, _ values: CVarArg...) -> String? {{
        let missing = "\u{{1}}"
        for bundle in [overrideBundle, {ty}Localization.sdk].compactMap({{ $0 }}) {{
            let format = bundle.localizedString(forKey: key, value: missing, table: localizationTable)
            if format != missing {{
                return values.isEmpty ? format : String(format: format, locale: Locale.current, arguments: values)
            }}
        }}
        return nil
    }}
}}

/// Where the messages are read: the bundle the SDK's strings table is
/// built into (its Swift package's resources, or its framework), and the
/// app's override, which any thread may set.
private final class {ty}Localization: @unchecked Sendable {{
    static let sdk: Bundle = {{
        #if SWIFT_PACKAGE
        return Bundle.module
        #else
        return Bundle(for: {ty}Localization.self)
        #endif
    }}()

    static let shared = {ty}Localization()

    private let lock = NSLock()
    private var override: Bundle?

    var overrideBundle: Bundle? {{
        get {{
            lock.lock()
            defer {{ lock.unlock() }}
            return override
        }}
        set {{
            lock.lock()
            defer {{ lock.unlock() }}
            override = newValue
        }}
    }}
}}
"#,
            file = line_comment(table, Lang::Swift),
            quoted_table = quoted(table, Syntax::Swift),
        )
    }
}

/// The extensible form, for a taxonomy with a catch-all or a range
/// variant: `other` is the catch-all's description and ` (code ` as a Swift
/// literal, `None` without a catch-all (the wire decoder is then left out,
/// and a code this build does not know has no description).
fn extensible(document: &Document, parts: &Parts, other: Option<&str>) -> String {
    let taxonomy = &document.taxonomy;
    let name = &taxonomy.name;
    let Parts {
        header,
        members: constants,
        domain,
        raw_type,
        error_code,
        link_and_retry,
        localized,
    } = parts;
    let mut by_code = String::new();
    for (index, entry) in taxonomy.entries.iter().enumerate() {
        // A code of a range is kept as it came.
        if entry.range.is_some() {
            let _ = writeln!(
                by_code,
                "        case {}: self.init(rawValue: code)",
                pattern(entry)
            );
            continue;
        }
        let codes: Vec<String> = entry.codes().map(|code| code.to_string()).collect();
        let _ = writeln!(
            by_code,
            "        case {}: self.init(rawValue: {})",
            codes.join(", "),
            taxonomy.entries[index].code
        );
    }
    let mut descriptions = String::new();
    for entry in &taxonomy.entries {
        let key = &entry.facts.name;
        let description = if entry.range.is_none() {
            Localized::description(*localized, entry)
        } else if entry.facts.message.is_some() {
            // The message's one value is the code, which a format string
            // takes at the width its specifier reads (`%1$lld`, `%1$llu`).
            Localized::read(
                *localized,
                key,
                &[code_value(taxonomy.code_type).to_owned()],
                range_description(entry),
            )
        } else {
            Localized::with_code(*localized, key, range_description(entry))
        };
        let _ = writeln!(
            descriptions,
            "        case {}: return {description}",
            pattern(entry),
        );
    }
    let unknown = match (other, &taxonomy.catch_all) {
        (Some(other), Some(catch_all)) => Localized::with_code(
            *localized,
            &catch_all.name,
            format!("{}\\(rawValue))\"", &other[..other.len() - 1]),
        ),
        _ => "nil".to_owned(),
    };
    let wire = if other.is_some() {
        format!(
            r"
    /// Never fails: the declared code with this code (its alternative
    /// codes included), or the code as it came.
    public init(wireCode: {raw_type}) {{
        self = {name}(code: wireCode) ?? {name}(rawValue: wireCode)
    }}
"
        )
    } else {
        String::new()
    };
    let reserved = reserved_comment(taxonomy, Lang::Swift, "    ");
    format!(
        r#"{header}
import Foundation

/// The SDK's error codes, extensible as Apple's `URLError.Code` is: the
/// declared codes are constants, and a code this build does not know (a
/// newer server's) is kept as it came. As an `NSError`: the domain
/// `errorDomain`, the code `rawValue`, the message `errorDescription`.
public struct {name}: RawRepresentable, Hashable, CustomNSError, LocalizedError {{
    /// The code, as the server sent it.
    public let rawValue: {raw_type}

    /// Any code, kept as it is.
    public init(rawValue: {raw_type}) {{
        self.rawValue = rawValue
    }}

{constants}{reserved}
    /// The declared code with this code, its alternative codes included;
    /// `nil` for a code this build does not know.
    public init?(code: {raw_type}) {{
        switch code {{
{by_code}        default: return nil
        }}
    }}
{wire}
    /// Whether this build declares the code.
    public var isKnown: Bool {{ {name}(code: rawValue) == self }}

    public static var errorDomain: String {{ {domain} }}

    public var errorCode: Int {{ {error_code} }}

    /// The documented reasons joined with "; ", or the name when none is
    /// documented; for a code this build does not know, the catch-all's
    /// with the code.
    public var errorDescription: String? {{
        switch rawValue {{
{descriptions}        default: return {unknown}
        }}
    }}
{link_and_retry}}}
"#
    )
}

/// What a `switch` on the raw value matches for an entry: its code, or a
/// range variant's closed range (`256...511`).
fn pattern(entry: &Entry) -> String {
    match entry.range {
        Some((start, end)) => format!("{start}...{end}"),
        None => entry.code.to_string(),
    }
}

/// A range variant's description as Swift writes it, with the code it
/// keeps (`rawValue`), as the derive's `Display` does.
fn range_description(entry: &Entry) -> String {
    let mut text = String::from("\"");
    for part in range_message(entry) {
        match part {
            CodePart::Text(literal) => {
                let quoted = quoted(&literal, Syntax::Swift);
                text.push_str(&quoted[1..quoted.len() - 1]);
            }
            CodePart::Code => text.push_str("\\(rawValue)"),
        }
    }
    text.push('"');
    text
}

/// The raw value as the `CVarArg` a format string's `%lld` or `%llu`
/// reads: 64 bits wide, whatever the width of `Int`.
fn code_value(code_type: CodeType) -> &'static str {
    match code_type {
        CodeType::I64 | CodeType::U64 => "rawValue",
        CodeType::I8 | CodeType::I16 | CodeType::I32 => "Int64(rawValue)",
        CodeType::U8 | CodeType::U16 | CodeType::U32 => "UInt64(rawValue)",
    }
}

/// The raw value type for a code type: `Int` wherever it holds every code
/// on every Apple platform, else the exact width.
fn raw_type(code_type: CodeType) -> &'static str {
    match code_type {
        CodeType::I8 | CodeType::I16 | CodeType::I32 | CodeType::U8 | CodeType::U16 => "Int",
        CodeType::U32 => "UInt32",
        CodeType::I64 => "Int64",
        CodeType::U64 => "UInt64",
    }
}

/// `init?(code:)`, which also takes the alternative codes, when some
/// entry has them; `init?(rawValue:)` takes each case's own code.
fn alternatives(document: &Document, raw_type: &str) -> String {
    let taxonomy = &document.taxonomy;
    if taxonomy
        .entries
        .iter()
        .all(|entry| entry.alternatives.is_empty())
    {
        return String::new();
    }
    let mut cases = String::new();
    for (code, index) in taxonomy.every_code() {
        let own = taxonomy.entries[index].code;
        if code != own {
            let _ = writeln!(cases, "        case {code}: self.init(rawValue: {own})");
        }
    }
    format!(
        r"
    /// The case with this code, its alternative codes included; `nil` for a
    /// code this build does not know.
    public init?(code: {raw_type}) {{
        switch code {{
{cases}        default: self.init(rawValue: code)
        }}
    }}
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::Entry;

    #[test]
    fn a_case_cannot_take_the_name_of_a_generated_member() {
        for member in ["isRetryable", "documentationURL", "helpAnchor", "isKnown"] {
            let mut taxonomy = Taxonomy::new("E", CodeType::I32);
            taxonomy.entries.push(Entry::new("V", 1, member));
            let refused = render(&Document::new(taxonomy), None, None).unwrap_err();
            assert!(
                refused.contains("which the generated code declares itself"),
                "{member}: {refused}"
            );
        }
    }
}
