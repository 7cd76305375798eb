//! The web SDK's side: a numeric enum and a description for every member,
//! typed so that the compiler rejects a map that misses one.

use super::escape::{Syntax, quoted};
use super::source::{header, members};

pub fn render() -> String {
    let header = header("typescript");
    let enum_members = members("  ", |code| format!("{} = {},", code.name(), code.code()));
    let descriptions = members("  ", |code| {
        format!(
            "[ErrorCode.{}]: {},",
            code.name(),
            // JSON's string escapes are valid TypeScript.
            quoted(code.description(), Syntax::CFamily)
        )
    });
    format!(
        r#"{header}
/** The SDK's error codes. */
export enum ErrorCode {{
{enum_members}}}

/**
 * Every code's message: its documented reasons joined with "; ", or its name
 * when none is documented.
 */
export const errorDescriptions: Readonly<Record<ErrorCode, string>> = {{
{descriptions}}};
"#
    )
}
