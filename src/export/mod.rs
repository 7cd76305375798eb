//! `nserror export`: the taxonomy in the formats the documentation and the
//! other SDKs read, every one generated from the one declaration,
//! `error_codes::ErrorCode`. An export depends on nothing but the
//! declaration and the options, so it is the same, byte for byte, on every
//! run.

mod escape;
mod java;
mod json;
mod markdown;
mod output;
mod source;
mod swift;
mod typescript;

use clap::builder::PossibleValue;
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Arg, ArgMatches, Command, ValueEnum, value_parser};
use error_codes::ErrorCode;
use std::path::PathBuf;

/// The names `--format` takes.
const FORMATS: [&str; 5] = ["markdown", "json", "swift", "java", "typescript"];

/// The Android SDK's own spelling.
const JAVA_NAMING_DEFAULT: &str = "SCREAMING_SNAKE_CASE_ERROR_CODE";

/// The values of `--java-naming`: each spelled as the constants it makes.
impl ValueEnum for java::Naming {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            java::Naming::ErrorCodeSuffix,
            java::Naming::ScreamingSnakeCase,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            java::Naming::ErrorCodeSuffix => JAVA_NAMING_DEFAULT,
            java::Naming::ScreamingSnakeCase => "SCREAMING_SNAKE_CASE",
        }))
    }
}

/// An export format, with the options that only it takes.
#[derive(Debug)]
pub enum Format {
    Markdown,
    Json,
    Swift {
        domain: String,
    },
    Java {
        naming: java::Naming,
        package: Option<String>,
    },
    TypeScript,
}

impl Format {
    /// The format and its options from the arguments of [`command`]; an
    /// option given for another format is a usage error.
    fn from_args(args: &ArgMatches) -> Result<Format, clap::Error> {
        let format = args.get_one::<String>("format").map(String::as_str);
        let only_for = |option: &str, wanted: &str| {
            let given = args.value_source(option) == Some(ValueSource::CommandLine);
            if given && format != Some(wanted) {
                let message = format!("--{option} applies only to --format {wanted}\n");
                return Err(clap::Error::raw(ErrorKind::ArgumentConflict, message));
            }
            Ok(())
        };
        only_for("domain", "swift")?;
        only_for("java-naming", "java")?;
        only_for("java-package", "java")?;

        let string = |option: &str| args.get_one::<String>(option).cloned();
        Ok(match format {
            Some("markdown") => Format::Markdown,
            Some("json") => Format::Json,
            Some("swift") => Format::Swift {
                domain: string("domain").unwrap_or_default(),
            },
            Some("java") => Format::Java {
                naming: args
                    .get_one::<java::Naming>("java-naming")
                    .copied()
                    .unwrap_or(java::Naming::ErrorCodeSuffix),
                package: string("java-package"),
            },
            Some("typescript") => Format::TypeScript,
            _ => unreachable!("clap accepts only the names in FORMATS"),
        })
    }

    /// The whole export, from `ErrorCode` and the options alone.
    pub fn render(&self) -> String {
        match self {
            Format::Markdown => markdown::render(),
            Format::Json => json::render(),
            Format::Swift { domain } => swift::render(domain),
            Format::Java { naming, package } => java::render(*naming, package.as_deref()),
            Format::TypeScript => typescript::render(),
        }
    }
}

/// The `export` subcommand.
pub fn command() -> Command {
    Command::new("export")
        .about("Write the taxonomy as Markdown, JSON, Swift, Java or TypeScript")
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .required(true)
                .value_parser(FORMATS)
                .help("What to write"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Replace FILE, all at once, instead of writing to standard output"),
        )
        .arg(
            Arg::new("domain")
                .long("domain")
                .value_name("DOMAIN")
                .default_value(swift::DEFAULT_DOMAIN)
                .help("swift: the NSError domain (errorDomain)"),
        )
        .arg(
            Arg::new("java-naming")
                .long("java-naming")
                .value_name("NAMING")
                .value_parser(value_parser!(java::Naming))
                .default_value(JAVA_NAMING_DEFAULT)
                .help("java: how the constants are spelled"),
        )
        .arg(
            Arg::new("java-package")
                .long("java-package")
                .value_name("PACKAGE")
                .value_parser(java::package_name)
                .help("java: the package of the enum [default: none]"),
        )
}

/// Runs `export` with the arguments [`command`] parsed: the one line for
/// stderr on failure; a usage error exits with status 2, as clap's own do.
pub fn run(args: &ArgMatches) -> Result<(), String> {
    let format = Format::from_args(args).unwrap_or_else(|usage| usage.exit());
    let path = args.get_one::<PathBuf>("output").map(PathBuf::as_path);
    output::write(path, &format.render())
}

/// The taxonomy's sections in declaration order: runs of codes that share
/// a category.
fn sections() -> impl Iterator<Item = &'static [ErrorCode]> {
    ErrorCode::ALL.chunk_by(|a, b| a.category() == b.category())
}
