//! The breaking-change check: a taxonomy against the JSON export
//! of a released version. An error code, once shipped, is a promise to every
//! app that branches on it: what would make an app's branch wrong is
//! breaking, what only adds or rewords is a note.
//!
//! Entries are matched by code (the code is the contract on the wire); a
//! code that is gone is then looked for by name, to tell a renumbering from
//! a removal.

pub use crate::annotation::Style;
use crate::annotation::{Annotation, workflow_command};
use error_codes_model::{Entry, Facts, Location, Reserved, Taxonomy};
use std::fmt::{self, Write as _};

/// Whether a finding fails the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// An app that branches on the released taxonomy may now be wrong.
    Breaking,
    /// Added or reworded: every app keeps working.
    Note,
}

/// What changed, one rule per kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A released code is gone and not reserved.
    CodeRemoved,
    /// A released name now has another code.
    CodeRenumbered,
    /// A released code now has another name.
    NameChanged,
    /// A code or a name the release retired is used again.
    RetiredReused,
    /// A released alias is no longer accepted.
    AliasRemoved,
    /// A released alternative code is no longer accepted.
    AlternativeRemoved,
    /// The catch-all is gone: codes the taxonomy does not declare no
    /// longer decode.
    CatchAllRemoved,
    /// A retired code, range or name is no longer reserved: it may be used
    /// again, with another meaning.
    ReservationRemoved,
    /// A code that is new in this version.
    CodeAdded,
    /// A released code is gone, and reserved for good.
    CodeRetired,
    /// Documentation: reasons or category changed.
    Reworded,
    /// A deprecation added, removed or reworded.
    DeprecationChanged,
    /// A documentation link added, removed or changed.
    DocUrlChanged,
    /// A code became retryable, or stopped being.
    RetryabilityChanged,
    /// A section's range of codes added, removed or moved.
    RangeChanged,
    /// A message's values added, removed, retyped or reordered: callers
    /// build them, and translations place them by position.
    MessageValuesChanged,
    /// A range variant's range lost codes: they no longer decode to it.
    CodeRangeNarrowed,
    /// A range variant's range holds more codes than it did.
    CodeRangeWidened,
}

impl Rule {
    pub fn severity(self) -> Severity {
        match self {
            Rule::CodeRemoved
            | Rule::CodeRenumbered
            | Rule::NameChanged
            | Rule::RetiredReused
            | Rule::AliasRemoved
            | Rule::AlternativeRemoved
            | Rule::CatchAllRemoved
            | Rule::ReservationRemoved
            | Rule::MessageValuesChanged
            | Rule::CodeRangeNarrowed => Severity::Breaking,
            Rule::CodeAdded
            | Rule::CodeRetired
            | Rule::Reworded
            | Rule::DeprecationChanged
            | Rule::DocUrlChanged
            | Rule::RetryabilityChanged
            | Rule::RangeChanged
            | Rule::CodeRangeWidened => Severity::Note,
        }
    }

    /// The rule's name in reports, as `buf breaking` names its rules.
    pub fn id(self) -> &'static str {
        match self {
            Rule::CodeRemoved => "CODE_REMOVED",
            Rule::CodeRenumbered => "CODE_RENUMBERED",
            Rule::NameChanged => "NAME_CHANGED",
            Rule::RetiredReused => "RETIRED_REUSED",
            Rule::AliasRemoved => "ALIAS_REMOVED",
            Rule::AlternativeRemoved => "ALTERNATIVE_REMOVED",
            Rule::CatchAllRemoved => "CATCH_ALL_REMOVED",
            Rule::ReservationRemoved => "RESERVATION_REMOVED",
            Rule::CodeAdded => "CODE_ADDED",
            Rule::CodeRetired => "CODE_RETIRED",
            Rule::Reworded => "REWORDED",
            Rule::DeprecationChanged => "DEPRECATION_CHANGED",
            Rule::DocUrlChanged => "DOC_URL_CHANGED",
            Rule::RetryabilityChanged => "RETRYABILITY_CHANGED",
            Rule::RangeChanged => "RANGE_CHANGED",
            Rule::MessageValuesChanged => "MESSAGE_VALUES_CHANGED",
            Rule::CodeRangeNarrowed => "CODE_RANGE_NARROWED",
            Rule::CodeRangeWidened => "CODE_RANGE_WIDENED",
        }
    }
}

/// One change between the released taxonomy and this one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// What changed, one sentence.
    pub message: String,
    /// What to do about a breaking change.
    pub remedy: Option<String>,
    /// Where the current declaration is, when the taxonomy has locations.
    pub location: Option<Location>,
}

