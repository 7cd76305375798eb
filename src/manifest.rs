//! `error-codes.toml`: every taxonomy of an SDK and every file generated
//! from it, each output with its format and that format's options, named
//! as the flags of `export`. Paths are relative to the manifest's
//! directory. A mistake is one message at its line of the manifest.
//!
//! ```toml
//! [[taxonomy]]
//! input = "core/src"            # a .rs file or a directory; the built-in NSError taxonomy without one
//! enum = "SessionError"         # when the input holds several
//!
//! [[taxonomy.output]]
//! format = "swift"
//! path = "ios/Sources/SDK/SessionError.swift"
//! domain = "com.example.sdk"
//! localized = true              # read the messages from the SDK's String Catalog
//! table = "SessionError"        # the catalog's name [default: the enum's]
//!
//! [[taxonomy.output]]
//! format = "typescript"
//! path = "web/src/SessionError.ts"
//! localized = true
//! translations = "ios/Sources/SDK/SessionError.xcstrings"   # written into the module
//! ```
//!
//! An option that is a choice of `true` or `false` takes a TOML boolean
//! or the text. A path of an option (`translations`) is relative to the
//! manifest's directory, as an output's is.

use crate::build::Build;
use crate::export::{self, Format, OPTIONS, OptionError};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use toml::Spanned;

/// The file the tool looks for in the current directory.
pub const FILE_NAME: &str = "error-codes.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// The taxonomies are one SDK's: no two may share a code.
    #[serde(default)]
    unique_codes: bool,
    taxonomy: Vec<Spanned<TaxonomyTable>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyTable {
    input: Option<Spanned<String>>,
    #[serde(rename = "enum")]
    name: Option<Spanned<String>>,
    /// The features of the build its source is read as; every feature
    /// without it.
    features: Option<Vec<String>>,
    #[serde(default)]
    output: Vec<Spanned<OutputTable>>,
}

/// One `[[taxonomy.output]]`: its format, its path, and the options it
/// gives, each keyed as its flag: the keys are read from the table of
/// options the command line is built from too, so the two cannot differ.
struct OutputTable {
    format: Spanned<String>,
    path: Spanned<String>,
    options: Vec<(&'static str, Spanned<OptionValue>)>,
    /// The first key that is none of these, reported at its place.
    unknown: Option<Spanned<String>>,
}

/// An option's value as the manifest writes it: text, or a boolean
/// (`localized = true`), which is the text `true` or `false`.
#[derive(Debug)]
struct OptionValue(String);

impl<'de> Deserialize<'de> for OptionValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextOrBool;
        impl Visitor<'_> for TextOrBool {
            type Value = OptionValue;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a string or a boolean")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<OptionValue, E> {
                Ok(OptionValue(text.to_owned()))
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<OptionValue, E> {
                Ok(OptionValue(value.to_string()))
            }
        }
        deserializer.deserialize_any(TextOrBool)
    }
}

impl<'de> Deserialize<'de> for OutputTable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OutputVisitor)
    }
}

struct OutputVisitor;

impl<'de> Visitor<'de> for OutputVisitor {
    type Value = OutputTable;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a table with `format`, `path` and the format's options")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OutputTable, A::Error> {
        let (mut format, mut path, mut options, mut unknown) = (None, None, Vec::new(), None);
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            match key.get_ref().as_str() {
                "format" => format = Some(map.next_value()?),
                "path" => path = Some(map.next_value()?),
                name => match export::option(name) {
                    Some(option) => options.push((option.name, map.next_value()?)),
                    None => {
                        map.next_value::<de::IgnoredAny>()?;
                        unknown.get_or_insert(key);
                    }
                },
            }
        }
        Ok(OutputTable {
            format: format.ok_or_else(|| de::Error::missing_field("format"))?,
            path: path.ok_or_else(|| de::Error::missing_field("path"))?,
            options,
            unknown,
        })
    }
}

/// A read manifest: its taxonomies, each with its outputs.
#[derive(Debug)]
pub struct Manifest {
    /// The manifest's own file, as given.
    pub path: PathBuf,
    /// `unique_codes = true`: the taxonomies are one SDK's, and no two may
    /// share a code.
    pub unique_codes: bool,
    pub taxonomies: Vec<ManifestTaxonomy>,
}

impl Manifest {
    /// The directory the manifest's paths are relative to.
    #[must_use]
    pub fn directory(&self) -> &Path {
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        }
    }
}

