//! Constant codes in numbers, as a wrapper of a C header has them: every
//! code a constant the compiler evaluates, checked once for all codes (a
//! sort by code, then a scan of neighbours) and not once per pair. Codes
//! that share their low bytes and differ only in a higher one are not
//! duplicates, in any code type; codes just outside reserved ranges given
//! in any order, nested or touching, are not reserved (the compiler would
//! reject this file); and every lookup finds what was declared.

use error_macros::ErrorCodes;

/// One enum of `$repr` codes, each the constant of the variant's name, and
/// `VALUES`, each variant with its constant's value.
macro_rules! constant_codes {
    ($name:ident: $repr:ident $(, reserved = $reserved:tt)?; $($variant:ident = $value:expr),* $(,)?) => {
        $(
            #[allow(non_upper_case_globals)]
            const $variant: $repr = $value;
        )*

        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
        #[repr($repr)]
        $(#[error_codes(reserved = $reserved)])?
        enum $name {
            $(#[code($variant)] $variant,)*
        }

        impl $name {
            const VALUES: &[($name, $repr)] = &[$(($name::$variant, $variant)),*];
        }
    };
}

/// An HRESULT: the failure bit, a facility in the third and fourth bytes,
/// a code in the first two.
const fn hr(facility: u32, code: u32) -> u32 {
    0x8000_0000 | facility << 16 | code
}

// Eight facilities with the same eight code numbers: 64 codes, eight of
// each low half. The reserved codes lie around and between them, each
// range next to a code, given out of order, one nested in another, two
// touching.
constant_codes! { Hresult: u32, reserved = [
        0x8800_0000..=0xFFFF_FFFF, 0x8000_0007..=0x8000_000D, 0x8000_0002..=0x8000_0004,
        0x8000_0003, 0x8003_0021..=0x8003_0056, 0x8003_000F..=0x8003_0020,
        0x8003_0030..=0x8003_0040, 0x8003_0058..=0x8003_00FF, 0..=0x7FFF_FFFF,
    ];
    F0C0 = hr(0x0, 0x0), F0C1 = hr(0x0, 0x1), F0C5 = hr(0x0, 0x5), F0C6 = hr(0x0, 0x6),
    F0C14 = hr(0x0, 0xe), F0C87 = hr(0x0, 0x57), F0C256 = hr(0x0, 0x100), F0C65535 = hr(0x0, 0xffff),
    F3C0 = hr(0x3, 0x0), F3C1 = hr(0x3, 0x1), F3C5 = hr(0x3, 0x5), F3C6 = hr(0x3, 0x6),
    F3C14 = hr(0x3, 0xe), F3C87 = hr(0x3, 0x57), F3C256 = hr(0x3, 0x100), F3C65535 = hr(0x3, 0xffff),
    F4C0 = hr(0x4, 0x0), F4C1 = hr(0x4, 0x1), F4C5 = hr(0x4, 0x5), F4C6 = hr(0x4, 0x6),
    F4C14 = hr(0x4, 0xe), F4C87 = hr(0x4, 0x57), F4C256 = hr(0x4, 0x100), F4C65535 = hr(0x4, 0xffff),
    F7C0 = hr(0x7, 0x0), F7C1 = hr(0x7, 0x1), F7C5 = hr(0x7, 0x5), F7C6 = hr(0x7, 0x6),
    F7C14 = hr(0x7, 0xe), F7C87 = hr(0x7, 0x57), F7C256 = hr(0x7, 0x100), F7C65535 = hr(0x7, 0xffff),
    F23C0 = hr(0x17, 0x0), F23C1 = hr(0x17, 0x1), F23C5 = hr(0x17, 0x5), F23C6 = hr(0x17, 0x6),
    F23C14 = hr(0x17, 0xe), F23C87 = hr(0x17, 0x57), F23C256 = hr(0x17, 0x100), F23C65535 = hr(0x17, 0xffff),
    F128C0 = hr(0x80, 0x0), F128C1 = hr(0x80, 0x1), F128C5 = hr(0x80, 0x5), F128C6 = hr(0x80, 0x6),
    F128C14 = hr(0x80, 0xe), F128C87 = hr(0x80, 0x57), F128C256 = hr(0x80, 0x100), F128C65535 = hr(0x80, 0xffff),
    F255C0 = hr(0xff, 0x0), F255C1 = hr(0xff, 0x1), F255C5 = hr(0xff, 0x5), F255C6 = hr(0xff, 0x6),
    F255C14 = hr(0xff, 0xe), F255C87 = hr(0xff, 0x57), F255C256 = hr(0xff, 0x100), F255C65535 = hr(0xff, 0xffff),
    F2047C0 = hr(0x7ff, 0x0), F2047C1 = hr(0x7ff, 0x1), F2047C5 = hr(0x7ff, 0x5), F2047C6 = hr(0x7ff, 0x6),
    F2047C14 = hr(0x7ff, 0xe), F2047C87 = hr(0x7ff, 0x57), F2047C256 = hr(0x7ff, 0x100), F2047C65535 = hr(0x7ff, 0xffff),
}

// Every sign, both ends: one byte, one pass.
constant_codes! { Small: i8;
    N128 = -128, N127 = -127, N100 = -100, N64 = -64, N2 = -2, N1 = -1, P0 = 0,
    P1 = 1, P2 = 2, P63 = 63, P64 = 64, P100 = 100, P126 = 126, P127 = 127,
}

// Codes apart only in their top byte: the pass over it alone tells them
// apart; the six bytes below it are the same in every code.
constant_codes! { TopByte: i64;
    TopN128 = (-128i64 << 56) | 1, TopN127 = (-127i64 << 56) | 1, TopN2 = (-2i64 << 56) | 1,
    TopN1 = (-1i64 << 56) | 1, Top0 = 1, Top1 = (1i64 << 56) | 1,
    Top2 = (2i64 << 56) | 1, Top126 = (126i64 << 56) | 1, Top127 = (127i64 << 56) | 1,
}

/// Every declared code and its variant, found both ways; no other code in
/// `candidates` found.
fn check<E, C>(
    values: &[(E, C)],
    code: impl Fn(&E) -> C,
    from_code: impl Fn(C) -> Option<E>,
    candidates: impl Iterator<Item = C>,
) where
    E: Copy + PartialEq + core::fmt::Debug,
    C: Copy + PartialEq + core::fmt::Debug,
{
    for &(variant, value) in values {
        assert_eq!(code(&variant), value);
        assert_eq!(from_code(value), Some(variant), "{value:?}");
    }
    for candidate in candidates {
        let declared = values
            .iter()
            .find(|(_, value)| *value == candidate)
            .map(|(variant, _)| *variant);
        assert_eq!(from_code(candidate), declared, "{candidate:?}");
    }
}

#[test]
fn codes_apart_in_a_higher_byte_only_are_all_there() {
    assert_eq!(Hresult::COUNT, 64);
    // Every code with its neighbours, and with each other facility.
    let candidates = Hresult::VALUES.iter().flat_map(|&(_, value)| {
        [
            value.wrapping_sub(1),
            value,
            value.wrapping_add(1),
            value ^ 0x0001_0000,
            value ^ 0x0100_0000,
        ]
    });
    check(
        Hresult::VALUES,
        Hresult::code,
        Hresult::from_code,
        candidates,
    );
    assert_eq!(Small::COUNT, 14);
    check(
        Small::VALUES,
        Small::code,
        Small::from_code,
        i8::MIN..=i8::MAX,
    );
    assert_eq!(TopByte::COUNT, 9);
    let candidates = TopByte::VALUES
        .iter()
        .flat_map(|&(_, value)| [value - 1, value, value + 1, value ^ 1 << 48]);
    check(
        TopByte::VALUES,
        TopByte::code,
        TopByte::from_code,
        candidates,
    );
}
