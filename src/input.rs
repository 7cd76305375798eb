//! Any SDK's taxonomy, read from its Rust source: every enum
//! that derives `ErrorCodes` in a file or a directory tree, read with the
//! derive's own grammar, so that a misuse gets the derive's own words.
//!
//! Nothing is built or expanded: what only the compiler can see (an enum
//! written by a macro, a code given as a constant) is refused, and said.

use crate::document::Document;
use error_codes_model::Taxonomy;
use proc_macro2::Span;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use syn::visit::Visit;
use syn::{Attribute, DeriveInput, ItemEnum};

/// An enum found in the source, with its file.
pub struct Found {
    /// The file, as the user's path spells it.
    pub path: PathBuf,
    pub taxonomy: Taxonomy,
}

/// The document of the enum [`read`] finds: named after the enum and its
/// file.
///
/// # Errors
///
/// As [`read`].
pub fn document(path: &Path, wanted: Option<&str>) -> Result<Document, String> {
    let found = read(path, wanted)?;
    let file = found.path.display().to_string();
    let mut document = Document::new(found.taxonomy);
    document.declaration = format!("`{}` in {file}", document.taxonomy.name);
    document.path = Some(file);
    Ok(document)
}

/// Reads the taxonomy of the enum named `wanted`, or of the only enum that
/// derives `ErrorCodes` under `path`; the error is the one line to print.
///
/// # Errors
///
/// The path does not exist or cannot be read; a file is not Rust; no enum,
/// or several and none `wanted`, or none of that name; the enum breaks the
/// grammar; a code is a constant; the derive is only inside macros.
pub fn read(path: &Path, wanted: Option<&str>) -> Result<Found, String> {
    let mut finder = Finder::default();
    for file in rust_files(path)? {
        let text = fs::read_to_string(&file)
            .map_err(|error| format!("cannot read {}: {error}", file.display()))?;
        finder.search(file, &text)?;
    }
    finder.read(path, wanted)
}

/// [`read`] on one file's text, `path` naming it in messages: the built-in
/// taxonomy's source is compiled into the tool.
///
/// # Errors
///
/// As [`read`].
pub fn read_text(path: &Path, text: &str, wanted: Option<&str>) -> Result<Found, String> {
    let mut finder = Finder::default();
    finder.search(path.to_owned(), text)?;
    finder.read(path, wanted)
}

impl Finder {
    /// Adds the enums of one file.
    fn search(&mut self, file: PathBuf, text: &str) -> Result<(), String> {
        let syntax = syn::parse_file(text).map_err(|error| {
            format!(
                "{}: not valid Rust: {}",
                place(&file, error.span()),
                one_line(&error.to_string())
            )
        })?;
        let mut visitor = Visitor::default();
        visitor.visit_file(&syntax);
        self.enums
            .extend(visitor.enums.into_iter().map(|item| (file.clone(), item)));
        self.in_macros
            .extend(visitor.in_macros.into_iter().map(|span| place(&file, span)));
        Ok(())
    }

    /// The chosen enum, read with the grammar.
    fn read(self, path: &Path, wanted: Option<&str>) -> Result<Found, String> {
        let (file, item) = choose(path, self.enums, &self.in_macros, wanted)?;
        let input = DeriveInput::from(item);
        let taxonomy = error_codes_model::read(&input)
            .map_err(syn::Error::from)
            .and_then(|model| model.to_taxonomy())
            .map_err(|error| derive_error(&file, &error))?;
        Ok(Found {
            path: file,
            taxonomy,
        })
    }
}

/// The enums of every file searched so far, and where `ErrorCodes` was
/// seen inside macros.
#[derive(Default)]
struct Finder {
    enums: Vec<(PathBuf, ItemEnum)>,
    in_macros: Vec<String>,
}

