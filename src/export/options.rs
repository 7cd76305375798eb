//! A format and its options by name, as the command line spells them
//! (`--format swift --domain com.example.sdk`) and the manifest does
//! (`format = "swift"`, `domain = "com.example.sdk"`): one place decides
//! which option each format takes and what its values are.

use super::jvm::{java_package, kotlin_package};
use super::{Format, JavaNaming, TypeScriptStyle};
use std::path::PathBuf;

/// One option of `export`, which the manifest takes under the same name:
/// the command line's flags and the manifest's keys are both built from
/// [`OPTIONS`].
#[derive(Debug, Clone, Copy)]
pub struct ExportOption {
    /// The flag without its dashes, and the manifest's key: `java-package`.
    pub name: &'static str,
    /// The formats it applies to.
    pub formats: &'static [&'static str],
    /// What the help calls its value: `PACKAGE`.
    pub value_name: &'static str,
    /// What it does, for the help.
    pub help: &'static str,
    /// The values it takes, the default first; `None` for text.
    pub choices: Option<&'static [&'static str]>,
    /// What checks a text value, and gives the value the export uses.
    pub check: Option<Check>,
}

/// A check of a text value: the value the export uses, or why not.
pub type Check = fn(&str) -> Result<String, String>;

/// `java-naming`'s values: the Android SDK's spelling first, the default.
pub const JAVA_NAMINGS: [&str; 2] = ["SCREAMING_SNAKE_CASE_ERROR_CODE", "SCREAMING_SNAKE_CASE"];

/// `typescript-style`'s values, the default first.
pub const TYPESCRIPT_STYLES: [&str; 2] = ["erasable", "enum"];

/// `localized`'s values, the default first.
pub const LOCALIZED: [&str; 2] = ["false", "true"];

/// The formats whose generated code can read translations.
const LOCALIZED_FORMATS: [&str; 4] = ["swift", "kotlin", "java", "typescript"];

/// Every option an export takes.
pub const OPTIONS: [ExportOption; 11] = [
    ExportOption {
        name: "title",
        formats: &["markdown"],
        value_name: "TITLE",
        help: "markdown: the page's title [default: the enum's name; NSError for the built-in codes]",
        choices: None,
        check: None,
    },
    ExportOption {
        name: "domain",
        formats: &["swift"],
        value_name: "DOMAIN",
        help: "swift: the NSError domain (errorDomain) [default: the enum's name]",
        choices: None,
        check: None,
    },
    ExportOption {
        name: "java-naming",
        formats: &["java"],
        value_name: "NAMING",
        help: "java: how the constants are spelled",
        choices: Some(&JAVA_NAMINGS),
        check: None,
    },
    ExportOption {
        name: "java-package",
        formats: &["java"],
        value_name: "PACKAGE",
        help: "java: the package of the enum [default: none]",
        choices: None,
        check: Some(java_package),
    },
    ExportOption {
        name: "kotlin-package",
        formats: &["kotlin"],
        value_name: "PACKAGE",
        help: "kotlin: the package of the enum class [default: none]",
        choices: None,
        check: Some(kotlin_package),
    },
    ExportOption {
        name: "source-language",
        formats: &["xcstrings"],
        value_name: "LANGUAGE",
        help: "xcstrings: the language of the taxonomy's text, which the tool owns in the catalog; every other language is the translators' [default: en]",
        choices: None,
        check: None,
    },
    ExportOption {
        name: "localized",
        formats: &LOCALIZED_FORMATS,
        value_name: "BOOL",
        help: "swift, kotlin, java, typescript: messages in the user's language, read from the translations of the String Catalog or strings.xml, the English as the fallback",
        choices: Some(&LOCALIZED),
        check: None,
    },
    ExportOption {
        name: "table",
        formats: &["swift"],
        value_name: "TABLE",
        help: "swift, with localized: the strings table of the SDK's bundle that translates the messages, the String Catalog's file name without `.xcstrings` [default: the enum's name]",
        choices: None,
        check: Some(table),
    },
    ExportOption {
        name: "r-class",
        formats: &["kotlin", "java"],
        value_name: "CLASS",
        help: "kotlin, java, with localized: the Android `R` class whose string resources `message(context)` reads [default: `R`, of the file's package]",
        choices: None,
        check: Some(r_class),
    },
    ExportOption {
        name: "translations",
        formats: &["typescript"],
        value_name: "CATALOG",
        help: "typescript, with localized: the String Catalog (.xcstrings) whose translations `messageOf` reads, written into the module [default: none, English only]",
        choices: None,
        check: None,
    },
    ExportOption {
        name: "typescript-style",
        formats: &["typescript"],
        value_name: "STYLE",
        help: "typescript: an `as const` object and a union type, or a numeric `enum`",
        choices: Some(&TYPESCRIPT_STYLES),
        check: None,
    },
];