/// One taxonomy of the manifest.
#[derive(Debug)]
pub struct ManifestTaxonomy {
    /// Relative to the current directory; `None` for the built-in one.
    pub input: Option<PathBuf>,
    /// The input as the manifest writes it, relative to the manifest's
    /// directory: how the files generated from it name their source, the
    /// same from any working directory.
    pub input_written: Option<PathBuf>,
    pub name: Option<String>,
    /// The build its source is read as.
    pub build: Build,
    /// Where the taxonomy's table is, for messages about it.
    pub place: String,
    pub outputs: Vec<Output>,
}

/// One generated file.
#[derive(Debug)]
pub struct Output {
    pub format: Format,
    /// Relative to the current directory.
    pub path: PathBuf,
    /// Where its `path` is, for messages about it.
    pub place: String,
}

/// The manifest at `path`, whose text is `text`.
///
/// # Errors
///
/// The one line to print: the manifest's place (`error-codes.toml:7:1`)
/// and what is wrong there: a key or a format it does not know, an option
/// of another format or with a wrong value, two outputs on one path.
pub fn parse(path: &Path, text: &str) -> Result<Manifest, String> {
    let lines = Lines::new(text);
    let at = |span: Range<usize>| lines.place(path, span.start);
    let file: File = toml::from_str(text).map_err(|error| {
        let place = error.span().map_or_else(|| path.display().to_string(), &at);
        format!("{place}: {}", error.message().trim_end())
    })?;
    // Paths in the manifest are relative to its directory.
    let base = path.parent().unwrap_or(Path::new(""));
    let mut taxonomies = Vec::with_capacity(file.taxonomy.len());
    for table in file.taxonomy {
        let span = table.span();
        let table = table.into_inner();
        let mut outputs = Vec::with_capacity(table.output.len());
        for output in table.output {
            let output = output.into_inner();
            if let Some(key) = &output.unknown {
                let keys: Vec<String> = ["format", "path"]
                    .into_iter()
                    .chain(OPTIONS.iter().map(|option| option.name))
                    .map(|key| format!("`{key}`"))
                    .collect();
                return Err(format!(
                    "{}: unknown field `{}`, expected one of {}",
                    at(key.span()),
                    key.get_ref(),
                    keys.join(", ")
                ));
            }
            let given: Vec<(&str, &str)> = output
                .options
                .iter()
                .map(|(name, value)| (*name, value.get_ref().0.as_str()))
                .collect();
            let format =
                Format::with_options(output.format.get_ref(), &given).map_err(|error| {
                    // At the option at fault, else at the format.
                    let fault = match &error {
                        OptionError::NotFor { option, .. } | OptionError::Value { option, .. } => {
                            Some(option.as_str())
                        }
                        OptionError::Format(_) | OptionError::Unknown(_) => None,
                    };
                    let span = output
                        .options
                        .iter()
                        .find(|(name, _)| Some(*name) == fault)
                        .map_or_else(|| output.format.span(), |(_, value)| value.span());
                    format!("{}: {error}", at(span))
                })?;
            let format = format.relative_to(base);
            outputs.push(Output {
                format,
                path: within(base, output.path.get_ref()),
                place: at(output.path.span()),
            });
        }
        taxonomies.push(ManifestTaxonomy {
            input: table
                .input
                .as_ref()
                .map(|input| within(base, input.get_ref())),
            input_written: table.input.map(|input| normal(Path::new(input.get_ref()))),
            name: table.name.map(Spanned::into_inner),
            build: table
                .features
                .map_or_else(Build::every_feature, Build::with_features),
            place: at(span),
            outputs,
        });
    }
    Ok(Manifest {
        path: path.to_owned(),
        unique_codes: file.unique_codes,
        taxonomies,
    })
}

/// A path of the manifest, which is relative to its directory `base`, as
/// the system will resolve it: `..` is left for the system, which takes it
/// after any link before it.
fn within(base: &Path, path: &str) -> PathBuf {
    base.join(path).components().collect()
}

/// Where each line of a text starts, to name places by line and column
/// without reading the text from its start for each.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(index, _)| index + 1))
            .collect();
        Lines { text, starts }
    }

    /// `path:line:col` of a byte offset, 1-based as rustc prints.
    fn place(&self, path: &Path, offset: usize) -> String {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |text| text.chars().count())
            + 1;
        format!("{}:{line}:{column}", path.display())
    }
}

