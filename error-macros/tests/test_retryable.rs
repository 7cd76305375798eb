//! `is_retryable()`: a variant's own flag, else the enum's default, else
//! `false`.

mod common;

use common::sdk::SessionError;
use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
enum Http {
    #[code(400, "Bad request")]
    BadRequest,
    #[code(503, "Service unavailable", retryable)]
    ServiceUnavailable,
    #[code(504, "Gateway timeout", retryable = true)]
    GatewayTimeout,
    #[code(501, "Not implemented", retryable = false)]
    NotImplemented,
}

#[test]
fn a_variant_says_whether_it_is_retryable() {
    assert!(!Http::BadRequest.is_retryable());
    assert!(Http::ServiceUnavailable.is_retryable());
    assert!(Http::GatewayTimeout.is_retryable());
    assert!(!Http::NotImplemented.is_retryable());
}

#[test]
fn nothing_is_retryable_by_default() {
    assert!(!SessionError::ConnectionLost.is_retryable());
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
#[error_codes(retryable = true)]
enum Transient {
    #[code(1, "Timed out")]
    TimedOut,
    #[code(2, "Bad credentials", retryable = false)]
    BadCredentials,
}

#[test]
fn the_enum_s_default_applies_where_a_variant_does_not_say() {
    assert!(Transient::TimedOut.is_retryable());
    assert!(!Transient::BadCredentials.is_retryable());
}

// The fields are there to be carried, not read.
#[allow(dead_code)]
#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(display = false, retryable = true)]
enum WithFields {
    #[code(1, "Throttled")]
    Throttled { after: u32 },
    #[code(2, "Denied", retryable = false)]
    Denied(&'static str),
    #[code(catch_all, "Unknown", retryable = false)]
    Unknown(u16),
}

#[test]
fn variants_with_fields_and_the_catch_all_say_it_too() {
    assert!(WithFields::Throttled { after: 1 }.is_retryable());
    assert!(!WithFields::Denied("no").is_retryable());
    assert!(!WithFields::Unknown(9).is_retryable());
}

#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(retryable = true)]
enum AllRetryable {
    #[code(1, "Busy")]
    Busy,
    #[code(catch_all, "Unknown")]
    Unknown(u16),
}

#[test]
fn the_catch_all_takes_the_default() {
    assert!(AllRetryable::Busy.is_retryable());
    assert!(AllRetryable::Unknown(7).is_retryable());
}

#[test]
fn is_retryable_is_const() {
    const RETRY: [bool; 2] = [
        Http::ServiceUnavailable.is_retryable(),
        Http::BadRequest.is_retryable(),
    ];
    assert_eq!(RETRY, [true, false]);
}
