mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;

#[test]
fn every_code_maps_back_to_its_variant() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
    }
    for &error in SessionError::ALL {
        assert_eq!(SessionError::from_code(error.code()), Some(error));
    }
}

#[test]
fn negative_code() {
    assert_eq!(ErrorCode::from_code(-1), Some(ErrorCode::Unknown));
    assert_eq!(ErrorCode::from_code(-2), None);
}

#[test]
fn unknown_codes_are_none() {
    for code in [0, 100, 107, 202, 1000, 1106, i32::MIN, i32::MAX] {
        assert_eq!(ErrorCode::from_code(code), None, "{code}");
    }
    assert_eq!(SessionError::from_code(65534), None);
    assert_eq!(
        SessionError::from_code(u16::MAX),
        Some(SessionError::Unknown)
    );
}

#[test]
fn from_code_is_usable_in_const_context() {
    const FOUND: Option<ErrorCode> = ErrorCode::from_code(206);
    assert_eq!(FOUND, Some(ErrorCode::SessionIsFull));
}
