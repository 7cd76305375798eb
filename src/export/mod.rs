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
    },
    Kotlin {
        package: Option<String>,
    },
    Java {
        naming: JavaNaming,
        package: Option<String>,
    },
    TypeScript {
        style: TypeScriptStyle,
    },
    Xcstrings,
    AndroidStrings,
}

impl Format {
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
            Format::Swift { domain } => swift::render(document, domain.as_deref())?,
            Format::Kotlin { package } => kotlin::render(document, package.as_deref())?,
            Format::Java { naming, package } => {
                java::render(document, *naming, package.as_deref())?
            }
            Format::TypeScript { style } => typescript::render(document, *style)?,
            Format::Xcstrings => xcstrings::render(&document.taxonomy),
            Format::AndroidStrings => android_strings::render(document)?,
        })
    }
}
