mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;
use error_macros::ErrorCodes;

#[test]
fn camel_case_names_match_the_document() {
    assert_eq!(
        ErrorCode::ExistingUserInSession.name(),
        "existingUserInSession"
    );
    assert_eq!(
        ErrorCode::InvalidTokenJsonData.name(),
        "invalidTokenJsonData"
    );
}

#[test]
fn name_overrides_rename_all() {
    assert_eq!(ErrorCode::Unknown.name(), "unknownError");
    assert_eq!(ErrorCode::InvalidSocketUrl.name(), "invalidSocketURL");
    assert_eq!(SessionError::Unknown.name(), "UNKNOWN_ERROR");
}

#[test]
fn screaming_snake_case_follows_serde() {
    assert_eq!(SessionError::ConnectionLost.name(), "CONNECTION_LOST");
    assert_eq!(SessionError::NotConnected.name(), "NOT_CONNECTED");
}

#[test]
fn every_rename_all_spelling() {
    macro_rules! renamed {
        ($rule:literal) => {{
            #[derive(Debug, ErrorCodes)]
            #[error_codes(rename_all = $rule)]
            enum Renamed {
                #[code(1)]
                SessionIsFull,
            }
            Renamed::SessionIsFull.name()
        }};
    }
    assert_eq!(renamed!("lowercase"), "sessionisfull");
    assert_eq!(renamed!("UPPERCASE"), "SESSIONISFULL");
    assert_eq!(renamed!("PascalCase"), "SessionIsFull");
    assert_eq!(renamed!("camelCase"), "sessionIsFull");
    assert_eq!(renamed!("snake_case"), "session_is_full");
    assert_eq!(renamed!("SCREAMING_SNAKE_CASE"), "SESSION_IS_FULL");
    assert_eq!(renamed!("kebab-case"), "session-is-full");
    assert_eq!(renamed!("SCREAMING-KEBAB-CASE"), "SESSION-IS-FULL");
}

#[test]
fn without_rename_all_the_name_is_the_identifier_unraw() {
    #[derive(Debug, ErrorCodes)]
    #[allow(non_camel_case_types)]
    enum Plain {
        #[code(1)]
        AsWritten,
        #[code(2)]
        r#type,
    }
    assert_eq!(Plain::AsWritten.name(), "AsWritten");
    assert_eq!(Plain::r#type.name(), "type");
}

#[test]
fn name_is_usable_in_const_context() {
    const NAME: &str = ErrorCode::SessionClosed.name();
    assert_eq!(NAME, "sessionClosed");
}
