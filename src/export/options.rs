//! A format and its options by name, as the command line spells them
//! (`--format swift --domain com.example.sdk`) and the manifest does
//! (`format = "swift"`, `domain = "com.example.sdk"`): one place decides
//! which option each format takes and what its values are.

use super::jvm::{java_package, kotlin_package};
use super::{Format, JavaNaming, TypeScriptStyle};

/// Every option an export takes, named as its flag, with the one format it
/// applies to.
pub const OPTIONS: [(&str, &str); 6] = [
    ("title", "markdown"),
    ("domain", "swift"),
    ("java-naming", "java"),
    ("java-package", "java"),
    ("kotlin-package", "kotlin"),
    ("typescript-style", "typescript"),
];

/// `java-naming`'s values: the Android SDK's spelling first, the default.
pub const JAVA_NAMINGS: [&str; 2] = ["SCREAMING_SNAKE_CASE_ERROR_CODE", "SCREAMING_SNAKE_CASE"];

/// `typescript-style`'s values, the default first.
pub const TYPESCRIPT_STYLES: [&str; 2] = ["erasable", "enum"];

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
                let options: Vec<&str> = OPTIONS.iter().map(|(option, _)| *option).collect();
                write!(
                    f,
                    "unknown option `{option}`; expected one of {}",
                    list(&options)
                )
            }
            OptionError::NotFor { option, format } => {
                let applies = OPTIONS
                    .iter()
                    .find(|(name, _)| name == option)
                    .map_or("", |(_, format)| format);
                write!(
                    f,
                    "`{option}` applies only to the format `{applies}`, not `{format}`"
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
        for &(option, _) in options {
            match OPTIONS.iter().find(|(known, _)| *known == option) {
                None => return Err(OptionError::Unknown(option.to_owned())),
                Some((_, format)) if *format != name => {
                    return Err(OptionError::NotFor {
                        option: option.to_owned(),
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
        let checked = |option: &str, check: fn(&str) -> Result<String, String>| {
            value(option)
                .map(|value| {
                    check(value).map_err(|message| OptionError::Value {
                        option: option.to_owned(),
                        message,
                    })
                })
                .transpose()
        };
        // The index of the option's value among `choices`; the first, the
        // default, when not given.
        let choice = |option: &str, choices: &[&str]| match value(option) {
            Some(value) => choices
                .iter()
                .position(|choice| *choice == value)
                .ok_or_else(|| OptionError::Value {
                    option: option.to_owned(),
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
        };
        Ok(match name {
            "markdown" => Format::Markdown {
                title: value("title").map(str::to_owned),
            },
            "json" => Format::Json,
            "swift" => Format::Swift {
                domain: value("domain").map(str::to_owned),
            },
            "kotlin" => Format::Kotlin {
                package: checked("kotlin-package", kotlin_package)?,
            },
            "java" => Format::Java {
                naming: if choice("java-naming", &JAVA_NAMINGS)? == 0 {
                    JavaNaming::ErrorCodeSuffix
                } else {
                    JavaNaming::ScreamingSnakeCase
                },
                package: checked("java-package", java_package)?,
            },
            "typescript" => Format::TypeScript {
                style: if choice("typescript-style", &TYPESCRIPT_STYLES)? == 0 {
                    TypeScriptStyle::Erasable
                } else {
                    TypeScriptStyle::Enum
                },
            },
            "xcstrings" => Format::Xcstrings,
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
                domain: Some("com.example".to_owned())
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
                style: TypeScriptStyle::Erasable
            })
        );
    }
}
