//! `nserror`: explain, list, export and check an error-code taxonomy: the
//! built-in NSError codes, or any SDK's, read from its Rust source.

use clap::builder::PossibleValue;
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Arg, ArgMatches, Command, ValueEnum, value_parser};
use error_codes_cli::breaking::{self, Style};
use error_codes_cli::document::Document;
use error_codes_cli::export::{self, Format, JavaNaming, TypeScriptStyle};
use error_codes_cli::{builtin, explain, input, json, list, output};
use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command's exit status means.
const EXIT_STATUS: &str = "Exit status, for every command:
  0  done
  1  the answer is no: an unknown code or name, a breaking change
  2  the tool cannot run: bad arguments, an input or a baseline it cannot
     read, an output it may not or cannot write";

/// The Android SDK's own spelling.
const JAVA_NAMING_DEFAULT: &str = "SCREAMING_SNAKE_CASE_ERROR_CODE";

/// `--input` and `--enum`, which every command takes.
fn source_args(command: Command) -> Command {
    command
        .arg(
            Arg::new("input")
                .long("input")
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .help(format!(
                    "Read the taxonomy from a .rs file or a directory of them, each file at most {} MiB (directory links are not followed) [default: the built-in NSError codes]",
                    input::MAX_FILE_BYTES >> 20
                )),
        )
        .arg(
            Arg::new("enum")
                .long("enum")
                .value_name("NAME")
                .requires("input")
                .help("The enum to read when --input has several: its name, or its module path (session::SessionError)"),
        )
}

fn cli() -> Command {
    Command::new("nserror")
        .about("Explain, list, export and check error-code taxonomies declared with #[derive(ErrorCodes)]")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(EXIT_STATUS)
        .subcommand(source_args(
            Command::new("explain")
                .about("Print a code's name, section and every documented reason")
                .arg(
                    Arg::new("code")
                        .value_name("CODE|NAME")
                        .help("A code (104, -1) or a name (existingUserInSession)")
                        .required(true)
                        // `explain -1` and `explain -0x1` name codes; they are not flags.
                        .allow_hyphen_values(true),
                ),
        ))
        .subcommand(source_args(
            Command::new("list").about("Print every code, grouped by section"),
        ))
        .subcommand(source_args(export_command()))
        .subcommand(source_args(check_command()))
}

fn export_command() -> Command {
    Command::new("export")
        .about("Write the taxonomy for the documentation and the other SDKs")
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .required(true)
                .value_parser(Format::NAMES)
                .help("What to write"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Write to FILE instead of standard output: a file is replaced all at once, keeping its permissions (a link's target is); a FIFO or a device is written to. Never a file the command reads"),
        )
        .arg(Arg::new("title").long("title").value_name("TITLE").help(
            "markdown: the page's title [default: the enum's name; NSError for the built-in codes]",
        ))
        .arg(
            Arg::new("domain")
                .long("domain")
                .value_name("DOMAIN")
                .help("swift: the NSError domain (errorDomain) [default: the enum's name]"),
        )
        .arg(
            Arg::new("java-naming")
                .long("java-naming")
                .value_name("NAMING")
                .value_parser(value_parser!(Naming))
                .default_value(JAVA_NAMING_DEFAULT)
                .help("java: how the constants are spelled"),
        )
        .arg(
            Arg::new("java-package")
                .long("java-package")
                .value_name("PACKAGE")
                .value_parser(export::java_package)
                .help("java: the package of the enum [default: none]"),
        )
        .arg(
            Arg::new("kotlin-package")
                .long("kotlin-package")
                .value_name("PACKAGE")
                .value_parser(export::kotlin_package)
                .help("kotlin: the package of the enum class [default: none]"),
        )
        .arg(
            Arg::new("typescript-style")
                .long("typescript-style")
                .value_name("STYLE")
                .value_parser(["erasable", "enum"])
                .default_value("erasable")
                .help("typescript: an `as const` object and a union type, or a numeric `enum`"),
        )
}

fn check_command() -> Command {
    Command::new("check")
        .about("Compare the taxonomy with a released one; exit 1 on a breaking change")
        .arg(
            Arg::new("baseline")
                .long("baseline")
                .value_name("FILE")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help("The released taxonomy: its `export --format json`"),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .value_parser(["text", "github"])
                .default_value("text")
                .help("text lines, or GitHub Actions annotations"),
        )
}

/// `--java-naming`'s values, each spelled as the constants it makes.
#[derive(Clone, Copy)]
struct Naming(JavaNaming);

impl ValueEnum for Naming {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Naming(JavaNaming::ErrorCodeSuffix),
            Naming(JavaNaming::ScreamingSnakeCase),
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self.0 {
            JavaNaming::ErrorCodeSuffix => JAVA_NAMING_DEFAULT,
            JavaNaming::ScreamingSnakeCase => "SCREAMING_SNAKE_CASE",
        }))
    }
}

/// The taxonomy the command is about: `--input`'s, or the built-in one.
fn document(args: &ArgMatches) -> Result<Document, String> {
    match args.get_one::<PathBuf>("input") {
        Some(path) => input::document(path, args.get_one::<String>("enum").map(String::as_str)),
        None => Ok(builtin::document()),
    }
}

