// Deprecated variants are part of the taxonomy: the generated code names
// them in every table and lookup without a warning, in a crate that denies
// `deprecated`. Only the user's own uses warn, as they should.
#![deny(warnings, deprecated)]

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(rename_all = "camelCase")]
pub enum SessionError {
    #[code(201, "The session is closed")]
    SessionClosed,
    #[deprecated(since = "2.0.0", note = "the server no longer sends it; see `SessionClosed`")]
    #[code(202, "The session has expired", alias = "expired")]
    SessionExpired,
    #[deprecated]
    #[code(203)]
    SessionPaused,
    #[code(catch_all)]
    Other(i32),
}

fn main() {
    // Reached through the lookups, not by name: no deprecation warning.
    let expired = SessionError::from_code(202);
    assert_eq!(expired.name(), "sessionExpired");
    assert_eq!(SessionError::from_name("expired"), Some(expired));
    assert_eq!(SessionError::COUNT, 3);
}
