//! The expander never panics. Inputs are generated from a fixed seed (so a
//! failure reproduces): valid enums, every kind of malformed attribute,
//! huge and negative literals, literal suffixes, codes from constants,
//! catch-alls, aliases, alternatives, reserved codes, deprecations, links
//! and retryability,
//! non-ASCII and raw identifiers, attributes in odd places, token soup,
//! huge enums. For each, the expansion must return tokens; when those carry
//! no error they must be valid Rust items.

use super::expand_source;
use std::fmt::Write as _;
use std::panic;

/// xorshift64*: small, fast and reproducible; no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const CODES: &[&str] = &[
    "0",
    "1",
    "-1",
    "104",
    "255",
    "256",
    "-128",
    "-129",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "170141183460469231731687303715884105727",
    "170141183460469231731687303715884105728",
    "340282366920938463463374607431768211455",
    "340282366920938463463374607431768211456",
    "-170141183460469231731687303715884105728",
    "-170141183460469231731687303715884105729",
    "99999999999999999999999999999999999999999999999999",
    "1_000",
    "0x7f",
    "0xFFFF_FFFF",
    "0b101",
    "0o17",
    "104u8",
    "104i8",
    "104i32",
    "104u16",
    "104u64",
    "104usize",
    "104i128",
    "300u8",
    "-1i32",
    "-1u32",
    "1e3",
    "1.5",
    "1f32",
    "--1",
    "-(1)",
    "(1)",
    "1 + 2",
    "-0",
    "'a'",
    "true",
    "\"104\"",
    "x",
    "r#type",
    "Über",
    "[1]",
    "{ 1 }",
    "1..2",
    "-x",
    "!1",
    "b'a'",
    "1 as u8",
    "catch_all",
    "catch_al",
    "ENOENT",
    "libc::ENOENT",
    "(BASE + 1)",
    "(ffi::IOERR | (1 << 8))",
    "<u8 as Tr<X, Y>>::C",
    "concat!(1)",
];

const STRINGS: &[&str] = &[
    "\"\"",
    "\" \"",
    "\"\\n\"",
    "\"reason\"",
    "\"other reason\"",
    "\"Ünïcödé ✓ 日本\"",
    "r#\"raw \"quoted\"\"#",
    "\"tab\\t and \\u{1F600}\"",
    "b\"bytes\"",
    "c\"cstr\"",
    "\"multi\nline\"",
    "\"x\"suffix",
    "\"camelCase\"",
    "\"snake_case\"",
    "\"SCREAMING_SNAKE_CASE\"",
    "\"kebab-case\"",
    "\"Title Case\"",
    "\"dup\"",
    "\"https://docs.example.com/{name}/{code}\"",
    "\"https://docs.example.com/{nam}\"",
    "\"{\"",
    "true",
    "false",
];

const KEYS: &[&str] = &[
    "name",
    "category",
    "name",
    "category",
    "colour",
    "r#name",
    "Name",
    "rename_all",
    "display",
    "doc_reasons",
    "nämé",
    "_",
    "type",
    "r#type",
    "alias",
    "alias",
    "alternatives",
    "alternatives",
    "reserved",
    "categry",
    "doc_url",
    "doc_url",
    "retryable",
    "retryable",
];

const LISTS: &[&str] = &[
    "[]",
    "[1]",
    "[1, 2, 3]",
    "[-1, 0x80, 300u8]",
    "[X, (Y | 1), libc::E]",
    "[7, 100..=199, \"old\"]",
    "[1.., ..2, 3..1, 5..=5]",
    "[\"dup\", \"\", \"x\"y]",
    "[catch_all]",
    "[[1]]",
];

const SOUP: &[&str] = &[
    "1", "-", ",", ",", "=", "\"s\"", "name", "category", "#", "!", ";", ":", "::", "..", "=>",
    "'a", "'x'", "$", "@", "?", "&", "|", "+", "*", "/", "%", "^", "<", ">", "==", "true", "r#x",
];

const IDENTS: &[&str] = &[
    "A",
    "B",
    "Foo",
    "foo",
    "r#type",
    "r#match",
    "Über",
    "日本",
    "_X",
    "A1",
    "SessionIsFull",
    "URL",
    "a_b",
    "ABC",
    "Self_",
    "r#Self_",
];

const FIELDS: &[&str] = &[
    "",
    "",
    "",
    "",
    "(u8)",
    "(u8, String)",
    "{ x: u8 }",
    "()",
    "{}",
    "(HashMap<u8, u8>, fn(u8, u8) -> Vec<u8>)",
    "{ a: Box<dyn Fn(u8, u8) -> Vec<u8>>, pub b: [u8; 2] }",
    "(#[allow(unused)] u8, <Vec<u8> as IntoIterator>::Item)",
];

