//! One scratch crate for every enum of a run, compiled once with the
//! workspace's derive: each enum in a file of its own (the file the tool
//! reads), beside it a dump of what the compiled enum answers, printed as
//! one JSON line per enum by the crate's `main`.

use super::generate::{EnumSpec, Shape, Variant};
use crate::common::process::output_within;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The features the scratch crate is built with, which the tool is given
/// too (`--features`), so that both read one build.
pub const FEATURES: &str = "on";

/// The package of the scratch crate, and its binary.
const PACKAGE: &str = "differential-probe";

/// The first build compiles syn and the derive: minutes on a loaded
/// machine, never this long.
const BUILD_LIMIT: Duration = Duration::from_secs(1800);
const RUN_LIMIT: Duration = Duration::from_secs(120);

/// JSON writing and hex decoding for the dumps: the crate has no
/// dependency but the derive.
const SUPPORT: &str = r##"
/// `text` as a JSON string.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ch if u32::from(ch) < 0x20 || ch == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(ch)))
            }
            ch => out.push(ch),
        }
    }
    out.push('"');
}

pub fn strings(out: &mut String, items: &[&str]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, item);
    }
    out.push(']');
}

pub fn optional(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => string(out, text),
        None => out.push_str("null"),
    }
}

/// The type a function returns, as Rust names it: the code type of `code`.
pub fn returned<E, C>(_: fn(&E) -> C) -> &'static str {
    core::any::type_name::<C>()
}

/// `"fromCode"`: per probe, the code, what `from_code` finds (`null`
/// for none), and what `TryFrom` converts it to.
macro_rules! strict_lookups {
    ($E:ty, $T:ty, $codes:expr, $out:expr) => {{
        let out: &mut String = $out;
        out.push_str(",\"fromCode\":[");
        for (i, probe) in $codes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let code: $T = probe.parse().expect("a code of the code type");
            let converted = <$E>::try_from(code)
                .ok()
                .map_or_else(|| "null".to_owned(), |value| value.code().to_string());
            out.push_str(&format!("[\"{probe}\","));
            match <$E>::from_code(code) {
                Some(value) => {
                    out.push_str(&format!("{{\"code\":{},\"catchAll\":false,\"name\":", value.code()));
                    string(out, value.name());
                    out.push('}');
                }
                None => out.push_str("null"),
            }
            out.push_str(&format!(",{converted}]"));
        }
        out.push(']');
    }};
}

/// `"fromCode"` of an enum with a catch-all (`$other` matches it): what
/// `from_code` and `From` give.
macro_rules! wire_lookups {
    ($E:ty, $T:ty, $other:pat, $codes:expr, $out:expr) => {{
        let out: &mut String = $out;
        out.push_str(",\"fromCode\":[");
        for (i, probe) in $codes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let code: $T = probe.parse().expect("a code of the code type");
            let converted = <$E>::from(code).code();
            let value = <$E>::from_code(code);
            out.push_str(&format!(
                "[\"{probe}\",{{\"code\":{},\"catchAll\":{},\"name\":",
                value.code(),
                matches!(value, $other)
            ));
            string(out, value.name());
            out.push_str(&format!("}},{converted}]"));
        }
        out.push(']');
    }};
}

/// `"fromName"`: per probe, the code `from_name` and `FromStr` find, or
/// `null`.
macro_rules! name_lookups {
    ($E:ty, $names:expr, $out:expr) => {{
        let out: &mut String = $out;
        out.push_str(",\"fromName\":[");
        for (i, probe) in $names.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            string(out, probe);
            let found = <$E>::from_name(probe)
                .map_or_else(|| "null".to_owned(), |value| value.code().to_string());
            let parsed = probe
                .parse::<$E>()
                .ok()
                .map_or_else(|| "null".to_owned(), |value| value.code().to_string());
            out.push_str(&format!(",{found},{parsed}]"));
        }
        out.push(']');
    }};
}

fn unhex(hex: &str) -> String {
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect();
    String::from_utf8(bytes).expect("UTF-8")
}
"##;

/// The crate's directory and the target directory its builds share.
pub struct Scratch {
    pub dir: PathBuf,
    target: PathBuf,
}

/// What the build made of the enums: the modules that compiled, and for
/// each one that did not, the compiler's errors.
pub struct Built {
    pub failed: BTreeMap<String, String>,
}

