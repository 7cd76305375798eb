//! `nserror`: explain, list and export the NSError taxonomy.

mod explain;
mod export;
mod list;

use clap::{Arg, Command};
use std::process::ExitCode;

fn cli() -> Command {
    Command::new("nserror")
        .about("Explain, list and export the NSError codes of the SDK")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("explain")
                .about("Print a code's name, section and every documented reason")
                .arg(
                    Arg::new("code")
                        .value_name("CODE|NAME")
                        .help("A code (104, -1) or a name (existingUserInSession)")
                        .required(true)
                        // `explain -1` names the code -1; it is not a flag.
                        .allow_negative_numbers(true),
                ),
        )
        .subcommand(Command::new("list").about("Print every code, grouped by section"))
        .subcommand(export::command())
}

fn main() -> ExitCode {
    let matches = cli().get_matches();
    let result = match matches.subcommand() {
        Some(("explain", args)) => {
            let query = args.get_one::<String>("code").map_or("", String::as_str);
            explain::run(query)
        }
        Some(("list", _)) => {
            print!("{}", list::render());
            Ok(())
        }
        Some(("export", args)) => export::run(args),
        _ => unreachable!("clap requires a known subcommand"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
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
