//! Codes on a `thiserror` enum: `thiserror` writes `Display` and `Error`
//! (interpolating the fields), the derive adds the codes. The per-variant
//! methods exist with fields; the lookups exist when every variant is a
//! unit variant, `display = false` or not.
#![deny(warnings, missing_docs, unused_qualifications)]

use error_macros::ErrorCodes;
use std::error::Error as _;

/// A signalling client's errors, with data.
#[derive(Debug, thiserror::Error, ErrorCodes)]
#[error_codes(display = false, rename_all = "camelCase")]
pub enum ClientError {
    /// Named fields.
    #[error("participant {name:?} is already in session {session}")]
    #[code(
        104,
        "A Participant tries to join a Session with a name that already exists",
        category = "User Error codes"
    )]
    ExistingUserInSession {
        /// The name asked for.
        name: String,
        /// The session.
        session: u64,
    },
    /// A tuple field that is also the source.
    #[error("socket failed")]
    #[code(1104, name = "invalidSocketURL", category = "Socket Erros")]
    Socket(#[from] std::io::Error),
    /// Display and source both forwarded.
    #[error(transparent)]
    #[code(-1, "Internal server error")]
    Other(Box<dyn std::error::Error + Send + Sync>),
    /// A unit variant among the others.
    #[error("the session is closed")]
    #[code(203)]
    SessionClosed,
}

/// All unit variants: `thiserror` writes `Display`, the lookups stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, ErrorCodes)]
#[error_codes(display = false)]
pub enum Simple {
    /// One.
    #[error("the first thing failed")]
    #[code(1, "First")]
    First,
    /// Two.
    #[error("the second thing failed")]
    #[code(2, "Second")]
    Second,
}

fn main() {
    let error = ClientError::ExistingUserInSession {
        name: "alice".to_owned(),
        session: 7,
    };
    assert_eq!(
        error.to_string(),
        "participant \"alice\" is already in session 7"
    );
    assert_eq!(error.code(), 104);
    assert_eq!(error.name(), "existingUserInSession");
    assert_eq!(error.category(), Some("User Error codes"));

    let error = ClientError::from(std::io::Error::other("reset"));
    assert_eq!((error.code(), error.name()), (1104, "invalidSocketURL"));
    assert!(error.source().is_some());

    let _: &[&str] = ClientError::SessionClosed.reasons();
    let _: &str = ClientError::Other("x".into()).description();

    assert_eq!(Simple::ALL, [Simple::First, Simple::Second]);
    assert_eq!(Simple::COUNT, 2);
    assert_eq!(Simple::from_code(2), Some(Simple::Second));
    assert_eq!(Simple::from_name("First"), Some(Simple::First));
    assert_eq!(Simple::try_from(1), Ok(Simple::First));
    assert_eq!("Second".parse(), Ok(Simple::Second));
    assert_eq!(i32::from(Simple::Second), 2);
    assert_eq!(Simple::First.to_string(), "the first thing failed");
    assert_eq!(Simple::First.description(), "First");
}
