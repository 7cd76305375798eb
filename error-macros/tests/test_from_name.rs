mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;
use error_macros::ErrorCodes;

#[test]
fn every_name_maps_back_to_its_variant() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_name(code.name()), Some(code));
    }
    assert_eq!(
        SessionError::from_name("EXISTING_USER_IN_SESSION_ERROR_CODE"),
        Some(SessionError::ExistingUserInSession)
    );
}

#[test]
fn lookup_is_exact_and_case_sensitive() {
    assert_eq!(ErrorCode::from_name("UserGeneric"), None);
    assert_eq!(ErrorCode::from_name("usergeneric"), None);
    assert_eq!(ErrorCode::from_name("userGeneric "), None);
    assert_eq!(ErrorCode::from_name("userGener"), None);
    assert_eq!(ErrorCode::from_name(""), None);
    // The variant's identifier is not a name once `name` overrides it.
    assert_eq!(ErrorCode::from_name("unknown"), None);
    assert_eq!(SessionError::from_name("EXISTING_USER_IN_SESSION"), None);
}

#[test]
fn from_name_does_not_need_copy() {
    #[derive(Debug, PartialEq, ErrorCodes)]
    enum NotCopy {
        #[code(1)]
        First,
        #[code(2)]
        Second,
    }
    assert_eq!(NotCopy::from_name("Second"), Some(NotCopy::Second));
}

#[test]
fn from_name_is_usable_in_const_context() {
    const FOUND: Option<ErrorCode> = ErrorCode::from_name("mediaEndpoint");
    assert_eq!(FOUND, Some(ErrorCode::MediaEndpoint));
}
