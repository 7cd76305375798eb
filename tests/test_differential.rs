//! The differential test (issue 33, item 5): random enums, valid for the
//! derive, each read two ways — compiled with `#[derive(ErrorCodes)]` in
//! one scratch crate, and read from its file by the tool — and every
//! answer of the compiled enum compared with the tool's JSON export of the
//! same file; then every export of every enum compiled or parsed by its
//! platform's tool. A fixed seed runs with the other tests; more seeds run
//! with `cargo test --test test_differential -- --ignored`, from
//! `DIFFERENTIAL_SEEDS` (`1,2,0x2a`).

mod common;

#[path = "differential/compare.rs"]
mod compare;
#[path = "differential/exports.rs"]
mod exports;
#[path = "differential/generate.rs"]
mod generate;
#[path = "differential/rng.rs"]
mod rng;
#[path = "differential/scratch.rs"]
mod scratch;

use common::cli::{stderr, stdout, tool};
use compare::{Disagreement, Tally};
use generate::{EnumSpec, Generator};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The seed CI runs, and how many enums.
const CI_SEED: u64 = 0x0033_0005;
const CI_ENUMS: usize = 120;

/// How many enums each seed of the slow test makes, unless
/// `DIFFERENTIAL_ENUMS` says.
const SLOW_ENUMS: usize = 150;

/// Where a run's crate, exports and report go.
fn scratch_root() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential")
}

/// Text with what a terminal would hide or obey written out: control
/// characters, bidirectional and invisible marks, line and paragraph
/// separators. Line feeds and tabs stay.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let hidden = (ch.is_control() && ch != '\n' && ch != '\t')
            || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}' | '\u{301}' | '\u{303}' | '\u{308}' | '\u{30a}' | '\u{a0}');
        if hidden {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(ch));
        } else {
            out.push(ch);
        }
    }
    out
}

/// A failure that is not a disagreement: the derive refusing an enum, the
/// tool refusing a file or an export, a platform's tool refusing an
/// export.
#[derive(Debug, Clone)]
pub struct Failure {
    pub module: String,
    /// The class, for the summary: `javac`, `tool: json export`.
    pub what: String,
    pub detail: String,
}

/// Everything a run found and counted.
#[derive(Default)]
pub struct Report {
    pub seeds: Vec<u64>,
    pub enums: usize,
    pub compiled: usize,
    pub tally: Tally,
    pub failures: Vec<Failure>,
    /// Per format: exports written, refused (two names become one
    /// identifier), checked by the platform's tool and passing.
    pub exports: BTreeMap<&'static str, exports::Counts>,
    pub sources: BTreeMap<String, String>,
}

impl Report {
    fn fail(&mut self, module: &str, what: impl Into<String>, detail: impl Into<String>) {
        self.failures.push(Failure {
            module: module.to_owned(),
            what: what.into(),
            detail: detail.into(),
        });
    }

    fn is_clean(&self) -> bool {
        self.tally.disagreements.is_empty() && self.failures.is_empty()
    }

    /// The summary, then every disagreement and failure with its enum's
    /// source (each source once).
    fn render(&self, limit: usize) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "seeds {:?}: {} enums, {} compiled by the derive; {} comparisons, {} disagreements; {} other failures",
            self.seeds,
            self.enums,
            self.compiled,
            self.tally.comparisons,
            self.tally.disagreements.len(),
            self.failures.len()
        );
        for (format, counts) in &self.exports {
            let _ = writeln!(
                out,
                "  {format}: {} exported, {} refused (two names become one identifier), {} checked, {} failed",
                counts.exported, counts.refused, counts.checked, counts.failed
            );
        }
        let mut classes: BTreeMap<String, usize> = BTreeMap::new();
        for disagreement in &self.tally.disagreements {
            *classes.entry(class_of(disagreement)).or_default() += 1;
        }
        for failure in &self.failures {
            *classes.entry(failure.what.clone()).or_default() += 1;
        }
        if !classes.is_empty() {
            out.push_str("by kind:\n");
            for (class, count) in &classes {
                let _ = writeln!(out, "  {count:5}  {class}");
            }
        }
        let mut shown: BTreeSet<&str> = BTreeSet::new();
        let mut details = 0;
        for disagreement in &self.tally.disagreements {
            if details == limit {
                break;
            }
            details += 1;
            let _ = writeln!(
                out,
                "\n{}: {}\n  {}: {}\n  the tool's JSON: {}",
                disagreement.module,
                visible(&disagreement.field),
                disagreement.against,
                visible(&disagreement.expected.to_string()),
                visible(&disagreement.tool.to_string())
            );
            self.source(&mut out, &mut shown, &disagreement.module);
        }
        for failure in &self.failures {
            if details == limit {
                break;
            }
            details += 1;
            let _ = writeln!(
                out,
                "\n{}: {}\n{}",
                failure.module,
                failure.what,
                visible(failure.detail.trim_end())
            );
            self.source(&mut out, &mut shown, &failure.module);
        }
        let total = self.tally.disagreements.len() + self.failures.len();
        if total > details {
            let _ = writeln!(out, "\n... and {} more", total - details);
        }
        out
    }

    fn source<'a>(&'a self, out: &mut String, shown: &mut BTreeSet<&'a str>, module: &'a str) {
        if let Some(source) = self.sources.get(module)
            && shown.insert(module)
        {
            let _ = writeln!(out, "  --- {module}.rs ---\n{}  ---", visible(source));
        }
    }
}