/// The check of `table`: a file name, as the catalog's is.
fn table(name: &str) -> Result<String, String> {
    if name.is_empty() || name.contains(['/', '\\', '\0']) || name.starts_with('.') {
        return Err(format!(
            "`{name}` is no table name; expected the String Catalog's file name without `.xcstrings`, such as `SessionError`"
        ));
    }
    Ok(name.to_owned())
}

/// The check of `r-class`: a class name Kotlin and Java both read.
fn r_class(name: &str) -> Result<String, String> {
    java_package(name).and_then(|_| kotlin_package(name))
}

impl ExportOption {
    /// The formats it applies to, as a message lists them, each between
    /// `quote`s: "swift", or "kotlin, java or typescript".
    #[must_use]
    pub fn applies(&self, quote: &str) -> String {
        let names: Vec<String> = self
            .formats
            .iter()
            .map(|format| format!("{quote}{format}{quote}"))
            .collect();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// The option named `name`.
#[must_use]
pub fn option(name: &str) -> Option<&'static ExportOption> {
    OPTIONS.iter().find(|option| option.name == name)
}

/// Why a format and its options make no export, for the caller to place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionError {
    /// No such format.
    Format(String),
    /// No such option.
    Unknown(String),
    /// The option belongs to another format.
    NotFor { option: String, format: String },
    /// The option's value is wrong; the message says why.
    Value { option: String, message: String },
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |items: &[&str]| {
            items
                .iter()
                .map(|item| format!("`{item}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            OptionError::Format(format) => write!(
                f,
                "unknown format `{format}`; expected one of {}",
                list(&Format::NAMES)
            ),
            OptionError::Unknown(option) => {
                let options: Vec<&str> = OPTIONS.iter().map(|option| option.name).collect();
                write!(
                    f,
                    "unknown option `{option}`; expected one of {}",
                    list(&options)
                )
            }
            OptionError::NotFor { option, format } => {
                let applies =
                    self::option(option).map_or_else(String::new, |option| option.applies("`"));
                write!(
                    f,
                    "`{option}` applies only to the format {applies}, not `{format}`"
                )
            }
            OptionError::Value { option, message } => write!(f, "`{option}`: {message}"),
        }
    }
}

