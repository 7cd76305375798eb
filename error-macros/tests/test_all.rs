mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;
use error_macros::ErrorCodes;

#[test]
fn all_is_declaration_order() {
    let codes: Vec<i32> = ErrorCode::ALL.iter().map(ErrorCode::code).collect();
    assert_eq!(
        codes,
        [
            101, 102, 103, 104, 105, 106, 201, 203, 206, 303, 801, 802, 803, -1, 901, 999, 1101,
            1102, 1103, 1104, 1105
        ]
    );
    let sdk: Vec<u16> = SessionError::ALL.iter().map(SessionError::code).collect();
    assert_eq!(sdk, [104, 7, 65535, 0, 300]);
}

#[test]
fn count_is_the_length_of_all() {
    assert_eq!(ErrorCode::COUNT, 21);
    assert_eq!(ErrorCode::COUNT, ErrorCode::ALL.len());
    assert_eq!(SessionError::COUNT, 5);
}

#[test]
fn empty_enum() {
    #[derive(Debug, ErrorCodes)]
    enum Never {}

    assert_eq!(Never::COUNT, 0);
    assert!(Never::ALL.is_empty());
    assert!(Never::from_code(0).is_none());
    assert!(Never::from_name("").is_none());
    assert!(Never::try_from(5).is_err());
    assert!("x".parse::<Never>().is_err());
}
