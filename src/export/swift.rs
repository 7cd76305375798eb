//! The iOS SDK's side: an enum with `Int` raw values that bridges to
//! `NSError` (`CustomNSError`) with the taxonomy's descriptions
//! (`LocalizedError`).

use super::escape::{Syntax, quoted};
use super::source::{header, members};
use error_codes::ErrorCode;

/// The domain when `--domain` is not given: the type's own name, which is
/// what Swift itself would use for an error type outside any module.
pub const DEFAULT_DOMAIN: &str = "ErrorCode";

pub fn render(domain: &str) -> String {
    let header = header("swift");
    let cases = members("    ", |code| {
        format!("case {} = {}", code.name(), code.code())
    });
    let domain = quoted(domain, Syntax::Swift);
    let descriptions: String = ErrorCode::ALL
        .iter()
        .map(|code| {
            let description = quoted(code.description(), Syntax::Swift);
            format!("        case .{}: return {description}\n", code.name())
        })
        .collect();
    format!(
        r#"{header}
import Foundation

/// The SDK's error codes. As an `NSError`: the domain `errorDomain`, the code
/// `rawValue`, the message `errorDescription`.
public enum ErrorCode: Int, CustomNSError, LocalizedError {{
{cases}
    public static var errorDomain: String {{ {domain} }}

    public var errorCode: Int {{ rawValue }}

    /// The documented reasons joined with "; ", or the name when none is
    /// documented.
    public var errorDescription: String? {{
        switch self {{
{descriptions}        }}
    }}
}}
"#
    )
}