/// `path` itself, or every `.rs` file below it in name order; `target` and
/// hidden directories are skipped (build output, version control).
fn rust_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    let metadata =
        fs::metadata(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    if !metadata.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut files = Vec::new();
    let mut directories = vec![path.to_owned()];
    while let Some(directory) = directories.pop() {
        let entries = fs::read_dir(&directory)
            .map_err(|error| format!("cannot read {}: {error}", directory.display()))?;
        for entry in entries {
            let entry =
                entry.map_err(|error| format!("cannot read {}: {error}", directory.display()))?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if path.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    directories.push(path);
                }
            } else if name.ends_with(".rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The enum to read: the one named `wanted`, or the only one there is.
fn choose(
    path: &Path,
    candidates: Vec<(PathBuf, ItemEnum)>,
    in_macros: &[String],
    wanted: Option<&str>,
) -> Result<(PathBuf, ItemEnum), String> {
    let list = |candidates: &[(PathBuf, ItemEnum)]| {
        let mut list = String::new();
        for (i, (file, item)) in candidates.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            let _ = write!(
                list,
                "{separator}{} ({})",
                item.ident,
                place(file, item.ident.span())
            );
        }
        list
    };
    if candidates.is_empty() {
        // A derive the search saw only inside a macro: the macro writes the
        // enum, and what it writes exists only once the compiler expands it.
        if let Some(first) = in_macros.first() {
            return Err(format!(
                "{first}: `ErrorCodes` is derived inside a macro, which a tool reading source cannot expand; declare the enum outside the macro, or build its taxonomy from the enum's `ALL` in Rust"
            ));
        }
        return Err(format!(
            "no enum derives `ErrorCodes` in {}",
            path.display()
        ));
    }
    match wanted {
        Some(wanted) => {
            let all = list(&candidates);
            candidates
                .into_iter()
                .find(|(_, item)| item.ident == wanted)
                .ok_or_else(|| {
                    let macros = in_macros.first().map_or_else(String::new, |first| {
                        format!("; `ErrorCodes` also appears inside a macro at {first}, which a tool reading source cannot expand")
                    });
                    format!(
                        "no enum `{wanted}` derives `ErrorCodes` in {}; found {all}{macros}",
                        path.display()
                    )
                })
        }
        None if candidates.len() == 1 => Ok(candidates.into_iter().next().expect("one")),
        None => Err(format!(
            "{} enums derive `ErrorCodes` in {}: {}; choose one with --enum",
            candidates.len(),
            path.display(),
            list(&candidates)
        )),
    }
}

/// Every enum of one file that derives `ErrorCodes`, at any depth (inline
/// modules, function bodies), and where the word appears inside macro
/// invocations.
#[derive(Default)]
struct Visitor {
    enums: Vec<ItemEnum>,
    in_macros: Vec<Span>,
}

impl<'ast> Visit<'ast> for Visitor {
    fn visit_item_enum(&mut self, item: &'ast ItemEnum) {
        if item.attrs.iter().any(derives_error_codes) {
            self.enums.push(item.clone());
        }
        syn::visit::visit_item_enum(self, item);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Some(span) = mentions_error_codes(mac.tokens.clone()) {
            self.in_macros.push(span);
        }
        syn::visit::visit_macro(self, mac);
    }
}

/// `#[derive(..., ErrorCodes, ...)]`, however the path is written:
/// `ErrorCodes`, `error_macros::ErrorCodes`, `::error_macros::ErrorCodes`.
fn derives_error_codes(attr: &Attribute) -> bool {
    if !attr.path().is_ident("derive") {
        return false;
    }
    let Ok(paths) = attr.parse_args_with(
        syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
    ) else {
        return false;
    };
    paths.iter().any(|path| {
        path.segments
            .last()
            .is_some_and(|last| last.ident == "ErrorCodes")
    })
}

/// Where `ErrorCodes` appears in a macro's tokens, at any depth.
fn mentions_error_codes(tokens: proc_macro2::TokenStream) -> Option<Span> {
    tokens.into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) if ident == "ErrorCodes" => Some(ident.span()),
        proc_macro2::TokenTree::Group(group) => mentions_error_codes(group.stream()),
        _ => None,
    })
}

/// `path:line:col` of a span, as rustc prints places (1-based columns).
fn place(file: &Path, span: Span) -> String {
    let start = span.start();
    format!("{}:{}:{}", file.display(), start.line, start.column + 1)
}

/// The derive's error as the tool prints it: the first error, where it is,
/// its help on the same line, and how many more there are.
fn derive_error(file: &Path, error: &syn::Error) -> String {
    let errors: Vec<syn::Error> = error.clone().into_iter().collect();
    let first = &errors[0];
    let mut line = format!(
        "{}: {}",
        place(file, first.span()),
        one_line(&first.to_string())
    );
    // A duplicate's second error points back at the first use ("first
    // used here", "reserved here"): part of the same mistake, not another.
    let more = errors[1..]
        .iter()
        .filter(|error| !error.to_string().ends_with(" here"))
        .count();
    if more > 0 {
        let _ = write!(
            line,
            " (and {more} more in this enum; the compiler lists them all)"
        );
    }
    line
}

/// A message on one line: a `help:` line joins it after `; `.
fn one_line(message: &str) -> String {
    message.lines().collect::<Vec<_>>().join("; ")
}
