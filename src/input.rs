//! Any SDK's taxonomy, read from its Rust source: every enum that derives
//! `ErrorCodes` in a file or a directory tree, read with the derive's own
//! grammar, so that a misuse gets the derive's own words.
//!
//! Nothing is built or expanded: what only the compiler can see (an enum
//! written by a macro, a code given as a constant) is refused, and said.
//! Whatever the input, the reading ends, in bounded memory, without a
//! crash: directory links are not followed (no loop), each file is read
//! once (links and hard links included), only regular files up to
//! [`MAX_FILE_BYTES`](crate::files::MAX_FILE_BYTES) are read, and only the
//! enum items are parsed, each up
//! to [`MAX_NESTING`] levels deep, which a scan of the tokens checks before
//! the parser sees them.

use crate::document::Document;
use crate::files::{read_text_file, rust_files};
use crate::scan::{self, Candidate};
use error_codes_model::Taxonomy;
use proc_macro2::{Span, TokenStream};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use syn::{Attribute, DeriveInput, Meta, Token};

/// How deep an enum item may nest (groups in groups, runs of operators) to
/// be parsed; a deeper one is refused with a message. Real enums nest a
/// few levels.
pub const MAX_NESTING: usize = 128;

/// The stack of the thread that parses: room for [`MAX_NESTING`] levels of
/// syn's recursion in an unoptimised build, many times over.
const PARSER_STACK: usize = 64 * 1024 * 1024;

/// An enum found in the source, with its file.
pub struct Found {
    /// The file, as the user's path spells it.
    pub path: PathBuf,
    pub taxonomy: Taxonomy,
    /// Every file read from disk to find it.
    pub sources: Vec<PathBuf>,
}

/// The document of the enum [`read`] finds: named after the enum and its
/// file.
///
/// # Errors
///
/// As [`read`].
pub fn document(path: &Path, wanted: Option<&str>) -> Result<Document, String> {
    let found = read(path, wanted)?;
    let mut document = Document::new(found.taxonomy);
    document.declared_in(&found.path);
    document.sources = found.sources;
    Ok(document)
}

/// Reads the taxonomy of the enum `wanted` names (its name, or its module
/// path: `session::SessionError`), or of the only enum that derives
/// `ErrorCodes` under `path`; the error is the one line to print.
///
/// # Errors
///
/// The path does not exist, is not a regular file or a directory, or a
/// file cannot be read, is too large or is not UTF-8; a file is not Rust;
/// no enum, or several and none `wanted`, or none or several of that name;
/// the enum breaks the grammar or nests too deep; a code is a constant;
/// the derive is only inside macros.
pub fn read(path: &Path, wanted: Option<&str>) -> Result<Found, String> {
    let files = rust_files(path)?;
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        let text = read_text_file(&file, "")?;
        let modules = file_modules(path, &file);
        texts.push((file, modules, text));
    }
    let (path, wanted) = (path.to_owned(), wanted.map(str::to_owned));
    on_parser_stack(move || {
        let mut finder = Finder::default();
        let sources = texts.iter().map(|(file, ..)| file.clone()).collect();
        for (file, modules, text) in texts {
            finder.search(file, &modules, &text)?;
        }
        let mut found = finder.read(&path, wanted.as_deref())?;
        found.sources = sources;
        Ok(found)
    })
}

/// [`read`] on one file's text, `path` naming it in messages: the built-in
/// taxonomy's source is compiled into the tool.
///
/// # Errors
///
/// As [`read`].
pub fn read_text(path: &Path, text: &str, wanted: Option<&str>) -> Result<Found, String> {
    let (path, text, wanted) = (path.to_owned(), text.to_owned(), wanted.map(str::to_owned));
    on_parser_stack(move || {
        let mut finder = Finder::default();
        finder.search(path.clone(), &[], &text)?;
        finder.read(&path, wanted.as_deref())
    })
}

