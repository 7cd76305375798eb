//! The differential test (issue 33, item 5): random enums, valid for the
//! derive, each read two ways — compiled with `#[derive(ErrorCodes)]` in
//! one scratch crate, and read from its file by the tool — and every
//! answer of the compiled enum compared with the tool's JSON export of the
//! same file; then every export of every enum compiled or parsed by its
//! platform's tool. A fixed seed runs with the other tests; more seeds run
//! with `cargo test --test test_differential -- --ignored`, from
//! `DIFFERENTIAL_SEEDS` (`1,2,0x2a`), `DIFFERENTIAL_ENUMS` enums each.
//! Everything a run writes, its whole report included, stays under
//! `target/tmp/differential`.

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

/// Text with what a terminal would hide, obey or compose written out:
/// control characters, bidirectional and invisible marks, line and
/// paragraph separators, combining marks. Line feeds and tabs stay.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let hidden = (ch.is_control() && ch != '\n' && ch != '\t')
            || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}' | '\u{300}'..='\u{36F}' | '\u{a0}');
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
    /// How often the enums used each feature (generate::coverage).
    pub coverage: BTreeMap<String, usize>,
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

    /// The summary, then the disagreements and failures, each with its
    /// enum's source (each source once): all of them when `all`, else the
    /// first of each kind.
    fn render(&self, all: bool) -> String {
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
                "  {format}: {} exported, {} refused as documented (two names one identifier, a NUL in Android), {} checked, {} failed",
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
            if !all {
                out.push_str("\nThe first of each kind:\n");
            }
        }
        let mut shown_sources: BTreeSet<&str> = BTreeSet::new();
        let mut shown_classes: BTreeSet<String> = BTreeSet::new();
        for disagreement in &self.tally.disagreements {
            if !all && !shown_classes.insert(class_of(disagreement)) {
                continue;
            }
            let _ = writeln!(
                out,
                "\n{}: {}\n  {}: {}\n  the tool's JSON: {}",
                disagreement.module,
                visible(&disagreement.field),
                disagreement.against,
                visible(&disagreement.expected.to_string()),
                visible(&disagreement.tool.to_string())
            );
            self.source(&mut out, &mut shown_sources, &disagreement.module);
        }
        for failure in &self.failures {
            if !all && !shown_classes.insert(failure.what.clone()) {
                continue;
            }
            let _ = writeln!(
                out,
                "\n{}: {}\n{}",
                failure.module,
                failure.what,
                visible(failure.detail.trim_end())
            );
            self.source(&mut out, &mut shown_sources, &failure.module);
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
/// probe (`from_name(..)`) and with every number `N` (`entry N: name`).
fn class_of(disagreement: &Disagreement) -> String {
    let field = &disagreement.field;
    let kind = match field.split_once('(') {
        Some((lookup, _)) => format!("{lookup}(..)"),
        None => {
            let mut kind = String::new();
            for ch in field.chars() {
                if ch.is_ascii_digit() || (ch == '-' && kind.ends_with(' ')) {
                    if !kind.ends_with('N') {
                        kind.push('N');
                    }
                } else {
                    kind.push(ch);
                }
            }
            kind
        }
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
    for (feature, count) in generate::coverage(&specs) {
        *report.coverage.entry(feature).or_default() += count;
    }
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
        let Ok(json) = json else {
            continue;
        };
        match dumps.get(&spec.module) {
            Some(dump) => compare::compare(spec, dump, json, &mut report.tally),
            None if !built.failed.contains_key(&spec.module) => {
                report.fail(&spec.module, "the probe binary printed nothing", "");
            }
            None => {}
        }
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
        "--features",
        scratch::FEATURES,
    ]);
    if !output.status.success() {
        return Err(stderr(&output).to_owned());
    }
    serde_json::from_str(stdout(&output)).map_err(|error| format!("not JSON: {error}"))
}

/// Prints the report (all of it into a file beside the runs, with what the
/// enums exercised) and fails unless the enums exercised every feature,
/// every reading agreed and every export compiled.
fn finish(report: &mut Report) {
    let never: Vec<String> = report
        .coverage
        .iter()
        .filter(|(_, count)| **count == 0)
        .map(|(feature, _)| feature.clone())
        .collect();
    for feature in never {
        report.fail("-", "the generator never made", feature);
    }
    let path = scratch_root().join("report.txt");
    let _ = std::fs::create_dir_all(scratch_root());
    let mut whole = report.render(true);
    whole.push_str("\nWhat the enums exercised (enums, variants or texts):\n");
    for (feature, count) in &report.coverage {
        let _ = writeln!(whole, "  {count:6}  {}", visible(feature));
    }
    std::fs::write(&path, whole).expect("the report is written");
    eprintln!("{}", report.render(false));
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
    finish(&mut report);
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
    finish(&mut report);
}
