//! `read` and `to_taxonomy` on every form of the grammar: what the plain
//! model holds, and the errors it gives.

use error_codes_model::{CodeType, Deprecation, Reserved, Taxonomy, read};

fn taxonomy(input: &syn::DeriveInput) -> Taxonomy {
    read(input).unwrap().to_taxonomy().unwrap()
}

/// Every message of the one combined error `read` gives.
fn messages(input: &syn::DeriveInput) -> Vec<String> {
    let Err(failed) = read(input) else {
        panic!("the input breaks a rule");
    };
    failed
        .error
        .into_iter()
        .map(|error| error.to_string())
        .collect()
}

#[test]
fn every_field_of_an_entry() {
    let taxonomy = taxonomy(&syn::parse_quote! {
        #[repr(u16)]
        #[error_codes(rename_all = "SCREAMING_SNAKE_CASE", reserved = [7, 100..200, "OLD"])]
        pub enum SessionError {
            #[code(1, "The network went away", "The server stopped answering",
                category = "Network", alias = "LOST", alias = "GONE", alternatives = [11, 0x0C])]
            ConnectionLost,
            #[deprecated(since = "2.0", note = "use `ConnectionLost`")]
            #[code(2, name = "TIMEOUT")]
            TimedOut,
            #[deprecated]
            #[code(3)]
            r#Paused,
            #[code(catch_all, "Unknown", category = "Other")]
            Other(u16),
        }
    });
    assert_eq!(taxonomy.name, "SessionError");
    assert_eq!(taxonomy.code_type, CodeType::U16);
    let lost = &taxonomy.entries[0];
    assert_eq!(
        (
            lost.facts.variant.as_str(),
            lost.code,
            lost.facts.name.as_str()
        ),
        ("ConnectionLost", 1, "CONNECTION_LOST")
    );
    assert_eq!(
        lost.facts.reasons,
        ["The network went away", "The server stopped answering"]
    );
    assert_eq!(lost.facts.category.as_deref(), Some("Network"));
    assert_eq!(lost.aliases, ["LOST", "GONE"]);
    assert_eq!(lost.alternatives, [11, 12]);
    assert_eq!(
        lost.facts.description(),
        "The network went away; The server stopped answering"
    );
    assert_eq!(lost.deprecated, None);
    let timed_out = &taxonomy.entries[1];
    assert_eq!(timed_out.facts.name, "TIMEOUT");
    let mut deprecation = Deprecation::with_note("use `ConnectionLost`");
    deprecation.since = Some("2.0".to_owned());
    assert_eq!(timed_out.deprecated, Some(deprecation));
    let paused = &taxonomy.entries[2];
    assert_eq!(
        (paused.facts.variant.as_str(), paused.facts.name.as_str()),
        ("Paused", "PAUSED")
    );
    assert_eq!(paused.deprecated, Some(Deprecation::default()));
    let catch_all = taxonomy.catch_all.as_ref().unwrap();
    assert_eq!(
        (catch_all.variant.as_str(), catch_all.name.as_str()),
        ("Other", "OTHER")
    );
    assert_eq!(catch_all.reasons, ["Unknown"]);
    assert_eq!(taxonomy.entries.len(), 3);
    // `100..200` is kept as the inclusive range it means.
    assert_eq!(
        taxonomy.reserved,
        [
            Reserved::Code(7),
            Reserved::Range(100, 199),
            Reserved::Name("OLD".to_owned())
        ]
    );
}

#[test]
fn deprecated_written_as_a_name_value() {
    let taxonomy = taxonomy(&syn::parse_quote! {
        enum E {
            #[deprecated = "gone"]
            #[code(1)]
            Gone,
        }
    });
    assert_eq!(
        taxonomy.entries[0].deprecated,
        Some(Deprecation::with_note("gone"))
    );
}

#[test]
fn a_constant_code_has_no_value_in_the_taxonomy() {
    let input: syn::DeriveInput = syn::parse_quote! {
        enum SqliteError {
            #[code(1)]
            Error,
            #[code((ffi::SQLITE_IOERR | (1 << 8)))]
            IoErrRead,
        }
    };
    let model = read(&input).expect("a constant code is valid for the derive");
    let error = model.to_taxonomy().unwrap_err();
    assert_eq!(
        error.to_string(),
        "the code of `IoErrRead` is the constant `(ffi::SQLITE_IOERR | (1 << 8))`, whose value only the compiler knows; a taxonomy read from source needs integer literals"
    );
}

