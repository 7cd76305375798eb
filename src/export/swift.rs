//! The iOS SDK's side: an enum with integer raw values that bridges to
//! `NSError` (`CustomNSError`) with the taxonomy's descriptions
//! (`LocalizedError`). Raw values are `Int` for a signed code type and
//! `UInt` for an unsigned one, both 64 bits wide on every Apple platform,
//! so any code fits.

use super::Document;
use super::escape::{Syntax, quoted};
use super::generated::{deprecation_text, every_code, header, members};
use super::identifiers::{swift_case, unique};
use std::fmt::Write as _;

/// `domain` is the `NSError` domain; the enum's name without one, which is
/// what Swift itself uses for an error type outside any module.
pub fn render(document: &Document, domain: Option<&str>) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let name = &taxonomy.name;
    let case_of = unique(document, "Swift", swift_case)?;
    let header = header("swift", document);
    let cases = members(document, "    ", |index, entry| {
        let case = format!("case {} = {}", case_of[index], entry.code);
        match deprecation_text(entry) {
            Some(text) => format!(
                "@available(*, deprecated, message: {})\n    {case}",
                quoted(&text, Syntax::Swift)
            ),
            None => case,
        }
    });
    let domain = quoted(domain.unwrap_or(name), Syntax::Swift);
    let raw_type = if taxonomy.code_type.is_signed() {
        "Int"
    } else {
        "UInt"
    };
    let error_code = if taxonomy.code_type.is_signed() {
        "rawValue"
    } else {
        // `NSError` codes are `Int`: the bits are kept.
        "Int(truncatingIfNeeded: rawValue)"
    };
    let mut descriptions = String::new();
    for (index, entry) in taxonomy.entries.iter().enumerate() {
        let description = quoted(&entry.description(), Syntax::Swift);
        let _ = writeln!(
            descriptions,
            "        case .{}: return {description}",
            case_of[index]
        );
    }
    let alternatives = alternatives(document, &case_of, raw_type);
    Ok(format!(
        r#"{header}
import Foundation

/// The SDK's error codes. As an `NSError`: the domain `errorDomain`, the code
/// `rawValue`, the message `errorDescription`.
public enum {name}: {raw_type}, CustomNSError, LocalizedError {{
{cases}
    public static var errorDomain: String {{ {domain} }}

    public var errorCode: Int {{ {error_code} }}
{alternatives}
    /// The documented reasons joined with "; ", or the name when none is
    /// documented.
    public var errorDescription: String? {{
        switch self {{
{descriptions}        }}
    }}
}}
"#
    ))
}

/// `init?(code:)`, which also takes the alternative codes, when some
/// entry has them; `init?(rawValue:)` takes each case's own code.
fn alternatives(document: &Document, case_of: &[String], raw_type: &str) -> String {
    let taxonomy = &document.taxonomy;
    if taxonomy
        .entries
        .iter()
        .all(|entry| entry.alternatives.is_empty())
    {
        return String::new();
    }
    let mut cases = String::new();
    for (code, index) in every_code(document) {
        if code != taxonomy.entries[index].code {
            let _ = writeln!(cases, "        case {code}: self = .{}", case_of[index]);
        }
    }
    format!(
        r"
    /// The case with this code, its alternative codes included; `nil` for a
    /// code this build does not know.
    public init?(code: {raw_type}) {{
        switch code {{
{cases}        default: self.init(rawValue: code)
        }}
    }}
"
    )
}
