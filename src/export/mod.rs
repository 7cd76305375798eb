//! `error-codes export`: a taxonomy in the formats the documentation and the
//! other SDKs read. Every renderer takes a [`Document`] (a taxonomy and how
//! to present it), never a Rust type, and depends on nothing else, so an
//! export is the same, byte for byte, on every run.
//!
//! Every format is named after the enum (`enum SessionError`, not always
//! `ErrorCode`), takes any code type (`u8` to `u64`, `i8` to `i64`), marks
//! `#[deprecated]` codes with their note as written (Swift
//! `@available(*, deprecated, message:)`, Kotlin and Java `@Deprecated`,
//! TypeScript `/** @deprecated */`, Markdown and JSON), groups codes in one
//! section per category, in the order categories first appear, and is checked
//! in the tests by the platform's own tool.
//!
//! # Names
//!
//! Every generated source compiles whatever the names. A name that is not an
//! identifier in a language (`"Content Too Large"`) becomes one
//! (`contentTooLarge` in Swift, `CONTENT_TOO_LARGE` in Kotlin and Java, a
//! quoted key in TypeScript); letters of any script are kept (`日本`, `Café`),
//! as all four languages accept them; keywords are escaped (Swift
//! `` case `default` ``) or refused where a language cannot escape them (a
//! package segment `com.example.class`). Two names that would become the same
//! identifier are refused, naming both variants; so is a name with no letter
//! or digit, and a name that would be a member of the generated type.
//!
//! # Codes the client does not know: the catch-all
//!
//! When the enum has a catch-all (`#[code(catch_all)] Other(u16)`), a code a
//! newer server sends is kept on every platform, as Rust keeps it: each source
//! has a strict lookup, which answers "not known" for an undeclared code, and
//! a wire decoder that never fails, keeps the code, and gives the catch-all's
//! description with the code as its message (`A code this client does not
//! know (code 4242)`), in the platform's idiom:
//!
//! | platform | strict | wire | the unknown code |
//! | --- | --- | --- | --- |
//! | Swift | `init?(code:)` | `init(wireCode:)` | the type is a `RawRepresentable` struct, as Apple's `URLError.Code`: declared codes are `static let` constants, `init(rawValue:)` keeps any code, `isKnown` tells |
//! | Kotlin | `fromCode(code)` | `fromWireCode(code)` | a sealed interface `AnySessionError`, implemented by the `enum class` and by `data class UnknownSessionError(code)`: exhaustive in `when` |
//! | Java | `fromCode(code)` | `fromWireCode(code)` | `SessionError.Any`, a value class with `getCode()`, `getName()`, `getMessage()`, `isKnown()` and `getKnown()` (the constant, or `null`) |
//! | TypeScript | `fromCode(code)` | `fromWireCode(code)` | a plain code, typed `AnySessionError`, with `isKnown`, `nameOf` and `messageOf` |
//!
//! An alternative code decodes to its code's constant both ways. Without a
//! catch-all, the sources have only the strict lookups.
//!
//! A range variant (`#[code(0x0100..=0x01ff)] Crypto(u64)`) keeps any code
//! of its range the same way, strict lookup and wire decoder alike, with its
//! name and its message written with the code: Swift's struct keeps it as
//! its raw value (`case 256...511: self.init(rawValue: code)`), Kotlin's
//! `fromCode` returns `Ranged{Enum}(code, constant)`, Java's an `E.Any`
//! holding the code and the range's constant, and TypeScript's the code
//! itself, which `nameOf`, `messageOf` and `isKnown` answer for. The range's
//! constant is its first code; a String Catalog and `strings.xml` have one
//! key for it. Retired codes and
//! names are a comment in every generated source (`// Reserved, never to be
//! used again: 7, 100..=199, "oldName"`), a section of the Markdown page and
//! `reserved` in the JSON.
//!
//! # Documentation links and retryability
//!
//! Where the taxonomy has them (`doc_url`, `retryable`), every format carries
//! each code's link, byte for byte as the derive filled it in, and whether to
//! retry; a taxonomy without them, as NSError's, exports without them. A code
//! the build does not know has the catch-all's.
//!
//! | format | the link | retryable |
//! | --- | --- | --- |
//! | Swift | `documentationURL: URL?`, `documentationLink: String?`, and `helpAnchor` | `isRetryable: Bool` |
//! | Kotlin | `docUrl: String?` on each constant (and on `AnySessionError`) | `isRetryable: Boolean` |
//! | Java | `getDocUrl()`, `null` without one (and on `SessionError.Any`) | `isRetryable()` |
//! | TypeScript | `docUrlOf(code)`, `undefined` without one | `isRetryable(code)` |
//! | Markdown | the name links to it | a Retryable column |
//! | JSON | `docUrl` | `retryable` |
//! | xcstrings, android-strings | in the translator's comment | in the translator's comment |
//!
//! # Messages with values
//!
//! A code whose message names values (`Room {room} is full`) gets an error
//! value on every platform, built from the same typed values and writing
//! the message as Rust's `Display` writes it (a float without exponent, an
//! unsigned 64-bit value unsigned), its class named after the variant:
//!
//! | platform | the error value | the values |
//! | --- | --- | --- |
//! | Swift | `SessionError.RoomFull`, a struct conforming to `CustomNSError` (the enum's domain, the code) and `LocalizedError` (`errorDescription` is the message) | `let` properties, and `errorUserInfo` under their names |
//! | Kotlin | `SessionErrorException.RoomFull`, a subclass of the sealed `SessionErrorException(error, message) : Exception` | `val` properties: `Long`, `ULong`, `Double`, `String` |
//! | Java | `SessionError.RoomFull`, a subclass of `SessionError.SessionErrorException`, an `Exception` with `getCode()` | getters: `long` (unsigned where the field is), `double`, `String` |
//! | TypeScript | `RoomFull`, a class extending `Error` with `code` and `name`, as Node's errors carry them | `readonly` properties: `number \| bigint`, `number`, `string` |
//!
//! A value keeps its field's name in lowerCamelCase (`room_name` is
//! `roomName`, `0` is `value0`, and one the error already has, such as
//! `message`, is `messageValue`), in the order the message first names them.
//! The String Catalog and `strings.xml` hold such a message as a format
//! string whose values are positional and typed (Apple `%1$@`, `%2$lld`,
//! `%2$llu`, `%3$f`; Android `%1$s`, `%2$d`, `%3$f`), so that a translation
//! may order them otherwise, and a `%` of its text doubled. The JSON entry
//! carries `message` and `parameters`.
//!
//! # Localized messages
//!
//! With `localized = true`, the generated sources read each message from
//! the translations of the catalogs, written with the values, and fall back
//! to the English they hold; without it they are as before, byte for byte.
//! The lookup is each platform's own:
//!
//! | platform | reads | the message | an app's override |
//! | --- | --- | --- | --- |
//! | Swift | the SDK bundle's strings table (`table`, the enum's name by default), compiled from its `.xcstrings` | `errorDescription`, through `{Enum}.translated(key, values...)` | `{Enum}.overrideBundle`, read first |
//! | Kotlin | Android's string resources (`R.string.*` of `r-class`, `R` by default) through the `fun interface {Enum}Strings` | `message(strings)`, `message(context)` beside the English `message` | any `{Enum}Strings` |
//! | Java | the same, through the nested `@FunctionalInterface {Enum}Strings` | `getMessage(strings)`, `getMessage(context)` | any `{Enum}Strings` |
//! | TypeScript | tables written into the module from the catalog named by `translations` | `messageOf(error, locale)`; `de-CH` falls back to `de` | |
//!
//! Swift looks a key up as `String(localized:table:bundle:)` does, with
//! `Bundle.localizedString(forKey:value:table:)`, the call underneath it,
//! and formats with `String(format:locale:arguments:)`, as SwiftGen's
//! generated `tr` does: a missing key is then seen (so the override bundle
//! can come first and the English literal, Rust's text, last), and the
//! values go to the translation as its positional specifiers take them.
//! The SDK's bundle is its package's `Bundle.module`, or its framework's.
//! Kotlin and Java follow Android's `Resources.getString`: the resource's
//! text is the format (`String.format` with the default locale; an
//! unsigned 64-bit value as a `BigInteger`), and the lookup sits behind a
//! one-method interface, so the same code runs on a plain JVM with any
//! table (the tests feed it `values-de/strings.xml`). A float in a
//! translation is written by the platform's `%f`. A message with values is
//! its error value's to translate; a code's constant translates the
//! messages without. Kotlin and Java take `localized` up to
//! [`LARGEST_ENUM`] codes, whose tables fit one JVM method; TypeScript
//! takes it in its default style.
//!
//! A code of a range (Swift's struct, Kotlin's `Ranged{Enum}`, Java's
//! `E.Any`, TypeScript's plain code) reads its range's translation, by the
//! range's one key, with the code it holds: a message that names the code
//! is a format string of it, as a message with values is; a description is
//! followed by the code, `Der Handshake schlug fehl (300)`, as the
//! catch-all's translation is for a code this build does not know. Every
//! platform does so; none refuses a range variant.
//!
//! # Where an export goes
//!
//! Without `--output` it goes to standard output. With it, the file is never
//! one the command read (a source file of `--input`, directly, through a link
//! or a hard link: the export is refused, status 2, nothing written). A
//! regular file is replaced all at once (a temporary file beside it, then a
//! rename) and keeps its permissions, so a failed write leaves the old file,
//! or none, never half of one. A link is followed: its target is replaced and
//! the link stays. A FIFO, a device or a socket is written to, never replaced
//! by a file.

