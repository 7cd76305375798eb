//! `error-codes explain`: one code's card, by code (any Rust integer spelling)
//! or by name; what a retired code or name was; the catch-all for a code
//! the taxonomy does not declare.

use error_codes_model::{CodeType, Entry, Facts, Reserved, Taxonomy, literal_code, similar};
use proc_macro2::Span;
use std::fmt::Write as _;
use syn::{Expr, ExprLit, ExprUnary, Lit, Token, UnOp};

/// How far from the code asked for a declared code may be to be
/// suggested: a typo's distance, not a guess across the table.
const NEAR_CODE: i128 = 10;

/// What the taxonomy says of a code or a name.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer<'a> {
    /// A declared code or name.
    Entry(&'a Entry),
    /// A retired code or name, and the reservation that retires it.
    Retired {
        /// The code or the name, as asked.
        asked: String,
        reservation: &'a Reserved,
    },
    /// A code the taxonomy does not declare, which its catch-all keeps.
    CaughtAll { code: i128, catch_all: &'a Facts },
}

/// What `query` names: a code when it is a Rust integer literal (`104`,
/// `-1`, `0x68`, `1_04`, `104u16`), else a name or alias.
///
/// # Errors
///
/// Nothing has that code or name: the one line to print, with the nearest
/// code or name when one is near.
pub fn lookup<'a>(taxonomy: &'a Taxonomy, query: &str) -> Result<Answer<'a>, String> {
    let retired = |asked: String, covers: &dyn Fn(&Reserved) -> bool| {
        taxonomy
            .reserved
            .iter()
            .find(|reservation| covers(reservation))
            .map(|reservation| Answer::Retired { asked, reservation })
    };
    let query = query.trim();
    if let Some(code) = parse_code(query, taxonomy.code_type) {
        if let Some(entry) = taxonomy.entry_by_code(code) {
            return Ok(Answer::Entry(entry));
        }
        if let Some(answer) = retired(code.to_string(), &|r| r.covers_code(code)) {
            return Ok(answer);
        }
        if let Some(catch_all) = &taxonomy.catch_all
            && taxonomy.code_type.contains(code)
        {
            return Ok(Answer::CaughtAll { code, catch_all });
        }
        return Err(match nearest_code(taxonomy, code) {
            Some(nearest) => format!(
                "no error code {code}; the nearest is {} ({})",
                nearest.code, nearest.facts.name
            ),
            None => format!("no error code {code} in `{}`", taxonomy.name),
        });
    }
    if let Some(entry) = taxonomy.entry_by_name(query) {
        return Ok(Answer::Entry(entry));
    }
    if let Some(answer) = retired(query.to_owned(), &|r| r.covers_name(query)) {
        return Ok(answer);
    }
    Err(match nearest_name(taxonomy, query) {
        Some(nearest) => format!(
            "no error named `{query}`; did you mean {} ({})?",
            nearest.facts.name, nearest.code
        ),
        None => format!("no error named `{query}` in `{}`", taxonomy.name),
    })
}

/// A Rust integer literal, negated or not, with any radix, `_` and type
/// suffix, as a code of `code_type`: what it means in a `#[code(...)]`,
/// hex bits included (`0x80004005` is -2147467259 on `i32`).
fn parse_code(query: &str, code_type: CodeType) -> Option<i128> {
    let (negative, digits) = match query.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, query),
    };
    // syn reads the literal as rustc does; a sign is an operator there.
    let literal: syn::LitInt = syn::parse_str(digits).ok()?;
    let integer_suffix = [
        "", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
    ];
    if !integer_suffix.contains(&literal.suffix()) {
        return None;
    }
    // The code is what the grammar makes of the literal and its sign, hex
    // bits included: the derive's own reading.
    let mut expr = Expr::Lit(ExprLit {
        attrs: Vec::new(),
        lit: Lit::Int(literal),
    });
    if negative {
        expr = Expr::Unary(ExprUnary {
            attrs: Vec::new(),
            op: UnOp::Neg(Token![-](Span::call_site())),
            expr: Box::new(expr),
        });
    }
    literal_code(&expr, code_type)
}

/// The card of an answer: code, name, section, reasons, and what else the
/// code has.
#[must_use]
pub fn render(taxonomy: &Taxonomy, answer: &Answer) -> String {
    match *answer {
        Answer::Entry(entry) => entry_card(taxonomy, entry),
        Answer::Retired {
            ref asked,
            reservation,
        } => {
            let what = if matches!(reservation, Reserved::Name(_)) {
                "name"
            } else {
                "code"
            };
            format!(
                "{what}:    {asked}\nretired: `{}` reserves it (`reserved = [{reservation}]`): no error has it, and none may again\n",
                taxonomy.name,
            )
        }
        Answer::CaughtAll { code, catch_all } => {
            let mut out = String::new();
            let _ = writeln!(out, "code:    {code}");
            let _ = writeln!(
                out,
                "name:    {} (not declared: `{}` keeps it in `{}`, its catch-all)",
                catch_all.name, taxonomy.name, catch_all.variant
            );
            let _ = writeln!(out, "message: {} (code {code})", catch_all.description());
            link_retry_and_reasons(&mut out, taxonomy, catch_all);
            out
        }
    }
}