/// `path` without `.` components and with `..` applied where it can be, for
/// showing a path as the manifest means it (`core/src`, not
/// `./core/../core/src`); what the system resolves is the path as written.
#[must_use]
pub fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Manifest, String> {
        parse(Path::new("sdk/error-codes.toml"), text)
    }

    #[test]
    fn paths_are_relative_to_the_manifest() {
        let manifest = parsed(
            "[[taxonomy]]\ninput = \"core/src\"\nenum = \"E\"\n\n[[taxonomy.output]]\nformat = \"swift\"\npath = \"./ios/../ios/E.swift\"\ndomain = \"com.example\"\n",
        )
        .unwrap();
        let taxonomy = &manifest.taxonomies[0];
        assert_eq!(taxonomy.input.as_deref(), Some(Path::new("sdk/core/src")));
        assert_eq!(
            taxonomy.outputs[0].path,
            Path::new("sdk/ios/../ios/E.swift")
        );
        assert_eq!(
            taxonomy.outputs[0].format,
            Format::Swift {
                domain: Some("com.example".to_owned()),
                localized: None,
            }
        );
        assert_eq!(taxonomy.outputs[0].place, "sdk/error-codes.toml:7:8");
        assert_eq!(taxonomy.build, Build::every_feature());
        let only = parsed("[[taxonomy]]\ninput = \"src\"\nfeatures = [\"serde\"]\n").unwrap();
        assert_eq!(only.taxonomies[0].build, Build::with_features(["serde"]));
    }

    #[test]
    fn every_option_of_export_is_a_key_of_an_output() {
        for option in OPTIONS {
            let value = option.choices.map_or("com.example", |choices| choices[0]);
            // An option of where translations are read takes `localized`.
            let localized = ["table", "r-class", "translations"].contains(&option.name);
            for format in option.formats {
                let text = format!(
                    "[[taxonomy]]\n[[taxonomy.output]]\nformat = \"{format}\"\npath = \"out\"\n{} = \"{value}\"\n{}",
                    option.name,
                    if localized { "localized = true\n" } else { "" }
                );
                let manifest = parsed(&text).unwrap_or_else(|error| panic!("{error}"));
                let mut given = vec![(option.name, value)];
                if localized {
                    given.push(("localized", "true"));
                }
                assert_eq!(
                    manifest.taxonomies[0].outputs[0].format,
                    Format::with_options(format, &given)
                        .unwrap()
                        .relative_to(Path::new("sdk")),
                    "{}",
                    option.name
                );
            }
        }
    }

    #[test]
    fn each_mistake_is_one_line_at_its_place() {
        for (text, message) in [
            (
                "[[taxonomy]]\ninputs = \"src\"\n",
                "sdk/error-codes.toml:2:1: unknown field `inputs`, expected one of `input`, `enum`, `features`, `output`",
            ),
            (
                "[[taxonomy]]\n[[taxonomy.output]]\nformat = \"yaml\"\npath = \"a\"\n",
                "sdk/error-codes.toml:3:10: unknown format `yaml`; expected one of `markdown`, `json`, `swift`, `kotlin`, `java`, `typescript`, `xcstrings`, `android-strings`",
            ),
            (
                "[[taxonomy]]\n[[taxonomy.output]]\nformat = \"json\"\npath = \"a\"\ndomain = \"x\"\n",
                "sdk/error-codes.toml:5:10: `domain` applies only to the format `swift`, not `json`",
            ),
            (
                "[[taxonomy]]\n[[taxonomy.output]]\nformat = \"kotlin\"\npath = \"a.kt\"\nkotlin-package = \"com.object\"\n",
                "sdk/error-codes.toml:5:18: `kotlin-package`: `object` is a Kotlin keyword, which cannot name a package; choose another word, such as com.example.sdk",
            ),
            (
                "[[taxonomy]]\n[[taxonomy.output]]\nformat = \"json\"\npath = \"a\"\ndomian = \"x\"\n",
                "sdk/error-codes.toml:5:1: unknown field `domian`, expected one of `format`, `path`, `title`, `domain`, `java-naming`, `java-package`, `kotlin-package`, `source-language`, `localized`, `table`, `r-class`, `translations`, `typescript-style`",
            ),
            (
                "[[taxonomy]]\n[[taxonomy.output]]\nformat = \"json\"\n",
                "sdk/error-codes.toml:2:1: missing field `path`",
            ),
            (
                "taxonomy = 3\n",
                "sdk/error-codes.toml:1:12: invalid type: integer `3`, expected a sequence",
            ),
        ] {
            assert_eq!(parsed(text).unwrap_err(), message, "{text}");
        }
    }
}
