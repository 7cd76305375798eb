//! `alias = "..."`: more names that the lookups accept. gRPC's status codes
//! as Go spells one of them (`Canceled`) beside the proto name
//! (`CANCELLED`), and HTTP 413's older reason phrase.

use error_macros::ErrorCodes;

/// gRPC's status codes (grpc/grpc, doc/statuscodes.md), as their proto
/// names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u8)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum GrpcCode {
    #[code(0, "Not an error; returned on success")]
    Ok,
    #[code(
        1,
        "The operation was cancelled, typically by the caller",
        alias = "Canceled"
    )]
    Cancelled,
    #[code(2, "Unknown error")]
    Unknown,
    #[code(3, "The client specified an invalid argument")]
    InvalidArgument,
    #[code(4, "The deadline expired before the operation could complete")]
    DeadlineExceeded,
    #[code(5, "Some requested entity was not found")]
    NotFound,
    #[code(6, "The entity that a client attempted to create already exists")]
    AlreadyExists,
    #[code(
        7,
        "The caller does not have permission to execute the specified operation"
    )]
    PermissionDenied,
    #[code(8, "Some resource has been exhausted")]
    ResourceExhausted,
    #[code(
        9,
        "The system is not in a state required for the operation's execution"
    )]
    FailedPrecondition,
    #[code(10, "The operation was aborted")]
    Aborted,
    #[code(11, "The operation was attempted past the valid range")]
    OutOfRange,
    #[code(12, "The operation is not implemented or not supported")]
    Unimplemented,
    #[code(13, "Internal errors")]
    Internal,
    #[code(14, "The service is currently unavailable")]
    Unavailable,
    #[code(15, "Unrecoverable data loss or corruption")]
    DataLoss,
    #[code(16, "The request does not have valid authentication credentials")]
    Unauthenticated,
}

#[test]
fn the_name_and_the_alias_both_find_the_variant() {
    assert_eq!(GrpcCode::from_name("CANCELLED"), Some(GrpcCode::Cancelled));
    assert_eq!(GrpcCode::from_name("Canceled"), Some(GrpcCode::Cancelled));
    assert_eq!("Canceled".parse(), Ok(GrpcCode::Cancelled));
}

#[test]
fn name_stays_the_name() {
    assert_eq!(GrpcCode::Cancelled.name(), "CANCELLED");
    assert_eq!(
        GrpcCode::from_code(1).map(|code| code.name()),
        Some("CANCELLED")
    );
    // The alias is exact, as names are.
    assert_eq!(GrpcCode::from_name("canceled"), None);
    assert_eq!(GrpcCode::from_name("Cancelled"), None);
}

#[test]
fn an_alias_is_not_a_variant() {
    assert_eq!(GrpcCode::COUNT, 17);
    assert_eq!(
        GrpcCode::ALL.iter().filter(|code| code.code() == 1).count(),
        1
    );
}

/// HTTP 413 was "Payload Too Large" (RFC 7231) and is "Content Too Large"
/// (RFC 9110): both phrases name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
enum Http {
    #[code(
        413,
        name = "Content Too Large",
        alias = "Payload Too Large",
        alias = "Request Entity Too Large"
    )]
    ContentTooLarge,
    #[code(414, name = "URI Too Long")]
    UriTooLong,
}

#[test]
fn an_alias_may_be_repeated() {
    for phrase in [
        "Content Too Large",
        "Payload Too Large",
        "Request Entity Too Large",
    ] {
        assert_eq!(
            Http::from_name(phrase),
            Some(Http::ContentTooLarge),
            "{phrase}"
        );
    }
    assert_eq!(Http::ContentTooLarge.name(), "Content Too Large");
    assert_eq!(Http::from_name("URI Too Long"), Some(Http::UriTooLong));
}

#[test]
fn aliases_work_in_const_context() {
    const CANCELED: Option<GrpcCode> = GrpcCode::from_name("Canceled");
    assert_eq!(CANCELED, Some(GrpcCode::Cancelled));
}
