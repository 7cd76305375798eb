//! The grammar reads every value alike whether syn is built with `full` or
//! not: a user's build may get `full` from another derive (thiserror's),
//! and syn's expression parser reads more with it (ranges, blocks) and
//! fails differently without it. CI runs these tests both ways
//! (`cargo test -p error-codes-model` and again with `--features syn/full`).

use error_codes_model::{Reserved, read};

/// Every message `read` gives for `attrs` on the one variant of an enum.
fn messages(enum_attrs: &str, code: &str) -> Vec<String> {
    let source = format!("{enum_attrs} enum E {{ #[code({code})] First, #[code(2)] Second }}");
    let input: syn::DeriveInput = syn::parse_str(&source).expect("a derive input");
    match read(&input) {
        Ok(_) => Vec::new(),
        Err(failed) => failed
            .error
            .into_iter()
            .map(|error| error.to_string())
            .collect(),
    }
}

fn code_message(code: &str) -> String {
    let all = messages("", code);
    assert_eq!(all.len(), 1, "{code}: {all:?}");
    all[0].clone()
}

#[test]
fn expressions_syn_reads_only_with_full_are_named_as_written() {
    let expected = |found: &str| {
        format!(
            "expected a code as the first argument of `#[code(...)]` (an integer literal, a path to a constant or a parenthesised constant expression), found `{found}`\nhelp: a constant expression as a code needs parentheses: `({found})`"
        )
    };
    for code in [
        "{ 1 }",
        "if x { 1 } else { 2 }",
        "|| 1",
        "x as u8",
        "BASE + 4",
        "-x",
    ] {
        assert_eq!(code_message(code), expected(code), "{code}");
    }
}

/// A range is a range variant's code, read alike with and without `full`
/// (which reads `1..2` as one expression): its ends literals.
#[test]
fn a_range_is_read_as_a_range_variants_codes() {
    let source =
        "enum E { #[code(1..2)] First(i32), #[code(-5..=-3)] Second(i32), #[code(3)] Third }";
    let input: syn::DeriveInput = syn::parse_str(source).expect("a derive input");
    let model = read(&input).expect("a valid enum");
    let ranges: Vec<Option<(i128, i128)>> =
        model.variants.iter().map(|variant| variant.range).collect();
    assert_eq!(ranges, [Some((1, 1)), Some((-5, -3)), None]);
    assert_eq!(
        code_message("1..2"),
        "the range variant `First` keeps the code it was built from: it must be a tuple variant with one field of the code type, as in `First(i32)`"
    );
    assert_eq!(
        code_message("1..=LAST"),
        "expected an integer literal as the end of a range of codes in `#[code(...)]`, found the path `LAST`; a range is written with literals, as in `#[code(0x0100..=0x01ff, ...)]`"
    );
    assert_eq!(
        code_message("(A)..2"),
        "expected an integer literal as the start of a range of codes in `#[code(...)]`, found `(A)`; a range is written with literals, as in `#[code(0x0100..=0x01ff, ...)]`"
    );
}

#[test]
fn the_forms_a_code_takes() {
    assert!(messages("", "-1").is_empty());
    assert!(messages("", "0x1F").is_empty());
    assert!(messages("", "libc::ENOENT").is_empty());
    assert!(messages("", "<u8 as Table<X, Y>>::C").is_empty());
    assert!(messages("", "(BASE + 4)").is_empty());
    assert!(
        messages("", "({ 1 })").is_empty(),
        "what parentheses hold is the compiler's"
    );
    assert!(
        messages("", "(1, 2)").is_empty(),
        "a tuple: the compiler's type error"
    );
}

#[test]
fn literals_that_are_not_codes_say_what_they_are() {
    for (code, what, help) in [
        (
            "\"104\"",
            "a string literal `\"104\"`",
            "\nhelp: write the code without quotes: `104`",
        ),
        ("1.5", "a float literal `1.5`", ""),
        ("'x'", "a character literal `'x'`", ""),
        ("b'x'", "a byte literal `b'x'`", ""),
        ("true", "the boolean `true`", ""),
        (
            "concat!(1)",
            "the macro call `concat!(..)`, which is expanded only after this attribute is read",
            "",
        ),
        (
            "--1",
            "`--1`",
            "\nhelp: a constant expression as a code needs parentheses: `(--1)`",
        ),
    ] {
        assert_eq!(
            code_message(code),
            format!(
                "expected a code as the first argument of `#[code(...)]` (an integer literal, a path to a constant or a parenthesised constant expression), found {what}{help}"
            ),
            "{code}"
        );
    }
}

#[test]
fn an_empty_argument_is_found_at_its_comma() {
    assert_eq!(
        messages("", "1,, \"a\""),
        ["unexpected `,` in `#[code(...)]`: an argument is missing before it"]
    );
}

#[test]
fn reserved_ranges_are_ranges_either_way() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[error_codes(reserved = [1..=3, 10..20, -5..=-4, "old", 7])]
        enum E {
            #[code(4)]
            First,
        }
    };
    let taxonomy = read(&input).unwrap().to_taxonomy().unwrap();
    assert_eq!(
        taxonomy.reserved,
        [
            Reserved::Range(1, 3),
            Reserved::Range(10, 19),
            Reserved::Range(-5, -4),
            Reserved::Name("old".to_owned()),
            Reserved::Code(7),
        ]
    );
}

#[test]
fn a_reserved_entry_that_is_not_a_literal() {
    let all = messages("#[error_codes(reserved = [OLD, 1..=X, { 1 }])]", "1");
    let tail = "; a reserved code is written as a literal, so that it outlives the constant it was";
    assert_eq!(
        all,
        [
            format!("expected an integer literal in `reserved`, found the path `OLD`{tail}"),
            format!("expected an integer literal in `reserved`, found the path `X`{tail}"),
            format!("expected an integer literal in `reserved`, found `{{ 1 }}`{tail}"),
        ]
    );
}

#[test]
fn a_key_value_whose_value_is_an_expression() {
    assert_eq!(
        code_message("1, name = 1 + 1"),
        "expected a string literal for `name` in `#[code(...)]`, found `1 + 1`"
    );
    assert_eq!(
        code_message("1, alternatives = [2..4]"),
        "a range of codes cannot be alternatives in `#[code(...)]`: each alternative code names this variant; list them one by one"
    );
}

#[test]
fn after_a_malformed_argument_the_next_ones_are_read() {
    let all = messages("", "1, \"a\" \"b\", colour = \"red\"");
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(
        all[0].starts_with("expected a string literal reason"),
        "{}",
        all[0]
    );
    assert!(all[1].starts_with("unknown key `colour`"), "{}", all[1]);
}
