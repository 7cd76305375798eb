//! The integer type of a taxonomy's codes, with its range and its
//! spelling in Rust.

use std::fmt;

/// The integer type of a taxonomy's codes: the enum's
/// `#[repr(i8|i16|i32|i64|u8|u16|u32|u64)]`, else `i32`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
// Hashed and ordered by the tools; the derive, built without the
// `taxonomy` feature, has no use for them.
#[cfg_attr(feature = "taxonomy", derive(Eq, Hash, PartialOrd, Ord))]
pub enum CodeType {
    I8,
    I16,
    #[default]
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl CodeType {
    /// Every code type, signed first, narrowest first.
    pub const ALL: [CodeType; 8] = [
        CodeType::I8,
        CodeType::I16,
        CodeType::I32,
        CodeType::I64,
        CodeType::U8,
        CodeType::U16,
        CodeType::U32,
        CodeType::U64,
    ];

    /// The type as Rust spells it: `"i32"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            CodeType::I8 => "i8",
            CodeType::I16 => "i16",
            CodeType::I32 => "i32",
            CodeType::I64 => "i64",
            CodeType::U8 => "u8",
            CodeType::U16 => "u16",
            CodeType::U32 => "u32",
            CodeType::U64 => "u64",
        }
    }

    /// The code type Rust spells `name`, if there is one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<CodeType> {
        CodeType::ALL.into_iter().find(|ty| ty.name() == name)
    }

    /// The smallest code of this type.
    #[must_use]
    pub const fn min(self) -> i128 {
        match self {
            CodeType::I8 => i8::MIN as i128,
            CodeType::I16 => i16::MIN as i128,
            CodeType::I32 => i32::MIN as i128,
            CodeType::I64 => i64::MIN as i128,
            CodeType::U8 | CodeType::U16 | CodeType::U32 | CodeType::U64 => 0,
        }
    }

    /// The largest code of this type.
    #[must_use]
    pub const fn max(self) -> i128 {
        match self {
            CodeType::I8 => i8::MAX as i128,
            CodeType::I16 => i16::MAX as i128,
            CodeType::I32 => i32::MAX as i128,
            CodeType::I64 => i64::MAX as i128,
            CodeType::U8 => u8::MAX as i128,
            CodeType::U16 => u16::MAX as i128,
            CodeType::U32 => u32::MAX as i128,
            CodeType::U64 => u64::MAX as i128,
        }
    }

    /// Whether `code` is a value of this type.
    #[must_use]
    pub const fn contains(self, code: i128) -> bool {
        self.min() <= code && code <= self.max()
    }

    /// Whether the type has negative values.
    #[must_use]
    pub const fn is_signed(self) -> bool {
        self.min() < 0
    }

    /// The type's width in bits.
    #[must_use]
    pub const fn bits(self) -> u32 {
        match self {
            CodeType::I8 | CodeType::U8 => 8,
            CodeType::I16 | CodeType::U16 => 16,
            CodeType::I32 | CodeType::U32 => 32,
            CodeType::I64 | CodeType::U64 => 64,
        }
    }

    /// The value of a signed type whose two's-complement bits are
    /// `bits`, when `bits` is past the type's range but within its width
    /// (`0x80004005` on `i32` is -2147467259, `0xFF` on `i8` is -1), as
    /// `bits as i32` would give it: what a hex, octal or binary code
    /// means. `None` for any other value, and for an unsigned type, whose
    /// values are their bits.
    #[must_use]
    pub const fn from_bits(self, bits: i128) -> Option<i128> {
        let past = 1i128 << self.bits();
        if self.is_signed() && self.max() < bits && bits < past {
            Some(bits - past)
        } else {
            None
        }
    }
}

impl fmt::Display for CodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_types_know_their_ranges() {
        assert_eq!(CodeType::default(), CodeType::I32);
        assert_eq!((CodeType::I8.min(), CodeType::I8.max()), (-128, 127));
        assert_eq!(CodeType::U64.max(), i128::from(u64::MAX));
        assert!(CodeType::U16.contains(65_535) && !CodeType::U16.contains(-1));
        for ty in CodeType::ALL {
            assert_eq!(CodeType::from_name(ty.name()), Some(ty));
            assert_eq!(ty.is_signed(), ty.name().starts_with('i'));
            assert_eq!(ty.name()[1..].parse::<u32>(), Ok(ty.bits()));
        }
        assert_eq!(CodeType::from_name("i128"), None);
    }

    #[test]
    fn bits_past_a_signed_range_are_its_negative_values() {
        assert_eq!(CodeType::I32.from_bits(0x8000_4005), Some(-2_147_467_259));
        assert_eq!(CodeType::I8.from_bits(0xFF), Some(-1));
        assert_eq!(CodeType::I8.from_bits(0x80), Some(-128));
        assert_eq!(
            CodeType::I64.from_bits(0x8000_0000_0000_0001),
            Some(i128::from(i64::MIN) + 1)
        );
        // In range, past the width, or unsigned: the value is the value.
        for (ty, value) in [
            (CodeType::I8, 0x7F),
            (CodeType::I8, 0x100),
            (CodeType::I8, -1),
            (CodeType::I64, 1 << 64),
            (CodeType::U8, 0xFF),
        ] {
            assert_eq!(ty.from_bits(value), None, "{ty} {value:#x}");
        }
    }
}