const DISCRIMINANTS: &[&str] = &[
    "",
    "",
    "",
    "",
    " = 1",
    " = -1",
    " = 104",
    " = 1 + 1",
    " = X",
    " = f::<u8, u16>()",
    " = 1 << 2",
    " = { 1 }",
];

const GENERICS: &[&str] = &[
    "",
    "",
    "",
    "<T>",
    "<'a>",
    "<T: Clone> where T: Copy",
    "<const N: usize>",
    "<'a, T: Iterator<Item = u8> + 'a, const N: usize = 3>",
    "<F: Fn(u8, u8) -> u8, T = Vec<Vec<u8>>>",
    "<#[allow(unused)] T> where Vec<T>: Clone, for<'b> &'b T: Into<u8>",
    "<T> where T: PartialOrd<[u8; { 1 }]>",
];

const REPRS: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "u128",
    "isize",
    "usize",
    "C",
    "C, u8",
    "u8, u16",
    "",
    "transparent",
    "align(4)",
    "packed",
    "\"u8\"",
    "u8 = 1",
];

fn value(rng: &mut Rng) -> &'static str {
    match rng.below(5) {
        0 => rng.pick(CODES),
        1 => rng.pick(&["true", "false", "camelCase", "x::y"]),
        2 => rng.pick(LISTS),
        _ => rng.pick(STRINGS),
    }
}

fn args(rng: &mut Rng, out: &mut String) {
    for i in 0..rng.below(7) {
        if i > 0 || rng.chance(5) {
            out.push_str(if rng.chance(3) { " " } else { ", " });
        }
        match rng.below(10) {
            0..=2 if i == 0 || rng.chance(10) => out.push_str(rng.pick(CODES)),
            0..=4 => out.push_str(rng.pick(STRINGS)),
            5..=7 => {
                let _ = write!(out, "{} = {}", rng.pick(KEYS), value(rng));
            }
            8 => out.push_str(rng.pick(KEYS)),
            _ => soup(rng, out, 2),
        }
    }
    if rng.chance(10) {
        out.push(',');
    }
}

/// Random tokens, delimiters always balanced (the lexer would reject the
/// rest before any derive ran).
fn soup(rng: &mut Rng, out: &mut String, depth: usize) {
    for _ in 0..rng.below(6) {
        if depth > 0 && rng.chance(15) {
            let (open, close) = [("(", ")"), ("[", "]"), ("{", "}")][rng.below(3)];
            out.push_str(open);
            soup(rng, out, depth - 1);
            out.push_str(close);
        } else {
            out.push_str(rng.pick(SOUP));
        }
        out.push(' ');
    }
}

fn attribute(rng: &mut Rng, out: &mut String, on_enum: bool) {
    let path = match rng.below(10) {
        0..=5 if on_enum => "error_codes",
        0..=5 => "code",
        6 => {
            if on_enum {
                "code"
            } else {
                "error_codes"
            }
        }
        7 => "repr",
        8 => "doc",
        _ => rng.pick(&[
            "serde",
            "code::x",
            "::code",
            "cfg_attr",
            "allow",
            "deprecated",
        ]),
    };
    out.push_str("#[");
    out.push_str(path);
    match (path, rng.below(10)) {
        ("repr", _) => {
            let _ = write!(out, "({})", rng.pick(REPRS));
        }
        ("doc", _) => {
            let _ = write!(out, " = {}", rng.pick(STRINGS));
        }
        (_, 0) => {}
        (_, 1) => {
            let _ = write!(out, " = {}", value(rng));
        }
        (_, 2) => {
            out.push('[');
            args(rng, out);
            out.push(']');
        }
        (_, 3) => {
            out.push('{');
            args(rng, out);
            out.push('}');
        }
        _ => {
            out.push('(');
            args(rng, out);
            out.push(')');
        }
    }
    out.push_str("]\n");
}

