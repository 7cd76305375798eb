//! `nserror export`: a taxonomy in the formats the documentation and the
//! other SDKs read (SPEC 5.2). Every renderer takes a [`Document`] (a
//! [`Taxonomy`] and how to present it), never a Rust type, and depends on
//! nothing else, so an export is the same, byte for byte, on every run.

mod android_strings;
pub(crate) mod escape;
mod generated;
mod identifiers;
mod java;
pub mod json;
mod kotlin;
mod markdown;
mod output;
mod swift;
mod typescript;
mod xcstrings;

pub use java::{Naming as JavaNaming, package_name};
pub use output::write;
pub use typescript::Style as TypeScriptStyle;

use error_codes_model::Taxonomy;

/// A taxonomy and what its exports say around it.
#[derive(Debug, Clone)]
pub struct Document {
    pub taxonomy: Taxonomy,
    /// The file the taxonomy was read from, when it was.
    pub path: Option<String>,
    /// How generated sources name where they come from: `` `SessionError` ``.
    pub declaration: String,
    /// The Markdown page's title: the enum's name unless told otherwise.
    pub title: String,
    /// Tables the Markdown page shows before the codes (the reference
    /// document's Field Summary).
    pub preamble: Vec<Table>,
}

impl Document {
    /// A document for `taxonomy`, named after its enum, with nothing around.
    #[must_use]
    pub fn new(taxonomy: Taxonomy) -> Self {
        Document {
            declaration: format!("`{}`", taxonomy.name),
            title: taxonomy.name.clone(),
            path: None,
            preamble: Vec::new(),
            taxonomy,
        }
    }
}

/// A titled table of text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// An export format, with the options that only it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Markdown,
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
            Format::Markdown => markdown::render(document),
            Format::Json => json::render(&document.taxonomy),
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