/// Runs `parse` on a thread of its own, with a stack for syn's recursion;
/// the lexer's positions live on that thread too, and its memory goes
/// with it.
fn on_parser_stack(
    parse: impl FnOnce() -> Result<Found, String> + Send + 'static,
) -> Result<Found, String> {
    std::thread::Builder::new()
        .name("parser".to_owned())
        .stack_size(PARSER_STACK)
        .spawn(parse)
        .map_err(|error| format!("cannot start the parser: {error}"))?
        .join()
        .unwrap_or_else(|_| Err("the parser stopped unexpectedly".to_owned()))
}

/// The module a file is, relative to the directory searched:
/// `net/errors.rs` is `net::errors`; `lib.rs`, `main.rs` and `mod.rs`
/// are their directory's module.
fn file_modules(root: &Path, file: &Path) -> Vec<String> {
    let Ok(relative) = file.strip_prefix(root) else {
        return Vec::new();
    };
    let mut modules: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if modules.len() == 1 && matches!(modules[0].as_str(), "lib" | "main")
        || modules.last().is_some_and(|last| last == "mod")
    {
        modules.pop();
    }
    modules
}

/// An enum that derives `ErrorCodes`, where it is.
struct Declared {
    file: PathBuf,
    /// Its module path, from the directory searched: `session`.
    modules: Vec<String>,
    input: DeriveInput,
}

impl Declared {
    /// `session::SessionError`, as `--enum` takes it.
    fn path(&self) -> String {
        let mut path = self.modules.join("::");
        if !path.is_empty() {
            path.push_str("::");
        }
        path.push_str(&self.input.ident.to_string());
        path
    }

    /// Whether `wanted` (`SessionError`, `session::SessionError`) names
    /// this enum: the last segments of its path.
    fn is(&self, wanted: &str) -> bool {
        let path = self.path();
        path == wanted || path.ends_with(&format!("::{wanted}"))
    }
}

/// The enums of every file searched so far, and where `ErrorCodes` was
/// seen inside macros.
#[derive(Default)]
struct Finder {
    enums: Vec<Declared>,
    in_macros: Vec<String>,
}

impl Finder {
    /// Adds the enums of one file, the module `modules` names.
    fn search(&mut self, file: PathBuf, modules: &[String], text: &str) -> Result<(), String> {
        let not_rust = |span: Span, message: &str| {
            format!(
                "{}: not valid Rust: {}",
                place(&file, span),
                joined_lines(message)
            )
        };
        let tokens: TokenStream = without_shebang(text)
            .parse()
            .map_err(|error: proc_macro2::LexError| not_rust(error.span(), &error.to_string()))?;
        let scan::Scan {
            candidates,
            in_macros,
        } = scan::scan(tokens);
        self.in_macros
            .extend(in_macros.into_iter().map(|span| place(&file, span)));
        for Candidate {
            modules: inline,
            ident,
            tokens,
        } in candidates
        {
            // Deeper than any real enum: refused before syn recurses.
            if scan::nesting(&tokens) > MAX_NESTING {
                return Err(format!(
                    "{}: the enum `{ident}` nests more than {MAX_NESTING} levels deep, more than the tool reads",
                    place(&file, ident.span())
                ));
            }
            let mut input: DeriveInput =
                syn::parse2(tokens).map_err(|error| not_rust(error.span(), &error.to_string()))?;
            expand_cfg_attrs(&mut input);
            if input.attrs.iter().any(derives_error_codes) {
                let mut path = modules.to_vec();
                path.extend(inline);
                self.enums.push(Declared {
                    file: file.clone(),
                    modules: path,
                    input,
                });
            }
        }
        Ok(())
    }

    /// The chosen enum, read with the grammar.
    fn read(self, path: &Path, wanted: Option<&str>) -> Result<Found, String> {
        let chosen = choose(path, self.enums, &self.in_macros, wanted)?;
        let taxonomy = error_codes_model::read(&chosen.input)
            .map_err(syn::Error::from)
            .and_then(|model| model.to_taxonomy())
            .map_err(|error| derive_error(&chosen.file, &error))?;
        Ok(Found {
            path: chosen.file,
            taxonomy,
            sources: Vec::new(),
        })
    }
}

