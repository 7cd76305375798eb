//! `error-codes export`: a taxonomy in the formats the documentation and the
//! other SDKs read. Every renderer takes a [`Document`] (a taxonomy and how
//! to present it), never a Rust type, and depends on nothing else, so an
//! export is the same, byte for byte, on every run.

mod android_strings;
pub(crate) mod escape;
mod generated;
mod identifiers;
mod java;
mod jvm;
mod kotlin;
mod markdown;
mod options;
mod swift;
mod typescript;
mod xcstrings;

pub use java::Naming as JavaNaming;
pub use jvm::{LARGEST_ENUM, java_package, kotlin_package};
pub use options::{JAVA_NAMINGS, OPTIONS, OptionError, TYPESCRIPT_STYLES};
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
