use error_codes::{ErrorCode, NSError};
use std::error::Error;

#[test]
fn from_error_code_takes_the_taxonomy_description() {
    for &code in ErrorCode::ALL {
        let error = NSError::from(code);
        assert_eq!(error.code, code.code());
        assert_eq!(error.localized_description, code.description());
        assert_eq!(error.error_code(), Some(code));
    }
}

#[test]
fn carries_a_server_sent_description() {
    let error = NSError::new(104, "Name 'alice' is taken");
    assert_eq!(error.error_code(), Some(ErrorCode::ExistingUserInSession));
    assert_eq!(error.to_string(), "Name 'alice' is taken");
}

#[test]
fn keeps_codes_it_does_not_know() {
    let error = NSError::new(4242, "From a newer server");
    assert_eq!(error.code, 4242);
    assert_eq!(error.error_code(), None);
    assert_eq!(error.to_string(), "From a newer server");
}

#[test]
fn an_empty_description_falls_back() {
    assert_eq!(NSError::new(-1, "").to_string(), "Internal server error");
    assert_eq!(NSError::new(4242, "").to_string(), "error code 4242");
}

#[test]
fn is_a_std_error() {
    let error: Box<dyn Error + Send + Sync> = Box::new(NSError::from(ErrorCode::Transport));
    assert!(error.source().is_none());
    assert!(
        error
            .to_string()
            .starts_with("Request method is not supported")
    );
}