/// The text without a first line `#!...` (a script's interpreter), which
/// is no Rust; the line stays, empty, so that lines keep their numbers.
fn without_shebang(text: &str) -> &str {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match text.strip_prefix("#!") {
        Some(rest) if !rest.trim_start().starts_with('[') => {
            rest.find('\n').map_or("", |newline| &rest[newline..])
        }
        _ => text,
    }
}

/// The enum to read: the one `wanted` names, or the only one there is.
fn choose(
    path: &Path,
    mut candidates: Vec<Declared>,
    in_macros: &[String],
    wanted: Option<&str>,
) -> Result<Declared, String> {
    let list = |candidates: &mut dyn Iterator<Item = &Declared>| {
        let mut list = String::new();
        for (i, declared) in candidates.enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            let _ = write!(
                list,
                "{separator}{} ({})",
                declared.path(),
                place(&declared.file, declared.input.ident.span())
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
    let Some(wanted) = wanted else {
        if candidates.len() == 1 {
            return Ok(candidates.swap_remove(0));
        }
        return Err(format!(
            "{} enums derive `ErrorCodes` in {}: {}; choose one with --enum",
            candidates.len(),
            path.display(),
            list(&mut candidates.iter())
        ));
    };
    let matching: Vec<usize> = (0..candidates.len())
        .filter(|&index| candidates[index].is(wanted))
        .collect();
    match matching[..] {
        [index] => Ok(candidates.swap_remove(index)),
        [] => {
            let macros = in_macros.first().map_or_else(String::new, |first| {
                format!("; `ErrorCodes` also appears inside a macro at {first}, which a tool reading source cannot expand")
            });
            Err(format!(
                "no enum `{wanted}` derives `ErrorCodes` in {}; found {}{macros}",
                path.display(),
                list(&mut candidates.iter())
            ))
        }
        _ => Err(format!(
            "{} enums `{wanted}` derive `ErrorCodes` in {}: {}; name one by its module path with --enum",
            matching.len(),
            path.display(),
            list(&mut matching.iter().map(|&index| &candidates[index]))
        )),
    }
}

/// `#[cfg_attr(predicate, a, b)]` read as `#[a] #[b]`, on the enum, its
/// variants and their fields: a tool cannot tell which features a build
/// turns on, so it reads the enum as a build with every feature would.
fn expand_cfg_attrs(input: &mut DeriveInput) {
    expand_in(&mut input.attrs);
    if let syn::Data::Enum(data) = &mut input.data {
        for variant in &mut data.variants {
            expand_in(&mut variant.attrs);
            for field in &mut variant.fields {
                expand_in(&mut field.attrs);
            }
        }
    }
}

fn expand_in(attrs: &mut Vec<Attribute>) {
    let mut out = Vec::with_capacity(attrs.len());
    // A stack, not recursion: `cfg_attr` may nest.
    let mut pending: Vec<Attribute> = attrs.drain(..).rev().collect();
    while let Some(attr) = pending.pop() {
        if !attr.path().is_ident("cfg_attr") {
            out.push(attr);
            continue;
        }
        let inner = attr.parse_args_with(|input: syn::parse::ParseStream| {
            let _predicate: Meta = input.parse()?;
            input.parse::<Token![,]>()?;
            syn::punctuated::Punctuated::<Meta, Token![,]>::parse_terminated(input)
        });
        // A `cfg_attr` that does not parse is the compiler's to report.
        let Ok(inner) = inner else {
            out.push(attr);
            continue;
        };
        for meta in inner.into_iter().rev() {
            pending.push(Attribute {
                pound_token: attr.pound_token,
                style: attr.style,
                bracket_token: attr.bracket_token,
                meta,
            });
        }
    }
    *attrs = out;
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
        joined_lines(&first.to_string())
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
fn joined_lines(message: &str) -> String {
    message.lines().collect::<Vec<_>>().join("; ")
}