impl Finding {
    fn new(rule: Rule, message: String, location: Option<Location>) -> Self {
        Finding {
            rule,
            message,
            remedy: None,
            location,
        }
    }

    fn remedy(mut self, remedy: String) -> Self {
        self.remedy = Some(remedy);
        self
    }

    pub fn severity(&self) -> Severity {
        self.rule.severity()
    }

    /// The message, then the remedy after `; `.
    fn text(&self) -> String {
        match &self.remedy {
            Some(remedy) => format!("{}; {remedy}", self.message),
            None => self.message.clone(),
        }
    }
}

/// Every change from `released` to `current`: breaking ones first, then in
/// the order of the released taxonomy, then of the current one.
pub fn compare(released: &Taxonomy, current: &Taxonomy) -> Vec<Finding> {
    let mut findings = Vec::new();
    for old in &released.entries {
        // A range variant is matched by its name too: its first code may
        // have moved with its range.
        let same = current
            .entries
            .iter()
            .find(|entry| entry.code == old.code)
            .or_else(|| {
                old.range?;
                current
                    .entries
                    .iter()
                    .find(|entry| entry.range.is_some() && entry.facts.name == old.facts.name)
            });
        match same {
            Some(new) => same_code(old, new, &mut findings),
            None => code_gone(old, current, &mut findings),
        }
    }
    catch_all_removed(released, current, &mut findings);
    if let (Some(old), Some(new)) = (&released.catch_all, &current.catch_all) {
        documentation_changes(
            &format!("the catch-all `{}`", new.name),
            old,
            new,
            &mut findings,
        );
    }
    reservations_removed(released, current, &mut findings);
    ranges_changed(released, current, &mut findings);
    for new in &current.entries {
        let before = findings.len();
        retired_reused(new, released, &mut findings);
        let reused = findings.len() > before;
        let known = released.entries.iter().any(|old| {
            old.code == new.code
                || (old.range.is_some() && new.range.is_some() && old.facts.name == new.facts.name)
        });
        let renumbered = released
            .entries
            .iter()
            .any(|old| old.facts.name == new.facts.name);
        if !known && !renumbered && !reused {
            findings.push(Finding::new(
                Rule::CodeAdded,
                format!("code {} (`{}`) is new", new.code, new.facts.name),
                new.facts.location,
            ));
        }
    }
    // A stable sort keeps each group in taxonomy order.
    findings.sort_by_key(Finding::severity);
    findings
}

/// The released code is still there: its name, aliases, alternatives and
/// documentation compared.
fn same_code(old: &Entry, new: &Entry, findings: &mut Vec<Finding>) {
    let code = old.code;
    // The name is the other half of the contract: SDKs on other platforms
    // and apps match on it.
    if old.facts.name != new.facts.name {
        findings.push(
            Finding::new(
                Rule::NameChanged,
                format!(
                    "the name of code {code} changed from `{}` to `{}`",
                    old.facts.name, new.facts.name
                ),
                new.facts.location,
            )
            .remedy(format!("keep it: `name = \"{}\"`", old.facts.name)),
        );
    }
    for alias in &old.aliases {
        if !new.has_name(alias) {
            findings.push(
                Finding::new(
                    Rule::AliasRemoved,
                    format!(
                        "code {code} (`{}`) no longer accepts the alias `{alias}`",
                        new.facts.name
                    ),
                    new.facts.location,
                )
                .remedy(format!("keep it: `alias = \"{alias}\"`")),
            );
        }
    }
    for &alternative in &old.alternatives {
        if !new.has_code(alternative) {
            findings.push(
                Finding::new(
                    Rule::AlternativeRemoved,
                    format!(
                        "code {code} (`{}`) no longer accepts the alternative code {alternative}",
                        new.facts.name
                    ),
                    new.facts.location,
                )
                .remedy(format!("keep it: `alternatives = [{alternative}]`")),
            );
        }
    }
    range_changes(old, new, findings);
    documentation_changes(
        &format!("code {code} (`{}`)", new.facts.name),
        &old.facts,
        &new.facts,
        findings,
    );
    if old.deprecated != new.deprecated {
        let change = match (&old.deprecated, &new.deprecated) {
            (None, Some(_)) => "is now deprecated",
            (Some(_), None) => "is no longer deprecated",
            _ => "has a new deprecation note",
        };
        findings.push(Finding::new(
            Rule::DeprecationChanged,
            format!("code {code} (`{}`) {change}", new.facts.name),
            new.facts.location,
        ));
    }
}

