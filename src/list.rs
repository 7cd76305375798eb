use error_codes::ErrorCode;
use std::fmt::Write as _;

/// Every code under its section heading, sections in the document's order,
/// with its reasons (blank where the document gives none).
pub fn render() -> String {
    let name_width = ErrorCode::ALL
        .iter()
        .map(|code| code.name().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let mut section = None;
    for code in ErrorCode::ALL {
        if section != Some(code.category()) {
            if section.is_some() {
                out.push('\n');
            }
            let _ = writeln!(out, "{}", code.category().unwrap_or("(no section)"));
            section = Some(code.category());
        }
        let _ = writeln!(
            out,
            "  {:>5}  {:<name_width$}  {}",
            code.code(),
            code.name(),
            code.reasons().join("; ")
        );
    }
    out
}