/// The kind of a disagreement, for the summary: its field without the
/// code or the probe.
fn class_of(disagreement: &Disagreement) -> String {
    let field = &disagreement.field;
    let kind = match field.split_once(": ") {
        Some((place, key)) if place.starts_with("entry ") || place == "catch-all" => {
            format!("{}: {key}", place.split(' ').next().unwrap_or(place))
        }
        _ if field.starts_with("entry ") => "an entry only one side has".to_owned(),
        _ => field
            .split_once('(')
            .map_or_else(|| field.to_string(), |(lookup, _)| format!("{lookup}(..)")),
    };
    format!("disagreement: {kind}")
}

/// One run: `count` enums from `seed`, compiled, read, compared, exported
/// and checked.
fn run(seed: u64, count: usize, report: &mut Report) {
    let started = Instant::now();
    report.seeds.push(seed);
    let root = scratch_root();
    let scratch = scratch::Scratch::new(root.join(format!("seed-{seed}")), root.join("target"));
    let mut generator = Generator::new(seed);
    // Numbered on from the runs before: every module of a report is
    // named once.
    let first = report.enums;
    let specs: Vec<EnumSpec> = (first..first + count)
        .map(|index| generator.generate(index))
        .collect();
    scratch.write(&specs);
    report.enums += specs.len();
    for spec in &specs {
        report
            .sources
            .insert(spec.module.clone(), spec.source.clone());
    }

    // The build takes longest: the tool reads the files meanwhile.
    let (built, jsons) = std::thread::scope(|scope| {
        let build = scope.spawn(|| scratch.build(&specs));
        let jsons: Vec<Result<Value, String>> = specs
            .iter()
            .map(|spec| export_json(&scratch.enum_file(spec), spec))
            .collect();
        (build.join().expect("the build thread"), jsons)
    });
    let built = built.unwrap_or_else(|error| panic!("{error}"));
    report.compiled += specs.len() - built.failed.len();
    for (module, errors) in &built.failed {
        report.fail(module, "the derive refused an enum", errors);
    }
    let mut probes = String::new();
    for (spec, json) in specs.iter().zip(&jsons) {
        if let Err(error) = json {
            report.fail(
                &spec.module,
                "the tool refused the file (json export)",
                error,
            );
        }
        if built.failed.contains_key(&spec.module) {
            continue;
        }
        let (codes, names) = compare::probes(spec, json.as_ref().ok());
        probes.push_str(&scratch::probes(&spec.module, &codes, &names));
    }
    eprintln!(
        "seed {seed}: generated, built and read in {:.0?}",
        started.elapsed()
    );
    let dumps = scratch
        .run(&probes)
        .unwrap_or_else(|error| panic!("{error}"));
    for (spec, json) in specs.iter().zip(&jsons) {
        let (Some(dump), Ok(json)) = (dumps.get(&spec.module), json) else {
            continue;
        };
        compare::compare(spec, dump, json, &mut report.tally);
    }
    eprintln!("seed {seed}: compared in {:.0?}", started.elapsed());
    let ready: Vec<(&EnumSpec, &Value)> = specs
        .iter()
        .zip(&jsons)
        .filter_map(|(spec, json)| json.as_ref().ok().map(|json| (spec, json)))
        .collect();
    exports::check(&scratch, &ready, report);
    eprintln!("seed {seed}: exports checked in {:.0?}", started.elapsed());
}

/// `error-codes export --format json` of the enum's file, parsed.
fn export_json(file: &Path, spec: &EnumSpec) -> Result<Value, String> {
    let output = tool(&[
        "export",
        "--format",
        "json",
        "--input",
        file.to_str().expect("a UTF-8 path"),
        "--enum",
        &spec.name,
    ]);
    if !output.status.success() {
        return Err(stderr(&output).to_owned());
    }
    serde_json::from_str(stdout(&output)).map_err(|error| format!("not JSON: {error}"))
}

/// Prints the report (all of it into a file beside the runs) and fails
/// unless every reading agreed and every export compiled.
fn finish(report: &Report) {
    let path = scratch_root().join("report.txt");
    let _ = std::fs::create_dir_all(scratch_root());
    std::fs::write(&path, report.render(usize::MAX)).expect("the report is written");
    eprintln!("{}", report.render(40));
    eprintln!("the whole report: {}", path.display());
    assert!(
        report.is_clean(),
        "{} disagreements and {} failures between the compiled derive, the tool and the platforms' tools; see above and {}",
        report.tally.disagreements.len(),
        report.failures.len(),
        path.display()
    );
}

#[test]
fn the_tool_reads_every_enum_as_the_compiler_does_and_every_export_compiles() {
    let mut report = Report::default();
    run(CI_SEED, CI_ENUMS, &mut report);
    finish(&report);
}

/// More seeds: `DIFFERENTIAL_SEEDS=1,2,0x2a` (default 1 to 5),
/// `DIFFERENTIAL_ENUMS` enums each.
#[test]
#[ignore = "slow: many seeds; run with -- --ignored"]
fn more_seeds() {
    let seeds: Vec<u64> = std::env::var("DIFFERENTIAL_SEEDS").map_or_else(
        |_| (1..=5).collect(),
        |seeds| {
            seeds
                .split(',')
                .map(|seed| {
                    let seed = seed.trim();
                    seed.strip_prefix("0x")
                        .map_or_else(|| seed.parse(), |hex| u64::from_str_radix(hex, 16))
                        .unwrap_or_else(|_| panic!("DIFFERENTIAL_SEEDS: `{seed}` is not a seed"))
                })
                .collect()
        },
    );
    let count = std::env::var("DIFFERENTIAL_ENUMS")
        .ok()
        .map_or(SLOW_ENUMS, |count| {
            count.parse().expect("DIFFERENTIAL_ENUMS: a number")
        });
    let mut report = Report::default();
    for seed in seeds {
        run(seed, count, &mut report);
    }
    finish(&report);
}