#[test]
fn every_mistake_is_one_combined_error() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[repr(u8)]
        enum E {
            #[code(300)]
            TooBig,
            Missing,
            #[code(1, alias = "x")]
            First,
            #[code(2, alias = "x")]
            Second,
        }
    };
    assert_eq!(
        messages(&input),
        [
            "code `300` does not fit the code type `u8`, whose range is `0..=255`",
            "missing `#[code(...)]` on variant `Missing`; every variant needs one, as in `#[code(104, \"reason\")]`",
            "name `x` is already used by variant `First`; names must be unique",
            "name `x` first used here",
        ]
    );
}

#[test]
fn a_struct_is_refused() {
    let input: syn::DeriveInput = syn::parse_quote! {
        struct NotAnEnum;
    };
    let failed = read(&input).err().expect("a struct is refused");
    assert_eq!(failed.shape, None);
}

#[test]
fn the_shape_survives_mistakes() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[repr(i64)]
        #[error_codes(display = nope)]
        enum E {
            #[code(1, colour = "red")]
            First,
            #[code(catch_all)]
            Other(i64),
        }
    };
    let failed = read(&input).err().expect("the input breaks two rules");
    let shape = failed.shape.expect("an enum has a shape");
    assert_eq!(shape.code_type, CodeType::I64);
    assert!(
        !shape.display,
        "a `display` key written at all may mean `false`"
    );
    assert!(shape.lookups && shape.catch_all);
}

#[test]
fn a_code_twice_in_one_variant_is_kept_once() {
    let taxonomy = taxonomy(&syn::parse_quote! {
        enum E {
            #[code(1, alternatives = [1, 10, 10])]
            One,
            #[code(2)]
            Two,
        }
    });
    assert_eq!(taxonomy.entries[0].alternatives, [10]);
    let across: syn::DeriveInput = syn::parse_quote! {
        enum E {
            #[code(1)]
            One,
            #[code(2, alternatives = [1])]
            Two,
        }
    };
    assert!(read(&across).is_err(), "across variants, still an error");
}

#[test]
fn a_name_twice_in_one_variant_is_kept_once() {
    let taxonomy = taxonomy(&syn::parse_quote! {
        #[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
        enum Status {
            // The final name, restated: a synonym of itself.
            #[code(1, alias = "CANCELLED", alias = "Canceled", alias = "Canceled")]
            Cancelled,
            #[code(2, name = "abort", alias = "abort", alias = "ABORTED")]
            Aborted,
        }
    });
    assert_eq!(taxonomy.entries[0].facts.name, "CANCELLED");
    assert_eq!(taxonomy.entries[0].aliases, ["Canceled"]);
    assert_eq!(taxonomy.entries[1].aliases, ["ABORTED"]);
    assert_eq!(taxonomy.entry_by_name("CANCELLED").map(|e| e.code), Some(1));
    let across: syn::DeriveInput = syn::parse_quote! {
        #[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
        enum Status {
            #[code(1)]
            Cancelled,
            #[code(2, alias = "CANCELLED")]
            Aborted,
        }
    };
    assert_eq!(
        messages(&across),
        [
            "name `CANCELLED` is already used by variant `Cancelled`; names must be unique",
            "name `CANCELLED` first used here",
        ],
        "across variants, still an error"
    );
}

#[test]
fn two_variants_spelled_alike_are_not_one() {
    // The compiler refuses the enum; a tool reading it must too, rather
    // than take the second variant's code and name for the first's.
    let input: syn::DeriveInput = syn::parse_quote! {
        enum E {
            #[code(1)]
            A,
            #[code(1, alias = "A")]
            A,
        }
    };
    assert_eq!(
        messages(&input),
        [
            "name `A` is already used by variant `A`; names must be unique",
            "name `A` first used here",
            "code 1 is already used by variant `A`; codes must be unique",
            "code 1 first used here",
            "name `A` is already used by variant `A`; names must be unique",
            "name `A` first used here",
        ]
    );
}

