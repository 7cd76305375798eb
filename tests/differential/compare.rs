//! The comparison: what the compiled enum answers (its dump) against what
//! the tool's JSON export says of the same file, lookup by lookup; and,
//! for what the compiled enum cannot answer (deprecation, reservations,
//! the lists of aliases and alternatives), the JSON against what the
//! generator wrote.

use super::generate::{EnumSpec, Reserved, nfc};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Two readings that differ.
#[derive(Debug, Clone)]
pub struct Disagreement {
    pub module: String,
    /// What was compared: `entry 104: reasons`, `from_name("x")`.
    pub field: String,
    /// Whose value stands against the tool's: the compiled derive's, or
    /// (for what the derive does not expose) the source's as written.
    pub against: &'static str,
    pub expected: Value,
    pub tool: Value,
}

/// Every comparison of a run, and the disagreements.
#[derive(Default)]
pub struct Tally {
    pub comparisons: usize,
    pub disagreements: Vec<Disagreement>,
}

impl Tally {
    /// One comparison: a disagreement unless `expected == tool`.
    pub fn check(
        &mut self,
        module: &str,
        field: impl FnOnce() -> String,
        against: &'static str,
        expected: Value,
        tool: Value,
    ) {
        self.comparisons += 1;
        if expected != tool {
            self.disagreements.push(Disagreement {
                module: module.to_owned(),
                field: field(),
                against,
                expected,
                tool,
            });
        }
    }
}

const DERIVE: &str = "the compiled derive";
const SOURCE: &str = "the source as written";

pub fn int(value: &Value) -> Option<i128> {
    value
        .as_i64()
        .map(i128::from)
        .or_else(|| value.as_u64().map(i128::from))
}

fn entries(json: &Value) -> &[Value] {
    json["entries"].as_array().map_or(&[], Vec::as_slice)
}

fn list<'a>(entry: &'a Value, key: &str) -> &'a [Value] {
    entry[key].as_array().map_or(&[], Vec::as_slice)
}

/// The JSON entry a code decodes to: its code or an alternative.
fn by_code(json: &Value, code: i128) -> Option<&Value> {
    entries(json).iter().find(|entry| {
        int(&entry["code"]) == Some(code)
            || list(entry, "alternatives")
                .iter()
                .any(|alternative| int(alternative) == Some(code))
    })
}

/// The JSON entry a name decodes to: its name or an alias.
fn by_name<'a>(json: &'a Value, name: &str) -> Option<&'a Value> {
    entries(json).iter().find(|entry| {
        entry["name"] == name || list(entry, "aliases").iter().any(|alias| alias == name)
    })
}

