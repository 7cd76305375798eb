//! `error-codes`: explain, list, export and check an error-code taxonomy: the
//! built-in NSError codes, or any SDK's, read from its Rust source.

use clap::builder::PossibleValuesParser;
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Arg, ArgMatches, Command, value_parser};
use error_codes_cli::annotation::Style;
use error_codes_cli::breaking;
use error_codes_cli::build::Build;
use error_codes_cli::document::Document;
use error_codes_cli::export::{self, ExportOption, Format, OPTIONS, OptionError};
use error_codes_cli::{
    explain, files, generate, json, list, manifest, next, output, source, translations,
};
use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command's exit status means.
const EXIT_STATUS: &str = "Exit status, for every command:
  0  done
  1  the answer is no: an unknown code or name, a breaking change, an
     output generate --check finds missing or stale
  2  the tool cannot run: bad arguments, an input, a baseline or a manifest
     it cannot read, an output it may not or cannot write";

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
                    files::MAX_FILE_BYTES >> 20
                )),
        )
        .arg(
            Arg::new("enum")
                .long("enum")
                .value_name("NAME")
                .requires("input")
                .help("The enum to read when --input has several: its name, or its module path (session::SessionError)"),
        )
        .arg(
            Arg::new("features")
                .long("features")
                .value_name("FEATURES")
                .requires("input")
                .value_delimiter(',')
                .num_args(0..)
                .help("Read the source as a build with only these features on, as `#[cfg(feature = ...)]` and `#[cfg_attr(...)]` decide [default: every feature on]"),
        )
}

fn cli() -> Command {
    Command::new("error-codes")
        .about("Explain, list, export, generate and check the error-code taxonomy of any SDK, declared with #[derive(ErrorCodes)]")
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
        .subcommand(source_args(
            Command::new("next")
                .about("Print the code to give a new error of a section: the lowest of the section's range that no code has and that is not retired")
                .arg(
                    Arg::new("section")
                        .long("section")
                        .value_name("SECTION")
                        .required(true)
                        .help("The section, as the variants' `category` names it; it needs a range (`#[error_codes(ranges = [...])]`)"),
                ),
        ))
        .subcommand(source_args(export_command()))
        .subcommand(source_args(check_command()))
        .subcommand(generate_command())
        .subcommand(
            Command::new("check-translations")
                .about("Check that every translation takes the values its source takes, at the same positions, of the same types: the String Catalogs and the Android values-xx/strings.xml beside the manifest's outputs, or the catalogs named; exit 1 on a mismatch (a missing translation is a note)")
                .arg(
                    Arg::new("catalog")
                        .value_name("CATALOG")
                        .num_args(0..)
                        .value_parser(value_parser!(PathBuf))
                        .help("A .xcstrings file, or an Android values/strings.xml [default: the manifest's]"),
                )
                .arg(manifest_arg())
                .arg(style_arg()),
        )
}

/// `--manifest FILE`, of `generate` and `check-translations`.
fn manifest_arg() -> Arg {
    Arg::new("manifest")
        .long("manifest")
        .value_name("FILE")
        .value_parser(value_parser!(PathBuf))
        .help("The manifest [default: error-codes.toml in the current directory]")
}

fn generate_command() -> Command {
    Command::new("generate")
        .about("Write every output the manifest (error-codes.toml) names; with --check, write nothing and exit 1 when one is missing or stale")
        .arg(manifest_arg())
        .arg(
            Arg::new("check")
                .long("check")
                .action(clap::ArgAction::SetTrue)
                .help("Write nothing; name each output that is missing or differs from what generate writes"),
        )
        .arg(style_arg().requires("check"))
        .arg(
            Arg::new("allow-outside")
                .long("allow-outside")
                .action(clap::ArgAction::SetTrue)
                .help("Let an output be outside the manifest's directory, once links are followed (each is noted on standard error); without it, such an output is refused"),
        )
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
        .args(OPTIONS.iter().map(option_arg))
}

/// An option of one format, as the manifest names it too.
fn option_arg(option: &ExportOption) -> Arg {
    let arg = Arg::new(option.name)
        .long(option.name)
        .value_name(option.value_name)
        .help(option.help);
    match (option.choices, option.check) {
        (Some(choices), _) => arg
            .value_parser(PossibleValuesParser::new(choices.iter().copied()))
            .default_value(choices[0]),
        (None, Some(check)) => arg.value_parser(move |value: &str| check(value)),
        (None, None) => arg,
    }
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
                .help(format!(
                    "The released taxonomy: its `export --format json`, at most {} MiB",
                    files::MAX_BASELINE_BYTES >> 20
                )),
        )
        .arg(style_arg())
}

