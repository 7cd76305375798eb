//! `alternatives = [CODE, ...]`: more codes that the lookups map to one
//! variant, as `std::io::Error` maps both `EPERM` (1) and `EACCES` (13) to
//! `ErrorKind::PermissionDenied`.

use error_macros::ErrorCodes;

/// Linux errno values, grouped as `std::io::ErrorKind` groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
pub enum IoErrorKind {
    #[code(2, "No such file or directory", name = "NotFound")]
    NotFound,
    #[code(1, "Operation not permitted", "Permission denied", alternatives = [13])]
    PermissionDenied,
    #[code(111, "Connection refused")]
    ConnectionRefused,
    #[code(11, "Resource temporarily unavailable", alternatives = [115])]
    WouldBlock,
    #[code(110, "Connection timed out")]
    TimedOut,
}

#[test]
fn every_code_finds_its_variant() {
    assert_eq!(
        IoErrorKind::from_code(1),
        Some(IoErrorKind::PermissionDenied)
    );
    assert_eq!(
        IoErrorKind::from_code(13),
        Some(IoErrorKind::PermissionDenied)
    );
    assert_eq!(IoErrorKind::from_code(115), Some(IoErrorKind::WouldBlock));
    assert_eq!(IoErrorKind::try_from(13), Ok(IoErrorKind::PermissionDenied));
    assert_eq!(IoErrorKind::from_code(12), None);
}

#[test]
fn code_stays_the_first() {
    assert_eq!(IoErrorKind::PermissionDenied.code(), 1);
    assert_eq!(IoErrorKind::from_code(13).map(|kind| kind.code()), Some(1));
    assert_eq!(i32::from(IoErrorKind::WouldBlock), 11);
}

#[test]
fn nothing_else_maps() {
    for code in -1000..1000 {
        let declared = match code {
            1 | 13 => Some(IoErrorKind::PermissionDenied),
            11 | 115 => Some(IoErrorKind::WouldBlock),
            other => IoErrorKind::ALL
                .iter()
                .copied()
                .find(|kind| kind.code() == other),
        };
        assert_eq!(IoErrorKind::from_code(code), declared, "{code}");
    }
}

/// Enough codes, alternatives included, for `from_code`'s hash table.
macro_rules! many {
    ($($variant:ident = $code:literal / $alternative:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
        #[repr(i64)]
        enum Many {
            $(#[code($code, alternatives = [$alternative])] $variant,)*
        }
    };
}

many! {
    A = 1 / -1, B = 2 / -2, C = 3 / -3, D = 4 / -4, E = 5 / -5, F = 6 / -6, G = 7 / -7,
    H = 8 / -8, I = 9 / -9, J = 10 / -10, K = 11 / -11, L = 12 / -12, M = 13 / -13,
    N = 14 / -14, O = 15 / -15, P = 16 / -16, Q = 17 / -17, R = 18 / -18, S = 19 / -19,
    T = 20 / 9_223_372_036_854_775_807, U = 21 / -9_223_372_036_854_775_808,
}

#[test]
fn alternatives_reach_the_hash_table() {
    for &variant in Many::ALL {
        let code = variant.code();
        assert_eq!(Many::from_code(code), Some(variant));
        if code < 20 {
            assert_eq!(Many::from_code(-code), Some(variant));
        }
    }
    assert_eq!(Many::from_code(i64::MAX), Some(Many::T));
    assert_eq!(Many::from_code(i64::MIN), Some(Many::U));
    assert_eq!(Many::from_code(0), None);
    assert_eq!(Many::from_code(22), None);
}

#[test]
fn alternatives_work_in_const_context() {
    const DENIED: Option<IoErrorKind> = IoErrorKind::from_code(13);
    assert_eq!(DENIED, Some(IoErrorKind::PermissionDenied));
}
