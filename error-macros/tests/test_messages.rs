//! Messages with values: the description of a variant with fields names
//! them, and `Display` writes it with their values.

use error_macros::ErrorCodes;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, ErrorCodes)]
#[error_codes(rename_all = "camelCase")]
pub enum SessionError {
    #[code(
        206,
        "Room {room} is full ({count} participants)",
        category = "Session"
    )]
    RoomFull { room: String, count: u32 },
    #[code(207, "{0} requests wait; the limit is {1}")]
    Busy(u64, i64),
    #[code(208, "Order: {second} before {first}, {{braces}} and {first} again")]
    Reordered { first: char, second: f64 },
    #[code(209, "First {text}", "then {text}")]
    Cow { text: Cow<'static, str> },
    #[code(210, "A {literal} brace in a unit variant's text")]
    Plain,
    #[code(catch_all, "An error this client does not know")]
    Other(i32),
}

#[test]
fn display_writes_the_message_with_the_values() {
    let full = SessionError::RoomFull {
        room: "Lobby".to_owned(),
        count: 3,
    };
    assert_eq!(full.to_string(), "Room Lobby is full (3 participants)");
    assert_eq!(
        full.description(),
        "Room {room} is full ({count} participants)"
    );
    assert_eq!(
        full.reasons(),
        ["Room {room} is full ({count} participants)"]
    );
    assert_eq!(full.code(), 206);
    assert_eq!(
        SessionError::Busy(u64::MAX, -1).to_string(),
        "18446744073709551615 requests wait; the limit is -1"
    );
    assert_eq!(
        SessionError::Reordered {
            first: 'é',
            second: -1.5
        }
        .to_string(),
        "Order: -1.5 before é, {braces} and é again"
    );
    let cow = SessionError::Cow {
        text: Cow::Borrowed("x"),
    };
    assert_eq!(cow.to_string(), "First x; then x");
    assert_eq!(cow.reasons(), ["First {text}", "then {text}"]);
}

#[test]
fn unit_variants_keep_their_text_braces_included() {
    assert_eq!(
        SessionError::Plain.to_string(),
        "A {literal} brace in a unit variant's text"
    );
    assert_eq!(
        SessionError::Other(4242).to_string(),
        "An error this client does not know (code 4242)"
    );
}

#[derive(Debug, ErrorCodes)]
pub enum Wrapped<T: std::fmt::Debug> {
    #[code(1, "Wrapped {0}")]
    Value(T),
    #[code(2, "Nothing")]
    Nothing,
}

#[test]
fn generic_fields_are_written_through_their_display() {
    assert_eq!(Wrapped::Value(7_u8).to_string(), "Wrapped 7");
    assert_eq!(Wrapped::<u8>::Nothing.to_string(), "Nothing");
    let error: &dyn std::error::Error = &Wrapped::Value("x");
    assert_eq!(error.to_string(), "Wrapped x");
}

#[derive(Debug, thiserror::Error, ErrorCodes)]
#[error_codes(display = false)]
pub enum JoinError {
    #[error("participant {name} is already in session {session}")]
    #[code(104)]
    Taken { name: String, session: u64 },
    #[error("participant {name:?} left")]
    #[code(105)]
    Left { name: String },
    #[error("the code says it")]
    #[code(106, "A reason of its own {name}")]
    Own { name: String },
}

#[test]
fn a_thiserror_message_is_the_template_when_the_code_gives_none() {
    let taken = JoinError::Taken {
        name: "alice".to_owned(),
        session: 7,
    };
    assert_eq!(
        taken.to_string(),
        "participant alice is already in session 7"
    );
    assert_eq!(
        taken.description(),
        "participant {name} is already in session {session}"
    );
    assert!(taken.reasons().is_empty());
    // A format specifier is thiserror's alone: no template, as before.
    assert_eq!(
        JoinError::Left {
            name: "bob".to_owned()
        }
        .description(),
        "Left"
    );
    assert_eq!(
        JoinError::Own {
            name: "eve".to_owned()
        }
        .description(),
        "A reason of its own {name}"
    );
}
