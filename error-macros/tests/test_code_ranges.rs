//! A range of codes as one variant: QUIC's `CRYPTO_ERROR` is every code
//! from 0x0100 to 0x01ff, the TLS alert in its low byte (RFC 9000, 20.1).
//! The variant keeps the code, so the alert survives a round trip, and the
//! catch-all still tells an unknown code from it.

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u64)]
#[error_codes(
    rename_all = "SCREAMING_SNAKE_CASE",
    doc_url = "https://quic.example/{name}"
)]
pub enum Quic {
    #[code(
        0x00,
        "An endpoint closed the connection without error",
        name = "NO_ERROR"
    )]
    NoError,
    #[code(
        0x01,
        "The endpoint hit an internal error",
        name = "INTERNAL_ERROR",
        retryable
    )]
    Internal,
    #[code(0x0a, "A protocol violation", name = "PROTOCOL_VIOLATION")]
    ProtocolViolation,
    #[code(0x0100..=0x01ff, "The cryptographic handshake failed", name = "CRYPTO_ERROR", alias = "CRYPTO", category = "TLS")]
    Crypto(u64),
    #[code(catch_all, "An error this endpoint does not know")]
    Other(u64),
}

/// Without a catch-all, with a message naming the code and an exclusive
/// range on a signed type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(i16)]
pub enum Banded {
    #[code(-10..0, "Transient failure {0}")]
    Transient(i16),
    #[code(1, "One")]
    One,
    #[code(2..=9)]
    Small(i16),
}

#[test]
fn a_code_in_the_range_decodes_to_the_range_variant_and_keeps_the_code() {
    let crypto = Quic::from_code(0x0128);
    assert_eq!(crypto, Quic::Crypto(0x0128));
    assert_eq!(crypto.code(), 0x0128);
    assert_eq!(u64::from(crypto), 0x0128);
    assert_eq!(Quic::from(0x0128), Quic::Crypto(0x0128));
    for code in [0x0100, 0x01ff] {
        assert_eq!(Quic::from_code(code), Quic::Crypto(code));
    }
    // Its neighbours are another variant's, or unknown: the catch-all
    // tells them apart.
    assert_eq!(Quic::from_code(0x00ff), Quic::Other(0x00ff));
    assert_eq!(Quic::from_code(0x0200), Quic::Other(0x0200));
    assert_eq!(Quic::from_code(0x0a), Quic::ProtocolViolation);
}

#[test]
fn the_range_variant_answers_every_per_variant_question() {
    let crypto = Quic::Crypto(0x0128);
    assert_eq!(crypto.name(), "CRYPTO_ERROR");
    assert_eq!(crypto.reasons(), ["The cryptographic handshake failed"]);
    assert_eq!(crypto.description(), "The cryptographic handshake failed");
    assert_eq!(crypto.category(), Some("TLS"));
    assert_eq!(crypto.doc_url(), Some("https://quic.example/CRYPTO_ERROR"));
    assert!(!crypto.is_retryable());
    assert!(Quic::Internal.is_retryable());
    assert_eq!(
        crypto.to_string(),
        "The cryptographic handshake failed (code 296)"
    );
}

#[test]
fn all_lists_the_single_codes_only() {
    assert_eq!(
        Quic::ALL,
        [Quic::NoError, Quic::Internal, Quic::ProtocolViolation]
    );
    assert_eq!(Quic::COUNT, Quic::ALL.len());
    assert_eq!(Banded::ALL, [Banded::One]);
    assert_eq!(Banded::COUNT, 1);
}

#[test]
fn by_name_a_range_variant_is_its_first_code() {
    assert_eq!(Quic::from_name("CRYPTO_ERROR"), Some(Quic::Crypto(0x0100)));
    assert_eq!(Quic::from_name("CRYPTO"), Some(Quic::Crypto(0x0100)));
    assert_eq!("CRYPTO_ERROR".parse(), Ok(Quic::Crypto(0x0100)));
    assert_eq!(Banded::from_name("Small"), Some(Banded::Small(2)));
}

#[test]
fn without_a_catch_all_a_code_outside_every_range_is_none() {
    assert_eq!(Banded::from_code(-10), Some(Banded::Transient(-10)));
    assert_eq!(Banded::from_code(-1), Some(Banded::Transient(-1)));
    // `-10..0` stops before 0.
    assert_eq!(Banded::from_code(0), None);
    assert_eq!(Banded::from_code(1), Some(Banded::One));
    assert_eq!(Banded::from_code(9), Some(Banded::Small(9)));
    assert_eq!(Banded::try_from(10).map_err(|error| error.code()), Err(10));
    assert_eq!(Banded::try_from(5), Ok(Banded::Small(5)));
    assert_eq!(i16::from(Banded::Small(5)), 5);
}

#[test]
fn a_message_naming_the_code_writes_it() {
    assert_eq!(Banded::Transient(-3).to_string(), "Transient failure -3");
    assert_eq!(Banded::Transient(-3).description(), "Transient failure {0}");
    assert_eq!(Banded::Small(4).to_string(), "Small (code 4)");
    assert_eq!(Banded::One.to_string(), "One");
}

/// Large enough that `from_code` probes its hash table: the ranges are
/// tried after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u32)]
pub enum Hashed {
    #[code(1)]
    A1,
    #[code(2)]
    A2,
    #[code(3)]
    A3,
    #[code(4)]
    A4,
    #[code(5)]
    A5,
    #[code(6)]
    A6,
    #[code(7)]
    A7,
    #[code(8)]
    A8,
    #[code(9)]
    A9,
    #[code(10)]
    A10,
    #[code(11)]
    A11,
    #[code(12)]
    A12,
    #[code(13)]
    A13,
    #[code(14)]
    A14,
    #[code(15)]
    A15,
    #[code(16)]
    A16,
    #[code(17)]
    A17,
    #[code(18)]
    A18,
    #[code(19)]
    A19,
    #[code(20)]
    A20,
    #[code(21)]
    A21,
    #[code(22)]
    A22,
    #[code(23)]
    A23,
    #[code(24)]
    A24,
    #[code(25)]
    A25,
    #[code(26)]
    A26,
    #[code(27)]
    A27,
    #[code(28)]
    A28,
    #[code(29)]
    A29,
    #[code(30)]
    A30,
    #[code(31)]
    A31,
    #[code(32)]
    A32,
    #[code(33)]
    A33,
    #[code(34)]
    A34,
    #[code(35)]
    A35,
    #[code(36)]
    A36,
    #[code(37)]
    A37,
    #[code(38)]
    A38,
    #[code(39)]
    A39,
    #[code(40)]
    A40,
    #[code(1000..=1999)]
    Band(u32),
    #[code(3000..=3999)]
    Other(u32),
}

#[test]
fn a_hashed_lookup_tries_the_ranges_after_its_table() {
    assert_eq!(Hashed::from_code(40), Some(Hashed::A40));
    assert_eq!(Hashed::from_code(1500), Some(Hashed::Band(1500)));
    assert_eq!(Hashed::from_code(3999), Some(Hashed::Other(3999)));
    assert_eq!(Hashed::from_code(2000), None);
    assert_eq!(Hashed::from_code(0), None);
}