#[test]
fn links_and_retryability() {
    let linked = taxonomy(&syn::parse_quote! {
        #[repr(i16)]
        #[error_codes(
            rename_all = "kebab-case",
            doc_url = "https://docs.example.com/{name}/{code}#{name}",
            retryable = true
        )]
        pub enum E {
            #[code(-7, "Timed out")]
            TimedOut,
            #[code(0x10, "Bad request", retryable = false)]
            BadRequest,
            // A name that is no URL segment is percent-encoded.
            #[code(3, name = "a b/c#d?é", doc_url = "https://other.example/{name}")]
            Odd,
            #[code(catch_all, doc_url = "https://docs.example.com/unknown", retryable = false)]
            Other(i16),
        }
    });
    let facts: Vec<(Option<&str>, bool)> = linked
        .entries
        .iter()
        .map(|entry| (entry.facts.doc_url.as_deref(), entry.facts.retryable))
        .collect();
    assert_eq!(
        facts,
        [
            (
                Some("https://docs.example.com/timed-out/-7#timed-out"),
                true
            ),
            (
                Some("https://docs.example.com/bad-request/16#bad-request"),
                false
            ),
            // A variant's own link is taken as written: no placeholder.
            (Some("https://other.example/{name}"), true),
        ]
    );
    let other = linked.catch_all.as_ref().unwrap();
    assert_eq!(
        (other.doc_url.as_deref(), other.retryable),
        (Some("https://docs.example.com/unknown"), false)
    );
    assert!(linked.has_doc_urls() && linked.has_retryable());

    let odd = taxonomy(&syn::parse_quote! {
        #[error_codes(doc_url = "https://docs.example.com/{name}")]
        pub enum E {
            #[code(3, name = "a b/c#d?é")]
            Odd,
        }
    });
    assert_eq!(
        odd.entries[0].facts.doc_url.as_deref(),
        Some("https://docs.example.com/a%20b%2Fc%23d%3F%C3%A9")
    );
    assert!(!odd.has_retryable());

    let plain = taxonomy(&syn::parse_quote! {
        pub enum E {
            #[code(1)]
            One,
        }
    });
    assert!(!plain.has_doc_urls() && !plain.has_retryable());
}

#[test]
fn link_mistakes_are_reported_together() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[error_codes(doc_url = "https://docs.example.com/{code}")]
        pub enum E {
            #[code(crate::ONE)]
            One,
            #[code(2, doc_url = "https://docs.example.com/\ttwo")]
            Two,
            #[code(3, retryable = "yes")]
            Three,
            #[code(catch_all)]
            Other(i32),
        }
    };
    assert_eq!(
        messages(&input),
        [
            "expected `true` or `false` for `retryable` in `#[code(...)]`, found a string literal `\"yes\"`",
            "the `doc_url` template needs `{code}`, which the derive cannot read for `One`: its code is the constant `crate::ONE`; give `One` its own `doc_url`",
            "unexpected '\\t' in the `doc_url` link; a link holds no whitespace or control character: percent-encode it, as `%09`",
            "the `doc_url` template needs `{code}`, which the catch-all `Other` has only at run time; give `Other` its own `doc_url`",
        ]
    );
}

#[test]
fn every_generated_item_is_refused_as_a_variant_name() {
    for item in error_codes_model::GENERATED_ITEMS {
        let name = syn::Ident::new(item.name, proc_macro2::Span::call_site());
        let input: syn::DeriveInput = syn::parse_quote! {
            enum E {
                #[code(1)]
                #name,
            }
        };
        assert_eq!(
            messages(&input),
            [format!(
                "variant `{0}` has the name of the generated {1} `E::{0}`, which a variant cannot share; rename the variant (`name = \"{0}\"` keeps its name)",
                item.name, item.kind
            )],
        );
    }
}

#[test]
fn each_section_keeps_its_codes_in_its_range() {
    let taxonomy = taxonomy(&syn::parse_quote! {
        #[error_codes(ranges = [("Session", 200..=299), ("Media", 300..400)])]
        enum E {
            #[code(201, category = "Session")]
            Closed,
            #[code(301, category = "Media", alternatives = [399])]
            NoTrack,
            #[code(7)]
            Elsewhere,
        }
    });
    let ranges: Vec<String> = taxonomy
        .ranges
        .iter()
        .map(|range| format!("{} {range}", range.section))
        .collect();
    assert_eq!(ranges, ["Session 200..=299", "Media 300..=399"]);
}

