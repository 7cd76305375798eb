mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;

#[test]
fn category_is_the_section() {
    assert_eq!(ErrorCode::UserGeneric.category(), Some("User Error codes"));
    assert_eq!(ErrorCode::Unknown.category(), Some("Generic Error codes"));
    // The document's spelling is kept.
    assert_eq!(
        ErrorCode::InvalidStunServer.category(),
        Some("Socket Erros")
    );
}

#[test]
fn category_is_none_when_not_given() {
    assert_eq!(SessionError::Unknown.category(), None);
    assert_eq!(SessionError::ConnectionLost.category(), Some("Network"));
}
