//! The taxonomy as JSON for other SDKs' code generators: an array of
//! `{code, name, category, reasons, description}` in declaration order,
//! indented by two spaces as `serde_json`'s pretty printer does.

use super::escape::{Syntax, quoted};
use error_codes::ErrorCode;
use std::fmt::Write as _;

pub fn render() -> String {
    let objects: Vec<String> = ErrorCode::ALL.iter().map(|&code| object(code)).collect();
    format!("[\n{}\n]\n", objects.join(",\n"))
}

fn object(code: ErrorCode) -> String {
    let category = code.category().map_or_else(|| "null".to_owned(), string);
    let mut object = String::from("  {\n");
    let _ = writeln!(object, "    \"code\": {},", code.code());
    let _ = writeln!(object, "    \"name\": {},", string(code.name()));
    let _ = writeln!(object, "    \"category\": {category},");
    let _ = writeln!(object, "    \"reasons\": {},", reasons(code.reasons()));
    let _ = writeln!(
        object,
        "    \"description\": {}",
        string(code.description())
    );
    object.push_str("  }");
    object
}

fn reasons(reasons: &[&str]) -> String {
    if reasons.is_empty() {
        return "[]".to_owned();
    }
    let items: Vec<String> = reasons
        .iter()
        .map(|reason| format!("      {}", string(reason)))
        .collect();
    format!("[\n{}\n    ]", items.join(",\n"))
}

fn string(text: &str) -> String {
    quoted(text, Syntax::CFamily)
}