#[test]
fn a_code_out_of_its_range_or_in_anothers_is_refused_naming_the_range() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[error_codes(ranges = [("Session", 200..=299), ("Media", 300..=399)])]
        enum E {
            #[code(305, category = "Session")]
            Full,
            #[code(250, category = "Media")]
            NoTrack,
            #[code(399, alternatives = [299], category = "Media")]
            Muted,
            #[code(210)]
            Unsorted,
            #[code(301, category = "Other")]
            Stray,
        }
    };
    assert_eq!(
        messages(&input),
        [
            "code 305 of `Full` is outside `200..=299`, the range of its section `Session`",
            "code 250 of `NoTrack` is outside `300..=399`, the range of its section `Media`",
            "code 299 of `Muted` is outside `300..=399`, the range of its section `Media`",
            "code 210 of `Unsorted`, which has no section, is in `200..=299`, the range of the section `Session`",
            "code 301 of `Stray`, which is in the section `Other`, is in `300..=399`, the range of the section `Media`",
        ]
    );
}

#[test]
fn ranges_are_refused_when_they_guard_nothing_or_collide() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[error_codes(ranges = [
            ("Sesion", 200..=299),
            ("Media", 300..=399),
            ("Other", 350..=450),
            ("Media", 500..=599),
            ("Late", 20..=10),
            "Socket",
            ("Socket", 7),
        ])]
        enum E {
            #[code(201, category = "Session")]
            Closed,
            #[code(301, category = "Media")]
            NoTrack,
        }
    };
    assert_eq!(
        messages(&input),
        [
            "expected a section and its range, as in `(\"Session\", 200..=299)`, found `\"Socket\"`",
            "expected a range of codes after the section `Socket`, as in `200..=299`, found `7`",
            "the range `200..=299` is for the section `Sesion`, which no variant is in; the sections are `Session`, `Media`\nhelp: a section with a similar name exists: `Session`",
            "the range `350..=450` of the section `Other` overlaps `300..=399`, the range of the section `Media`; a code belongs to one section",
            "`300..=399` here",
            "a second range for the section `Media`, which has `300..=399`",
            "the section `Media`'s range here",
            "the range `20..=10` of the section `Late` holds no code of `i32` from its start to its end; write `start..=end` with start <= end, both in `-2147483648..=2147483647`",
        ]
    );
}

#[test]
fn hex_octal_and_binary_codes_are_the_bits_of_a_signed_code_type() {
    let hresult = taxonomy(&syn::parse_quote! {
        #[repr(i32)]
        #[error_codes(
            reserved = [0x8001_0000..0x8002_0000, 0x8000_0002],
            ranges = [("COM", 0x8000_4000..=0x8000_4FFF)]
        )]
        enum HResult {
            #[code(0x0)]
            Ok,
            #[code(0x80004005, category = "COM", alternatives = [0x8000_4FFF])]
            Fail = 0x80004005,
            #[code(0o20000040001, category = "COM")]
            NotImpl,
            #[code(0b1000_0000_0000_0111_0000_0000_0000_0101)]
            AccessDenied,
            #[code(0x7FFF_FFFF)]
            Highest,
            #[code(-2147024809)]
            InvalidArg,
        }
    });
    let codes: Vec<(i128, &[i128])> = hresult
        .entries
        .iter()
        .map(|entry| (entry.code, entry.alternatives.as_slice()))
        .collect();
    assert_eq!(
        codes,
        [
            (0, &[][..]),
            (-2_147_467_259, &[-2_147_463_169][..]),
            (-2_147_467_263, &[][..]),
            (-2_147_024_891, &[][..]),
            (2_147_483_647, &[][..]),
            (-2_147_024_809, &[][..]),
        ]
    );
    assert_eq!(
        hresult.reserved,
        [
            Reserved::Range(-2_147_418_112, -2_147_352_577),
            Reserved::Code(-2_147_483_646)
        ]
    );
    assert_eq!(
        (hresult.ranges[0].start, hresult.ranges[0].end),
        (-2_147_467_264, -2_147_463_169)
    );
    let code = |code_type: &str, code: &str| {
        let source = format!("#[repr({code_type})] enum E {{ #[code({code})] A }}");
        let input: syn::DeriveInput = syn::parse_str(&source).unwrap();
        taxonomy(&input).entries[0].code
    };
    assert_eq!(code("i8", "0xFF"), -1);
    assert_eq!(code("i8", "0x80"), -128);
    assert_eq!(code("i8", "0x7F"), 127);
    assert_eq!(code("i16", "0b1000_0000_0000_0000"), -32_768);
    assert_eq!(
        code("i64", "0x8000_0000_0000_0001"),
        -9_223_372_036_854_775_807
    );
    assert_eq!(code("i64", "0xFFFF_FFFF_FFFF_FFFF"), -1);
    // An unsigned type's values are their bits already.
    assert_eq!(code("u8", "0xFF"), 255);
    assert_eq!(code("u32", "0x80004005"), 2_147_500_037);
}

