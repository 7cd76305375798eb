//! The generated code raises no warning in a crate that denies them all.
#![deny(warnings, missing_docs, unused, rust_2018_idioms, unused_qualifications)]
#![deny(clippy::all, clippy::pedantic)]

use error_macros::ErrorCodes;

/// A documented public enum: every generated public item must be
/// documented too, or `missing_docs` fails the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCodes)]
#[error_codes(rename_all = "camelCase")]
pub enum Documented {
    /// One.
    #[code(1, "One")]
    One,
    /// Two.
    #[code(2, "Two", category = "Numbers")]
    Two,
}

/// Messages with values: `Display` writes each with its fields, named,
/// positional and generic.
#[derive(Debug, Clone, PartialEq, ErrorCodes)]
pub enum Valued<'a, T: core::fmt::Debug> {
    /// A room.
    #[code(1, "Room {room} is full ({count} participants)")]
    RoomFull {
        /// Its name.
        room: &'a str,
        /// How many are in it.
        count: u32,
    },
    /// A value.
    #[code(2, "Got {0}, {{braced}}")]
    Value(T),
    /// Nothing.
    #[code(3, "Nothing")]
    Nothing,
}

/// Fields, with `Display` written by hand.
#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
pub enum WithFields<'a> {
    /// Borrowed.
    #[code(10)]
    Borrowed(&'a str),
}

impl core::fmt::Display for WithFields<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            WithFields::Borrowed(text) => f.write_str(text),
        }
    }
}

impl core::error::Error for WithFields<'_> {}

/// Links and retryability, with fields and a catch-all.
#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(
    display = false,
    doc_url = "https://docs.example.com/errors/{name}",
    retryable = true
)]
pub enum Linked {
    /// Retry later.
    #[code(503, "Unavailable")]
    Unavailable {
        /// Seconds to wait.
        after: u32,
    },
    /// Not allowed.
    #[code(403, "Forbidden", retryable = false, doc_url = "https://docs.example.com/auth")]
    Forbidden,
    /// Not known yet.
    #[code(catch_all, "Unknown")]
    Unknown(u16),
}

impl core::fmt::Display for Linked {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.description())
    }
}

impl core::error::Error for Linked {}

/// No variant at all.
#[derive(Debug, ErrorCodes)]
pub enum Empty {}

/// Codes as a C header's constants.
pub mod header {
    /// Busy.
    pub const BUSY: u64 = 1 << 40;
    /// Busy, as an older header spelt it.
    pub const OLD_BUSY: u64 = BUSY;
    /// Locked.
    pub const LOCKED: u64 = (1 << 40) | 7;
}

/// Constant codes: the checks and the table the compiler evaluates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u64)]
#[error_codes(reserved = [3, 10..=20])]
pub enum FromHeader {
    /// Busy.
    #[code(header::BUSY, alternatives = [header::OLD_BUSY])]
    Busy,
    /// Locked.
    #[code((header::LOCKED), "Locked")]
    Locked,
}

/// Range variants: alone (every variant keeps its code), beside single
/// codes, with constant codes checked against them, and with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
pub enum OnlyRanges {
    /// Low.
    #[code(0..=99, "Low")]
    Low(u16),
    /// High, its code in the message.
    #[code(100..1000, "High {0}")]
    High(u16),
}

/// A range variant beside constant codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u64)]
#[error_codes(doc_url = "https://docs.example.com/{name}", retryable = false)]
pub enum Banded {
    /// Busy.
    #[code(header::BUSY, doc_url = "https://docs.example.com/busy")]
    Busy,
    /// A band.
    #[code(0x0100..=0x01ff, "A band", retryable, doc_url = "https://docs.example.com/band")]
    Band(u64),
    /// Anything else.
    #[code(catch_all, doc_url = "https://docs.example.com/other")]
    Other(u64),
}

fn main() {
    assert_eq!(OnlyRanges::from_code(500), Some(OnlyRanges::High(500)));
    assert_eq!(OnlyRanges::COUNT, 0);
    assert_eq!(Banded::from_code(0x0101).code(), 0x0101);
    assert_eq!(Documented::Two.code(), 2);
    assert_eq!(WithFields::Borrowed("x").code(), 10);
    assert_eq!(Empty::COUNT, 0);
    assert_eq!(FromHeader::from_code(header::LOCKED), Some(FromHeader::Locked));
    assert!(Linked::Unavailable { after: 1 }.is_retryable());
    assert_eq!(Linked::Forbidden.doc_url(), Some("https://docs.example.com/auth"));
    assert_eq!(Linked::Unknown(7).doc_url(), Some("https://docs.example.com/errors/Unknown"));
}
