use error_codes::ErrorCode;

#[test]
fn several_reasons_are_joined_with_semicolons() {
    assert_eq!(
        ErrorCode::Transport.description(),
        "Request method is not supported; Invalid or missing request field"
    );
}

#[test]
fn one_reason_is_the_description() {
    assert_eq!(ErrorCode::Unknown.description(), "Internal server error");
}

#[test]
fn without_a_reason_the_description_is_the_name() {
    assert_eq!(ErrorCode::SessionClosed.description(), "sessionClosed");
    assert_eq!(
        ErrorCode::InvalidSocketUrl.description(),
        "invalidSocketURL"
    );
}

#[test]
fn description_is_reasons_joined_for_every_code() {
    for code in ErrorCode::ALL {
        let expected = if code.reasons().is_empty() {
            code.name().to_owned()
        } else {
            code.reasons().join("; ")
        };
        assert_eq!(code.description(), expected, "{code:?}");
    }
}
