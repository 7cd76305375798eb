mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;

#[test]
fn code_is_the_declared_integer() {
    assert_eq!(ErrorCode::UserGeneric.code(), 101);
    assert_eq!(ErrorCode::InvalidStunServer.code(), 1105);
    assert_eq!(ErrorCode::Unknown.code(), -1);
}

#[test]
fn code_has_the_repr_type() {
    let code: u16 = SessionError::Unknown.code();
    assert_eq!(code, u16::MAX);
    assert_eq!(SessionError::NotConnected.code(), 0);
}

#[test]
fn code_is_usable_in_const_context() {
    const UNKNOWN: i32 = ErrorCode::Unknown.code();
    const TABLE: [u16; 2] = [
        SessionError::ConnectionLost.code(),
        SessionError::ExistingUserInSession.code(),
    ];
    assert_eq!(UNKNOWN, -1);
    assert_eq!(TABLE, [7, 104]);
}

#[test]
fn code_works_on_variants_with_fields() {
    use error_macros::ErrorCodes;

    #[derive(Debug, ErrorCodes)]
    #[error_codes(display = false)]
    enum WithFields {
        #[code(1)]
        Tuple(#[allow(dead_code)] u8),
        #[code(2)]
        Named {
            #[allow(dead_code)]
            reason: &'static str,
        },
        #[code(3)]
        Unit,
    }

    assert_eq!(WithFields::Tuple(9).code(), 1);
    assert_eq!(WithFields::Named { reason: "x" }.code(), 2);
    assert_eq!(WithFields::Unit.code(), 3);
}
