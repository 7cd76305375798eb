//! `error-codes generate`: every output the manifest names, rendered
//! first and then written, each file replaced all at once, so that nothing
//! is written when a taxonomy cannot be read or an output cannot be made.
//! `--check` writes nothing and names each output that is missing or
//! differs from what `generate` would write, with its first differing line.

pub use crate::annotation::Style;
use crate::annotation::{Annotation, workflow_command};
use crate::document::Document;
use crate::export::Format;
use crate::files::FileSet;
use crate::manifest::Manifest;
use crate::{files, output, source};
use error_codes_model::Entry;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// One output, rendered.
pub struct Planned {
    /// As the manifest names it, relative to the working directory.
    pub path: PathBuf,
    /// Where its path is in the manifest.
    pub place: String,
    pub contents: String,
    /// Its format, which says what of an existing file people edit.
    pub format: Format,
}

/// What `plan` found: every output, rendered, and what no output may be.
pub struct Plan {
    pub outputs: Vec<Planned>,
    /// Every file any taxonomy of the manifest was read from, and the
    /// manifest itself.
    read: Vec<PathBuf>,
}

/// Every output of the manifest, rendered, each checked to stay inside the
/// manifest's directory tree (once links are followed, as the system
/// follows them) unless `allow_outside`, to be no file the manifest's
/// taxonomies read nor the manifest itself, and to be no other output's
/// file. With `allow_outside`, each output outside is noted on standard
/// error.
///
/// # Errors
///
/// The one line to print, at the manifest's place: a taxonomy that cannot
/// be read, an output that is outside the manifest's directory, a file the
/// tool reads or another output's file, an output its format cannot make.
pub fn plan(manifest: &Manifest, allow_outside: bool) -> Result<Plan, String> {
    let mut documents = Vec::with_capacity(manifest.taxonomies.len());
    for taxonomy in &manifest.taxonomies {
        let mut document = source::document(
            taxonomy.input.as_deref(),
            taxonomy.name.as_deref(),
            &taxonomy.build,
        )
        .map_err(|error| format!("{}: {error}", taxonomy.place))?;
        // What is generated names its source as the manifest does, relative
        // to the manifest's directory: the same bytes from any working
        // directory.
        if let (Some(read), Some(written), Some(file)) =
            (&taxonomy.input, &taxonomy.input_written, &document.path)
        {
            let file = match Path::new(file).strip_prefix(read) {
                Ok(within) if !within.as_os_str().is_empty() => written.join(within),
                _ => written.clone(),
            };
            document.declared_in(&file);
        }
        documents.push(document);
    }
    if manifest.unique_codes {
        unique_codes(manifest, &documents)?;
    }
    let mut read: Vec<PathBuf> = documents
        .iter()
        .flat_map(|document| document.sources.iter().cloned())
        .collect();
    read.push(manifest.path.clone());
    let root = fs::canonicalize(manifest.directory())
        .map_err(|error| format!("cannot read {}: {error}", manifest.directory().display()))?;
    let read_files = FileSet::new(read.iter().map(PathBuf::as_path));
    let mut taken: HashMap<PathBuf, &str> = HashMap::new();
    let mut outputs = Vec::new();
    for (taxonomy, document) in manifest.taxonomies.iter().zip(&documents) {
        for out in &taxonomy.outputs {
            let at = &out.place;
            let resolved = files::resolve(&out.path)
                .map_err(|error| format!("{at}: cannot write {}: {error}", out.path.display()))?;
            // A bot that runs `generate` on a pull request must not be made
            // to write anywhere else than the repository it checked out.
            if !resolved.starts_with(&root) {
                if !allow_outside {
                    return Err(format!(
                        "{at}: {} is {}, outside {}, the manifest's directory; an output stays inside it unless `generate --allow-outside` is given",
                        out.path.display(),
                        resolved.display(),
                        root.display()
                    ));
                }
                report(&format!(
                    "note: {at}: {} is {}, outside the manifest's directory (--allow-outside)",
                    out.path.display(),
                    resolved.display()
                ));
            }
            // An output over what the tool reads would lose it.
            if let Some(source) = read_files.find(&out.path) {
                return Err(format!(
                    "{at}: {} is {}, which the tool reads; an output must not overwrite a taxonomy's input or the manifest",
                    out.path.display(),
                    source.display()
                ));
            }
            // Two outputs on one file would overwrite each other, however
            // each spells the path.
            if let Some(first) = taken.insert(resolved, at) {
                return Err(format!(
                    "{at}: `{}` is the same file as the output at {first}; each output needs a file of its own",
                    out.path.display()
                ));
            }
            let contents = out
                .format
                .render(document)
                .map_err(|error| format!("{at}: {error}"))?;
            outputs.push(Planned {
                path: out.path.clone(),
                place: out.place.clone(),
                contents,
                format: out.format.clone(),
            });
        }
    }
    Ok(Plan { outputs, read })
}