pub mod android_strings;
pub(crate) mod escape;
mod generated;
mod identifiers;
pub mod java;
mod jvm;
pub mod kotlin;
pub mod markdown;
mod messages;
mod options;
pub mod swift;
pub mod typescript;
pub mod xcstrings;

pub use java::Naming as JavaNaming;
pub use jvm::{LARGEST_ENUM, java_package, kotlin_package};
pub use options::{ExportOption, OPTIONS, OptionError, option};
pub use typescript::Style as TypeScriptStyle;

use crate::document::Document;
use std::path::PathBuf;

/// An export format, with the options that only it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Markdown {
        /// The page's title; the document's without one.
        title: Option<String>,
    },
    Json,
    Swift {
        /// The `NSError` domain; the enum's name when `None`.
        domain: Option<String>,
        /// With `Some`, the messages are read from the translations of
        /// this strings table, the enum's name when `Some(None)`.
        localized: Option<Option<String>>,
    },
    Kotlin {
        package: Option<String>,
        /// With `Some`, the messages are read from Android's resources
        /// of this `R` class, the file's package's when `Some(None)`.
        localized: Option<Option<String>>,
    },
    Java {
        naming: JavaNaming,
        package: Option<String>,
        /// As Kotlin's.
        localized: Option<Option<String>>,
    },
    TypeScript {
        style: TypeScriptStyle,
        /// With `Some`, `messageOf` reads the translations of this String
        /// Catalog, none when `Some(None)`.
        localized: Option<Option<PathBuf>>,
    },
    Xcstrings {
        /// The language the taxonomy's text is in; English when `None`.
        source_language: Option<String>,
    },
    AndroidStrings,
}