/// A range variant's codes compared (a single code is a range of one): a
/// code that no longer decodes to it breaks an app that branches on it;
/// more codes only add.
fn range_changes(old: &Entry, new: &Entry, findings: &mut Vec<Finding>) {
    let bounds = |entry: &Entry| entry.range.unwrap_or((entry.code, entry.code));
    let ((old_start, old_end), (new_start, new_end)) = (bounds(old), bounds(new));
    if (old_start, old_end) == (new_start, new_end) {
        return;
    }
    let name = &new.facts.name;
    let (was, is) = (old.written_code(), new.written_code());
    if new_start > old_start || new_end < old_end {
        findings.push(
            Finding::new(
                Rule::CodeRangeNarrowed,
                format!("`{name}` was codes {was} and is now {is}: the codes left out no longer decode to it"),
                new.facts.location,
            )
            .remedy(format!("keep every code of {was} in its range")),
        );
    } else {
        findings.push(Finding::new(
            Rule::CodeRangeWidened,
            format!("`{name}` was codes {was} and is now {is}"),
            new.facts.location,
        ));
    }
}

/// What documents a code (`what`: `code 3 (`roomFull`)`, the catch-all),
/// each change a note: its reasons and section, where it is documented and
/// whether to try again. An app keeps working, but its messages, help
/// links and retry policy follow.
fn documentation_changes(what: &str, old: &Facts, new: &Facts, findings: &mut Vec<Finding>) {
    let location = new.location;
    message_changes(what, old, new, findings);
    let (reasons, category) = (old.reasons != new.reasons, old.category != new.category);
    if reasons || category {
        let changed = match (reasons, category) {
            (true, true) => "reasons and category",
            (true, false) => "reasons",
            _ => "category",
        };
        findings.push(Finding::new(
            Rule::Reworded,
            format!("the {changed} of {what} changed"),
            location,
        ));
    }
    let (old_url, new_url) = (old.doc_url.as_deref(), new.doc_url.as_deref());
    let link_change = match (old_url, new_url) {
        (None, Some(url)) => Some(format!("{what} is now documented at {url}")),
        (Some(url), None) => Some(format!("{what} is no longer documented at {url}")),
        (Some(old), Some(new)) if old != new => Some(format!(
            "the documentation of {what} moved from {old} to {new}"
        )),
        _ => None,
    };
    if let Some(message) = link_change {
        findings.push(Finding::new(Rule::DocUrlChanged, message, location));
    }
    if old.retryable != new.retryable {
        let now = if new.retryable {
            "is now retryable"
        } else {
            "is no longer retryable"
        };
        findings.push(Finding::new(
            Rule::RetryabilityChanged,
            format!("{what} {now}"),
            location,
        ));
    }
}

/// The released code is no entry's code any more: renumbered (its name
/// lives on with another code), retired (reserved), or removed.
fn code_gone(old: &Entry, current: &Taxonomy, findings: &mut Vec<Finding>) {
    let code = old.code;
    let name = &old.facts.name;
    if let Some(new) = current
        .entries
        .iter()
        .find(|entry| entry.facts.name == *name)
    {
        findings.push(
            Finding::new(
                Rule::CodeRenumbered,
                format!("`{name}` was code {code} and is now code {}", new.code),
                new.facts.location,
            )
            .remedy(format!(
                "keep code {code} for `{name}`, and give code {} a variant of its own",
                new.code
            )),
        );
        return;
    }
    if let Some(other) = current.entries.iter().find(|entry| entry.has_code(code)) {
        let now = match other.range {
            Some(_) => format!("in the range {} of", other.written_code()),
            None => "an alternative of".to_owned(),
        };
        findings.push(
            Finding::new(
                Rule::CodeRemoved,
                format!(
                    "code {code} was `{name}` and is now {now} `{}`",
                    other.facts.name
                ),
                other.facts.location,
            )
            .remedy(format!(
                "keep `{name}` for code {code}, or retire both: `#[error_codes(reserved = [{code}, \"{name}\"])]`"
            )),
        );
        return;
    }
    if current
        .reserved
        .iter()
        .any(|reserved| reserved.covers_code(code))
    {
        findings.push(Finding::new(
            Rule::CodeRetired,
            format!("code {code} (`{name}`) was removed and is reserved"),
            None,
        ));
        return;
    }
    findings.push(
        Finding::new(
            Rule::CodeRemoved,
            format!("code {code} (`{name}`) was removed without being reserved"),
            None,
        )
        .remedy(format!(
            "keep it, or reserve it: `#[error_codes(reserved = [{code}])]`"
        )),
    );
}