impl Format {
    /// The format named `name` with `options` (each option's name and
    /// value); the options it does not take are an error.
    ///
    /// # Errors
    ///
    /// An unknown format or option, an option of another format, a value
    /// the option does not take.
    pub fn with_options(name: &str, options: &[(&str, &str)]) -> Result<Format, OptionError> {
        if !Format::NAMES.contains(&name) {
            return Err(OptionError::Format(name.to_owned()));
        }
        for &(given, _) in options {
            match option(given) {
                None => return Err(OptionError::Unknown(given.to_owned())),
                Some(option) if !option.formats.contains(&name) => {
                    return Err(OptionError::NotFor {
                        option: given.to_owned(),
                        format: name.to_owned(),
                    });
                }
                Some(_) => {}
            }
        }
        let value = |option: &str| {
            options
                .iter()
                .find(|(name, _)| *name == option)
                .map(|&(_, value)| value)
        };
        // A text value as its option's check gives it back.
        let checked = |name: &str| {
            let check = option(name).and_then(|option| option.check);
            value(name)
                .map(|value| {
                    check
                        .map_or_else(|| Ok(value.to_owned()), |check| check(value))
                        .map_err(|message| OptionError::Value {
                            option: name.to_owned(),
                            message,
                        })
                })
                .transpose()
        };
        // The index of the option's value among `choices`; the first, the
        // default, when not given.
        let choice = |name: &str| {
            let choices = option(name)
                .and_then(|option| option.choices)
                .unwrap_or_default();
            match value(name) {
                Some(value) => choices
                    .iter()
                    .position(|choice| *choice == value)
                    .ok_or_else(|| OptionError::Value {
                        option: name.to_owned(),
                        message: format!(
                            "expected one of {}, not `{value}`",
                            choices
                                .iter()
                                .map(|choice| format!("`{choice}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    }),
                None => Ok(0),
            }
        };
        // The options of where translations are read serve `localized`
        // only: without it, one is a mistake, not a silent no-op.
        let localized = LOCALIZED_FORMATS.contains(&name) && choice("localized")? == 1;
        if !localized
            && let Some(&(given, _)) = options
                .iter()
                .find(|(given, _)| ["table", "r-class", "translations"].contains(given))
        {
            return Err(OptionError::Value {
                option: given.to_owned(),
                message: "takes `localized = true`, which reads the translations".to_owned(),
            });
        }
        Ok(match name {
            "markdown" => Format::Markdown {
                title: checked("title")?,
            },
            "json" => Format::Json,
            "swift" => Format::Swift {
                domain: checked("domain")?,
                localized: localized.then(|| checked("table")).transpose()?,
            },
            "kotlin" => Format::Kotlin {
                package: checked("kotlin-package")?,
                localized: localized.then(|| checked("r-class")).transpose()?,
            },
            "java" => Format::Java {
                naming: if choice("java-naming")? == 0 {
                    JavaNaming::ErrorCodeSuffix
                } else {
                    JavaNaming::ScreamingSnakeCase
                },
                package: checked("java-package")?,
                localized: localized.then(|| checked("r-class")).transpose()?,
            },
            "typescript" => Format::TypeScript {
                style: if choice("typescript-style")? == 0 {
                    TypeScriptStyle::Erasable
                } else {
                    TypeScriptStyle::Enum
                },
                localized: localized.then(|| value("translations").map(PathBuf::from)),
            },
            "xcstrings" => Format::Xcstrings {
                source_language: checked("source-language")?,
            },
            _ => Format::AndroidStrings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_option_goes_with_its_format() {
        assert_eq!(
            Format::with_options("swift", &[("domain", "com.example")]),
            Ok(Format::Swift {
                domain: Some("com.example".to_owned()),
                localized: None,
            })
        );
        assert_eq!(
            Format::with_options("json", &[("domain", "x")])
                .unwrap_err()
                .to_string(),
            "`domain` applies only to the format `swift`, not `json`"
        );
        assert_eq!(
            Format::with_options("yaml", &[]).unwrap_err().to_string(),
            "unknown format `yaml`; expected one of `markdown`, `json`, `swift`, `kotlin`, `java`, `typescript`, `xcstrings`, `android-strings`"
        );
        assert!(matches!(
            Format::with_options("java", &[("java-naming", "camel")]),
            Err(OptionError::Value { .. })
        ));
        assert!(matches!(
            Format::with_options("kotlin", &[("kotlin-package", "com.object")]),
            Err(OptionError::Value { .. })
        ));
        assert_eq!(
            Format::with_options("typescript", &[]),
            Ok(Format::TypeScript {
                style: TypeScriptStyle::Erasable,
                localized: None,
            })
        );
    }
}
