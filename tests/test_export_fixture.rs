//! The fixture SDK (`tests/fixtures/other-sdk`) in the formats that are
//! checked by reading them back: JSON with everything the taxonomy has,
//! Markdown with its alternatives, aliases, deprecations, catch-all and
//! reservations. (Swift, Kotlin, Java and TypeScript are compiled or parsed
//! in their own tests.)

mod common;

use common::cli::export_session;
use serde_json::{Value, json};

#[test]
fn json_carries_aliases_alternatives_deprecations_reservations_and_exact_codes() {
    let exported: Value =
        serde_json::from_str(&export_session(&["--format", "json"])).expect("JSON");
    assert_eq!(exported["version"], 1);
    assert_eq!(exported["enum"], "SessionError");
    assert_eq!(exported["codeType"], "u64");
    let elements = exported["entries"].as_array().expect("an array");
    assert_eq!(elements.len(), 7, "seven codes");
    assert_eq!(
        elements[0],
        json!({
            "code": 1,
            "name": "CONNECTION_LOST",
            "category": "Network",
            "reasons": ["The network went away", "The server stopped answering"],
            "description": "The network went away; The server stopped answering",
            "aliases": ["CONNECTION_DROPPED"],
            "alternatives": [11],
        })
    );
    assert_eq!(
        elements[3]["deprecated"],
        json!({"since": "2.0.0", "note": "the server no longer sends it"})
    );
    assert_eq!(elements[4]["deprecated"], json!({}));
    assert!(elements[1].get("deprecated").is_none() && elements[1].get("aliases").is_none());
    assert_eq!(elements[5]["code"].as_u64(), Some(9_007_199_254_740_993));
    assert_eq!(elements[6]["code"].as_u64(), Some(u64::MAX));
    assert_eq!(elements[6]["category"], Value::Null);
    assert_eq!(
        exported["catchAll"],
        json!({
            "name": "OTHER",
            "category": null,
            "reasons": ["A code this SDK does not know"],
            "description": "A code this SDK does not know",
        })
    );
    assert_eq!(
        exported["reserved"],
        json!({"codes": [7], "ranges": [[100, 199]], "names": ["SESSION_PAUSED"]})
    );
}

#[test]
fn markdown_shows_what_else_each_code_has() {
    let page = export_session(&["--format", "markdown"]);
    assert!(
        page.starts_with("# SessionError\n\n## Network <a href=\"#network\" id=\"network\"></a>\n")
    );
    assert!(page.contains("| 1 (also 11) | CONNECTION_LOST (also CONNECTION_DROPPED) |"));
    assert!(page.contains("| *Deprecated since 2.0.0: the server no longer sends it* It's full: 100% of the seats are taken &amp; &lt;none&gt; is left |"));
    assert!(page.contains("\nAny other code is `OTHER`: A code this SDK does not know.\n"));
    assert!(page.ends_with(
        "Retired for good, never to be used again: `7`, `100..=199`, `\"SESSION_PAUSED\"`.\n"
    ));
    let titled = export_session(&["--format", "markdown", "--title", "Session errors"]);
    assert!(titled.starts_with("# Session errors\n"));
}