/// A code, alternative, name or alias that the released version retired
/// must not come back: an app written against that release treats it as
/// meaning nothing, or what it used to mean.
fn retired_reused(new: &Entry, released: &Taxonomy, findings: &mut Vec<Finding>) {
    for code in new.codes() {
        if let Some(reserved) = released.reserved.iter().find(|r| r.covers_code(code)) {
            findings.push(
                Finding::new(
                    Rule::RetiredReused,
                    format!(
                        "code {code} (`{}`) was retired by the release (`reserved = [{reserved}]`)",
                        new.facts.name
                    ),
                    new.facts.location,
                )
                .remedy("give the variant a code that was never used".to_owned()),
            );
        }
    }
    for name in new.names() {
        if released.reserved.iter().any(|r| r.covers_name(name)) {
            findings.push(
                Finding::new(
                    Rule::RetiredReused,
                    format!(
                        "the name `{name}` (code {}) was retired by the release",
                        new.code
                    ),
                    new.facts.location,
                )
                .remedy("give the variant a name that was never used".to_owned()),
            );
        }
    }
}

/// A released catch-all must stay: without it, `from_code` answers
/// "unknown" where it kept the code, on every platform.
fn catch_all_removed(released: &Taxonomy, current: &Taxonomy, findings: &mut Vec<Finding>) {
    let (Some(old), None) = (&released.catch_all, &current.catch_all) else {
        return;
    };
    let code_type = current.code_type;
    findings.push(
        Finding::new(
            Rule::CatchAllRemoved,
            format!(
                "the catch-all `{}` was removed: codes `{}` does not declare no longer decode",
                old.name, current.name
            ),
            None,
        )
        .remedy(format!(
            "keep a variant that keeps them, as `#[code(catch_all)] Other({code_type})`"
        )),
    );
}