/// No two taxonomies of an SDK share a code (first or alternative): an app
/// that meets the code could not tell which error it is.
fn unique_codes(manifest: &Manifest, documents: &[Document]) -> Result<(), String> {
    let place = |document: &Document, entry: &Entry| {
        let file = document.path.as_deref().unwrap_or("the built-in taxonomy");
        match entry.facts.location {
            Some(location) => format!("{file}:{location}"),
            None => file.to_owned(),
        }
    };
    let mut first: HashMap<i128, (usize, usize)> = HashMap::new();
    for (taxonomy, document) in documents.iter().enumerate() {
        for (code, index) in document.taxonomy.every_code() {
            match first.get(&code) {
                Some(&(other, other_index)) if other != taxonomy => {
                    let (before, entry) = (&documents[other], &document.taxonomy.entries[index]);
                    let before_entry = &before.taxonomy.entries[other_index];
                    return Err(format!(
                        "{}: code {code} is `{}::{}` ({}) and `{}::{}` ({}); the manifest says `unique_codes = true`",
                        manifest.taxonomies[taxonomy].place,
                        before.taxonomy.name,
                        before_entry.facts.variant,
                        place(before, before_entry),
                        document.taxonomy.name,
                        entry.facts.variant,
                        place(document, entry),
                    ));
                }
                Some(_) => {}
                None => {
                    first.insert(code, (taxonomy, index));
                }
            }
        }
    }
    Ok(())
}

/// One line on standard error, for a note: if that fails, there is nowhere
/// left to say it.
fn report(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", output::for_people(line));
}

/// Writes every planned output, making the directories they go in, as a
/// fresh checkout of an SDK may lack them. Every output is made ready
/// first (its directory made, a new file's contents beside it); only when
/// all are ready is each put in place, so that one that cannot be written
/// leaves every file as it was.
///
/// # Errors
///
/// A file cannot be written: the one line to print.
pub fn write(plan: &Plan) -> Result<(), String> {
    let read = FileSet::new(plan.read.iter().map(PathBuf::as_path));
    let mut made = Vec::new();
    let mut prepared = Vec::with_capacity(plan.outputs.len());
    for out in &plan.outputs {
        let ready = make_directories(&out.path, &mut made)
            .and_then(|()| merged(out))
            .and_then(|contents| output::prepare(&out.path, &contents, &read));
        match ready {
            Ok(ready) => prepared.push(ready),
            Err(error) => {
                // What was made ready is removed as it is dropped.
                drop(prepared);
                for directory in made.iter().rev() {
                    let _ = fs::remove_dir(directory);
                }
                return Err(error);
            }
        }
    }
    prepared.into_iter().try_for_each(output::Prepared::commit)
}

/// What to write of an output: its contents, merged with the file already
/// there where people edit it too (translators, a String Catalog).
fn merged(out: &Planned) -> Result<String, String> {
    if !out.path.is_file() {
        return Ok(out.contents.clone());
    }
    let existing = files::read_text_file(&out.path, "")?;
    out.format
        .merge(&existing, out.contents.clone())
        .map_err(|error| format!("{}: {}: {error}", out.place, out.path.display()))
}