fn entry_card(taxonomy: &Taxonomy, entry: &Entry) -> String {
    let mut out = String::new();
    // A range variant's codes as the attribute writes them.
    let _ = writeln!(out, "code:    {}", entry.written_code());
    let _ = writeln!(out, "name:    {}", entry.facts.name);
    let _ = writeln!(
        out,
        "section: {}",
        entry.facts.category.as_deref().unwrap_or("(none)")
    );
    if !entry.alternatives.is_empty() {
        let codes: Vec<String> = entry.alternatives.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "also:    {}", codes.join(", "));
    }
    if !entry.aliases.is_empty() {
        let _ = writeln!(out, "aliases: {}", entry.aliases.join(", "));
    }
    if let Some(deprecation) = &entry.deprecated {
        let _ = writeln!(out, "{}", deprecation.sentence());
    }
    // A message with values: the template, and each value with its type.
    if let Some(message) = &entry.facts.message {
        let _ = writeln!(out, "message: {}", message.template);
        let values: Vec<String> = message
            .parameters
            .iter()
            .map(|parameter| format!("{} ({})", parameter.name, parameter.ty.name()))
            .collect();
        let _ = writeln!(out, "values:  {}", values.join(", "));
    }
    link_retry_and_reasons(&mut out, taxonomy, &entry.facts);
    out
}

/// Where the code is documented and whether to try again, each line only
/// when the taxonomy says it of some code; then its reasons.
fn link_retry_and_reasons(out: &mut String, taxonomy: &Taxonomy, facts: &Facts) {
    if let Some(doc_url) = &facts.doc_url {
        let _ = writeln!(out, "docs:    {doc_url}");
    }
    if taxonomy.has_retryable() {
        out.push_str(if facts.retryable {
            "retry:   yes, the same request may succeed if tried again
"
        } else {
            "retry:   no, trying again will not help: the request must change
"
        });
    }
    match facts.reasons.as_slice() {
        [] => out.push_str("reasons: none documented\n"),
        reasons => {
            out.push_str("reasons:\n");
            for reason in reasons {
                let _ = writeln!(out, "  - {reason}");
            }
        }
    }
}

/// The entry closest in value, if it is near; the lower one on a tie.
fn nearest_code(taxonomy: &Taxonomy, code: i128) -> Option<&Entry> {
    taxonomy
        .entries
        .iter()
        .filter(|entry| code.abs_diff(entry.code) <= NEAR_CODE.unsigned_abs())
        .min_by_key(|entry| (code.abs_diff(entry.code), entry.code))
}

