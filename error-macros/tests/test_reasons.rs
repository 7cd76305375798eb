use error_codes::ErrorCode;

#[test]
fn reasons_are_in_documentation_order() {
    assert_eq!(
        ErrorCode::UserNotFound.reasons(),
        [
            "Attempting to execute request before joining the Session",
            "Addressing client that is not in the Session",
        ]
    );
}

#[test]
fn one_reason() {
    assert_eq!(
        ErrorCode::SessionIsFull.reasons(),
        ["Exceeded limit of streaming participants in the room"]
    );
}

#[test]
fn no_reason_is_an_empty_slice() {
    assert!(ErrorCode::SessionClosed.reasons().is_empty());
    assert!(ErrorCode::InvalidToken.reasons().is_empty());
}

#[test]
fn reasons_are_usable_in_const_context() {
    const REASONS: &[&str] = ErrorCode::MediaEndpoint.reasons();
    assert_eq!(REASONS.len(), 3);
    assert_eq!(REASONS[2], "Timeout during SDP exchange");
}