/// `--format`, how `check` and `generate --check` print what they find.
fn style_arg() -> Arg {
    Arg::new("format")
        .long("format")
        .value_name("FORMAT")
        .value_parser(["text", "github"])
        .default_value("text")
        .help("text lines, or GitHub Actions annotations")
}

/// The taxonomy the command is about: `--input`'s, or the built-in one.
fn document(args: &ArgMatches) -> Result<Document, String> {
    let build = args
        .get_many::<String>("features")
        .map_or_else(Build::every_feature, |features| {
            Build::with_features(features.filter(|feature| !feature.is_empty()).cloned())
        });
    source::document(
        args.get_one::<PathBuf>("input").map(PathBuf::as_path),
        args.get_one::<String>("enum").map(String::as_str),
        &build,
    )
}

/// The format and its options; an option given for another format is a
/// usage error, as clap's own are.
fn format(args: &ArgMatches) -> Result<Format, clap::Error> {
    let name = args.get_one::<String>("format").map_or("", String::as_str);
    let options: Vec<(&str, &str)> = OPTIONS
        .iter()
        .filter(|option| args.value_source(option.name) == Some(ValueSource::CommandLine))
        .filter_map(|option| {
            args.get_one::<String>(option.name)
                .map(|value| (option.name, value.as_str()))
        })
        .collect();
    Format::with_options(name, &options).map_err(|error| {
        let error = match error {
            OptionError::NotFor { option, format } => {
                let applies =
                    export::option(&option).map_or_else(String::new, |option| option.applies(""));
                format!("--{option} applies only to --format {applies}, not {format}")
            }
            other => other.to_string(),
        };
        clap::Error::raw(ErrorKind::ArgumentConflict, format!("{error}\n"))
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

/// One line on standard error, as a person's terminal is to show it. If
/// that fails too there is nowhere left to say anything: the exit status
/// still tells.
fn report(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", output::for_people(line));
}

/// What reading the source assumed of the build, said before what is
/// shown of the taxonomy.
fn say_assumed(document: &Document) {
    if let Some(assumed) = &document.assumed {
        report(&format!("note: {assumed}"));
    }
}

fn run_explain(args: &ArgMatches) -> Run {
    let document = document(args)?;
    say_assumed(&document);
    let query = args.get_one::<String>("code").map_or("", String::as_str);
    match explain::lookup(&document.taxonomy, query) {
        Ok(answer) => {
            output::print(&output::for_people(&explain::render(
                &document.taxonomy,
                &answer,
            )))?;
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
    say_assumed(&document);
    output::print(&output::for_people(&list::render(&document.taxonomy)))?;
    Ok(Outcome::Done)
}

/// `next`: "no" when the section's range is full.
fn run_next(args: &ArgMatches) -> Run {
    let document = document(args)?;
    let section = args.get_one::<String>("section").map_or("", String::as_str);
    match next::next(&document.taxonomy, section)? {
        Some(code) => {
            output::print(&format!("{code}\n"))?;
            Ok(Outcome::Done)
        }
        None => {
            let range = document
                .taxonomy
                .range_of(section)
                .map_or_else(String::new, ToString::to_string);
            report(&format!(
                "error: every code of `{range}`, the range of the section `{section}`, is taken or retired"
            ));
            Ok(Outcome::No)
        }
    }
}

fn run_export(args: &ArgMatches) -> Run {
    let format = format(args).unwrap_or_else(|usage| usage.exit());
    let document = document(args)?;
    let contents = format.render(&document)?;
    match args.get_one::<PathBuf>("output") {
        Some(path) => {
            // A file people edit too (a String Catalog's translations) is
            // merged with, never written over.
            let contents = if path.is_file() {
                let existing = files::read_text_file(path, "")?;
                format
                    .merge(&existing, contents)
                    .map_err(|error| format!("{}: {error}", path.display()))?
            } else {
                contents
            };
            output::write(path, &contents, &document.sources)?;
        }
        None => output::print(&contents)?,
    }
    Ok(Outcome::Done)
}

/// `check`: "no" on a breaking change.
fn run_check(args: &ArgMatches) -> Run {
    let baseline = args
        .get_one::<PathBuf>("baseline")
        .ok_or("--baseline is required")?;
    let text = files::read_bounded(baseline, "the baseline ", files::MAX_BASELINE_BYTES)?;
    let current = document(args)?;
    let released = json::parse(&text, &current.taxonomy.name).map_err(|error| {
        format!(
            "{} is not a baseline (the JSON that `error-codes export --format json` writes): {error}",
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
    let style = Style::named(args.get_one::<String>("format").map_or("", String::as_str));
    output::print(&output::for_people(&breaking::render(
        &findings,
        current.path.as_deref(),
        style,
    )))?;
    if style == Style::Text {
        report(&format!("check: {}", breaking::summary(&findings)));
    }
    Ok(if breaking::is_breaking(&findings) {
        Outcome::No
    } else {
        Outcome::Done
    })
}

/// The manifest `--manifest` names, or the one in the current directory.
fn read_manifest(args: &ArgMatches) -> Result<manifest::Manifest, String> {
    let path = args
        .get_one::<PathBuf>("manifest")
        .cloned()
        .unwrap_or_else(|| PathBuf::from(manifest::FILE_NAME));
    let text = files::read_text_file(&path, "the manifest ")?;
    manifest::parse(&path, &text)
}

/// `generate`: "no" when `--check` finds an output missing or stale, or a
/// translation taking other values than its source.
fn run_generate(args: &ArgMatches) -> Run {
    let manifest = read_manifest(args)?;
    let plan = generate::plan(&manifest, args.get_flag("allow-outside"))?;
    if !args.get_flag("check") {
        generate::write(&plan)?;
        return Ok(Outcome::Done);
    }
    let stale = generate::stale(&plan)?;
    let style = Style::named(args.get_one::<String>("format").map_or("", String::as_str));
    output::print(&output::for_people(&generate::render(&stale, style)))?;
    // The catalogs' translations, which the outputs do not own, are
    // checked too: a wrong placeholder fails the build as a stale file does.
    let catalogs: Vec<PathBuf> = plan
        .outputs
        .iter()
        .filter(|out| out.path.is_file() && is_catalog(&out.format))
        .map(|out| out.path.clone())
        .collect();
    let translations = check_translations(&catalogs, style)?;
    Ok(if stale.is_empty() && translations {
        Outcome::Done
    } else {
        Outcome::No
    })
}

/// Whether a format's file is one translators work in.
fn is_catalog(format: &Format) -> bool {
    matches!(format, Format::Xcstrings { .. } | Format::AndroidStrings)
}

/// Checks the translations of each catalog (a `.xcstrings` file, or an
/// Android `values/strings.xml` and the `values-xx` beside it), printing
/// what it finds; whether every translation takes its source's values.
fn check_translations(catalogs: &[PathBuf], style: Style) -> Result<bool, String> {
    let mut findings = Vec::new();
    for catalog in catalogs {
        if catalog
            .extension()
            .is_some_and(|extension| extension == "xcstrings")
        {
            findings.extend(translations::check_catalog(catalog)?);
        } else {
            findings.extend(translations::check_android(catalog)?);
        }
    }
    output::print(&output::for_people(&translations::render(&findings, style)))?;
    Ok(!findings.iter().any(|finding| finding.error))
}

/// `check-translations`: "no" when a translation takes other values than
/// its source.
fn run_check_translations(args: &ArgMatches) -> Run {
    let style = Style::named(args.get_one::<String>("format").map_or("", String::as_str));
    let catalogs: Vec<PathBuf> = match args.get_many::<PathBuf>("catalog") {
        Some(catalogs) => catalogs.cloned().collect(),
        None => {
            let manifest = read_manifest(args)?;
            manifest
                .taxonomies
                .iter()
                .flat_map(|taxonomy| &taxonomy.outputs)
                .filter(|out| is_catalog(&out.format) && out.path.is_file())
                .map(|out| out.path.clone())
                .collect()
        }
    };
    Ok(if check_translations(&catalogs, style)? {
        Outcome::Done
    } else {
        Outcome::No
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
        Some(("next", args)) => run_next(args),
        Some(("check-translations", args)) => run_check_translations(args),
        Some(("check", args)) => run_check(args),
        Some(("generate", args)) => run_generate(args),
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
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        cli().debug_assert();
    }

    #[test]
    fn export_takes_every_option_as_a_flag() {
        let cli = cli();
        let export = cli.find_subcommand("export").expect("export");
        for option in OPTIONS {
            let arg = export
                .get_arguments()
                .find(|arg| arg.get_long() == Some(option.name))
                .unwrap_or_else(|| panic!("--{}", option.name));
            assert_eq!(
                arg.get_help().map(ToString::to_string).as_deref(),
                Some(option.help)
            );
        }
    }
}
