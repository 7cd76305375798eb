// Variants named like every item and local of the generated code: they
// live in the enum's namespace, the generated helpers do not, so none can
// collide. 43 variants: `from_code` probes its hash table.
#![allow(non_camel_case_types)]

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
enum Named {
    #[code(1, "index reason")]
    index,
    #[code(4, "CODES reason")]
    CODES,
    #[code(7, "NAMES reason")]
    NAMES,
    #[code(10, "REASONS reason")]
    REASONS,
    #[code(13, "REASON_BOUNDS reason")]
    REASON_BOUNDS,
    #[code(16, "DESCRIPTIONS reason")]
    DESCRIPTIONS,
    #[code(19, "CATEGORIES reason")]
    CATEGORIES,
    #[code(22, "KEYS reason")]
    KEYS,
    #[code(25, "ALIAS_OF reason")]
    ALIAS_OF,
    #[code(28, "NAME_SLOTS reason")]
    NAME_SLOTS,
    #[code(31, "hash_name reason")]
    hash_name,
    #[code(34, "same reason")]
    same,
    #[code(37, "variant_at reason")]
    variant_at,
    #[code(40, "LOOKUP_CODES reason")]
    LOOKUP_CODES,
    #[code(43, "CODE_SLOTS reason")]
    CODE_SLOTS,
    #[code(46, "variant_of reason")]
    variant_of,
    #[code(49, "ALTERNATIVE_OF reason")]
    ALTERNATIVE_OF,
    #[code(52, "IDENTS reason")]
    IDENTS,
    #[code(55, "fail reason")]
    fail,
    #[code(58, "RESERVED reason")]
    RESERVED,
    #[code(61, "is_reserved reason")]
    is_reserved,
    #[code(64, "value reason")]
    value,
    #[code(67, "key reason")]
    key,
    #[code(70, "slot reason")]
    slot,
    #[code(73, "variant reason")]
    variant,
    #[code(76, "formatter reason")]
    formatter,
    #[code(79, "bytes reason")]
    bytes,
    #[code(82, "name_ reason")]
    name_,
    #[code(85, "code_ reason")]
    code_,
    #[code(88, "Option reason")]
    Option,
    #[code(91, "Some reason")]
    Some,
    #[code(94, "None reason")]
    None,
    #[code(97, "Result reason")]
    Result,
    #[code(100, "Ok reason")]
    Ok,
    #[code(103, "Err reason")]
    Err,
    #[code(106, "Self_ reason")]
    Self_,
    #[code(109, "core reason")]
    core,
    #[code(112, "std reason")]
    std,
    #[code(115, "u16 reason")]
    u16,
    #[code(118, "str reason")]
    str,
    #[code(121, "usize reason")]
    usize,
    #[code(124, "bool reason")]
    bool,
    #[code(127, "i32 reason")]
    i32,
}

fn main() {
    assert_eq!(Named::COUNT, 43);
    for &each in Named::ALL {
        assert_eq!(Named::from_code(each.code()), Some(each));
        assert_eq!(Named::from_name(each.name()), Some(each));
        assert_eq!(each.description(), format!("{} reason", each.name()));
    }
    assert_eq!(Named::from_code(2), None);
    assert_eq!(Named::fail.to_string(), "fail reason");
}