/// The entry whose name is near `query`, ignoring case, as rustc would
/// suggest a name.
fn nearest_name<'a>(taxonomy: &'a Taxonomy, query: &str) -> Option<&'a Entry> {
    if query.is_empty() {
        return None;
    }
    let names: Vec<String> = taxonomy
        .entries
        .iter()
        .map(|entry| entry.facts.name.to_lowercase())
        .collect();
    let candidates: Vec<&str> = names.iter().map(String::as_str).collect();
    let near = similar(&query.to_lowercase(), &candidates)?;
    let index = candidates.iter().position(|name| *name == near)?;
    taxonomy.entries.get(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taxonomy() -> Taxonomy {
        let mut taxonomy = Taxonomy::new("E", CodeType::U64);
        for (code, name) in [
            (-1, "unknownError"),
            (106, "userNotAuthorized"),
            (108, "userNotFound"),
        ] {
            taxonomy.entries.push(Entry::new(name, code, name));
        }
        taxonomy
            .entries
            .push(Entry::new("Big", u64::MAX.into(), "big"));
        taxonomy.reserved = vec![Reserved::Code(7), Reserved::Name("old".to_owned())];
        taxonomy
    }

    #[test]
    fn the_nearest_code_is_the_closest_then_the_lower() {
        let taxonomy = taxonomy();
        assert_eq!(
            lookup(&taxonomy, "107").unwrap_err(),
            "no error code 107; the nearest is 106 (userNotAuthorized)"
        );
        assert_eq!(nearest_code(&taxonomy, 5).map(|e| e.code), Some(-1));
        assert_eq!(
            lookup(&taxonomy, "4242").unwrap_err(),
            "no error code 4242 in `E`"
        );
    }

    #[test]
    fn codes_of_any_code_type_and_spelling_are_found() {
        let name = |query| match lookup(&taxonomy(), query) {
            Ok(Answer::Entry(entry)) => entry.facts.name.clone(),
            other => panic!("{query}: {other:?}"),
        };
        assert_eq!(name("18446744073709551615"), "big");
        assert_eq!(name("0x6A"), "userNotAuthorized");
        assert_eq!(name("1_06"), "userNotAuthorized");
        assert_eq!(name("0o154"), "userNotFound");
        assert_eq!(name("0b1101100"), "userNotFound");
        assert_eq!(name("108u16"), "userNotFound");
        assert_eq!(name("-1"), "unknownError");
        assert_eq!(name("-0x1"), "unknownError");
    }

    #[test]
    fn a_hex_code_is_the_bits_of_a_signed_code_type() {
        let mut hresult = Taxonomy::new("HResult", CodeType::I32);
        hresult
            .entries
            .push(Entry::new("E_FAIL", -2_147_467_259, "E_FAIL"));
        let code = |query| match lookup(&hresult, query) {
            Ok(Answer::Entry(entry)) => Ok(entry.code),
            Ok(other) => panic!("{query}: {other:?}"),
            Err(message) => Err(message),
        };
        for query in ["0x80004005", "0x8000_4005", "0o20000040005", "-2147467259"] {
            assert_eq!(code(query), Ok(-2_147_467_259), "{query}");
        }
        // As in `#[code(...)]`: a decimal, negated or suffixed literal is a
        // number, which no `i32` is.
        for query in ["2147500037", "0x80004005i32", "-0x80004005"] {
            assert!(code(query).is_err(), "{query}");
        }
        // Past the type's width, bits are a number again.
        assert_eq!(
            code("0x1_8000_4005"),
            Err("no error code 6442467333 in `HResult`".to_owned())
        );
        // On an unsigned type, bits are the value.
        let mut unsigned = Taxonomy::new("Wide", CodeType::U32);
        let fail = Entry::new("Fail", 2_147_500_037, "fail");
        unsigned.entries.push(fail.clone());
        assert_eq!(lookup(&unsigned, "0x80004005"), Ok(Answer::Entry(&fail)));
    }

    #[test]
    fn a_suggestion_only_when_one_is_near() {
        let taxonomy = taxonomy();
        assert_eq!(
            lookup(&taxonomy, "userNotFund").unwrap_err(),
            "no error named `userNotFund`; did you mean userNotFound (108)?"
        );
        assert_eq!(
            lookup(&taxonomy, "USERNOTAUTHORIZED").unwrap_err(),
            "no error named `USERNOTAUTHORIZED`; did you mean userNotAuthorized (106)?"
        );
        for far in ["", "zzzz", "104x"] {
            assert_eq!(
                lookup(&taxonomy, far).unwrap_err(),
                format!("no error named `{far}` in `E`")
            );
        }
    }

    #[test]
    fn retired_codes_and_names_say_so() {
        let taxonomy = taxonomy();
        for (query, card) in [
            (
                "7",
                "code:    7\nretired: `E` reserves it (`reserved = [7]`): no error has it, and none may again\n",
            ),
            (
                "old",
                "name:    old\nretired: `E` reserves it (`reserved = [\"old\"]`): no error has it, and none may again\n",
            ),
        ] {
            let answer = lookup(&taxonomy, query).unwrap();
            assert_eq!(render(&taxonomy, &answer), card);
        }
    }

    #[test]
    fn an_undeclared_code_is_the_catch_alls() {
        let mut taxonomy = taxonomy();
        let mut other = Facts::new("Other", "OTHER");
        other.reasons = vec!["A code this client does not know".to_owned()];
        taxonomy.catch_all = Some(other);
        let answer = lookup(&taxonomy, "4242").unwrap();
        assert_eq!(
            render(&taxonomy, &answer),
            "code:    4242\n\
             name:    OTHER (not declared: `E` keeps it in `Other`, its catch-all)\n\
             message: A code this client does not know (code 4242)\n\
             reasons:\n  - A code this client does not know\n"
        );
        // Out of the code type, no variant could hold it.
        assert!(lookup(&taxonomy, "-5").is_err());
    }

    #[test]
    fn the_link_and_the_retry_advice_when_the_taxonomy_has_them() {
        let mut taxonomy = taxonomy();
        let card = |taxonomy: &Taxonomy, query| render(taxonomy, &lookup(taxonomy, query).unwrap());
        assert!(
            !card(&taxonomy, "106").contains("retry") && !card(&taxonomy, "106").contains("docs")
        );
        taxonomy.entries[1].facts.doc_url = Some("https://docs.example.com/106".to_owned());
        taxonomy.entries[2].facts.retryable = true;
        assert_eq!(
            card(&taxonomy, "106"),
            "code:    106
\
             name:    userNotAuthorized
\
             section: (none)
\
             docs:    https://docs.example.com/106
\
             retry:   no, trying again will not help: the request must change
\
             reasons: none documented
"
        );
        assert!(
            card(&taxonomy, "108")
                .contains("\nretry:   yes, the same request may succeed if tried again\n")
        );
    }
}
