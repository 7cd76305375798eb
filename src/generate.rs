//! `error-codes generate`: every output the manifest names, rendered
//! first and then written, each file replaced all at once, so that nothing
//! is written when a taxonomy cannot be read or an output cannot be made.
//! `--check` writes nothing and names each output that is missing or
//! differs from what `generate` would write, with its first differing line.

pub use crate::annotation::Style;
use crate::annotation::{Annotation, workflow_command};
use crate::manifest::Manifest;
use crate::{files, output, source};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One output, rendered.
pub struct Planned {
    pub path: PathBuf,
    /// Where its path is in the manifest.
    pub place: String,
    pub contents: String,
    /// The files its taxonomy was read from: never written over.
    pub sources: Vec<PathBuf>,
}

/// Every output of the manifest, rendered.
///
/// # Errors
///
/// The one line to print, at the manifest's place: a taxonomy that cannot
/// be read, an output that is a file of its taxonomy's input, an output
/// its format cannot make.
pub fn plan(manifest: &Manifest) -> Result<Vec<Planned>, String> {
    let mut planned = Vec::new();
    for taxonomy in &manifest.taxonomies {
        let mut document = source::document(taxonomy.input.as_deref(), taxonomy.name.as_deref())
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
        for out in &taxonomy.outputs {
            // An output over the source it is generated from would lose it.
            if let Some(source) = files::source_at(&out.path, &document.sources) {
                return Err(format!(
                    "{}: {} is {}, a file of the taxonomy's input; an output must not overwrite what the tool reads",
                    out.place,
                    out.path.display(),
                    source.display()
                ));
            }
            let contents = out
                .format
                .render(&document)
                .map_err(|error| format!("{}: {error}", out.place))?;
            planned.push(Planned {
                path: out.path.clone(),
                place: out.place.clone(),
                contents,
                sources: document.sources.clone(),
            });
        }
    }
    Ok(planned)
}

/// Writes every planned output, making the directories they go in, as a
/// fresh checkout of an SDK may lack them.
///
/// # Errors
///
/// A file cannot be written: the one line to print.
pub fn write(planned: &[Planned]) -> Result<(), String> {
    for out in planned {
        if let Some(directory) = out
            .path
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
        {
            std::fs::create_dir_all(directory)
                .map_err(|error| format!("cannot make {}: {error}", directory.display()))?;
        }
        output::write(&out.path, &out.contents, &out.sources)?;
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
pub fn stale(planned: &[Planned]) -> Result<Vec<Stale>, String> {
    let mut stale = Vec::new();
    for out in planned {
        if !out.path.exists() {
            stale.push(Stale {
                path: out.path.clone(),
                line: None,
            });
            continue;
        }
        let current = files::read_text_file(&out.path, "")?;
        if current != out.contents {
            stale.push(Stale {
                path: out.path.clone(),
                line: Some(first_difference(&current, &out.contents)),
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
