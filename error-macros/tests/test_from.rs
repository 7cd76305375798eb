mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;

#[test]
fn into_the_code_type() {
    assert_eq!(i32::from(ErrorCode::ExistingUserInSession), 104);
    let code: i32 = ErrorCode::Unknown.into();
    assert_eq!(code, -1);
    let code: u16 = SessionError::ConnectionLost.into();
    assert_eq!(code, 7);
}

#[test]
fn from_agrees_with_code_for_every_variant() {
    for &code in ErrorCode::ALL {
        assert_eq!(i32::from(code), code.code());
    }
}