/// What documents a code, in the dump's shape: the JSON leaves out
/// `docUrl` without a link and `retryable` when no code is.
fn facts(entry: &Value) -> [(&'static str, Value); 6] {
    [
        ("name", entry["name"].clone()),
        ("reasons", entry["reasons"].clone()),
        ("description", entry["description"].clone()),
        ("category", entry["category"].clone()),
        (
            "docUrl",
            entry.get("docUrl").cloned().unwrap_or(Value::Null),
        ),
        (
            "retryable",
            entry.get("retryable").cloned().unwrap_or(json!(false)),
        ),
    ]
}

/// The probes of one enum: every code and name the source or the JSON
/// mentions, their neighbours and near misses, and codes and names no
/// reading declares.
pub fn probes(spec: &EnumSpec, json: Option<&Value>) -> (BTreeSet<i128>, BTreeSet<String>) {
    let ty = spec.code_type();
    let mut codes: BTreeSet<i128> = BTreeSet::from([ty.min(), ty.max(), 0, 1, -1, 4242]);
    let mut names: BTreeSet<String> = BTreeSet::from([String::new(), "nope".to_owned()]);
    for variant in &spec.variants {
        codes.extend(variant.code.iter().chain(&variant.alternatives));
        names.extend(variant.name.iter().chain(&variant.aliases).cloned());
        names.insert(variant.written.clone());
        names.insert(variant.ident());
    }
    for reserved in &spec.reserved {
        match reserved {
            Reserved::Code(code) => {
                codes.insert(*code);
            }
            Reserved::Range { start, end, .. } => {
                codes.extend([*start, *end, start - 1, end + 1]);
            }
            Reserved::Name(name) => {
                names.insert(name.clone());
            }
        }
    }
    if let Some(json) = json {
        for entry in entries(json) {
            codes.extend(int(&entry["code"]));
            codes.extend(list(entry, "alternatives").iter().filter_map(int));
            names.extend(entry["name"].as_str().map(str::to_owned));
            names.extend(
                list(entry, "aliases")
                    .iter()
                    .filter_map(|alias| alias.as_str().map(str::to_owned)),
            );
        }
        names.extend(json["catchAll"]["name"].as_str().map(str::to_owned));
    }
    let declared: Vec<i128> = codes.iter().copied().collect();
    for code in declared {
        codes.extend([code - 1, code + 1]);
    }
    codes.retain(|code| ty.contains(*code));
    let near: Vec<String> = names
        .iter()
        .filter(|name| !name.is_empty())
        .flat_map(|name| {
            let mut chars = name.chars();
            chars.next_back();
            [
                name.to_uppercase(),
                name.to_lowercase(),
                format!("{name}x"),
                chars.as_str().to_owned(),
                nfc(name),
            ]
        })
        .collect();
    names.extend(near);
    (codes, names)
}

/// Compares one enum's dump with its JSON export and its spec.
pub fn compare(spec: &EnumSpec, dump: &Value, json: &Value, tally: &mut Tally) {
    let module = spec.module.as_str();
    tally.check(
        module,
        || "enum name".to_owned(),
        SOURCE,
        json!(spec.name),
        json["enum"].clone(),
    );
    // `type_name` of the code type is its name: `u16`.
    tally.check(
        module,
        || "code type".to_owned(),
        DERIVE,
        dump["codeType"].clone(),
        json["codeType"].clone(),
    );
    let compiled = dump["entries"].as_array().map_or(&[][..], Vec::as_slice);
    tally.check(
        module,
        || "number of codes".to_owned(),
        DERIVE,
        dump["count"].clone(),
        json!(entries(json).len()),
    );
    let order =
        |items: &[Value]| -> Value { items.iter().map(|entry| entry["code"].clone()).collect() };
    tally.check(
        module,
        || "codes in declaration order".to_owned(),
        DERIVE,
        order(compiled),
        order(entries(json)),
    );
    for value in compiled {
        let code = int(&value["code"]).expect("a compiled code");
        let entry = entries(json)
            .iter()
            .find(|entry| int(&entry["code"]) == Some(code));
        let Some(entry) = entry else {
            tally.check(
                module,
                || format!("entry {code}"),
                DERIVE,
                value["name"].clone(),
                Value::Null,
            );
            continue;
        };
        let description = entry["description"].clone();
        compare_facts(
            tally,
            module,
            &format!("entry {code}"),
            value,
            entry,
            description,
        );
    }
    for entry in entries(json) {
        let code = int(&entry["code"]);
        if !compiled.iter().any(|value| int(&value["code"]) == code) {
            tally.check(
                module,
                || format!("entry {}", entry["code"]),
                DERIVE,
                Value::Null,
                entry["name"].clone(),
            );
        }
    }
    compare_catch_all(module, dump, json, tally);
    compare_lookups(module, dump, json, tally);
    compare_source(spec, json, tally);
}

fn compare_catch_all(module: &str, dump: &Value, json: &Value, tally: &mut Tally) {
    let (compiled, tool) = (dump.get("catchAll"), json.get("catchAll"));
    tally.check(
        module,
        || "has a catch-all".to_owned(),
        DERIVE,
        json!(compiled.is_some()),
        json!(tool.is_some()),
    );
    let (Some(compiled), Some(tool)) = (compiled, tool) else {
        return;
    };
    // `Display` adds the code it keeps.
    let description = tool["description"].as_str().unwrap_or_default();
    let display = json!(format!("{description} (code {})", compiled["code"]));
    compare_facts(tally, module, "catch-all", compiled, tool, display);
}

/// What the compiled enum answers for one value (`compiled`, a dump's
/// facts) against the JSON's `entry`; `display`, what its `Display` must
/// write, where it has one. `place` names the value: `entry 104`.
fn compare_facts(
    tally: &mut Tally,
    module: &str,
    place: &str,
    compiled: &Value,
    entry: &Value,
    display: Value,
) {
    for (key, tool) in facts(entry) {
        tally.check(
            module,
            || format!("{place}: {key}"),
            DERIVE,
            compiled[key].clone(),
            tool,
        );
    }
    if let Some(written) = compiled.get("display") {
        tally.check(
            module,
            || format!("{place}: Display"),
            DERIVE,
            written.clone(),
            display,
        );
    }
}

/// Every probe through the compiled lookups against the JSON's entries.
fn compare_lookups(module: &str, dump: &Value, json: &Value, tally: &mut Tally) {
    let catch_all = json.get("catchAll");
    for probe in dump["fromCode"].as_array().into_iter().flatten() {
        let code: i128 = probe[0]
            .as_str()
            .and_then(|c| c.parse().ok())
            .expect("a probe");
        let expected = match (by_code(json, code), catch_all) {
            (Some(entry), _) => {
                json!({"code": entry["code"], "catchAll": false, "name": entry["name"]})
            }
            // An undeclared code decodes to the catch-all, keeping its value.
            (None, Some(catch_all)) => {
                json!({"code": json_int(code), "catchAll": true, "name": catch_all["name"]})
            }
            (None, None) => Value::Null,
        };
        let compiled = probe[1].clone();
        tally.check(
            module,
            || format!("from_code({code})"),
            DERIVE,
            compiled,
            expected.clone(),
        );
        tally.check(
            module,
            || format!("TryFrom/From({code})"),
            DERIVE,
            probe[2].clone(),
            expected.get("code").cloned().unwrap_or(Value::Null),
        );
    }
    for probe in dump["fromName"].as_array().into_iter().flatten() {
        let name = probe[0].as_str().expect("a probe");
        let expected = by_name(json, name).map_or(Value::Null, |entry| entry["code"].clone());
        tally.check(
            module,
            || format!("from_name({})", Value::from(name)),
            DERIVE,
            probe[1].clone(),
            expected.clone(),
        );
        tally.check(
            module,
            || format!("FromStr({})", Value::from(name)),
            DERIVE,
            probe[2].clone(),
            expected,
        );
    }
}

/// What only the source says: aliases and alternatives as listed,
/// deprecations, reservations, the sections' ranges.
fn compare_source(spec: &EnumSpec, json: &Value, tally: &mut Tally) {
    let module = spec.module.as_str();
    for variant in spec.compiled() {
        let Some(code) = variant.code else {
            continue;
        };
        let Some(entry) = entries(json)
            .iter()
            .find(|entry| int(&entry["code"]) == Some(code))
        else {
            // Said once already, against the compiled enum.
            continue;
        };
        tally.check(
            module,
            || format!("entry {code}: aliases"),
            SOURCE,
            json!(variant.aliases),
            json!(list(entry, "aliases")),
        );
        let alternatives: Vec<Value> = variant
            .expected_alternatives()
            .iter()
            .map(|&code| json_int(code))
            .collect();
        tally.check(
            module,
            || format!("entry {code}: alternatives"),
            SOURCE,
            json!(alternatives),
            json!(list(entry, "alternatives")),
        );
        let deprecated = variant
            .expected_deprecated()
            .map_or(Value::Null, |deprecated| {
                let (since, note) = deprecated.expected();
                let mut object = serde_json::Map::new();
                if let Some(since) = since {
                    object.insert("since".to_owned(), json!(since));
                }
                if let Some(note) = note {
                    object.insert("note".to_owned(), json!(note));
                }
                Value::Object(object)
            });
        tally.check(
            module,
            || format!("entry {code}: deprecated"),
            SOURCE,
            deprecated,
            entry.get("deprecated").cloned().unwrap_or(Value::Null),
        );
    }
    let (mut codes, mut ranges, mut names) = (Vec::new(), Vec::new(), Vec::new());
    for reserved in &spec.reserved {
        match reserved {
            Reserved::Code(code) => codes.push(json_int(*code)),
            Reserved::Range { start, end, .. } => {
                ranges.push(json!([json_int(*start), json_int(*end)]));
            }
            Reserved::Name(name) => names.push(json!(name)),
        }
    }
    let sections: Vec<Value> = spec
        .ranges
        .iter()
        .map(|range| {
            json!({"section": range.section, "start": json_int(range.start), "end": json_int(range.end)})
        })
        .collect();
    tally.check(
        module,
        || "section ranges".to_owned(),
        SOURCE,
        json!(sections),
        json!(list(json, "ranges")),
    );
    let reserved = &json["reserved"];
    for (kind, expected) in [("codes", codes), ("ranges", ranges), ("names", names)] {
        tally.check(
            module,
            || format!("reserved {kind}"),
            SOURCE,
            json!(expected),
            json!(list(reserved, kind)),
        );
    }
}

/// A code as serde_json writes it: an `i64`, else a `u64`.
fn json_int(code: i128) -> Value {
    i64::try_from(code).map_or_else(
        |_| json!(u64::try_from(code).expect("a 64-bit code")),
        |code| json!(code),
    )
}
