//! `#[code(catch_all)]`: a variant that keeps every code the enum does not
//! know, so that no code is lost. HTTP's status codes, as
//! `http::StatusCode` accepts any code a server sends: a client must keep a
//! newer server's code. Sixty codes, so `from_code` probes its hash table;
//! gRPC's seventeen below probe a `match`.

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
pub enum Status {
    #[code(100, name = "Continue", category = "Informational")]
    Continue,
    #[code(101, name = "Switching Protocols", category = "Informational")]
    SwitchingProtocols,
    #[code(102, name = "Processing", category = "Informational")]
    Processing,
    #[code(103, name = "Early Hints", category = "Informational")]
    EarlyHints,
    #[code(200, name = "OK", category = "Success")]
    Ok,
    #[code(201, name = "Created", category = "Success")]
    Created,
    #[code(202, name = "Accepted", category = "Success")]
    Accepted,
    #[code(203, name = "Non-Authoritative Information", category = "Success")]
    NonAuthoritativeInformation,
    #[code(204, name = "No Content", category = "Success")]
    NoContent,
    #[code(205, name = "Reset Content", category = "Success")]
    ResetContent,
    #[code(206, name = "Partial Content", category = "Success")]
    PartialContent,
    #[code(207, name = "Multi-Status", category = "Success")]
    MultiStatus,
    #[code(208, name = "Already Reported", category = "Success")]
    AlreadyReported,
    #[code(226, name = "IM Used", category = "Success")]
    ImUsed,
    #[code(300, name = "Multiple Choices", category = "Redirection")]
    MultipleChoices,
    #[code(301, name = "Moved Permanently", category = "Redirection")]
    MovedPermanently,
    #[code(302, name = "Found", category = "Redirection")]
    Found,
    #[code(303, name = "See Other", category = "Redirection")]
    SeeOther,
    #[code(304, name = "Not Modified", category = "Redirection")]
    NotModified,
    #[code(305, name = "Use Proxy", category = "Redirection")]
    UseProxy,
    #[code(307, name = "Temporary Redirect", category = "Redirection")]
    TemporaryRedirect,
    #[code(308, name = "Permanent Redirect", category = "Redirection")]
    PermanentRedirect,
    #[code(400, name = "Bad Request", category = "Client Error")]
    BadRequest,
    #[code(401, name = "Unauthorized", category = "Client Error")]
    Unauthorized,
    #[code(402, name = "Payment Required", category = "Client Error")]
    PaymentRequired,
    #[code(403, name = "Forbidden", category = "Client Error")]
    Forbidden,
    #[code(404, name = "Not Found", category = "Client Error")]
    NotFound,
    #[code(405, name = "Method Not Allowed", category = "Client Error")]
    MethodNotAllowed,
    #[code(406, name = "Not Acceptable", category = "Client Error")]
    NotAcceptable,
    #[code(407, name = "Proxy Authentication Required", category = "Client Error")]
    ProxyAuthenticationRequired,
    #[code(408, name = "Request Timeout", category = "Client Error")]
    RequestTimeout,
    #[code(409, name = "Conflict", category = "Client Error")]
    Conflict,
    #[code(410, name = "Gone", category = "Client Error")]
    Gone,
    #[code(411, name = "Length Required", category = "Client Error")]
    LengthRequired,
    #[code(412, name = "Precondition Failed", category = "Client Error")]
    PreconditionFailed,
    #[code(
        413,
        name = "Content Too Large",
        category = "Client Error",
        alias = "Payload Too Large"
    )]
    ContentTooLarge,
    #[code(414, name = "URI Too Long", category = "Client Error")]
    UriTooLong,
    #[code(415, name = "Unsupported Media Type", category = "Client Error")]
    UnsupportedMediaType,
    #[code(416, name = "Range Not Satisfiable", category = "Client Error")]
    RangeNotSatisfiable,
    #[code(417, name = "Expectation Failed", category = "Client Error")]
    ExpectationFailed,
    #[code(421, name = "Misdirected Request", category = "Client Error")]
    MisdirectedRequest,
    #[code(422, name = "Unprocessable Content", category = "Client Error")]
    UnprocessableContent,
    #[code(423, name = "Locked", category = "Client Error")]
    Locked,
    #[code(424, name = "Failed Dependency", category = "Client Error")]
    FailedDependency,
    #[code(425, name = "Too Early", category = "Client Error")]
    TooEarly,
    #[code(426, name = "Upgrade Required", category = "Client Error")]
    UpgradeRequired,
    #[code(428, name = "Precondition Required", category = "Client Error")]
    PreconditionRequired,
    #[code(429, name = "Too Many Requests", category = "Client Error")]
    TooManyRequests,
    #[code(
        431,
        name = "Request Header Fields Too Large",
        category = "Client Error"
    )]
    RequestHeaderFieldsTooLarge,
    #[code(451, name = "Unavailable For Legal Reasons", category = "Client Error")]
    UnavailableForLegalReasons,
    #[code(500, name = "Internal Server Error", category = "Server Error")]
    InternalServerError,
    #[code(501, name = "Not Implemented", category = "Server Error")]
    NotImplemented,
    #[code(502, name = "Bad Gateway", category = "Server Error")]
    BadGateway,
    #[code(503, name = "Service Unavailable", category = "Server Error")]
    ServiceUnavailable,
    #[code(504, name = "Gateway Timeout", category = "Server Error")]
    GatewayTimeout,
    #[code(505, name = "HTTP Version Not Supported", category = "Server Error")]
    HttpVersionNotSupported,
    #[code(506, name = "Variant Also Negotiates", category = "Server Error")]
    VariantAlsoNegotiates,
    #[code(507, name = "Insufficient Storage", category = "Server Error")]
    InsufficientStorage,
    #[code(508, name = "Loop Detected", category = "Server Error")]
    LoopDetected,
    #[code(
        511,
        name = "Network Authentication Required",
        category = "Server Error"
    )]
    NetworkAuthenticationRequired,
    #[code(catch_all, "A status this client does not know")]
    Other(u16),
}

