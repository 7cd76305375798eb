//! The features beyond codes, names and reasons cost nothing to an enum
//! that does not use them: its expansion holds none of their items, and
//! reservations and deprecations, which only the grammar and the tools
//! read, leave the expansion byte for byte what it is without them.

use super::expand_source;

const PLAIN: &str = r#"
#[repr(u16)]
#[error_codes(rename_all = "camelCase")]
enum Plain {
    #[code(1, "first", category = "A")]
    First,
    #[code(2)]
    Second,
    #[code(3, "third", "and more")]
    Third,
}
"#;

/// `PLAIN` with a reservation and deprecated variants.
const RESERVED_AND_DEPRECATED: &str = r#"
#[repr(u16)]
#[error_codes(rename_all = "camelCase", reserved = [7, 100..=199, "old"])]
enum Plain {
    #[code(1, "first", category = "A")]
    First,
    #[deprecated(note = "gone")]
    #[code(2)]
    Second,
    #[deprecated]
    #[code(3, "third", "and more")]
    Third,
}
"#;

fn expansion(source: &str) -> String {
    expand_source(source).expect("an enum").output.to_string()
}

#[test]
fn reservations_and_deprecations_change_nothing_in_the_expansion() {
    assert_eq!(expansion(PLAIN), expansion(RESERVED_AND_DEPRECATED));
}

#[test]
fn a_plain_enum_gets_none_of_the_features_items() {
    let plain = expansion(PLAIN);
    // Aliases, alternatives, constant codes (the compiler-built table and
    // its checks), the catch-all's `variant_at` and `From<T>`.
    for item in [
        "ALIAS_OF",
        "LOOKUP_VARIANTS",
        "LOOKUP_CODES",
        "SLOT_CODES",
        "__IDENTS",
        "fn __fail",
        "fn __sort_by_byte",
        "__DUPLICATE_OF",
        "__RESERVED",
        "__is_reserved",
        "__CODE_RANGES",
        "fn __in_no_code_range",
        "..=",
        "fn __variant_at",
        "__DOC_URLS",
        "__RETRYABLE",
        "convert :: From < :: core :: primitive :: u16 > for Plain",
    ] {
        assert!(!plain.contains(item), "{item} in\n{plain}");
    }
    // What every such enum has: the tables, the lookups, TryFrom.
    for item in [
        "const __CODES",
        "b\"second\" => Self :: Second",
        "TryFrom < :: core :: primitive :: u16 > for Plain",
    ] {
        assert!(plain.contains(item), "{item} missing in\n{plain}");
    }
}

#[test]
fn each_feature_adds_its_own_items_only() {
    let with = |code_args: &str, variant: &str| {
        expansion(&PLAIN.replace(
            "#[code(2)]\n    Second,",
            &format!("#[code({code_args})]\n    {variant},"),
        ))
    };
    let alias = with("2, alias = \"deux\"", "Second");
    assert!(
        alias.contains("b\"deux\" => Self :: Second")
            && !alias.contains("SLOT_CODES")
            && !alias.contains("fn __fail")
    );
    let alternative = with("2, alternatives = [20]", "Second");
    assert!(alternative.contains("20 => Self :: Second") && !alternative.contains("ALIAS_OF"));
    let constant = with("crate::TWO", "Second");
    assert!(
        constant.contains("const __SLOTS")
            && constant.contains("fn __fail")
            && constant.contains("const __DUPLICATE_OF")
    );
    // Links and retryability: their tables, only when they vary.
    let plain = expansion(PLAIN);
    assert!(
        plain.contains("fn doc_url (& self) -> :: core :: option :: Option < & 'static :: core :: primitive :: str > { :: core :: option :: Option :: None }")
            && plain.contains("fn is_retryable (& self) -> :: core :: primitive :: bool { false }"),
        "{plain}"
    );
    let linked = with("2, doc_url = \"https://example.com/second\"", "Second");
    assert!(linked.contains("const __DOC_URLS") && !linked.contains("__RETRYABLE"));
    let retryable = with("2, retryable", "Second");
    assert!(retryable.contains("const __RETRYABLE") && !retryable.contains("__DOC_URLS"));
    let all_retryable = expansion(&PLAIN.replace(
        "#[error_codes(rename_all = \"camelCase\")]",
        "#[error_codes(rename_all = \"camelCase\", retryable = true)]",
    ));
    assert!(
        !all_retryable.contains("__RETRYABLE")
            && all_retryable.contains("-> :: core :: primitive :: bool { true }"),
        "{all_retryable}"
    );
    let catch_all = with("catch_all", "Second(u16)");
    assert!(
        catch_all.contains("From < :: core :: primitive :: u16 > for Plain")
            && !catch_all.contains("TryFrom")
    );
}
