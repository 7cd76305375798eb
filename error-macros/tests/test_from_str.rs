mod common;

use common::sdk::SessionError;
use error_codes::{ErrorCode, ErrorCodeFromNameError};
use std::error::Error;

#[test]
fn parse_by_name() {
    assert_eq!("sessionIsFull".parse(), Ok(ErrorCode::SessionIsFull));
    assert_eq!("UNKNOWN_ERROR".parse(), Ok(SessionError::Unknown));
}

#[test]
fn unknown_name_error_names_the_enum() {
    let error: ErrorCodeFromNameError = "SessionIsFull".parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.to_string(), "no variant of ErrorCode has that name");
    let error = "104".parse::<SessionError>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "no variant of SessionError has that name"
    );
}

#[test]
fn the_error_is_a_std_error() {
    let error: Box<dyn Error + Send + Sync> = Box::new("nope".parse::<ErrorCode>().unwrap_err());
    assert!(error.source().is_none());
}