#[test]
fn a_known_code_finds_its_variant() {
    assert_eq!(Status::from_code(404), Status::NotFound);
    assert_eq!(Status::from(413), Status::ContentTooLarge);
    assert_eq!(
        Status::from_name("Payload Too Large"),
        Some(Status::ContentTooLarge)
    );
}

#[test]
fn an_unknown_code_is_kept() {
    let teapot = Status::from_code(418);
    assert_eq!(teapot, Status::Other(418));
    assert_eq!(teapot.code(), 418);
    assert_eq!(u16::from(teapot), 418);
    assert_eq!(teapot.name(), "Other");
    assert_eq!(teapot.description(), "A status this client does not know");
    assert_eq!(
        teapot.to_string(),
        "A status this client does not know (code 418)"
    );
    assert_eq!(teapot.category(), None);
}

#[test]
fn every_code_round_trips() {
    // `from_code` is total and `code` gives back what it was given.
    for code in 0..=u16::MAX {
        let status = Status::from_code(code);
        assert_eq!(status.code(), code);
        let known = Status::ALL.iter().any(|known| known.code() == code);
        assert_eq!(matches!(status, Status::Other(_)), !known, "{code}");
    }
}

#[test]
fn the_catch_all_is_not_a_known_variant() {
    assert_eq!(Status::COUNT, 60);
    assert!(
        Status::ALL
            .iter()
            .all(|status| !matches!(status, Status::Other(_)))
    );
    // `from_name` knows the named variants only.
    assert_eq!(Status::from_name("Other"), None);
    assert!("Other".parse::<Status>().is_err());
}

#[test]
fn known_variants_display_their_description() {
    assert_eq!(Status::NotFound.to_string(), "Not Found");
    assert_eq!(Status::NotFound.category(), Some("Client Error"));
}

#[test]
fn from_code_is_const() {
    const KEPT: Status = Status::from_code(599);
    assert_eq!(KEPT, Status::Other(599));
}

/// A small enum, whose `from_code` is one `match`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(i8)]
enum Small {
    #[code(-1, "Failure")]
    Failure,
    #[code(0)]
    Success,
    #[code(catch_all)]
    Unrecognized(i8),
}

#[test]
fn a_small_enum_keeps_unknown_codes_too() {
    for code in i8::MIN..=i8::MAX {
        let small = Small::from_code(code);
        assert_eq!(small.code(), code);
        assert_eq!(
            matches!(small, Small::Unrecognized(_)),
            !(-1..=0).contains(&code)
        );
    }
    assert_eq!(Small::Unrecognized(7).to_string(), "Unrecognized (code 7)");
    assert_eq!(Small::from_name("Success"), Some(Small::Success));
    assert_eq!(Small::from_name("Unrecognized"), None);
}

/// Under `display = false`, the catch-all may sit beside variants with
/// fields; the lookups then do not exist, the rest does.
#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
enum WithFields {
    #[code(1)]
    Message { text: String },
    #[code(catch_all)]
    Other(i32),
}

#[test]
fn with_fields_the_catch_all_still_carries_its_code() {
    assert_eq!(WithFields::Other(77).code(), 77);
    let message = WithFields::Message {
        text: "hello".to_owned(),
    };
    assert_eq!(message.code(), 1);
    let WithFields::Message { text } = message else {
        unreachable!("built as a message")
    };
    assert_eq!(text, "hello");
}
