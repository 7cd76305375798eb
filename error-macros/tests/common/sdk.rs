//! Another SDK's error enum, declared with the same derive and nothing from
//! `error-codes`: the Android SDK's naming (`SCREAMING_SNAKE_CASE`, names
//! overridden per variant), a `u16` code type and codes in no order.

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCodes)]
#[repr(u16)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SessionError {
    #[code(
        104,
        "A participant with this name is already in the session",
        name = "EXISTING_USER_IN_SESSION_ERROR_CODE",
        category = "Session"
    )]
    ExistingUserInSession,
    #[code(
        7,
        "The network went away",
        "The server stopped answering",
        category = "Network"
    )]
    ConnectionLost,
    #[code(65535, name = "UNKNOWN_ERROR")]
    Unknown,
    #[code(0, "The SDK was used before `connect`")]
    NotConnected,
    // serde's rule splits every capital: `name` keeps the acronym whole.
    #[code(300, "Malformed URL", name = "INVALID_SOCKET_URL_ERROR_CODE")]
    InvalidSocketURL,
}
