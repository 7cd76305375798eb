//! Codes on `thiserror` enums: with `#[error_codes(display = false)]`,
//! `thiserror` provides `Display` (interpolating the fields) and `Error`
//! (sources included), the derive provides the codes.

use error_macros::ErrorCodes;
use std::error::Error as _;
use std::io;

#[derive(Debug, thiserror::Error, ErrorCodes)]
#[error_codes(display = false, rename_all = "camelCase")]
enum ClientError {
    #[error("participant {name:?} is already in session {session}")]
    #[code(
        104,
        "A Participant tries to join a Session with a name that already exists",
        category = "User Error codes"
    )]
    ExistingUserInSession { name: String, session: u64 },

    #[error("too many participants: {0} of {1}")]
    #[code(
        206,
        "Exceeded limit of streaming participants in the room",
        "The room was resized",
        category = "Session Error codes"
    )]
    SessionIsFull(usize, usize),

    #[error("socket failed while {action}")]
    #[code(1104, name = "invalidSocketURL", category = "Socket Erros")]
    Socket {
        action: &'static str,
        #[source]
        source: io::Error,
    },

    #[error(transparent)]
    #[code(-1, "Internal server error", name = "unknownError")]
    Unknown(#[from] io::Error),

    #[error("the session is closed")]
    #[code(203, category = "Session Error codes")]
    SessionClosed,
}

fn every_variant() -> Vec<ClientError> {
    vec![
        ClientError::ExistingUserInSession {
            name: "alice".to_owned(),
            session: 7,
        },
        ClientError::SessionIsFull(17, 16),
        ClientError::Socket {
            action: "connecting",
            source: io::Error::new(io::ErrorKind::ConnectionRefused, "refused"),
        },
        ClientError::Unknown(io::Error::other("disk on fire")),
        ClientError::SessionClosed,
    ]
}

#[test]
fn thiserror_writes_display_from_the_fields() {
    let messages: Vec<String> = every_variant().iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "participant \"alice\" is already in session 7",
            "too many participants: 17 of 16",
            "socket failed while connecting",
            "disk on fire",
            "the session is closed",
        ]
    );
}

#[test]
fn the_derive_gives_every_variant_its_code_and_name() {
    let codes: Vec<(i32, &str)> = every_variant()
        .iter()
        .map(|error| (error.code(), error.name()))
        .collect();
    assert_eq!(
        codes,
        [
            (104, "existingUserInSession"),
            (206, "sessionIsFull"),
            (1104, "invalidSocketURL"),
            (-1, "unknownError"),
            (203, "sessionClosed"),
        ]
    );
}

#[test]
fn reasons_description_and_category_ignore_the_fields() {
    let full = ClientError::SessionIsFull(1, 2);
    assert_eq!(
        full.reasons(),
        [
            "Exceeded limit of streaming participants in the room",
            "The room was resized"
        ]
    );
    assert_eq!(
        full.description(),
        "Exceeded limit of streaming participants in the room; The room was resized"
    );
    assert_eq!(full.category(), Some("Session Error codes"));
    // The same answers whatever the fields hold.
    let other = ClientError::SessionIsFull(0, 0);
    assert_eq!(
        (other.reasons(), other.description(), other.category()),
        (full.reasons(), full.description(), full.category())
    );

    let closed = ClientError::SessionClosed;
    assert!(closed.reasons().is_empty());
    assert_eq!(closed.description(), "sessionClosed");
    let socket = ClientError::Socket {
        action: "reading",
        source: io::Error::other("x"),
    };
    // No reason of its own: thiserror's message is its template, written
    // once for Rust and for every platform's copy.
    assert_eq!(socket.description(), "socket failed while {action}");
    assert_eq!(socket.category(), Some("Socket Erros"));
    assert_eq!(ClientError::Unknown(io::Error::other("x")).category(), None);
}

#[test]
fn thiserror_keeps_sources_and_from() {
    let socket = &every_variant()[2];
    let source = socket.source().expect("#[source]");
    assert_eq!(source.to_string(), "refused");

    // `#[from]` builds the variant; `transparent` forwards the source's own
    // source, here none.
    let unknown: ClientError = io::Error::other("disk on fire").into();
    assert_eq!(unknown.code(), -1);
    assert!(unknown.source().is_none());
}

#[test]
fn the_code_reaches_the_caller_through_question_mark() {
    fn join() -> Result<(), ClientError> {
        Err(io::Error::other("lost"))?;
        Ok(())
    }
    let error = join().unwrap_err();
    assert_eq!((error.code(), error.to_string().as_str()), (-1, "lost"));
}

/// Every variant a unit variant: the lookups exist, `Display` is still
/// `thiserror`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, ErrorCodes)]
#[error_codes(display = false)]
enum Status {
    #[error("timed out waiting for the server")]
    #[code(408, "The server did not answer in time")]
    Timeout,
    #[error("the server is busy")]
    #[code(503)]
    Busy,
}

#[test]
fn all_unit_thiserror_enums_keep_the_lookups() {
    assert_eq!(Status::ALL, [Status::Timeout, Status::Busy]);
    assert_eq!(Status::COUNT, 2);
    assert_eq!(Status::from_code(503), Some(Status::Busy));
    assert_eq!(Status::from_name("Timeout"), Some(Status::Timeout));
    assert_eq!(Status::try_from(408), Ok(Status::Timeout));
    assert_eq!(
        Status::try_from(7).unwrap_err().to_string(),
        "no variant of Status has code 7"
    );
    assert_eq!("Busy".parse::<Status>(), Ok(Status::Busy));
    assert_eq!(i32::from(Status::Busy), 503);
    // thiserror's message, the derive's description: two different texts.
    assert_eq!(
        Status::Timeout.to_string(),
        "timed out waiting for the server"
    );
    assert_eq!(
        Status::Timeout.description(),
        "The server did not answer in time"
    );
}
