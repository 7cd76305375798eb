//! `nserror list`: every code under its section heading, sections in
//! declaration order, with its reasons (blank where none is documented).

use crate::export::escape::one_line;
use error_codes_model::Taxonomy;
use std::fmt::Write as _;

pub fn render(taxonomy: &Taxonomy) -> String {
    let name_width = taxonomy
        .entries
        .iter()
        .map(|entry| entry.name.chars().count())
        .max()
        .unwrap_or(0);
    let code_width = taxonomy
        .entries
        .iter()
        .map(|entry| entry.code.to_string().len())
        .max()
        .unwrap_or(0)
        .max(5);
    let mut out = String::new();
    for (number, section) in taxonomy.sections().iter().enumerate() {
        if number > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", section.category.unwrap_or("(no section)"));
        for &(_, entry) in &section.entries {
            // One line per code, whatever a reason holds.
            let mut reasons = one_line(&entry.documented_reasons().unwrap_or_default());
            if entry.deprecated.is_some() {
                reasons = format!("(deprecated) {reasons}").trim_end().to_owned();
            }
            let _ = writeln!(
                out,
                "  {:>code_width$}  {:<name_width$}  {reasons}",
                entry.code, entry.name
            );
        }
    }
    out
}
