//! Messages with values on every platform: the fixture
//! `tests/fixtures/messages` is compiled here with the derive, and its
//! exports build each platform's error value from the same values — text
//! with `%`, quotes, `$`, a backslash and letters of other scripts,
//! negative and 64-bit numbers, floats Rust writes without an exponent —
//! and print its message, which must be Rust's `Display`, byte for byte.
//! The catalogs hold the messages as positional, typed format strings.

mod common;

use common::android;
use common::cli::export;
use common::platforms::{ERASABLE, java, kotlin, swift_parse, typescript};
use serde_json::Value;

#[path = "fixtures/messages/lib.rs"]
mod messages;

use messages::RoomError;

const FIXTURE: &str = "tests/fixtures/messages";

/// A text of every kind a message must carry through.
const TEXT: &str = "Lobby 100% \"quoted\" 'single' $x ${y} \\ é 日本 🎉";

/// The values every platform builds, and what Rust's `Display` writes.
fn values() -> Vec<RoomError> {
    vec![
        RoomError::RoomFull {
            room: TEXT.to_owned(),
            count: u32::MAX,
        },
        RoomError::RoomFull {
            room: "Lobby".to_owned(),
            count: 3,
        },
        RoomError::Waiting(u64::MAX, i64::MIN),
        RoomError::Reordered {
            name: TEXT.to_owned(),
            limit: i32::MIN,
            ratio: -0.25,
        },
        RoomError::Reordered {
            name: String::new(),
            limit: 7,
            ratio: 3.0,
        },
        RoomError::Reordered {
            name: "big".to_owned(),
            limit: 0,
            ratio: 1e21,
        },
    ]
}

/// Each message as its code points, a line each: what the programs print.
fn expected() -> String {
    values()
        .iter()
        .map(|value| format!("{}\n", points(&value.to_string())))
        .collect()
}