/// A released reservation must stay: a retired code or name made usable
/// again could come back with another meaning.
/// A message's values are a contract: callers build the error with them,
/// and translations place them by position, so one added, removed,
/// retyped or moved is breaking; the same values in other words are a
/// note.
fn message_changes(what: &str, old: &Facts, new: &Facts, findings: &mut Vec<Finding>) {
    let parameters = |facts: &Facts| {
        facts
            .message
            .as_ref()
            .map(|message| {
                message
                    .parameters
                    .iter()
                    .map(|parameter| format!("{}: {}", parameter.name, parameter.ty.name()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let (before, after) = (parameters(old), parameters(new));
    if before != after {
        let list = |values: &[String]| {
            if values.is_empty() {
                "none".to_owned()
            } else {
                values
                    .iter()
                    .map(|value| format!("`{value}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        findings.push(
            Finding::new(
                Rule::MessageValuesChanged,
                format!(
                    "the values of the message of {what} changed from {} to {}",
                    list(&before),
                    list(&after)
                ),
                new.location,
            )
            .remedy(format!(
                "keep them, in that order: {}",
                old.message
                    .as_ref()
                    .map_or_else(String::new, |message| format!("`{}`", message.template))
            )),
        );
        return;
    }
    let (old_template, new_template) = (
        old.message.as_ref().map(|message| &message.template),
        new.message.as_ref().map(|message| &message.template),
    );
    // A message from `#[code]`'s reasons is reworded there, and noted as
    // such; thiserror's string is not among the reasons.
    if old_template != new_template && old.reasons == new.reasons {
        findings.push(Finding::new(
            Rule::Reworded,
            format!("the message of {what} changed"),
            new.location,
        ));
    }
}

/// A section's range of codes guards where its next code goes: a change
/// breaks no app, and is noted.
fn ranges_changed(released: &Taxonomy, current: &Taxonomy, findings: &mut Vec<Finding>) {
    for old in &released.ranges {
        let message = match current.range_of(&old.section) {
            Some(new) if new == old => continue,
            Some(new) => format!(
                "the range of the section `{}` changed from `{old}` to `{new}`",
                old.section
            ),
            None => format!(
                "the section `{}` no longer has a range (it had `{old}`)",
                old.section
            ),
        };
        findings.push(Finding::new(Rule::RangeChanged, message, None));
    }
    for new in &current.ranges {
        if released.range_of(&new.section).is_none() {
            findings.push(Finding::new(
                Rule::RangeChanged,
                format!("the section `{}` has a range, `{new}`", new.section),
                None,
            ));
        }
    }
}

fn reservations_removed(released: &Taxonomy, current: &Taxonomy, findings: &mut Vec<Finding>) {
    for reservation in &released.reserved {
        let kept = match reservation {
            Reserved::Name(name) => current.reserved.iter().any(|r| r.covers_name(name)),
            Reserved::Code(code) => current.reserved.iter().any(|r| r.covers_code(*code)),
            Reserved::Range(start, end) => covered(&current.reserved, *start, *end),
        };
        // What is used again is reported as such (`RETIRED_REUSED`).
        let reused = current.entries.iter().any(|entry| {
            entry.codes().any(|code| reservation.covers_code(code))
                || entry.names().any(|name| reservation.covers_name(name))
        });
        if !kept && !reused {
            findings.push(
                Finding::new(
                    Rule::ReservationRemoved,
                    format!(
                        "`{reservation}` is no longer reserved: what the release retired may be used again"
                    ),
                    None,
                )
                .remedy(format!(
                    "keep it: `#[error_codes(reserved = [{reservation}])]`"
                )),
            );
        }
    }
}

/// Whether the codes and ranges of `reserved` retire every code from
/// `start` to `end`.
fn covered(reserved: &[Reserved], start: i128, end: i128) -> bool {
    let mut ranges: Vec<(i128, i128)> = reserved
        .iter()
        .filter_map(|reserved| match *reserved {
            Reserved::Code(code) => Some((code, code)),
            Reserved::Range(start, end) => Some((start, end)),
            Reserved::Name(_) => None,
        })
        .collect();
    ranges.sort_unstable();
    let mut next = start;
    for (from, to) in ranges {
        if from > next {
            break;
        }
        if to >= next {
            if to >= end {
                return true;
            }
            next = to + 1;
        }
    }
    false
}

/// The findings as lines, `path` naming the current taxonomy's file when it
/// was read from one.
pub fn render(findings: &[Finding], path: Option<&str>, style: Style) -> String {
    let mut out = String::new();
    for finding in findings {
        match style {
            Style::Text => {
                let _ = writeln!(out, "{}", TextLine { finding, path });
            }
            Style::GitHub => {
                let command = workflow_command(&Annotation {
                    level: match finding.severity() {
                        Severity::Breaking => "error",
                        Severity::Note => "notice",
                    },
                    file: path,
                    line: finding.location.map(|location| location.line),
                    column: finding.location.map(|location| location.column),
                    title: Some(finding.rule.id()),
                    message: &finding.text(),
                });
                let _ = writeln!(out, "{command}");
            }
        }
    }
    out
}

struct TextLine<'a> {
    finding: &'a Finding,
    path: Option<&'a str>,
}

impl fmt::Display for TextLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let finding = self.finding;
        match (self.path, finding.location) {
            (Some(path), Some(location)) => write!(f, "{path}:{location}: ")?,
            (Some(path), None) => write!(f, "{path}: ")?,
            _ => {}
        }
        let severity = match finding.severity() {
            Severity::Breaking => "breaking",
            Severity::Note => "note",
        };
        write!(f, "{severity}[{}]: {}", finding.rule.id(), finding.text())
    }
}

/// Whether any finding fails the check.
pub fn is_breaking(findings: &[Finding]) -> bool {
    findings
        .iter()
        .any(|finding| finding.severity() == Severity::Breaking)
}

/// A short count for the last line: `2 breaking changes, 1 note`.
pub fn summary(findings: &[Finding]) -> String {
    let breaking = findings
        .iter()
        .filter(|finding| finding.severity() == Severity::Breaking)
        .count();
    let notes = findings.len() - breaking;
    let plural = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{}, {}",
        plural(breaking, "breaking change", "breaking changes"),
        plural(notes, "note", "notes")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::{CodeType, Deprecation, SectionRange};

    fn entry(code: i128, name: &str) -> Entry {
        Entry::new(name, code, name)
    }

    #[test]
    fn a_narrowed_range_is_breaking_and_a_wider_one_a_note() {
        let crypto = |start, end| Entry::range("Crypto", start, end, "CRYPTO_ERROR");
        let released = taxonomy(vec![entry(1, "a"), crypto(0x0100, 0x01ff)]);
        let same = compare(&released, &released.clone());
        assert!(same.is_empty(), "{same:?}");
        for (narrower, expected) in [
            (
                crypto(0x0100, 0x01fe),
                "`CRYPTO_ERROR` was codes 256..=511 and is now 256..=510: the codes left out no longer decode to it",
            ),
            (
                crypto(0x0101, 0x01ff),
                "`CRYPTO_ERROR` was codes 256..=511 and is now 257..=511: the codes left out no longer decode to it",
            ),
            (
                entry(0x0100, "CRYPTO_ERROR"),
                "`CRYPTO_ERROR` was codes 256..=511 and is now 256: the codes left out no longer decode to it",
            ),
        ] {
            let findings = compare(&released, &taxonomy(vec![entry(1, "a"), narrower]));
            assert_eq!(rules(&findings), [Rule::CodeRangeNarrowed], "{findings:?}");
            assert_eq!(findings[0].message, expected);
            assert!(is_breaking(&findings));
        }
        for wider in [crypto(0x0100, 0x02ff), crypto(0x00ff, 0x01ff)] {
            let findings = compare(&released, &taxonomy(vec![entry(1, "a"), wider]));
            assert_eq!(rules(&findings), [Rule::CodeRangeWidened], "{findings:?}");
            assert!(!is_breaking(&findings));
        }
        // A single code that becomes a range only adds codes.
        let single = taxonomy(vec![entry(1, "a"), entry(0x0100, "CRYPTO_ERROR")]);
        assert_eq!(
            rules(&compare(&single, &released)),
            [Rule::CodeRangeWidened]
        );
        // Gone, the range's codes no longer decode at all.
        let gone = compare(&released, &taxonomy(vec![entry(1, "a")]));
        assert_eq!(rules(&gone), [Rule::CodeRemoved]);
    }

    fn taxonomy(entries: Vec<Entry>) -> Taxonomy {
        let mut taxonomy = Taxonomy::new("E", CodeType::I32);
        taxonomy.entries = entries;
        taxonomy
    }

    fn rules(findings: &[Finding]) -> Vec<Rule> {
        findings.iter().map(|finding| finding.rule).collect()
    }

    #[test]
    fn the_same_taxonomy_has_no_finding() {
        let released = taxonomy(vec![entry(1, "a"), entry(2, "b")]);
        assert!(compare(&released, &released).is_empty());
    }

    #[test]
    fn a_removed_code_is_breaking_unless_reserved() {
        let released = taxonomy(vec![entry(1, "a"), entry(2, "b")]);
        let mut current = taxonomy(vec![entry(1, "a")]);
        let findings = compare(&released, &current);
        assert_eq!(rules(&findings), [Rule::CodeRemoved]);
        assert_eq!(
            findings[0].remedy.as_deref(),
            Some("keep it, or reserve it: `#[error_codes(reserved = [2])]`")
        );
        current.reserved.push(Reserved::Range(2, 9));
        assert_eq!(rules(&compare(&released, &current)), [Rule::CodeRetired]);
    }

    #[test]
    fn renumbering_and_renaming_are_breaking() {
        let released = taxonomy(vec![entry(1, "a"), entry(2, "b")]);
        let current = taxonomy(vec![entry(1, "renamed"), entry(3, "b")]);
        let findings = compare(&released, &current);
        assert_eq!(rules(&findings), [Rule::NameChanged, Rule::CodeRenumbered]);
        assert_eq!(findings[1].message, "`b` was code 2 and is now code 3");
    }

    #[test]
    fn a_code_that_became_an_alternative_is_breaking() {
        let released = taxonomy(vec![entry(1, "a"), entry(13, "b")]);
        let mut merged = entry(1, "a");
        merged.alternatives.push(13);
        let findings = compare(&released, &taxonomy(vec![merged]));
        assert_eq!(rules(&findings), [Rule::CodeRemoved]);
        assert!(findings[0].message.contains("is now an alternative of `a`"));
    }

    #[test]
    fn removed_aliases_and_alternatives_are_breaking() {
        let mut old = entry(1, "a");
        old.aliases.push("alpha".to_owned());
        old.alternatives.push(11);
        let released = taxonomy(vec![old]);
        let findings = compare(&released, &taxonomy(vec![entry(1, "a")]));
        assert_eq!(
            rules(&findings),
            [Rule::AliasRemoved, Rule::AlternativeRemoved]
        );
    }

    #[test]
    fn reusing_what_the_release_retired_is_breaking() {
        let mut released = taxonomy(vec![entry(1, "a")]);
        released.reserved = vec![Reserved::Code(7), Reserved::Name("old".to_owned())];
        let mut reused = entry(7, "new");
        reused.aliases.push("old".to_owned());
        let findings = compare(&released, &taxonomy(vec![entry(1, "a"), reused]));
        assert_eq!(rules(&findings), [Rule::RetiredReused, Rule::RetiredReused]);
    }

    #[test]
    fn a_removed_catch_all_is_breaking() {
        let mut released = taxonomy(vec![entry(1, "a")]);
        released.catch_all = Some(Facts::new("Other", "OTHER"));
        let findings = compare(&released, &taxonomy(vec![entry(1, "a")]));
        assert_eq!(rules(&findings), [Rule::CatchAllRemoved]);
        assert_eq!(
            findings[0].text(),
            "the catch-all `OTHER` was removed: codes `E` does not declare no longer decode; keep a variant that keeps them, as `#[code(catch_all)] Other(i32)`"
        );
        assert!(compare(&released, &released).is_empty());
    }

    #[test]
    fn a_removed_reservation_is_breaking() {
        let mut released = taxonomy(vec![entry(1, "a")]);
        released.reserved = vec![
            Reserved::Code(7),
            Reserved::Range(100, 199),
            Reserved::Name("old".to_owned()),
        ];
        let mut current = taxonomy(vec![entry(1, "a")]);
        // Kept as other reservations that cover it: no finding.
        current.reserved = vec![
            Reserved::Range(5, 9),
            Reserved::Range(100, 149),
            Reserved::Range(150, 200),
            Reserved::Name("old".to_owned()),
        ];
        assert!(compare(&released, &current).is_empty());
        current.reserved = vec![Reserved::Range(100, 198)];
        let findings = compare(&released, &current);
        assert_eq!(
            rules(&findings),
            [
                Rule::ReservationRemoved,
                Rule::ReservationRemoved,
                Rule::ReservationRemoved
            ]
        );
        assert_eq!(
            findings[1].text(),
            "`100..=199` is no longer reserved: what the release retired may be used again; keep it: `#[error_codes(reserved = [100..=199])]`"
        );
    }

    #[test]
    fn a_messages_values_are_a_contract_and_its_words_a_note() {
        use error_codes_model::template::{Message, Parameter, ParameterType};
        let message = |template: &str, parameters: &[(&str, ParameterType)]| {
            Some(Message {
                template: template.to_owned(),
                parameters: parameters
                    .iter()
                    .map(|&(name, ty)| Parameter {
                        name: name.to_owned(),
                        ty,
                    })
                    .collect(),
            })
        };
        let mut old = entry(206, "roomFull");
        old.facts.message = message(
            "Room {room} is full ({count})",
            &[
                ("room", ParameterType::String),
                ("count", ParameterType::Uint),
            ],
        );
        let released = taxonomy(vec![old.clone()]);
        let mut reworded = old.clone();
        reworded.facts.message = message(
            "The room {room} has {count} in it",
            &[
                ("room", ParameterType::String),
                ("count", ParameterType::Uint),
            ],
        );
        let findings = compare(&released, &taxonomy(vec![reworded]));
        assert_eq!(rules(&findings), [Rule::Reworded]);
        for parameters in [
            &[("room", ParameterType::String)][..],
            &[
                ("room", ParameterType::String),
                ("count", ParameterType::Int),
            ],
            &[
                ("count", ParameterType::Uint),
                ("room", ParameterType::String),
            ],
            &[],
        ] {
            let mut changed = old.clone();
            changed.facts.message = message("Room", parameters);
            let findings = compare(&released, &taxonomy(vec![changed]));
            assert_eq!(
                rules(&findings),
                [Rule::MessageValuesChanged],
                "{parameters:?}"
            );
            assert!(is_breaking(&findings));
        }
        let mut retyped = old;
        retyped.facts.message = message(
            "Room {room} is full ({count})",
            &[
                ("room", ParameterType::String),
                ("count", ParameterType::Int),
            ],
        );
        assert_eq!(
            compare(&released, &taxonomy(vec![retyped]))[0].text(),
            "the values of the message of code 206 (`roomFull`) changed from `room: string`, `count: uint` to `room: string`, `count: int`; keep them, in that order: `Room {room} is full ({count})`"
        );
    }

    #[test]
    fn a_changed_range_is_a_note() {
        let range = |section: &str, start, end| SectionRange {
            section: section.to_owned(),
            start,
            end,
        };
        let mut released = taxonomy(vec![entry(1, "a")]);
        released.ranges = vec![range("Session", 200, 299), range("Media", 300, 399)];
        let mut current = released.clone();
        assert!(compare(&released, &current).is_empty());
        current.ranges = vec![range("Session", 200, 249), range("Socket", 1100, 1199)];
        let findings = compare(&released, &current);
        let texts: Vec<String> = findings.iter().map(Finding::text).collect();
        assert_eq!(
            texts,
            [
                "the range of the section `Session` changed from `200..=299` to `200..=249`",
                "the section `Media` no longer has a range (it had `300..=399`)",
                "the section `Socket` has a range, `1100..=1199`"
            ]
        );
        assert!(!is_breaking(&findings));
    }

    #[test]
    fn the_catch_alls_documentation_is_compared_as_a_codes() {
        let mut released = taxonomy(vec![entry(1, "a")]);
        released.catch_all = Some(Facts::new("Other", "OTHER"));
        let mut current = released.clone();
        let catch_all = current.catch_all.as_mut().unwrap();
        catch_all
            .reasons
            .push("A code this client does not know".to_owned());
        catch_all.retryable = true;
        let findings = compare(&released, &current);
        assert_eq!(
            rules(&findings),
            [Rule::Reworded, Rule::RetryabilityChanged]
        );
        assert_eq!(
            findings[0].text(),
            "the reasons of the catch-all `OTHER` changed"
        );
    }

    #[test]
    fn additions_and_rewordings_are_notes() {
        let released = taxonomy(vec![entry(1, "a")]);
        let mut reworded = entry(1, "a");
        reworded.facts.reasons.push("Now documented".to_owned());
        reworded.deprecated = Some(Deprecation::with_note("use b"));
        let findings = compare(&released, &taxonomy(vec![reworded, entry(2, "b")]));
        assert_eq!(
            rules(&findings),
            [Rule::Reworded, Rule::DeprecationChanged, Rule::CodeAdded]
        );
        assert!(!is_breaking(&findings));
        assert_eq!(summary(&findings), "0 breaking changes, 3 notes");
    }

    #[test]
    fn changed_links_and_retryability_are_notes() {
        let mut old = entry(1, "a");
        old.facts.doc_url = Some("https://docs.example.com/a".to_owned());
        let mut released = taxonomy(vec![old, entry(2, "b"), entry(3, "c")]);
        released.catch_all = Some(Facts::new("Other", "OTHER"));
        let mut moved = entry(1, "a");
        moved.facts.doc_url = Some("https://docs.example.com/errors#1".to_owned());
        let mut linked = entry(2, "b");
        linked.facts.doc_url = Some("https://docs.example.com/errors#2".to_owned());
        linked.facts.retryable = true;
        let mut current = taxonomy(vec![moved, linked, entry(3, "c")]);
        let mut other = Facts::new("Other", "OTHER");
        other.retryable = true;
        current.catch_all = Some(other);
        let findings = compare(&released, &current);
        let lines: Vec<String> = findings.iter().map(Finding::text).collect();
        assert_eq!(
            lines,
            [
                "the documentation of code 1 (`a`) moved from https://docs.example.com/a to https://docs.example.com/errors#1",
                "code 2 (`b`) is now documented at https://docs.example.com/errors#2",
                "code 2 (`b`) is now retryable",
                "the catch-all `OTHER` is now retryable",
            ]
        );
        assert_eq!(
            rules(&findings),
            [
                Rule::DocUrlChanged,
                Rule::DocUrlChanged,
                Rule::RetryabilityChanged,
                Rule::RetryabilityChanged
            ]
        );
        assert!(!is_breaking(&findings));
        // And back: the link gone, retrying no longer advised.
        let back = compare(&current, &released);
        let lines: Vec<String> = back.iter().map(Finding::text).collect();
        assert!(lines.contains(
            &"code 2 (`b`) is no longer documented at https://docs.example.com/errors#2".to_owned()
        ));
        assert!(lines.contains(&"code 2 (`b`) is no longer retryable".to_owned()));
    }

    #[test]
    fn lines_name_the_place_and_the_remedy() {
        let released = taxonomy(vec![entry(104, "existingUserInSession")]);
        let mut renamed = entry(104, "userExists");
        renamed.facts.location = Some(Location {
            line: 42,
            column: 5,
        });
        let findings = compare(&released, &taxonomy(vec![renamed]));
        assert_eq!(
            render(&findings, Some("src/lib.rs"), Style::Text),
            "src/lib.rs:42:5: breaking[NAME_CHANGED]: the name of code 104 changed from `existingUserInSession` to `userExists`; keep it: `name = \"existingUserInSession\"`\n"
        );
        assert_eq!(
            render(&findings, Some("src/lib.rs"), Style::GitHub),
            "::error file=src/lib.rs,line=42,col=5,title=NAME_CHANGED::the name of code 104 changed from `existingUserInSession` to `userExists`; keep it: `name = \"existingUserInSession\"`\n"
        );
    }
}