/// The format and its options; an option given for another format is a
/// usage error, as clap's own are.
fn format(args: &ArgMatches) -> Result<Format, clap::Error> {
    let format = args.get_one::<String>("format").map(String::as_str);
    let only_for = |option: &str, wanted: &str| {
        let given = args.value_source(option) == Some(ValueSource::CommandLine);
        if given && format != Some(wanted) {
            let message = format!("--{option} applies only to --format {wanted}\n");
            return Err(clap::Error::raw(ErrorKind::ArgumentConflict, message));
        }
        Ok(())
    };
    only_for("title", "markdown")?;
    only_for("domain", "swift")?;
    only_for("java-naming", "java")?;
    only_for("java-package", "java")?;
    only_for("kotlin-package", "kotlin")?;
    only_for("typescript-style", "typescript")?;
    let string = |option: &str| args.get_one::<String>(option).cloned();
    Ok(match format {
        Some("markdown") => Format::Markdown,
        Some("json") => Format::Json,
        Some("swift") => Format::Swift {
            domain: string("domain"),
        },
        Some("kotlin") => Format::Kotlin {
            package: string("kotlin-package"),
        },
        Some("java") => Format::Java {
            naming: args
                .get_one::<Naming>("java-naming")
                .map_or(JavaNaming::ErrorCodeSuffix, |naming| naming.0),
            package: string("java-package"),
        },
        Some("typescript") => Format::TypeScript {
            style: match string("typescript-style").as_deref() {
                Some("enum") => TypeScriptStyle::Enum,
                _ => TypeScriptStyle::Erasable,
            },
        },
        Some("xcstrings") => Format::Xcstrings,
        Some("android-strings") => Format::AndroidStrings,
        _ => unreachable!("clap accepts only the names in Format::NAMES"),
    })
}

/// How a command that ran ends: with an answer, or with "no".
enum Outcome {
    Done,
    /// The answer is no: an unknown code, a breaking change.
    No,
}

/// A command: its outcome, or why it could not run (the one line to
/// print).
type Run = Result<Outcome, String>;

/// One line on standard error. If that fails too there is nowhere left to
/// say anything: the exit status still tells.
fn report(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

fn run_explain(args: &ArgMatches) -> Run {
    let document = document(args)?;
    let query = args.get_one::<String>("code").map_or("", String::as_str);
    match explain::lookup(&document.taxonomy, query) {
        Ok(answer) => {
            output::print(&explain::render(&document.taxonomy, &answer))?;
            Ok(Outcome::Done)
        }
        Err(message) => {
            report(&format!("error: {message}"));
            Ok(Outcome::No)
        }
    }
}

fn run_list(args: &ArgMatches) -> Run {
    let document = document(args)?;
    output::print(&list::render(&document.taxonomy))?;
    Ok(Outcome::Done)
}

fn run_export(args: &ArgMatches) -> Run {
    let format = format(args).unwrap_or_else(|usage| usage.exit());
    let mut document = document(args)?;
    if let Some(title) = args.get_one::<String>("title") {
        title.clone_into(&mut document.title);
    }
    let contents = format.render(&document)?;
    match args.get_one::<PathBuf>("output") {
        Some(path) => output::write(path, &contents, &document.sources)?,
        None => output::print(&contents)?,
    }
    Ok(Outcome::Done)
}

/// `check`: "no" on a breaking change.
fn run_check(args: &ArgMatches) -> Run {
    let baseline = args
        .get_one::<PathBuf>("baseline")
        .ok_or("--baseline is required")?;
    let text = input::read_text_file(baseline, "the baseline ")?;
    let current = document(args)?;
    let released = json::parse(&text, &current.taxonomy.name).map_err(|error| {
        format!(
            "{} is not a baseline (the JSON that `nserror export --format json` writes): {error}",
            baseline.display()
        )
    })?;
    if !released.unknown.is_empty() {
        report(&format!(
            "note: {} comes from a newer version of the tool: this one ignores {}",
            baseline.display(),
            released.unknown.join(", ")
        ));
    }
    let findings = breaking::compare(&released.taxonomy, &current.taxonomy);
    let style = match args.get_one::<String>("format").map(String::as_str) {
        Some("github") => Style::GitHub,
        _ => Style::Text,
    };
    output::print(&breaking::render(&findings, current.path.as_deref(), style))?;
    if style == Style::Text {
        report(&format!("check: {}", breaking::summary(&findings)));
    }
    Ok(if breaking::is_breaking(&findings) {
        Outcome::No
    } else {
        Outcome::Done
    })
}

fn main() -> ExitCode {
    // clap prints help and usage errors itself (a usage error exits 2),
    // and ignores a failure to print them.
    let matches = cli().get_matches();
    let run = match matches.subcommand() {
        Some(("explain", args)) => run_explain(args),
        Some(("list", args)) => run_list(args),
        Some(("export", args)) => run_export(args),
        Some(("check", args)) => run_check(args),
        _ => Err("unknown command".to_owned()),
    };
    match run {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::No) => ExitCode::from(1),
        Err(message) => {
            report(&format!("error: {message}"));
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_is_well_formed() {
        super::cli().debug_assert();
    }
}
