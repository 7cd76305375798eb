mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;

#[test]
fn code_is_the_declared_integer() {
    assert_eq!(ErrorCode::UserGeneric.code(), 101);
    assert_eq!(ErrorCode::InvalidStunServer.code(), 1105);
    assert_eq!(ErrorCode::Unknown.code(), -1);
}

#[test]
fn code_has_the_repr_type() {
    let code: u16 = SessionError::Unknown.code();
    assert_eq!(code, u16::MAX);
    assert_eq!(SessionError::NotConnected.code(), 0);
}

#[test]
fn code_is_usable_in_const_context() {
    const UNKNOWN: i32 = ErrorCode::Unknown.code();
    const TABLE: [u16; 2] = [
        SessionError::ConnectionLost.code(),
        SessionError::ExistingUserInSession.code(),
    ];
    assert_eq!(UNKNOWN, -1);
    assert_eq!(TABLE, [7, 104]);
}

#[test]
fn code_works_on_variants_with_fields() {
    use error_macros::ErrorCodes;

    #[derive(Debug, ErrorCodes)]
    #[error_codes(display = false)]
    enum WithFields {
        #[code(1)]
        Tuple(#[allow(dead_code)] u8),
        #[code(2)]
        Named {
            #[allow(dead_code)]
            reason: &'static str,
        },
        #[code(3)]
        Unit,
    }

    assert_eq!(WithFields::Tuple(9).code(), 1);
    assert_eq!(WithFields::Named { reason: "x" }.code(), 2);
    assert_eq!(WithFields::Unit.code(), 3);
}

#[test]
fn a_hex_code_is_the_bits_of_a_signed_code_type() {
    use error_macros::ErrorCodes;

    // COM's `HRESULT`s, as Windows headers write them: past `i32::MAX`,
    // each is the `i32` with those bits.
    #[allow(non_camel_case_types)]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
    #[repr(i32)]
    enum HResult {
        #[code(0x0)]
        S_OK,
        #[code(0x80004005, alternatives = [0x8000_FFFF])]
        E_FAIL,
        // Octal and binary spell bits too.
        #[code(0o20000040001)]
        E_NOTIMPL,
        #[code(0b1000_0000_0000_0111_0000_0000_0000_0101)]
        E_ACCESSDENIED,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
    #[repr(i8)]
    enum Byte {
        #[code(0xFF)]
        AllOnes,
        #[code(0x80)]
        Lowest,
        #[code(0x7F)]
        Highest,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
    #[repr(i64)]
    enum Wide {
        #[code(0x8000_0000_0000_0001)]
        NearLowest,
        #[code(0xFFFF_FFFF_FFFF_FFFF)]
        AllOnes,
    }

    // The `i32` with these bits, as `bits as i32` gives it.
    let bits = |bits: u32| i32::from_ne_bytes(bits.to_ne_bytes());
    assert_eq!(HResult::E_FAIL.code(), -2_147_467_259);
    assert_eq!(HResult::E_FAIL.code(), bits(0x8000_4005));
    assert_eq!(HResult::from_code(-2_147_467_259), Some(HResult::E_FAIL));
    assert_eq!(HResult::from_code(bits(0x8000_FFFF)), Some(HResult::E_FAIL));
    assert_eq!(
        HResult::from_code(bits(0x8000_4001)),
        Some(HResult::E_NOTIMPL)
    );
    assert_eq!(HResult::E_ACCESSDENIED.code(), bits(0x8007_0005));
    assert_eq!(HResult::try_from(0), Ok(HResult::S_OK));
    assert_eq!(i32::from(HResult::E_NOTIMPL), -2_147_467_263);
    assert_eq!(HResult::from_code(0x4005), None);

    assert_eq!((Byte::AllOnes.code(), Byte::Lowest.code()), (-1, -128));
    assert_eq!(Byte::Highest.code(), 127);
    assert_eq!(Byte::from_code(-1), Some(Byte::AllOnes));
    assert_eq!(Byte::from_code(i8::MIN), Some(Byte::Lowest));

    assert_eq!(Wide::NearLowest.code(), i64::MIN + 1);
    assert_eq!(Wide::AllOnes.code(), -1);
    assert_eq!(Wide::from_code(i64::MIN + 1), Some(Wide::NearLowest));
    assert_eq!(Wide::from_code(-1), Some(Wide::AllOnes));
}