/// `noise`: the percent chance of each misuse; chosen per enum, so that
/// clean enums (reaching code generation) and chaotic ones both occur.
fn variant(rng: &mut Rng, out: &mut String, index: usize, noise: usize) {
    if rng.chance(10) {
        let _ = writeln!(out, "/// Doc line {index}\n///\n/// Second paragraph");
    }
    if !rng.chance(noise) {
        // Mostly well-formed, so that the later rules (duplicates,
        // ranges) are reached, not only the grammar errors.
        let code = if rng.chance(noise) {
            rng.pick(CODES).to_owned()
        } else {
            index.to_string()
        };
        let catch_all = rng.chance(5);
        let code = if catch_all {
            "catch_all".to_owned()
        } else {
            code
        };
        let _ = write!(out, "#[code({code}");
        if rng.chance(50) {
            let _ = write!(out, ", \"reason {index}\"");
        }
        if rng.chance(15) {
            let _ = write!(out, ", alias = \"alias {index}\"");
        }
        if rng.chance(10) {
            let _ = write!(out, ", doc_url = \"https://docs.example.com/{index}\"");
        }
        if rng.chance(10) {
            out.push_str(", retryable");
        }
        if rng.chance(15) {
            let _ = write!(
                out,
                ", alternatives = [{}, {}]",
                10_000 + index,
                20_000 + index
            );
        }
        if rng.chance(noise) {
            out.push_str(", ");
            args(rng, out);
        }
        out.push_str(")]\n");
    }
    for _ in 0..rng.below(3) {
        if rng.chance(noise) {
            attribute(rng, out, false);
        }
    }
    if rng.chance(5) {
        out.push_str(rng.pick(&[
            "#[deprecated]\n",
            "#[deprecated = \"gone\"]\n",
            "#[deprecated(since = \"1.0\", note = \"gone\")]\n",
        ]));
    }
    let ident = rng.pick(IDENTS);
    if rng.chance(noise) {
        out.push_str(ident);
    } else {
        let _ = write!(out, "{ident}{index}");
    }
    if last_code_is_catch_all(out) {
        out.push_str(rng.pick(&["(u16)", "(i32)", "(u16)", "(i32)", "", "(u8, u8)"]));
    } else if rng.chance(noise) {
        out.push_str(rng.pick(FIELDS));
        out.push_str(rng.pick(DISCRIMINANTS));
    }
    out.push_str(",\n");
}

/// Whether the variant being written got `#[code(catch_all, ...)]`.
fn last_code_is_catch_all(out: &str) -> bool {
    let variant = out.rsplit(",\n").next().unwrap_or(out);
    variant.contains("#[code(catch_all")
}

fn enum_source(rng: &mut Rng, max_variants: usize) -> String {
    let noise = [0, 1, 3, 10, 30, 60][rng.below(6)];
    let mut out = String::new();
    for _ in 0..rng.below(4) {
        if rng.chance(noise.max(5)) {
            attribute(rng, &mut out, true);
        }
    }
    if rng.chance(30) {
        let repr = if rng.chance(noise) {
            rng.pick(REPRS)
        } else {
            "u16"
        };
        let _ = writeln!(out, "#[repr({repr})]");
    }
    if rng.chance(30) {
        out.push_str(rng.pick(&[
            "#[error_codes(rename_all = \"camelCase\")]\n",
            "#[error_codes(display = false)]\n",
            "#[error_codes(doc_reasons, rename_all = \"kebab-case\")]\n",
            "#[error_codes(reserved = [7, 100..=199, \"old\"])]\n",
        ]));
    }
    out.push_str(rng.pick(&["", "pub ", "pub(crate) "]));
    out.push_str(if rng.chance(95) {
        "enum "
    } else {
        rng.pick(&["struct ", "union "])
    });
    out.push_str(rng.pick(IDENTS));
    if rng.chance(noise) {
        out.push_str(rng.pick(GENERICS));
    }
    out.push_str(" {\n");
    for index in 0..rng.below(max_variants + 1) {
        variant(rng, &mut out, index, noise);
    }
    out.push('}');
    out
}

#[derive(Default)]
struct Tally {
    expanded: usize,
    with_errors: usize,
    not_an_item: usize,
    panics: Vec<String>,
}

impl Tally {
    fn run(&mut self, source: &str) {
        let result = panic::catch_unwind(|| expand_source(source));
        match result {
            Ok(None) => self.not_an_item += 1,
            Ok(Some(expansion)) => {
                self.expanded += 1;
                if !expansion.messages.is_empty() {
                    self.with_errors += 1;
                } else if let Err(error) = syn::parse2::<syn::File>(expansion.output) {
                    self.panics
                        .push(format!("invalid output ({error}) for:\n{source}"));
                }
            }
            Err(_) => self.panics.push(source.to_owned()),
        }
    }
}

#[test]
fn the_expander_never_panics() {
    let mut rng = Rng(0x5EED_E44C_0DE5_0001);
    let mut tally = Tally::default();
    // Silence the default hook: a panic is counted and reported below.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    for _ in 0..20_000 {
        let source = enum_source(&mut rng, 8);
        tally.run(&source);
    }
    for _ in 0..3 {
        let source = enum_source(&mut rng, 3_000);
        tally.run(&source);
    }
    panic::set_hook(hook);

    println!(
        "{} inputs expanded ({} with errors, {} valid), {} not an item, {} panics or invalid outputs",
        tally.expanded,
        tally.with_errors,
        tally.expanded - tally.with_errors,
        tally.not_an_item,
        tally.panics.len()
    );
    assert!(
        tally.panics.is_empty(),
        "first failure:\n{}",
        tally.panics[0]
    );
    // The generator must reach both outcomes, or it tests too little.
    assert!(tally.with_errors > 4_000, "{}", tally.with_errors);
    assert!(
        tally.expanded - tally.with_errors > 4_000,
        "{}",
        tally.expanded
    );
}