impl Scratch {
    /// A fresh crate in `dir`; builds share `target`, so that syn and the
    /// derive compile once.
    pub fn new(dir: PathBuf, target: PathBuf) -> Scratch {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).expect("the scratch crate is made");
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"));
        let manifest = format!(
            r#"[package]
name = "{PACKAGE}"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-macros = {{ path = {:?} }}

# What `#[cfg(feature = ...)]` in the enums tests; the build turns `on`
# on, and the tool is told the same.
[features]
on = []
off = []

[profile.dev]
debug = false

# Not a member of the repository's workspace.
[workspace]
"#,
            workspace.join("error-macros").display().to_string()
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).expect("written");
        // The workspace's versions of syn and the rest, already fetched: the
        // build needs no network.
        std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock"))
            .expect("Cargo.lock is copied");
        Scratch { dir, target }
    }

    /// The path of an enum's file: what the tool is given as `--input`.
    pub fn enum_file(&self, spec: &EnumSpec) -> PathBuf {
        self.dir.join("src").join(format!("{}.rs", spec.module))
    }

    /// Writes each enum's file and its dump.
    pub fn write(&self, specs: &[EnumSpec]) {
        for spec in specs {
            std::fs::write(self.enum_file(spec), &spec.source).expect("written");
            std::fs::write(
                self.dir
                    .join("src")
                    .join(format!("dump_{}.rs", spec.module)),
                dump(spec),
            )
            .expect("written");
        }
    }

    /// Builds the crate with every enum of `specs`; an enum whose files do
    /// not compile is left out and the rest built again, so that one
    /// enum's failure leaves the others' comparisons.
    pub fn build(&self, specs: &[EnumSpec]) -> Result<Built, String> {
        let mut failed: BTreeMap<String, String> = BTreeMap::new();
        loop {
            let modules: Vec<&str> = specs
                .iter()
                .map(|spec| spec.module.as_str())
                .filter(|module| !failed.contains_key(*module))
                .collect();
            std::fs::write(self.dir.join("src/main.rs"), main(&modules)).expect("written");
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let output = output_within(
                Command::new(cargo)
                    .current_dir(&self.dir)
                    .env("CARGO_TARGET_DIR", &self.target)
                    .args([
                        "build",
                        "--offline",
                        "--quiet",
                        "--message-format",
                        "short",
                        "--features",
                        FEATURES,
                    ]),
                BUILD_LIMIT,
            );
            if output.status.success() {
                return Ok(Built { failed });
            }
            let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
            let mut newly: BTreeMap<String, String> = BTreeMap::new();
            for line in stderr.lines() {
                if let Some(module) = failing_module(line) {
                    let errors = newly.entry(module).or_default();
                    errors.push_str(line);
                    errors.push('\n');
                }
            }
            if newly.is_empty() {
                return Err(format!("the scratch crate does not build:\n{stderr}"));
            }
            failed.extend(newly);
        }
    }

    /// Runs the crate's binary on the probes; each enum's dump by module.
    pub fn run(&self, probes: &str) -> Result<BTreeMap<String, Value>, String> {
        let probes_file = self.dir.join("probes.txt");
        std::fs::write(&probes_file, probes).expect("written");
        let binary = self.target.join("debug").join(PACKAGE);
        let output = output_within(Command::new(binary).arg(&probes_file), RUN_LIMIT);
        if !output.status.success() {
            return Err(format!(
                "the probe binary failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let stdout = String::from_utf8(output.stdout).map_err(|error| error.to_string())?;
        stdout
            .lines()
            .map(|line| {
                let dump: Value = serde_json::from_str(line)
                    .map_err(|error| format!("a dump line is not JSON ({error}): {line}"))?;
                let module = dump["module"].as_str().unwrap_or_default().to_owned();
                Ok((module, dump))
            })
            .collect()
    }
}

/// The enum a compiler error line (`src/e0003.rs:12:5: error: ...`, or in
/// its dump) belongs to.
fn failing_module(line: &str) -> Option<String> {
    let rest = line.strip_prefix("src/")?;
    let (file, place) = rest.split_once(".rs:")?;
    let module = file.strip_prefix("dump_").unwrap_or(file);
    let is_error = place.contains(": error");
    (is_error && module.starts_with('e') && module[1..].bytes().all(|b| b.is_ascii_digit()))
        .then(|| module.to_owned())
}

/// The probes file: per enum, the codes (decimal) and names (hex UTF-8)
/// its lookups are asked.
pub fn probes(module: &str, codes: &BTreeSet<i128>, names: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for code in codes {
        let _ = writeln!(out, "{module}\tc\t{code}");
    }
    for name in names {
        let hex: String = name.bytes().map(|byte| format!("{byte:02x}")).collect();
        let _ = writeln!(out, "{module}\tn\t{hex}");
    }
    out
}

fn main(modules: &[&str]) -> String {
    let mut out = String::from(
        "//! Generated by tests/test_differential.rs: what each enum answers, one JSON line per enum.\n\
         // The enums are hostile on purpose (identifiers, deprecations, bidirectional marks in\n\
         // their text): no lint is of use here, the two that deny by default included.\n\
         #![allow(warnings, text_direction_codepoint_in_literal, text_direction_codepoint_in_comment)]\n\n",
    );
    // The macros first: a module sees the macros defined above it.
    out.push_str(SUPPORT);
    out.push('\n');
    for module in modules {
        let _ = writeln!(out, "mod {module};\nmod dump_{module};");
    }
    out.push_str(
        r#"
fn main() {
    let path = std::env::args().nth(1).expect("the probes file");
    let probes = std::fs::read_to_string(path).expect("the probes");
    let mut codes: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    let mut names: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for line in probes.lines() {
        let mut parts = line.split('\t');
        let (module, kind, value) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        match kind {
            "c" => codes.entry(module).or_default().push(value),
            _ => names.entry(module).or_default().push(unhex(value)),
        }
    }
    let (no_codes, no_names) = (Vec::new(), Vec::new());
"#,
    );
    for module in modules {
        let _ = writeln!(
            out,
            "    println!(\"{{}}\", dump_{module}::dump(codes.get(\"{module}\").unwrap_or(&no_codes), names.get(\"{module}\").unwrap_or(&no_names)));"
        );
    }
    out.push_str("}\n");
    out
}

/// An expression that builds `variant`, with default field values.
fn construct(variant: &Variant) -> String {
    let path = format!("E::{}", variant.written);
    match &variant.shape {
        Shape::Unit => path,
        Shape::Tuple(types) => {
            let fields = vec!["Default::default()"; types.len()];
            format!("{path}({})", fields.join(", "))
        }
        Shape::Named(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|(name, _)| format!("{name}: Default::default()"))
                .collect();
            format!("{path} {{ {} }}", fields.join(", "))
        }
        Shape::CatchAll { .. } => unreachable!("the catch-all is built from a code"),
    }
}

/// The dump of one enum: its code type, every value's facts (`ALL`, or
/// each variant built), the catch-all's for an undeclared code, and every
/// probe through `from_code`/`TryFrom` (or `From`) and
/// `from_name`/`FromStr`, where the enum has them.
fn dump(spec: &EnumSpec) -> String {
    let ty = spec.code_type().name();
    let module = &spec.module;
    let display = if spec.display {
        "    out.push_str(\",\\\"display\\\":\");\n    string(out, &value.to_string());\n"
    } else {
        ""
    };
    let mut out = format!(
        r#"// Generated by tests/test_differential.rs: what `{name}` answers.
use crate::{{optional, returned, string, strings}};
use crate::{module}::{name} as E;

fn facts(out: &mut String, value: &E) {{
    out.push_str("{{\"code\":");
    out.push_str(&value.code().to_string());
    out.push_str(",\"name\":");
    string(out, value.name());
    out.push_str(",\"reasons\":");
    strings(out, value.reasons());
    out.push_str(",\"description\":");
    string(out, value.description());
    out.push_str(",\"category\":");
    optional(out, value.category());
    out.push_str(",\"docUrl\":");
    optional(out, value.doc_url());
    out.push_str(",\"retryable\":");
    out.push_str(if value.is_retryable() {{ "true" }} else {{ "false" }});
{display}    out.push('}}');
}}

pub fn dump(codes: &[&str], names: &[String]) -> String {{
    let mut out = String::from("{{\"module\":\"{module}\",\"codeType\":");
    string(&mut out, returned(E::code));
"#,
        name = spec.name,
    );
    if spec.lookups() {
        out.push_str(
            "    let values: Vec<E> = E::ALL.to_vec();\n    out.push_str(&format!(\",\\\"count\\\":{}\", E::COUNT));\n",
        );
    } else {
        let values: Vec<String> = spec
            .compiled()
            .filter(|variant| !variant.is_catch_all())
            .map(construct)
            .collect();
        let _ = writeln!(out, "    let values: Vec<E> = vec![{}];", values.join(", "));
        out.push_str("    out.push_str(&format!(\",\\\"count\\\":{}\", values.len()));\n");
    }
    out.push_str(
        "    out.push_str(\",\\\"entries\\\":[\");\n    for (i, value) in values.iter().enumerate() {\n        if i > 0 {\n            out.push(',');\n        }\n        facts(&mut out, value);\n    }\n    out.push(']');\n",
    );
    if let Some(catch_all) = spec.catch_all() {
        let code = spec.undeclared_code();
        let _ = write!(
            out,
            "    out.push_str(\",\\\"catchAll\\\":\");\n    facts(&mut out, &E::{}({code}{ty}));\n",
            catch_all.written
        );
    }
    if spec.lookups() {
        match spec.catch_all() {
            Some(catch_all) => {
                let _ = writeln!(
                    out,
                    "    wire_lookups!(E, {ty}, E::{}(_), codes, &mut out);",
                    catch_all.written
                );
            }
            None => {
                let _ = writeln!(out, "    strict_lookups!(E, {ty}, codes, &mut out);");
            }
        }
        out.push_str("    name_lookups!(E, names, &mut out);\n");
    }
    out.push_str("    out.push('}');\n    out\n}\n");
    out
}