#[test]
fn a_number_past_the_range_stays_refused() {
    const I32: &str = "the code type `i32`, whose range is `-2147483648..=2147483647`";
    let message = |code_type: &str, code: &str| {
        let source = format!("#[repr({code_type})] enum E {{ #[code({code})] A }}");
        messages(&syn::parse_str(&source).unwrap()).join("\n")
    };
    // Decimal is a number, as rustc reads it: `2147500037` is no `i32`.
    assert_eq!(
        message("i32", "2147500037"),
        format!("code `2147500037` does not fit {I32}")
    );
    // So is a suffixed literal, which rustc denies as overflowing.
    assert_eq!(
        message("i32", "0x80004005i32"),
        format!(
            "code `0x80004005i32` (decimal 2147500037) does not fit {I32}\n\
             help: remove the suffix: unsuffixed, a hex literal is the code's bits, and `0x80004005` is -2147467259 as an `i32`"
        )
    );
    assert_eq!(
        message("i32", "0x80004005u32"),
        "the suffix `u32` does not match the code type `i32`; write `0x80004005`"
    );
    assert_eq!(
        message("i32", "0x8000u16"),
        "the suffix `u16` does not match the code type `i32`; write `0x8000` or `0x8000i32`"
    );
    assert_eq!(
        message("u8", "300u8"),
        "code `300u8` does not fit the code type `u8`, whose range is `0..=255`"
    );
    // A negated literal is a number too.
    assert_eq!(
        message("i32", "-0x80000001"),
        format!("code `-0x80000001` (decimal -2147483649) does not fit {I32}")
    );
    // Bits past the type's width.
    assert_eq!(
        message("i32", "0x1_0000_0000"),
        format!(
            "code `0x1_0000_0000` (decimal 4294967296) does not fit {I32}, nor its 32 bits (`0xFFFFFFFF` at most)"
        )
    );
    assert_eq!(
        message("i8", "0b1_0000_0000"),
        "code `0b1_0000_0000` (decimal 256) does not fit the code type `i8`, whose range is `-128..=127`, nor its 8 bits (`0b11111111` at most)"
    );
    assert_eq!(
        message("i8", "0o400"),
        "code `0o400` (decimal 256) does not fit the code type `i8`, whose range is `-128..=127`, nor its 8 bits (`0o377` at most)"
    );
    assert_eq!(
        message("u8", "0x100"),
        "code `0x100` (decimal 256) does not fit the code type `u8`, whose range is `0..=255`"
    );
    // A discriminant is read as the code is: `0x80004005` is -2147467259.
    let source = "enum E { #[code(0x80004005)] A = 2147500037 }";
    assert_eq!(
        messages(&syn::parse_str(source).unwrap()),
        [
            "the discriminant of `A` must be an integer literal equal to its code `-2147467259`, or be left out"
        ]
    );
    // The end of `a..b` is a code, bits included: `0x80` on `i8` is -128.
    let source = "#[repr(i8)] #[error_codes(reserved = [0..0x80])] enum E { #[code(1)] A }";
    assert_eq!(
        messages(&syn::parse_str(source).unwrap()),
        [
            "the reserved range `0..0x80` retires no code of `i8` from its start to its end; write `start..=end` with start <= end, both in `-128..=127`"
        ]
    );
}