fn points(text: &str) -> String {
    text.chars()
        .map(|ch| u32::from(ch).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn rust_writes_the_fixtures_message() {
    let room = RoomError::RoomFull {
        room: "Lobby".to_owned(),
        count: 3,
    };
    assert_eq!(room.to_string(), "Room Lobby is full (3 participants)");
    assert_eq!(
        RoomError::Waiting(1, -2).to_string(),
        "Waited 1 ms with -2 to go; 100% {sure}"
    );
    assert_eq!(
        RoomError::Reordered {
            name: "n".to_owned(),
            limit: 2,
            ratio: 1e21
        }
        .to_string(),
        "At 1000000000000000000000 of 2 for n, again 1000000000000000000000"
    );
}

#[test]
fn kotlin_builds_each_value_and_writes_the_same_message() {
    let source = export(&["--input", FIXTURE, "--format", "kotlin"]);
    let text = "\"Lobby 100% \\\"quoted\\\" 'single' \\$x \\${y} \\\\ é 日本 🎉\"";
    let check = format!(
        r#"fun points(text: String): String = text.codePoints().toArray().joinToString(",")

fun main() {{
    val values: List<RoomErrorException> = listOf(
        RoomErrorException.RoomFull({text}, 4294967295uL),
        RoomErrorException.RoomFull("Lobby", 3uL),
        RoomErrorException.Waiting(18446744073709551615uL, Long.MIN_VALUE),
        RoomErrorException.Reordered(-0.25, -2147483648L, {text}),
        RoomErrorException.Reordered(3.0, 7L, ""),
        RoomErrorException.Reordered(1.0e21, 0L, "big"),
    )
    for (value in values) {{
        println(points(value.message ?: ""))
    }}
}}
"#
    );
    let files = [
        ("RoomError.kt", source.as_str()),
        ("Check.kt", check.as_str()),
    ];
    let Some(printed) = kotlin("messages_kotlin", &files) else {
        return;
    };
    assert_eq!(printed, expected());
}

#[test]
fn java_builds_each_value_and_writes_the_same_message() {
    let source = export(&["--input", FIXTURE, "--format", "java"]);
    let text = "\"Lobby 100% \\\"quoted\\\" 'single' $x ${y} \\\\ é 日本 🎉\"";
    let check = format!(
        r#"import java.util.List;
import java.util.stream.Collectors;

public class Check {{
    static String points(String text) {{
        return text.codePoints().mapToObj(Integer::toString).collect(Collectors.joining(","));
    }}

    public static void main(String[] args) {{
        List<RoomError.RoomErrorException> values = List.of(
            new RoomError.RoomFull({text}, 4294967295L),
            new RoomError.RoomFull("Lobby", 3L),
            new RoomError.Waiting(Long.parseUnsignedLong("18446744073709551615"), Long.MIN_VALUE),
            new RoomError.Reordered(-0.25, -2147483648L, {text}),
            new RoomError.Reordered(3.0, 7L, ""),
            new RoomError.Reordered(1.0e21, 0L, "big"));
        for (RoomError.RoomErrorException value : values) {{
            System.out.println(points(value.getMessage()));
        }}
    }}
}}
"#
    );
    let files = [
        ("RoomError.java", source.as_str()),
        ("Check.java", check.as_str()),
    ];
    let Some(printed) = java("messages_java", &files, "Check") else {
        return;
    };
    assert_eq!(printed, expected());
}

#[test]
fn typescript_builds_each_value_and_writes_the_same_message() {
    let source = export(&["--input", FIXTURE, "--format", "typescript"]);
    let text = "\"Lobby 100% \\\"quoted\\\" 'single' $x ${y} \\\\ é 日本 🎉\"";
    let check = format!(
        r#"import {{ RoomFull, Waiting, Reordered }} from "./roomError";

const points = (text: string): string => Array.from(text, (ch) => ch.codePointAt(0)).join(",");
const values: Error[] = [
  new RoomFull({text}, 4294967295),
  new RoomFull("Lobby", 3),
  new Waiting(18446744073709551615n, -9223372036854775808n),
  new Reordered(-0.25, -2147483648, {text}),
  new Reordered(3.0, 7, ""),
  new Reordered(1e21, 0, "big"),
];
for (const value of values) {{
  console.log(points(value.message));
}}
const full = new RoomFull("Lobby", 3);
if (full.code !== 206 || full.name !== "roomFull" || !(full instanceof Error)) throw new Error("code or name");
"#
    );
    let files = [
        ("roomError.ts", source.as_str()),
        ("check.ts", check.as_str()),
    ];
    let Some(printed) = typescript("messages_typescript", ERASABLE, &files, "check") else {
        return;
    };
    assert_eq!(printed, expected());
}

#[test]
fn swift_parses_with_a_value_per_message() {
    let source = export(&["--input", FIXTURE, "--format", "swift"]);
    for expected in [
        "public struct RoomFull: CustomNSError, LocalizedError {",
        "public var errorUserInfo: [String: Any] { [\"room\": room, \"count\": count] }",
        "public var errorDescription: String? { \"Room \\(room) is full (\\(count) participants)\" }",
        "public var errorDescription: String? { \"At \\(rustFloat(ratio)) of \\(limit) for \\(nameValue), again \\(rustFloat(ratio))\" }",
    ] {
        assert!(source.contains(expected), "{expected}\n{source}");
    }
    let Some(parsed) = swift_parse("messages_swift", &[("RoomError.swift", &source)]) else {
        return;
    };
    assert_eq!(parsed.trim(), "RoomError.swift: ok", "{parsed}");
}

#[test]
fn the_catalogs_hold_positional_typed_formats() {
    let catalog: Value =
        serde_json::from_str(&export(&["--input", FIXTURE, "--format", "xcstrings"]))
            .expect("JSON");
    let value =
        |key: &str| catalog["strings"][key]["localizations"]["en"]["stringUnit"]["value"].clone();
    assert_eq!(value("roomFull"), "Room %1$@ is full (%2$llu participants)");
    assert_eq!(
        value("waiting"),
        "Waited %1$llu ms with %2$lld to go; 100%% {sure}"
    );
    assert_eq!(value("reordered"), "At %1$f of %2$lld for %3$@, again %1$f");
    assert_eq!(value("closed"), "The room is closed");
    let strings = export(&["--input", FIXTURE, "--format", "android-strings"]);
    assert!(
        strings.contains(">Room %1$s is full (%2$d participants)</string>"),
        "{strings}"
    );
    assert!(!strings.contains("formatted"), "{strings}");
    let Some(aapt) = android::aapt() else {
        return;
    };
    let compiled = android::strings(&aapt, "messages_android", &strings)
        .unwrap_or_else(|refused| panic!("aapt refused the export: {refused}"));
    assert!(
        compiled
            .iter()
            .any(|(_, text)| text == "At %1$f of %2$d for %3$s, again %1$f")
    );
}

#[test]
fn explain_shows_the_message_and_its_values() {
    let explained = common::cli::tool(&["explain", "208", "--input", FIXTURE]);
    assert!(explained.status.success());
    assert_eq!(
        common::cli::stdout(&explained),
        "code:    208\n\
         name:    reordered\n\
         section: Media\n\
         message: At {ratio} of {limit} for {name}, again {ratio}\n\
         values:  ratio (float), limit (int), name (string)\n\
         reasons:\n  - At {ratio} of {limit} for {name}, again {ratio}\n"
    );
}

#[test]
fn the_json_carries_each_message_and_its_typed_values() {
    let json: Value =
        serde_json::from_str(&export(&["--input", FIXTURE, "--format", "json"])).expect("JSON");
    let reordered = &json["entries"][2];
    assert_eq!(
        reordered["message"],
        "At {ratio} of {limit} for {name}, again {ratio}"
    );
    assert_eq!(reordered["description"], reordered["message"]);
    assert_eq!(
        reordered["parameters"],
        serde_json::json!([
            {"name": "ratio", "type": "float"},
            {"name": "limit", "type": "int"},
            {"name": "name", "type": "string"}
        ])
    );
    assert_eq!(
        json["entries"][1]["parameters"],
        serde_json::json!([{"name": "0", "type": "uint"}, {"name": "1", "type": "int"}])
    );
    assert!(json["entries"][3].get("message").is_none());
}
