//! `error-codes export --format json`, read back with `serde_json`.

mod common;

use common::cli::export;
use error_codes::ErrorCode;
use serde_json::{Value, json};

const KEYS: [&str; 5] = ["code", "name", "category", "reasons", "description"];

fn json() -> String {
    export(&["--format", "json"])
}

#[test]
fn every_code_in_declaration_order_with_every_field() {
    let exported: Value = serde_json::from_str(&json()).expect("the export is JSON");
    assert_eq!(
        (
            &exported["version"],
            &exported["enum"],
            &exported["codeType"]
        ),
        (&json!(1), &json!("ErrorCode"), &json!("i32"))
    );
    // No catch-all, nothing reserved: neither key.
    assert_eq!(exported.as_object().expect("an object").len(), 4);
    let objects = exported["entries"].as_array().expect("an array");
    assert_eq!(objects.len(), ErrorCode::COUNT);
    for (code, object) in ErrorCode::ALL.iter().zip(objects) {
        let expected = json!({
            "code": code.code(),
            "name": code.name(),
            "category": code.category(),
            "reasons": code.reasons(),
            "description": code.description(),
        });
        assert_eq!(object, &expected);
    }
}

#[test]
fn keys_come_in_schema_order() {
    // serde_json's `Value` sorts keys, so the order is read from the text.
    let exported = json();
    let keys: Vec<&str> = exported
        .lines()
        .filter_map(|line| line.strip_prefix("      \""))
        .filter_map(|line| line.split('"').next())
        .collect();
    assert_eq!(keys.len(), KEYS.len() * ErrorCode::COUNT);
    let top: Vec<&str> = exported
        .lines()
        .filter_map(|line| line.strip_prefix("  \""))
        .filter_map(|line| line.split('"').next())
        .collect();
    assert_eq!(top, ["version", "enum", "codeType", "entries"]);
    for object in keys.chunks(KEYS.len()) {
        assert_eq!(object, KEYS);
    }
}