impl Format {
    /// What to write over `existing`, a file of this format: `rendered`,
    /// merged with the file where people edit it too (a String Catalog's
    /// other languages are the translators').
    ///
    /// # Errors
    ///
    /// `existing` is not a file of this format, where it must be merged.
    pub fn merge(&self, existing: &str, rendered: String) -> Result<String, String> {
        match self {
            Format::Xcstrings { .. } => xcstrings::merge(existing, &rendered),
            _ => Ok(rendered),
        }
    }

    /// Whether `existing` holds what `rendered` would make of it: for a
    /// String Catalog only what the tool owns of it (its source language
    /// and comments), whatever translators added or Xcode reformatted.
    #[must_use]
    pub fn is_current(&self, existing: &str, rendered: &str) -> bool {
        match self {
            Format::Xcstrings { .. } => xcstrings::is_current(existing, rendered),
            _ => existing == rendered,
        }
    }

    /// The format with the paths of its options, which are relative to
    /// `base` as the manifest's are, relative to the current directory.
    #[must_use]
    pub fn relative_to(self, base: &std::path::Path) -> Format {
        match self {
            Format::TypeScript {
                style,
                localized: Some(Some(catalog)),
            } => Format::TypeScript {
                style,
                localized: Some(Some(base.join(catalog).components().collect())),
            },
            other => other,
        }
    }

    /// The names `--format` takes, in the order the help lists them.
    pub const NAMES: [&'static str; 8] = [
        "markdown",
        "json",
        "swift",
        "kotlin",
        "java",
        "typescript",
        "xcstrings",
        "android-strings",
    ];

    /// The whole export.
    ///
    /// # Errors
    ///
    /// What the format cannot hold: two names that become one identifier
    /// in the language, a TypeScript `enum` of codes beyond 2^53 (which a
    /// `number` would round), an Android resource name taken twice.
    pub fn render(&self, document: &Document) -> Result<String, String> {
        Ok(match self {
            Format::Markdown { title } => markdown::render(document, title.as_deref()),
            Format::Json => crate::json::render(&document.taxonomy),
            Format::Swift { domain, localized } => swift::render(
                document,
                domain.as_deref(),
                localized
                    .as_ref()
                    .map(|table| table.as_deref().unwrap_or(&document.taxonomy.name)),
            )?,
            Format::Kotlin { package, localized } => {
                kotlin::render(document, package.as_deref(), r_class(localized.as_ref()))?
            }
            Format::Java {
                naming,
                package,
                localized,
            } => java::render(
                document,
                *naming,
                package.as_deref(),
                r_class(localized.as_ref()),
            )?,
            Format::TypeScript { style, localized } => {
                let translations = match localized {
                    Some(Some(catalog)) => Some(crate::translations::read_catalog(catalog)?),
                    Some(None) => Some(crate::translations::Catalog::default()),
                    None => None,
                };
                typescript::render(document, *style, translations.as_ref())?
            }
            Format::Xcstrings { source_language } => xcstrings::render(
                &document.taxonomy,
                source_language.as_deref().unwrap_or("en"),
            ),
            Format::AndroidStrings => android_strings::render(document)?,
        })
    }
}

/// The `R` class a localized Kotlin or Java export reads, `R` unless the
/// manifest names another: `None` when the export is not localized.
fn r_class(localized: Option<&Option<String>>) -> Option<&str> {
    localized.map(|r_class| r_class.as_deref().unwrap_or("R"))
}
