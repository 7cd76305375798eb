mod common;

use common::sdk::{SessionError, SessionErrorFromCodeError};
use error_codes::{ErrorCode, ErrorCodeFromCodeError};
use std::error::Error;

#[test]
fn known_codes_convert() {
    assert_eq!(ErrorCode::try_from(303), Ok(ErrorCode::MediaEndpoint));
    assert_eq!(ErrorCode::try_from(-1), Ok(ErrorCode::Unknown));
    let converted: Result<SessionError, _> = 7u16.try_into();
    assert_eq!(converted, Ok(SessionError::ConnectionLost));
}

#[test]
fn unknown_code_error_names_the_enum_and_the_code() {
    let error: ErrorCodeFromCodeError = ErrorCode::try_from(4242).unwrap_err();
    assert_eq!(error.code(), 4242);
    assert_eq!(error.to_string(), "no variant of ErrorCode has code 4242");

    let error: SessionErrorFromCodeError = SessionError::try_from(9u16).unwrap_err();
    assert_eq!(error.to_string(), "no variant of SessionError has code 9");
}

#[test]
fn the_error_is_a_std_error() {
    let error: Box<dyn Error + Send + Sync> = Box::new(ErrorCode::try_from(0).unwrap_err());
    assert_eq!(error.to_string(), "no variant of ErrorCode has code 0");
    assert!(error.source().is_none());
}
