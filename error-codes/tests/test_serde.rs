//! The `serde` feature: `NSError` as the signalling server's object,
//! `ErrorCode` as its integer, bad input as an error and never a panic.
//! Run with `cargo test -p error-codes --features serde`.
#![cfg(feature = "serde")]

use error_codes::{ErrorCode, NSError};
use error_macros::ErrorCodes;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

fn ns_error(json: &str) -> Result<NSError, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

fn error_code(json: &str) -> Result<ErrorCode, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

/// Asserts that `json` is not an `NSError`, with a message that says why.
fn assert_ns_error_fails(json: &str, expected: &str) {
    match ns_error(json) {
        Ok(value) => panic!("{json} parsed as {value:?}"),
        Err(message) => assert!(message.contains(expected), "{json}: {message}"),
    }
}

#[test]
fn ns_error_is_the_servers_object() {
    let error = NSError::new(104, "Name \"alice\" is taken");
    assert_eq!(
        serde_json::to_string(&error).unwrap(),
        r#"{"code":104,"localizedDescription":"Name \"alice\" is taken"}"#
    );
    assert_eq!(
        ns_error(r#"{"code":104,"localizedDescription":"Name \"alice\" is taken"}"#),
        Ok(error)
    );
}

#[test]
fn ns_error_fields_in_any_order_and_with_whitespace() {
    assert_eq!(
        ns_error("{ \"localizedDescription\" : \"x\" ,\n \"code\" : -1 }"),
        Ok(NSError::new(-1, "x"))
    );
}

#[test]
fn every_taxonomy_code_round_trips_as_ns_error() {
    for &code in ErrorCode::ALL {
        let error = NSError::from(code);
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(ns_error(&json), Ok(error), "{json}");
    }
}

#[test]
fn ns_error_keeps_an_unknown_code() {
    let error = ns_error(r#"{"code":4242,"localizedDescription":"From a newer server"}"#).unwrap();
    assert_eq!(error.code, 4242);
    assert_eq!(error.error_code(), None);
    assert_eq!(error.localized_description, "From a newer server");
}

#[test]
fn ns_error_accepts_the_whole_i32_range() {
    for code in [i32::MIN, -1, 0, i32::MAX] {
        let json = format!(r#"{{"code":{code},"localizedDescription":""}}"#);
        assert_eq!(ns_error(&json), Ok(NSError::new(code, "")));
    }
}

#[test]
fn ns_error_skips_unknown_fields() {
    // Any JSON value, before, between and after the known fields, nested
    // ones included: a newer server may add any of them.
    let json = r#"{
        "traceId": "abc",
        "code": 206,
        "details": {"limit": 16, "participants": [1, 2, {"code": 1}]},
        "localizedDescription": "Full",
        "retryable": false, "retryAfter": null, "weight": 1.5e3
    }"#;
    assert_eq!(ns_error(json), Ok(NSError::new(206, "Full")));
}

#[test]
fn ns_error_field_names_are_exact() {
    // Other spellings are unknown fields, skipped; the real one is then
    // missing.
    assert_ns_error_fails(
        r#"{"code":1,"localized_description":"x"}"#,
        "missing field `localizedDescription`",
    );
    assert_ns_error_fails(
        r#"{"Code":1,"localizedDescription":"x"}"#,
        "missing field `code`",
    );
}

#[test]
fn ns_error_missing_and_duplicate_fields() {
    for (json, expected) in [
        (r#"{"localizedDescription":"x"}"#, "missing field `code`"),
        (r#"{"code":104}"#, "missing field `localizedDescription`"),
        ("{}", "missing field `code`"),
        (
            r#"{"code":1,"code":2,"localizedDescription":"x"}"#,
            "duplicate field `code`",
        ),
        (
            r#"{"code":1,"localizedDescription":"x","localizedDescription":"y"}"#,
            "duplicate field `localizedDescription`",
        ),
    ] {
        assert_ns_error_fails(json, expected);
    }
}

#[test]
fn ns_error_wrong_types() {
    for (json, expected) in [
        (
            r#"{"code":"104","localizedDescription":"x"}"#,
            "invalid type: string \"104\", expected i32",
        ),
        (
            r#"{"code":104.5,"localizedDescription":"x"}"#,
            "invalid type: floating point",
        ),
        (
            r#"{"code":null,"localizedDescription":"x"}"#,
            "invalid type: null, expected i32",
        ),
        (
            r#"{"code":true,"localizedDescription":"x"}"#,
            "invalid type: boolean",
        ),
        (
            r#"{"code":104,"localizedDescription":7}"#,
            "invalid type: integer `7`, expected a string",
        ),
        (
            r#"{"code":104,"localizedDescription":null}"#,
            "invalid type: null, expected a string",
        ),
        (r#""104""#, "expected an NSError"),
        ("104", "expected an NSError"),
        ("null", "expected an NSError"),
    ] {
        assert_ns_error_fails(json, expected);
    }
}

#[test]
fn ns_error_codes_out_of_range() {
    for code in [
        "1099511627776",
        "2147483648",
        "-2147483649",
        "18446744073709551616",
    ] {
        let json = format!(r#"{{"code":{code},"localizedDescription":"x"}}"#);
        assert_ns_error_fails(&json, "expected i32");
    }
}

#[test]
fn ns_error_malformed_json() {
    for json in [
        "",
        "{",
        r#"{"code":104,"localizedDescription":"x""#,
        r#"{"code":104,"localizedDescription":"x",}"#,
        r#"{"code":104 "localizedDescription":"x"}"#,
        r#"{"code":104,"localizedDescription":"x"} trailing"#,
        r#"{"code":104,"localizedDescription":"\ud800"}"#,
        r#"{code:104,"localizedDescription":"x"}"#,
    ] {
        assert!(ns_error(json).is_err(), "{json:?} parsed");
    }
}

#[test]
fn ns_error_sequence_form() {
    // The compact form that formats without field names use, as serde's
    // derive accepts it; JSON reaches it through an array.
    let error: NSError = serde_json::from_value(json!([104, "x"])).unwrap();
    assert_eq!(error, NSError::new(104, "x"));
    let message = serde_json::from_value::<NSError>(json!([104]))
        .unwrap_err()
        .to_string();
    assert!(message.contains("invalid length 1"), "{message}");
    assert!(serde_json::from_value::<NSError>(json!([])).is_err());
    assert!(serde_json::from_value::<NSError>(json!(["104", "x"])).is_err());
}

#[test]
fn error_code_is_its_integer() {
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.code().to_string());
        assert_eq!(error_code(&json), Ok(code));
    }
}

#[test]
fn error_code_unknown_integer_names_the_code() {
    let message = error_code("4242").unwrap_err();
    assert!(
        message.starts_with("no variant of ErrorCode has code 4242"),
        "{message}"
    );
}

#[test]
fn error_code_rejects_everything_else() {
    for (json, expected) in [
        ("\"104\"", "invalid type: string"),
        ("\"existingUserInSession\"", "invalid type: string"),
        ("104.0", "invalid type: floating point"),
        ("null", "invalid type: null"),
        ("1099511627776", "expected i32"),
        ("[104]", "invalid type: sequence"),
        ("", "EOF"),
    ] {
        let message = error_code(json).unwrap_err();
        assert!(message.contains(expected), "{json}: {message}");
    }
}

/// An `ErrorCode` inside a derived type, as in a server's batch reply.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Batch {
    failed: Vec<ErrorCode>,
    last: Option<NSError>,
}

#[test]
fn nests_in_derived_types() {
    let batch = Batch {
        failed: vec![ErrorCode::Unknown, ErrorCode::InvalidStunServer],
        last: Some(NSError::new(4242, "x")),
    };
    let json = serde_json::to_string(&batch).unwrap();
    assert_eq!(
        json,
        r#"{"failed":[-1,1105],"last":{"code":4242,"localizedDescription":"x"}}"#
    );
    assert_eq!(serde_json::from_str::<Batch>(&json).unwrap(), batch);
    let message = serde_json::from_str::<Batch>(r#"{"failed":[101,7],"last":null}"#)
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("no variant of ErrorCode has code 7"),
        "{message}"
    );
}

/// Another SDK's codes, the same integer form through the derive's
/// `From<E> for u16` and `TryFrom<u16> for E`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes, Serialize, Deserialize)]
#[repr(u16)]
#[serde(into = "u16", try_from = "u16")]
enum MediaError {
    #[code(301, "Camera unavailable")]
    Camera,
    #[code(302, "Microphone unavailable")]
    Microphone,
}

#[test]
fn another_enum_through_into_and_try_from() {
    assert_eq!(
        serde_json::to_string(&MediaError::Microphone).unwrap(),
        "302"
    );
    assert_eq!(
        serde_json::from_str::<MediaError>("301").unwrap(),
        MediaError::Camera
    );
    let message = serde_json::from_str::<MediaError>("303")
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("no variant of MediaError has code 303"),
        "{message}"
    );
    // The code type's range still applies: `u16`, not `i32`.
    assert!(serde_json::from_str::<MediaError>("-1").is_err());
    assert!(serde_json::from_str::<MediaError>("65536").is_err());
}

proptest! {
    #[test]
    fn arbitrary_input_never_panics(input in any::<String>()) {
        let _ = serde_json::from_str::<NSError>(&input);
        let _ = serde_json::from_str::<ErrorCode>(&input);
        let _ = serde_json::from_str::<MediaError>(&input);
    }

    /// Input close to a real payload reaches the interesting paths (range
    /// checks, duplicates, types) far more often than arbitrary text.
    #[test]
    fn near_payloads_never_panic(
        input in r#"\{("(code|localizedDescription|x)":(-?[0-9]{1,20}(\.[0-9])?|"[a-z\\"]{0,4}"|null|\[\]|\{\}),?){0,4}\}?"#
    ) {
        if let Ok(error) = serde_json::from_str::<NSError>(&input) {
            // What parses must round-trip.
            let json = serde_json::to_string(&error).unwrap();
            prop_assert_eq!(serde_json::from_str::<NSError>(&json).unwrap(), error);
        }
        let _ = serde_json::from_str::<ErrorCode>(&input);
    }

    #[test]
    fn valid_payloads_round_trip(code in any::<i32>(), description in any::<String>()) {
        let error = NSError::new(code, description);
        let json = serde_json::to_string(&error).unwrap();
        prop_assert_eq!(serde_json::from_str::<NSError>(&json).unwrap(), error.clone());
        // The same payload, as a server writes it with a field of its own.
        let mut value = serde_json::to_value(&error).unwrap();
        value["server"] = json!({"version": [2, 1], "region": null});
        prop_assert_eq!(serde_json::from_value::<NSError>(value).unwrap(), error);
    }

    #[test]
    fn error_codes_round_trip(index in 0..ErrorCode::COUNT) {
        let code = ErrorCode::ALL[index];
        let json = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }

    #[test]
    fn integers_parse_exactly_when_they_are_codes(code in any::<i64>()) {
        let parsed = serde_json::from_str::<ErrorCode>(&code.to_string()).ok();
        let expected = i32::try_from(code).ok().and_then(ErrorCode::from_code);
        prop_assert_eq!(parsed, expected);
    }
}
