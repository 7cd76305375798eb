// The derive pastes a constant code where it builds its tables, inside a
// block of its own: its tables, helpers and locals must not hide the
// user's constants, whatever they are named. Each constant below is named
// like an item or a local the derive once used, in a small enum (`match`
// lookups) and in one large enough for every hash table, both with a
// reservation in force (which adds the compile-time check of constant
// codes against it).
#![allow(non_upper_case_globals)]

use error_macros::ErrorCodes;

const CODES: i32 = 1;
const NAMES: i32 = 2;
const REASONS: i32 = 3;
const REASON_BOUNDS: i32 = 4;
const DESCRIPTIONS: i32 = 5;
const CATEGORIES: i32 = 6;
const SLOT_CODES: i32 = 7;
const SLOT_VARIANTS: i32 = 8;
const LOOKUP_CODES: i32 = 9;
const LOOKUP_VARIANTS: i32 = 10;
const SLOTS: i32 = 11;
const RESERVED: i32 = 12;
const IDENTS: i32 = 13;
const KEYS: i32 = 14;
const ALIAS_OF: i32 = 15;
const NAME_SLOTS: i32 = 16;
const index: i32 = 17;
const variant_at: i32 = 18;
const hash_name: i32 = 19;
const same: i32 = 20;
const fail: i32 = 21;
const is_reserved: i32 = 22;
const value: i32 = 23;
const end: i32 = 24;
const start: i32 = 25;
const category: i32 = 26;
const slot: i32 = 27;
const key: i32 = 28;
const first: i32 = 29;
const second: i32 = 30;
const codes: i32 = 31;
const slot_codes: i32 = 32;
const variants: i32 = 33;
const message: i32 = 34;
const len: i32 = 35;
const part: i32 = 36;
const bytes: i32 = 37;
const byte: i32 = 38;
const range: i32 = 39;
const hash: i32 = 40;
const rest: i32 = 41;
const word: i32 = 42;
const last: i32 = 43;
const shift: i32 = 44;
const a: i32 = 45;
const b: i32 = 46;
const c: i32 = 47;
const d: i32 = 48;
const e: i32 = 49;
const f: i32 = 50;
const g: i32 = 51;
const h: i32 = 52;
const tail: i32 = 53;
const left: i32 = 54;
const right: i32 = 55;
const x: i32 = 56;
const y: i32 = 57;
const formatter: i32 = 58;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(reserved = [1000..=1999])]
enum Small {
    #[code(CODES, "named CODES", category = "C")]
    Codes,
    #[code(NAMES, "named NAMES", category = "C")]
    Names,
    #[code(RESERVED, "named RESERVED", category = "C")]
    Reserved,
    #[code(SLOTS, "named SLOTS", category = "C")]
    Slots,
    #[code(index, "named index", category = "C")]
    IndexCode,
    #[code(fail, "named fail", category = "C")]
    FailCode,
    #[code(value, "named value", category = "C")]
    ValueCode,
    #[code(category, "named category", category = "C")]
    CategoryCode,
    #[code(formatter, "named formatter", category = "C")]
    FormatterCode,
    #[code(catch_all)]
    Other(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(reserved = [1000..=1999, "retired"])]
enum Large {
    #[code(CODES, "named CODES", alias = "alias-of-CODES")]
    Codes,
    #[code(NAMES, "named NAMES", alias = "alias-of-NAMES")]
    Names,
    #[code(REASONS, "named REASONS", alias = "alias-of-REASONS")]
    Reasons,
    #[code(REASON_BOUNDS, "named REASON_BOUNDS", alias = "alias-of-REASON_BOUNDS")]
    ReasonBounds,
    #[code(DESCRIPTIONS, "named DESCRIPTIONS", alias = "alias-of-DESCRIPTIONS")]
    Descriptions,
    #[code(CATEGORIES, "named CATEGORIES", alias = "alias-of-CATEGORIES")]
    Categories,
    #[code(SLOT_CODES, "named SLOT_CODES", alias = "alias-of-SLOT_CODES")]
    SlotCodes,
    #[code(SLOT_VARIANTS, "named SLOT_VARIANTS", alias = "alias-of-SLOT_VARIANTS")]
    SlotVariants,
    #[code(LOOKUP_CODES, "named LOOKUP_CODES", alias = "alias-of-LOOKUP_CODES")]
    LookupCodes,
    #[code(LOOKUP_VARIANTS, "named LOOKUP_VARIANTS", alias = "alias-of-LOOKUP_VARIANTS")]
    LookupVariants,
    #[code(SLOTS, "named SLOTS", alias = "alias-of-SLOTS")]
    Slots,
    #[code(RESERVED, "named RESERVED", alias = "alias-of-RESERVED")]
    Reserved,
    #[code(IDENTS, "named IDENTS", alias = "alias-of-IDENTS")]
    Idents,
    #[code(KEYS, "named KEYS", alias = "alias-of-KEYS")]
    Keys,
    #[code(ALIAS_OF, "named ALIAS_OF", alias = "alias-of-ALIAS_OF")]
    AliasOf,
    #[code(NAME_SLOTS, "named NAME_SLOTS", alias = "alias-of-NAME_SLOTS")]
    NameSlots,
    #[code(index, "named index", alias = "alias-of-index")]
    IndexCode,
    #[code(variant_at, "named variant_at", alias = "alias-of-variant_at")]
    VariantAtCode,
    #[code(hash_name, "named hash_name", alias = "alias-of-hash_name")]
    HashNameCode,
    #[code(same, "named same", alias = "alias-of-same")]
    SameCode,
    #[code(fail, "named fail", alias = "alias-of-fail")]
    FailCode,
    #[code(is_reserved, "named is_reserved", alias = "alias-of-is_reserved")]
    IsReservedCode,
    #[code(value, "named value", alias = "alias-of-value")]
    ValueCode,
    #[code(end, "named end", alias = "alias-of-end")]
    EndCode,
    #[code(start, "named start", alias = "alias-of-start")]
    StartCode,
    #[code(category, "named category", alias = "alias-of-category")]
    CategoryCode,
    #[code(slot, "named slot", alias = "alias-of-slot")]
    SlotCode,
    #[code(key, "named key", alias = "alias-of-key")]
    KeyCode,
    #[code(first, "named first", alias = "alias-of-first")]
    FirstCode,
    #[code(second, "named second", alias = "alias-of-second")]
    SecondCode,
    #[code(codes, "named codes", alias = "alias-of-codes")]
    CodesCode,
    #[code(slot_codes, "named slot_codes", alias = "alias-of-slot_codes")]
    SlotCodesCode,
    #[code(variants, "named variants", alias = "alias-of-variants")]
    VariantsCode,
    #[code(message, "named message", alias = "alias-of-message")]
    MessageCode,
    #[code(len, "named len", alias = "alias-of-len")]
    LenCode,
    #[code(part, "named part", alias = "alias-of-part")]
    PartCode,
    #[code(bytes, "named bytes", alias = "alias-of-bytes")]
    BytesCode,
    #[code(byte, "named byte", alias = "alias-of-byte")]
    ByteCode,
    #[code(range, "named range", alias = "alias-of-range")]
    RangeCode,
    #[code(hash, "named hash", alias = "alias-of-hash")]
    HashCode,
    #[code(rest, "named rest", alias = "alias-of-rest")]
    RestCode,
    #[code(word, "named word", alias = "alias-of-word")]
    WordCode,
    #[code(last, "named last", alias = "alias-of-last")]
    LastCode,
    #[code(shift, "named shift", alias = "alias-of-shift")]
    ShiftCode,
    #[code(a, "named a", alias = "alias-of-a")]
    ACode,
    #[code(b, "named b", alias = "alias-of-b")]
    BCode,
    #[code(c, "named c", alias = "alias-of-c")]
    CCode,
    #[code(d, "named d", alias = "alias-of-d")]
    DCode,
    #[code(e, "named e", alias = "alias-of-e")]
    ECode,
    #[code(f, "named f", alias = "alias-of-f")]
    FCode,
    #[code(g, "named g", alias = "alias-of-g")]
    GCode,
    #[code(h, "named h", alias = "alias-of-h")]
    HCode,
    #[code(tail, "named tail", alias = "alias-of-tail")]
    TailCode,
    #[code(left, "named left", alias = "alias-of-left")]
    LeftCode,
    #[code(right, "named right", alias = "alias-of-right")]
    RightCode,
    #[code(x, "named x", alias = "alias-of-x")]
    XCode,
    #[code(y, "named y", alias = "alias-of-y")]
    YCode,
    #[code(formatter, "named formatter", alias = "alias-of-formatter")]
    FormatterCode,
}

fn main() {
    assert_eq!(Small::from_code(CODES), Small::Codes);
    assert_eq!(Small::IndexCode.code(), index);
    assert_eq!(Small::FormatterCode.to_string(), "named formatter");
    assert_eq!(Small::from_name("FailCode"), Some(Small::FailCode));
    assert_eq!(Small::from_code(4242), Small::Other(4242));
    assert_eq!(Small::Reserved.reasons(), ["named RESERVED"]);
    assert_eq!(Small::CategoryCode.category(), Some("C"));

    assert_eq!(Large::from_code(CODES), Some(Large::Codes));
    assert_eq!(Large::from_name("alias-of-CODES"), Some(Large::Codes));
    assert_eq!(Large::from_code(NAMES), Some(Large::Names));
    assert_eq!(Large::from_name("alias-of-NAMES"), Some(Large::Names));
    assert_eq!(Large::from_code(REASONS), Some(Large::Reasons));
    assert_eq!(Large::from_name("alias-of-REASONS"), Some(Large::Reasons));
    assert_eq!(Large::from_code(REASON_BOUNDS), Some(Large::ReasonBounds));
    assert_eq!(Large::from_name("alias-of-REASON_BOUNDS"), Some(Large::ReasonBounds));
    assert_eq!(Large::from_code(DESCRIPTIONS), Some(Large::Descriptions));
    assert_eq!(Large::from_name("alias-of-DESCRIPTIONS"), Some(Large::Descriptions));
    assert_eq!(Large::from_code(CATEGORIES), Some(Large::Categories));
    assert_eq!(Large::from_name("alias-of-CATEGORIES"), Some(Large::Categories));
    assert_eq!(Large::from_code(SLOT_CODES), Some(Large::SlotCodes));
    assert_eq!(Large::from_name("alias-of-SLOT_CODES"), Some(Large::SlotCodes));
    assert_eq!(Large::from_code(SLOT_VARIANTS), Some(Large::SlotVariants));
    assert_eq!(Large::from_name("alias-of-SLOT_VARIANTS"), Some(Large::SlotVariants));
    assert_eq!(Large::from_code(LOOKUP_CODES), Some(Large::LookupCodes));
    assert_eq!(Large::from_name("alias-of-LOOKUP_CODES"), Some(Large::LookupCodes));
    assert_eq!(Large::from_code(LOOKUP_VARIANTS), Some(Large::LookupVariants));
    assert_eq!(Large::from_name("alias-of-LOOKUP_VARIANTS"), Some(Large::LookupVariants));
    assert_eq!(Large::from_code(SLOTS), Some(Large::Slots));
    assert_eq!(Large::from_name("alias-of-SLOTS"), Some(Large::Slots));
    assert_eq!(Large::from_code(RESERVED), Some(Large::Reserved));
    assert_eq!(Large::from_name("alias-of-RESERVED"), Some(Large::Reserved));
    assert_eq!(Large::from_code(IDENTS), Some(Large::Idents));
    assert_eq!(Large::from_name("alias-of-IDENTS"), Some(Large::Idents));
    assert_eq!(Large::from_code(KEYS), Some(Large::Keys));
    assert_eq!(Large::from_name("alias-of-KEYS"), Some(Large::Keys));
    assert_eq!(Large::from_code(ALIAS_OF), Some(Large::AliasOf));
    assert_eq!(Large::from_name("alias-of-ALIAS_OF"), Some(Large::AliasOf));
    assert_eq!(Large::from_code(NAME_SLOTS), Some(Large::NameSlots));
    assert_eq!(Large::from_name("alias-of-NAME_SLOTS"), Some(Large::NameSlots));
    assert_eq!(Large::from_code(index), Some(Large::IndexCode));
    assert_eq!(Large::from_name("alias-of-index"), Some(Large::IndexCode));
    assert_eq!(Large::from_code(variant_at), Some(Large::VariantAtCode));
    assert_eq!(Large::from_name("alias-of-variant_at"), Some(Large::VariantAtCode));
    assert_eq!(Large::from_code(hash_name), Some(Large::HashNameCode));
    assert_eq!(Large::from_name("alias-of-hash_name"), Some(Large::HashNameCode));
    assert_eq!(Large::from_code(same), Some(Large::SameCode));
    assert_eq!(Large::from_name("alias-of-same"), Some(Large::SameCode));
    assert_eq!(Large::from_code(fail), Some(Large::FailCode));
    assert_eq!(Large::from_name("alias-of-fail"), Some(Large::FailCode));
    assert_eq!(Large::from_code(is_reserved), Some(Large::IsReservedCode));
    assert_eq!(Large::from_name("alias-of-is_reserved"), Some(Large::IsReservedCode));
    assert_eq!(Large::from_code(value), Some(Large::ValueCode));
    assert_eq!(Large::from_name("alias-of-value"), Some(Large::ValueCode));
    assert_eq!(Large::from_code(end), Some(Large::EndCode));
    assert_eq!(Large::from_name("alias-of-end"), Some(Large::EndCode));
    assert_eq!(Large::from_code(start), Some(Large::StartCode));
    assert_eq!(Large::from_name("alias-of-start"), Some(Large::StartCode));
    assert_eq!(Large::from_code(category), Some(Large::CategoryCode));
    assert_eq!(Large::from_name("alias-of-category"), Some(Large::CategoryCode));
    assert_eq!(Large::from_code(slot), Some(Large::SlotCode));
    assert_eq!(Large::from_name("alias-of-slot"), Some(Large::SlotCode));
    assert_eq!(Large::from_code(key), Some(Large::KeyCode));
    assert_eq!(Large::from_name("alias-of-key"), Some(Large::KeyCode));
    assert_eq!(Large::from_code(first), Some(Large::FirstCode));
    assert_eq!(Large::from_name("alias-of-first"), Some(Large::FirstCode));
    assert_eq!(Large::from_code(second), Some(Large::SecondCode));
    assert_eq!(Large::from_name("alias-of-second"), Some(Large::SecondCode));
    assert_eq!(Large::from_code(codes), Some(Large::CodesCode));
    assert_eq!(Large::from_name("alias-of-codes"), Some(Large::CodesCode));
    assert_eq!(Large::from_code(slot_codes), Some(Large::SlotCodesCode));
    assert_eq!(Large::from_name("alias-of-slot_codes"), Some(Large::SlotCodesCode));
    assert_eq!(Large::from_code(variants), Some(Large::VariantsCode));
    assert_eq!(Large::from_name("alias-of-variants"), Some(Large::VariantsCode));
    assert_eq!(Large::from_code(message), Some(Large::MessageCode));
    assert_eq!(Large::from_name("alias-of-message"), Some(Large::MessageCode));
    assert_eq!(Large::from_code(len), Some(Large::LenCode));
    assert_eq!(Large::from_name("alias-of-len"), Some(Large::LenCode));
    assert_eq!(Large::from_code(part), Some(Large::PartCode));
    assert_eq!(Large::from_name("alias-of-part"), Some(Large::PartCode));
    assert_eq!(Large::from_code(bytes), Some(Large::BytesCode));
    assert_eq!(Large::from_name("alias-of-bytes"), Some(Large::BytesCode));
    assert_eq!(Large::from_code(byte), Some(Large::ByteCode));
    assert_eq!(Large::from_name("alias-of-byte"), Some(Large::ByteCode));
    assert_eq!(Large::from_code(range), Some(Large::RangeCode));
    assert_eq!(Large::from_name("alias-of-range"), Some(Large::RangeCode));
    assert_eq!(Large::from_code(hash), Some(Large::HashCode));
    assert_eq!(Large::from_name("alias-of-hash"), Some(Large::HashCode));
    assert_eq!(Large::from_code(rest), Some(Large::RestCode));
    assert_eq!(Large::from_name("alias-of-rest"), Some(Large::RestCode));
    assert_eq!(Large::from_code(word), Some(Large::WordCode));
    assert_eq!(Large::from_name("alias-of-word"), Some(Large::WordCode));
    assert_eq!(Large::from_code(last), Some(Large::LastCode));
    assert_eq!(Large::from_name("alias-of-last"), Some(Large::LastCode));
    assert_eq!(Large::from_code(shift), Some(Large::ShiftCode));
    assert_eq!(Large::from_name("alias-of-shift"), Some(Large::ShiftCode));
    assert_eq!(Large::from_code(a), Some(Large::ACode));
    assert_eq!(Large::from_name("alias-of-a"), Some(Large::ACode));
    assert_eq!(Large::from_code(b), Some(Large::BCode));
    assert_eq!(Large::from_name("alias-of-b"), Some(Large::BCode));
    assert_eq!(Large::from_code(c), Some(Large::CCode));
    assert_eq!(Large::from_name("alias-of-c"), Some(Large::CCode));
    assert_eq!(Large::from_code(d), Some(Large::DCode));
    assert_eq!(Large::from_name("alias-of-d"), Some(Large::DCode));
    assert_eq!(Large::from_code(e), Some(Large::ECode));
    assert_eq!(Large::from_name("alias-of-e"), Some(Large::ECode));
    assert_eq!(Large::from_code(f), Some(Large::FCode));
    assert_eq!(Large::from_name("alias-of-f"), Some(Large::FCode));
    assert_eq!(Large::from_code(g), Some(Large::GCode));
    assert_eq!(Large::from_name("alias-of-g"), Some(Large::GCode));
    assert_eq!(Large::from_code(h), Some(Large::HCode));
    assert_eq!(Large::from_name("alias-of-h"), Some(Large::HCode));
    assert_eq!(Large::from_code(tail), Some(Large::TailCode));
    assert_eq!(Large::from_name("alias-of-tail"), Some(Large::TailCode));
    assert_eq!(Large::from_code(left), Some(Large::LeftCode));
    assert_eq!(Large::from_name("alias-of-left"), Some(Large::LeftCode));
    assert_eq!(Large::from_code(right), Some(Large::RightCode));
    assert_eq!(Large::from_name("alias-of-right"), Some(Large::RightCode));
    assert_eq!(Large::from_code(x), Some(Large::XCode));
    assert_eq!(Large::from_name("alias-of-x"), Some(Large::XCode));
    assert_eq!(Large::from_code(y), Some(Large::YCode));
    assert_eq!(Large::from_name("alias-of-y"), Some(Large::YCode));
    assert_eq!(Large::from_code(formatter), Some(Large::FormatterCode));
    assert_eq!(Large::from_name("alias-of-formatter"), Some(Large::FormatterCode));
    assert_eq!(Large::COUNT, 58);
    assert_eq!(Large::from_code(0), None);
}