/// Makes the directories `path` goes in that do not exist yet, each added
/// to `made`.
fn make_directories(path: &Path, made: &mut Vec<PathBuf>) -> Result<(), String> {
    let Some(directory) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    else {
        return Ok(());
    };
    let missing: Vec<&Path> = directory
        .ancestors()
        .take_while(|ancestor| !ancestor.as_os_str().is_empty() && !ancestor.exists())
        .collect();
    for directory in missing.into_iter().rev() {
        fs::create_dir(directory)
            .map_err(|error| format!("cannot make {}: {error}", directory.display()))?;
        made.push(directory.to_owned());
    }
    Ok(())
}

/// An output that is not what `generate` would write.
#[derive(Debug, PartialEq, Eq)]
pub struct Stale {
    pub path: PathBuf,
    /// The first line that differs; `None` when the file is missing.
    pub line: Option<usize>,
}

/// Every planned output that is missing or differs, in manifest order.
///
/// # Errors
///
/// An output that exists but cannot be read (not a regular file, say).
pub fn stale(plan: &Plan) -> Result<Vec<Stale>, String> {
    let mut stale = Vec::new();
    for out in &plan.outputs {
        if !out.path.exists() {
            stale.push(Stale {
                path: out.path.clone(),
                line: None,
            });
            continue;
        }
        let current = files::read_text_file(&out.path, "")?;
        if !out.format.is_current(&current, &out.contents) {
            let generated = merged(out).unwrap_or_else(|_| out.contents.clone());
            stale.push(Stale {
                path: out.path.clone(),
                line: Some(first_difference(&current, &generated)),
            });
        }
    }
    Ok(stale)
}

/// The first line (1-based) at which two texts differ.
fn first_difference(current: &str, generated: &str) -> usize {
    let mut current = current.split_inclusive('\n');
    let mut generated = generated.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (current.next(), generated.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            _ => return line,
        }
    }
}

/// One line per stale output.
#[must_use]
pub fn render(stale: &[Stale], style: Style) -> String {
    let mut out = String::new();
    for file in stale {
        let path = file.path.display();
        let message = match file.line {
            None => "missing; `error-codes generate` writes it".to_owned(),
            Some(_) => {
                "differs from what `error-codes generate` writes; run it, and commit what it writes"
                    .to_owned()
            }
        };
        let _ = match (style, file.line) {
            (Style::Text, None) => writeln!(out, "{path}: {message}"),
            (Style::Text, Some(line)) => writeln!(out, "{path}:{line}: {message}"),
            (Style::GitHub, line) => {
                let file = path.to_string();
                let command = workflow_command(&Annotation {
                    level: "error",
                    file: Some(&file),
                    line,
                    column: None,
                    title: None,
                    message: &message,
                });
                writeln!(out, "{command}")
            }
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_differing_line() {
        assert_eq!(first_difference("a\nb\nc\n", "a\nb\nc\n"), 4);
        assert_eq!(first_difference("a\nb\nc\n", "a\nx\nc\n"), 2);
        assert_eq!(first_difference("a\nb\n", "a\nb\nc\n"), 3);
        assert_eq!(first_difference("a\nb", "a\nb\n"), 2);
    }

    #[test]
    fn stale_outputs_are_one_line_each() {
        let stale = [
            Stale {
                path: PathBuf::from("ios/E.swift"),
                line: Some(12),
            },
            Stale {
                path: PathBuf::from("web/e.ts"),
                line: None,
            },
        ];
        assert_eq!(
            render(&stale, Style::Text),
            "ios/E.swift:12: differs from what `error-codes generate` writes; run it, and commit what it writes\n\
             web/e.ts: missing; `error-codes generate` writes it\n"
        );
        assert_eq!(
            render(&stale, Style::GitHub),
            "::error file=ios/E.swift,line=12::differs from what `error-codes generate` writes; run it, and commit what it writes\n\
             ::error file=web/e.ts::missing; `error-codes generate` writes it\n"
        );
    }
}
