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

use crate::build::Build;
use crate::document::Document;
use crate::files::{read_text_file, rust_files};
use crate::rustc_rules;
use crate::scan::{self, Candidate};
use error_codes_model::Taxonomy;
use proc_macro2::{Ident, Span, TokenStream};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use syn::punctuated::Pair;
use syn::{Attribute, Data, DeriveInput, Fields};
use unicode_normalization::UnicodeNormalization as _;

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
    /// What the enum's `cfg`s made the tool assume of the build: each
    /// predicate taken as true (`feature = "serde"`, `unix`).
    pub assumed: BTreeSet<String>,
}

/// The document of the enum [`read`] finds: named after the enum and its
/// file.
///
/// # Errors
///
/// As [`read`].
pub fn document(path: &Path, wanted: Option<&str>, build: &Build) -> Result<Document, String> {
    let found = read(path, wanted, build)?;
    let mut document = Document::new(found.taxonomy);
    document.declared_in(&found.path);
    document.sources = found.sources;
    if !found.assumed.is_empty() {
        let assumed: Vec<&str> = found.assumed.iter().map(String::as_str).collect();
        document.assumed = Some(format!(
            "read as a build with {}, taking as true: {}",
            build.describe(),
            assumed.join(", ")
        ));
    }
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
pub fn read(path: &Path, wanted: Option<&str>, build: &Build) -> Result<Found, String> {
    let files = rust_files(path)?;
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        let text = read_text_file(&file, "")?;
        let modules = file_modules(path, &file);
        texts.push((file, modules, text));
    }
    let (path, wanted, build) = (path.to_owned(), wanted.map(str::to_owned), build.clone());
    on_parser_stack(move || {
        let mut finder = Finder::new(build);
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
        let mut finder = Finder::new(Build::every_feature());
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
    /// What its `cfg`s made the tool assume.
    assumed: BTreeSet<String>,
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

/// The enums of every file searched so far, as `build` sees them, and
/// where `ErrorCodes` was seen inside macros.
struct Finder {
    build: Build,
    enums: Vec<Declared>,
    in_macros: Vec<String>,
}

impl Finder {
    fn new(build: Build) -> Self {
        Finder {
            build,
            enums: Vec::new(),
            in_macros: Vec::new(),
        }
    }

    /// Adds the enums of one file, the module `modules` names.
    fn search(&mut self, file: PathBuf, modules: &[String], text: &str) -> Result<(), String> {
        let not_rust = |span: Span, message: &str| {
            format!(
                "{}: not valid Rust: {}",
                place(&file, span),
                joined_lines(message)
            )
        };
        // The compiler reads a line break as `\n` wherever it is written as
        // `\r\n`, in raw strings too: a checkout with Windows line breaks
        // must read as the same taxonomy.
        let text = text.replace("\r\n", "\n");
        let tokens: TokenStream = without_shebang(&text)
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
            let input: DeriveInput =
                syn::parse2(tokens).map_err(|error| not_rust(error.span(), &error.to_string()))?;
            let mut assumed = BTreeSet::new();
            let Some(input) = as_built(input, &self.build, &mut assumed) else {
                continue;
            };
            if input.attrs.iter().any(derives_error_codes) {
                let mut path = modules.to_vec();
                path.extend(inline);
                self.enums.push(Declared {
                    file: file.clone(),
                    modules: path,
                    input,
                    assumed,
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
        rustc_rules::check(&chosen.input)
            .map_err(|(span, message)| format!("{}: {message}", place(&chosen.file, span)))?;
        Ok(Found {
            path: chosen.file,
            taxonomy,
            sources: Vec::new(),
            assumed: chosen.assumed,
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

/// The enum as `build` compiles it, or `None` when it does not exist in
/// that build: its `cfg_attr`s applied where their predicate holds, its
/// variants and fields whose `cfg` does not hold left out, and its
/// identifiers in Unicode's composed form (NFC), as the compiler reads
/// identifiers.
fn as_built(
    mut input: DeriveInput,
    build: &Build,
    assumed: &mut BTreeSet<String>,
) -> Option<DeriveInput> {
    input.attrs = build.apply(std::mem::take(&mut input.attrs), assumed)?;
    input.ident = composed(&input.ident);
    if let Data::Enum(data) = &mut input.data {
        data.variants = std::mem::take(&mut data.variants)
            .into_pairs()
            .filter_map(|pair| {
                let (mut variant, comma) = pair.into_tuple();
                variant.attrs = build.apply(std::mem::take(&mut variant.attrs), assumed)?;
                variant.ident = composed(&variant.ident);
                let fields = match &mut variant.fields {
                    Fields::Named(fields) => Some(&mut fields.named),
                    Fields::Unnamed(fields) => Some(&mut fields.unnamed),
                    Fields::Unit => None,
                };
                if let Some(fields) = fields {
                    *fields = std::mem::take(fields)
                        .into_pairs()
                        .filter_map(|pair| {
                            let (mut field, comma) = pair.into_tuple();
                            field.attrs = build.apply(std::mem::take(&mut field.attrs), assumed)?;
                            Some(Pair::new(field, comma))
                        })
                        .collect();
                }
                Some(Pair::new(variant, comma))
            })
            .collect();
    }
    Some(input)
}

/// `ident` in Unicode's composed form (NFC): `Café` written with a
/// combining accent is the compiler's `Café` with one letter `é`.
fn composed(ident: &Ident) -> Ident {
    let written = ident.to_string();
    if written.is_ascii() || unicode_normalization::is_nfc(&written) {
        return ident.clone();
    }
    match written.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(&raw.nfc().collect::<String>(), ident.span()),
        None => Ident::new(&written.nfc().collect::<String>(), ident.span()),
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
