// The NSError taxonomy's bands declared on a copy of it: 1xx user, 2xx
// session, 3xx media, 8xx transport, 11xx tokens and sockets. The generic
// codes (-1, 901, 999) keep no range, and lie in none.
use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ErrorCodes)]
#[non_exhaustive]
#[error_codes(
    rename_all = "camelCase",
    ranges = [
        ("User Error codes", 100..=199),
        ("Session Error codes", 200..=299),
        ("Media Error codes", 300..=399),
        ("Transport Error codes", 800..=899),
        ("Token Errors", 1100..=1103),
        ("Socket Erros", 1104..=1199),
    ]
)]
pub enum ErrorCode {
    /// `101 userGeneric`.
    #[code(
        101,
        "Invalid participant type",
        "Target client is not is not available while in the process of media (un)subscription",
        "ICE candidates queue overflow",
        category = "User Error codes"
    )]
    UserGeneric,
    /// `102 userNotFound`.
    #[code(
        102,
        "Attempting to execute request before joining the Session",
        "Addressing client that is not in the Session",
        category = "User Error codes"
    )]
    UserNotFound,
    /// `103 userClosedError`.
    #[code(
        103,
        "Source or target user has left the Session during the media subscription process",
        "Target user has left the Session during SDP exchange",
        category = "User Error codes"
    )]
    UserClosedError,
    /// `104 existingUserInSession`.
    #[code(
        104,
        "A Participant tries to join a Session with a name that already exists",
        category = "User Error codes"
    )]
    ExistingUserInSession,
    /// `105 userNotStreaming`.
    #[code(
        105,
        "Attempting to start a stream with no video and audio",
        "Attempting to send SDP response when there was no offer",
        "Attempting to subscribe to a client that did not publish anything yet",
        category = "User Error codes"
    )]
    UserNotStreaming,
    /// `106 userNotAuthorized`.
    #[code(
        106,
        "Attempting to send synchronization data while not having a synchronizer role",
        "Invalid oldParticipantSecret during reconnection",
        category = "User Error codes"
    )]
    UserNotAuthorized,
    /// `201 sessionGenericError`. The first reason keeps the document's
    /// trailing space.
    #[code(
        201,
        "Unable to handle the request as the Session is locked ",
        "Active requests counter underflow (Internal server logic)",
        "The Session is already locked",
        category = "Session Error codes"
    )]
    SessionGenericError,
    /// `203 sessionClosed`: the document gives no reason.
    #[code(203, category = "Session Error codes")]
    SessionClosed,
    /// `206 sessionIsFull`.
    #[code(
        206,
        "Exceeded limit of streaming participants in the room",
        category = "Session Error codes"
    )]
    SessionIsFull,
    /// `303 mediaEndpoint`.
    #[code(
        303,
        "Already subscribed to media stream from target client",
        "SDP exchange for this media stream is already in progress",
        "Timeout during SDP exchange",
        category = "Media Error codes"
    )]
    MediaEndpoint,
    /// `801 transportRequest`.
    #[code(
        801,
        "Failed to make request to media node",
        category = "Transport Error codes"
    )]
    TransportRequest,
    /// `802 transportResponse`.
    #[code(
        802,
        "Invalid response from media node",
        category = "Transport Error codes"
    )]
    TransportResponse,
    /// `803 transport`.
    #[code(
        803,
        "Request method is not supported",
        "Invalid or missing request field",
        category = "Transport Error codes"
    )]
    Transport,
    /// `-1 unknownError`.
    #[code(-1, "Internal server error", name = "unknownError", category = "Generic Error codes")]
    Unknown,
    /// `901 genericConnectionError`.
    #[code(
        901,
        "The Client closed the connection in the middle of the process of joining the room",
        category = "Generic Error codes"
    )]
    GenericConnectionError,
    /// `999 genericError`.
    #[code(999, "The Request is not supported", category = "Generic Error codes")]
    GenericError,
    /// `1101 invalidToken`: the document gives no reason.
    #[code(1101, category = "Token Errors")]
    InvalidToken,
    /// `1102 invalidTokenData`: the document gives no reason.
    #[code(1102, category = "Token Errors")]
    InvalidTokenData,
    /// `1103 invalidTokenJsonData`: the document gives no reason.
    #[code(1103, category = "Token Errors")]
    InvalidTokenJsonData,
    /// `1104 invalidSocketURL`: the document gives no reason.
    #[code(1104, name = "invalidSocketURL", category = "Socket Erros")]
    InvalidSocketUrl,
    /// `1105 invalidStunServer`: the document gives no reason.
    #[code(1105, category = "Socket Erros")]
    InvalidStunServer,
}

fn main() {
    assert_eq!(ErrorCode::SessionClosed.code(), 203);
    assert_eq!(ErrorCode::from_code(1104), Some(ErrorCode::InvalidSocketUrl));
}

mod ffi {
    pub const CLOSED: u16 = 201;
    pub const NO_TRACK: u16 = 301;
    pub const OFFLINE: u16 = 7;
}

/// Constant codes, each in its section's range, or in none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
#[error_codes(ranges = [("Session", 200..=299), ("Media", 300..=399)])]
pub enum FromHeader {
    #[code(ffi::CLOSED, category = "Session")]
    Closed,
    #[code(ffi::NO_TRACK, category = "Media", alternatives = [(ffi::NO_TRACK + 1)])]
    NoTrack,
    #[code(ffi::OFFLINE)]
    Offline,
}
