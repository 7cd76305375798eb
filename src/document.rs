//! A taxonomy and how to present it: what the commands read
//! ([`builtin`](crate::builtin), [`input`](crate::input)) and what the
//! renderers take.

use error_codes_model::Taxonomy;
use std::path::{Path, PathBuf};

/// A taxonomy and what its exports say around it.
#[derive(Debug, Clone)]
pub struct Document {
    pub taxonomy: Taxonomy,
    /// The file the taxonomy was read from, when it was.
    pub path: Option<String>,
    /// Every file read from disk to find the taxonomy: what an export must
    /// never overwrite.
    pub sources: Vec<PathBuf>,
    /// How generated sources name where they come from: `` `SessionError` ``.
    pub declaration: String,
    /// The Markdown page's title: the enum's name unless told otherwise.
    pub title: String,
    /// Tables the Markdown page shows before the codes (the reference
    /// document's Field Summary).
    pub preamble: Vec<Table>,
    /// What reading the source had to assume of the build (which features,
    /// which targets), for the commands that show the taxonomy to say.
    pub assumed: Option<String>,
}

impl Document {
    /// A document for `taxonomy`, named after its enum, with nothing around.
    #[must_use]
    pub fn new(taxonomy: Taxonomy) -> Self {
        Document {
            declaration: format!("`{}`", taxonomy.name),
            title: taxonomy.name.clone(),
            path: None,
            sources: Vec::new(),
            preamble: Vec::new(),
            assumed: None,
            taxonomy,
        }
    }
}

impl Document {
    /// Names `file` as where the taxonomy is declared, in messages and in
    /// what the exports say of their source.
    pub fn declared_in(&mut self, file: &Path) {
        let file = file.display().to_string();
        self.declaration = format!("`{}` in {file}", self.taxonomy.name);
        self.path = Some(file);
    }
}

/// A titled table of text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}
