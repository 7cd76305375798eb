//! The web SDK's side. By default erasable syntax (TypeScript 5.8's
//! `--erasableSyntaxOnly`, which Node's type stripping requires): an
//! `as const` object of codes, the union type of its values, a description
//! map the compiler checks for completeness, and `fromCode`/`fromName`.
//! The numeric `enum` of earlier versions stays available.
//!
//! A code beyond 2^53 would be rounded by a `number`: such a taxonomy's
//! codes are `bigint` literals, and its descriptions a `Map` (a `Record`
//! cannot be keyed by `bigint`).
//!
//! No code is rounded on its way in either. With a catch-all, the wire
//! decoder of a taxonomy whose code type goes beyond 2^53 (`u64`, `i64`)
//! while its declared codes do not is
//! `fromWireCode(code: number | bigint): AnyE`, `AnyE` being
//! `E | (number & {}) | (bigint & {})`: a `bigint` is the lossless way in
//! (what a `BigInt` parse of the wire's text or a 64-bit read of its bytes
//! gives), a code a `number` holds exactly comes back as one, as the
//! declared codes are, and a larger one as the `bigint` it came as. The
//! strict `fromCode` keeps taking the declared codes' `number`, and a
//! `number` still goes in as before; a taxonomy with a declared code beyond
//! 2^53 takes and returns `bigint`s throughout.
//!
//! Codes are plain values on the web, so what else a code has is looked up
//! by a function, as its message is: `docUrlOf` and `isRetryable`, where
//! the taxonomy has links and retryable codes.
//!
//! ```ts
//! export const ErrorCode = {
//!   // User Error codes
//!   userGeneric: 101,
//!   // ...
//! } as const;
//!
//! export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
//!
//! export const errorDescriptions: Readonly<Record<ErrorCode, string>> = {
//!   [ErrorCode.userGeneric]: "Invalid participant type; ...",
//!   // ...
//! };
//!
//! export function fromCode(code: number): ErrorCode | undefined { ... }
//! export function fromName(name: string): ErrorCode | undefined { ... }
//! ```
//!
//! `--typescript-style enum` writes the numeric `enum` (refused for codes
//! beyond 2^53). The tests compile both styles with `tsc --strict` (the
//! default also with `--erasableSyntaxOnly`, which rejects the `enum`) and
//! run them with node against every code, name and description.

use super::escape::{Lang, Syntax, doc_comment, quoted};
use super::generated::{
    CodePart, Retry, code_ranges, deprecated_tag, header, links, members, range_message,
    reserved_comment,
};
use super::identifiers::is_identifier;
use super::messages;
use crate::document::Document;
use crate::translations::Catalog;
use error_codes_model::template::ParameterType;
use error_codes_model::{CodeType, Entry, Taxonomy};
use std::fmt::Write as _;

/// Which TypeScript the export is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// An `as const` object and a union type.
    Erasable,
    /// A numeric `enum`, which `--erasableSyntaxOnly` rejects.
    Enum,
}

/// The largest integer a `number` holds exactly: 2^53 - 1.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// Whether some code of the type is beyond what a `number` holds exactly.
fn beyond_number(code_type: CodeType) -> bool {
    code_type.max() > MAX_SAFE_INTEGER || code_type.min() < -MAX_SAFE_INTEGER
}

/// With `translations`, `messageOf` writes a message in a locale the
/// catalog translates it to.
pub(crate) fn render(
    document: &Document,
    style: Style,
    translations: Option<&Catalog>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    // A range's last code counts as a declared code does.
    let bigint = taxonomy
        .every_code()
        .chain(code_ranges(taxonomy).map(|(index, _, _, end)| (end, index)))
        .any(|(code, _)| code.abs() > MAX_SAFE_INTEGER);
    let valued = valued(document, bigint, translations.is_some())?;
    let body = match style {
        Style::Erasable => Ok(erasable(document, bigint, translations)?),
        Style::Enum if translations.is_some() => Err(
            "`localized` takes the default TypeScript style, whose codes have a type for any code"
                .to_owned(),
        ),
        Style::Enum if bigint => Err(format!(
            "`{}` has codes beyond 2^53, which a TypeScript `enum` would round; use the default style, whose codes are `bigint`",
            taxonomy.name
        )),
        Style::Enum => {
            // An enum assigns its members: `E["__proto__"] = 6` sets the
            // object's prototype instead of adding a member.
            if let Some(entry) = taxonomy
                .entries
                .iter()
                .find(|entry| entry.facts.name == "__proto__")
            {
                return Err(format!(
                    "the name `__proto__` of variant `{}` cannot name a member of a TypeScript `enum`, which would set the object's prototype with it; use the default style, or give the variant another `name`",
                    entry.facts.variant
                ));
            }
            // An enum's members take no numeric name (TS2452), quoted or
            // not.
            if let Some(entry) = taxonomy
                .entries
                .iter()
                .find(|entry| entry.facts.name.trim().parse::<f64>().is_ok())
            {
                return Err(format!(
                    "the name `{}` of variant `{}` is a number, which cannot name a member of a TypeScript `enum`; use the default style, or give the variant another `name`",
                    entry.facts.name, entry.facts.variant
                ));
            }
            Ok(numeric_enum(document))
        }
    }?;
    Ok(body + &valued)
}

/// The errors whose messages carry values, Node's way: a class per such
/// code that extends `Error`, with the code as `code` (`err.code`), the
/// name as `name`, the values as typed properties, and the message written
/// with them as Rust's `Display` does.
fn valued(document: &Document, bigint: bool, localized: bool) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let valued = messages::valued(&taxonomy.entries);
    if valued.is_empty() {
        return Ok(String::new());
    }
    let ty = &taxonomy.name;
    let mut taken = vec![ty.clone(), format!("Any{ty}")];
    if localized {
        taken.push(format!("{ty}WithValues"));
    }
    let mut classes = String::new();
    for value in &valued {
        // The module's own names, which a class cannot take.
        if taken.contains(&value.type_name) {
            return Err(format!(
                "variant `{}` would make the TypeScript class `{}`, which the module declares already; rename the variant",
                value.entry.facts.variant, value.type_name
            ));
        }
        let parameters = &value.message.parameters;
        let names: Vec<String> = parameters
            .iter()
            .map(|parameter| messages::value_name(&parameter.name))
            .collect();
        let kinds: Vec<&str> = parameters
            .iter()
            .map(|parameter| match parameter.ty {
                ParameterType::Int | ParameterType::Uint => "number | bigint",
                ParameterType::Float => "number",
                ParameterType::String => "string",
            })
            .collect();
        let text = messages::concatenation(value.message, Syntax::CFamily, |index, ty| {
            let name = &names[index];
            match ty {
                ParameterType::Float => format!("rustFloat({name})"),
                ParameterType::String => name.clone(),
                _ => format!("String({name})"),
            }
        });
        let (mut fields, mut assignments) = (String::new(), String::new());
        for (kind, name) in kinds.iter().zip(&names) {
            let _ = writeln!(fields, "  readonly {name}: {kind};");
            let _ = writeln!(assignments, "    this.{name} = {name};");
        }
        let declared: Vec<String> = kinds
            .iter()
            .zip(&names)
            .map(|(kind, name)| format!("{name}: {kind}"))
            .collect();
        let code = if bigint {
            format!("{}n", value.entry.code)
        } else {
            value.entry.code.to_string()
        };
        let _ = write!(
            classes,
            r#"
/** {doc} */
export class {class} extends Error {{
  /** The integer code, as Node's errors carry theirs. */
  readonly code = {code};
  override readonly name = {name};
{fields}
  constructor({declared}) {{
    super({text});
{assignments}  }}
}}
"#,
            doc = doc_comment(&value.message.template, Lang::TypeScript),
            class = value.type_name,
            name = quoted(&value.entry.facts.name, Syntax::CFamily),
            declared = declared.join(", "),
        );
    }
    let float = if messages::writes_floats(&valued) {
        TYPESCRIPT_RUST_FLOAT
    } else {
        ""
    };
    Ok(format!("{classes}{float}"))
}

/// A float as Rust's `Display` writes it: no exponent, no `.0` for a whole
/// number, `inf`, `NaN`.
const TYPESCRIPT_RUST_FLOAT: &str = r#"
function rustFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const text = String(Math.abs(value));
  const e = text.indexOf("e");
  const sign = value < 0 ? "-" : "";
  if (e < 0) return sign + text;
  const mantissa = text.slice(0, e);
  const point = (mantissa.indexOf(".") < 0 ? mantissa.length : mantissa.indexOf(".")) + Number(text.slice(e + 1));
  const digits = mantissa.replace(".", "");
  if (point <= 0) return sign + "0." + "0".repeat(-point) + digits;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return sign + digits.slice(0, point) + "." + digits.slice(point);
}
"#;

/// A name as an object key or enum member: as it is when it is an
/// identifier, else as a string literal; `__proto__` computed, as an
/// object literal would otherwise set the prototype with it.
fn key(name: &str) -> String {
    if name == "__proto__" {
        return "[\"__proto__\"]".to_owned();
    }
    if is_identifier(name, &['$']) {
        name.to_owned()
    } else {
        quoted(name, Syntax::CFamily)
    }
}

/// `ErrorCode.name`, or `ErrorCode["a name"]`.
fn member(ty: &str, name: &str) -> String {
    let key = key(name);
    if let Some(computed) = key.strip_prefix('[') {
        format!("{ty}[{}", computed)
    } else if key.starts_with('"') {
        format!("{ty}[{key}]")
    } else {
        format!("{ty}.{key}")
    }
}

/// A JSDoc line for a deprecated entry, before its member.
fn deprecated(entry: &error_codes_model::Entry, indent: &str) -> String {
    deprecated_tag(entry, Lang::TypeScript)
        .map_or_else(String::new, |tag| format!("{tag}\n{indent}"))
}

fn erasable(
    document: &Document,
    bigint: bool,
    translations: Option<&Catalog>,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let header = header("typescript", document, Lang::TypeScript);
    let literal = |code: i128| {
        if bigint {
            format!("{code}n")
        } else {
            code.to_string()
        }
    };
    let code_type = if bigint { "bigint" } else { "number" };
    let codes = members(document, Lang::TypeScript, "  ", |_, entry| {
        format!(
            "{}{}: {},",
            deprecated(entry, "  "),
            key(&entry.facts.name),
            literal(entry.code)
        )
    });
    let description =
        |entry: &error_codes_model::Entry| quoted(&entry.facts.description(), Syntax::CFamily);
    // The tables whose rows name members are `as const`: each member has
    // a type of its own, and the checker would otherwise type the rows'
    // array as the union of every row's tuple type, which it gives up on
    // (TS2590) past about a thousand rows.
    let descriptions = if bigint {
        let items = members(document, Lang::TypeScript, "  ", |_, entry| {
            format!(
                "[{}, {}],",
                member(ty, &entry.facts.name),
                description(entry)
            )
        });
        format!(
            "export const errorDescriptions: ReadonlyMap<{ty}, string> = new Map<{ty}, string>([\n{items}] as const);\n"
        )
    } else {
        let items = members(document, Lang::TypeScript, "  ", |_, entry| {
            format!(
                "[{}]: {},",
                member(ty, &entry.facts.name),
                description(entry)
            )
        });
        format!("export const errorDescriptions: Readonly<Record<{ty}, string>> = {{\n{items}}};\n")
    };
    let mut by_code = String::new();
    for (code, index) in taxonomy.every_code() {
        let entry = &taxonomy.entries[index];
        let _ = writeln!(
            by_code,
            "  [{}, {}],",
            literal(code),
            member(ty, &entry.facts.name)
        );
    }
    let mut by_name = String::new();
    for (name, index) in taxonomy.every_name() {
        let entry = &taxonomy.entries[index];
        let _ = writeln!(
            by_name,
            "  [{}, {}],",
            quoted(name, Syntax::CFamily),
            member(ty, &entry.facts.name)
        );
    }
    let reserved = reserved_comment(taxonomy, Lang::TypeScript, "");
    // A 64-bit code type's wire codes go beyond 2^53 though no declared
    // code does: the wire decoder then takes a `bigint` too, which keeps
    // them exact, and what answers for any code is keyed by both types.
    let any_code = if !bigint && taxonomy.catch_all.is_some() && beyond_number(taxonomy.code_type) {
        "number | bigint"
    } else {
        code_type
    };
    let link_and_retry = link_and_retry_functions(taxonomy, any_code, &literal, true);
    let lookup = if bigint {
        ".get(code) ?? \"\""
    } else {
        "[code]"
    };
    let ranged = taxonomy.has_code_ranges();
    // Localized, `messageOf` takes a locale ([`localized`]).
    let message_of = translations.is_none();
    let catch_all = if ranged {
        code_range_functions(document, any_code, &literal, lookup, message_of)
    } else {
        catch_all(document, any_code, &literal, lookup, message_of)
    };
    // A code of a range comes back as it is, typed as any code.
    let (from_code_type, from_code_body) = if ranged {
        (
            format!("Any{ty}"),
            "byCode.get(code) ?? (rangeOf(code) === undefined ? undefined : code)",
        )
    } else {
        (ty.clone(), "byCode.get(code)")
    };
    let localized = match translations {
        Some(translations) => localized(document, translations, any_code, &literal, lookup)?,
        None => String::new(),
    };
    Ok(format!(
        r#"{header}
/** The SDK's error codes, by name. */
export const {ty} = {{
{codes}}} as const;
{reserved}
/** A code of `{ty}`. */
export type {ty} = (typeof {ty})[keyof typeof {ty}];

/**
 * Every code's message: its documented reasons joined with "; ", or its name
 * when none is documented.
 */
{descriptions}
const byCode: ReadonlyMap<{code_type}, {ty}> = new Map<{code_type}, {ty}>([
{by_code}] as const);

const byName: ReadonlyMap<string, {ty}> = new Map<string, {ty}>([
{by_name}] as const);

/** The code this code stands for (its alternatives included), or `undefined`. */
export function fromCode(code: {code_type}): {from_code_type} | undefined {{
  return {from_code_body};
}}

/** The code with this name or alias (exact, case-sensitive), or `undefined`. */
export function fromName(name: string): {ty} | undefined {{
  return byName.get(name);
}}
{catch_all}{link_and_retry}{localized}"#
    ))
}

/// With a catch-all, a code the build does not know is kept: codes are
/// plain numbers on the web, so the wire decoder returns the declared code
/// (an alternative's own code) or the code as it came, typed
/// `Any{Enum}`, the declared codes' union widened by `any_code`, the type
/// of any code (`& {}` keeps the declared ones visible to editors);
/// `nameOf` and `messageOf` answer for both.
///
/// Where `any_code` is `number | bigint` (a 64-bit code type whose
/// declared codes are `number`s), a code a `number` holds exactly comes
/// back as a `number`, as the declared codes are, and a larger one as the
/// `bigint` it came as: every code has one form, and none is rounded.
///
/// `lookup` reads a declared code's description from `errorDescriptions`;
/// without `message_of`, the localized `messageOf` answers instead.
fn catch_all(
    document: &Document,
    any_code: &str,
    literal: &dyn Fn(i128) -> String,
    lookup: &str,
    message_of: bool,
) -> String {
    let taxonomy = &document.taxonomy;
    let Some(catch_all) = &taxonomy.catch_all else {
        return String::new();
    };
    let ty = &taxonomy.name;
    let names = name_rows(taxonomy, literal);
    let catch_all_name = quoted(&catch_all.name, Syntax::CFamily);
    let description = quoted(
        &format!("{} (code ", catch_all.description()),
        Syntax::CFamily,
    );
    let message_of = if message_of {
        format!(
            r#"
/** The message: a declared code's, or the catch-all's with the code. */
export function messageOf(code: Any{ty}): string {{
  return isKnown(code) ? errorDescriptions{lookup} : {description} + String(code) + ")";
}}
"#
        )
    } else {
        String::new()
    };
    let widened = widened(any_code);
    let (any_doc, wire_doc, wire_body) = if !any_code.contains('|') {
        ("", "", "  return byCode.get(code) ?? code;\n")
    } else {
        (
            " A code beyond 2^53, which a\n * `number` would round, is a `bigint`.",
            "\n * A code beyond 2^53 stays the `bigint` it came as, exact; one a\n * `number` holds exactly comes back as a `number`, as declared codes are.",
            "  const asNumber = Number(code);\n  return Number.isSafeInteger(asNumber) ? (byCode.get(asNumber) ?? asNumber) : code;\n",
        )
    };
    format!(
        r#"
/**
 * Any code of `{ty}`: one this build declares, or one it does not know (a
 * newer server's), kept as it came.{any_doc}
 */
export type Any{ty} = {ty} | {widened};

const nameByCode: ReadonlyMap<{any_code}, string> = new Map<{any_code}, string>([
{names}]);

/**
 * Never `undefined`: the code this code stands for (its alternatives
 * included), or the code as it came.{wire_doc}
 */
export function fromWireCode(code: {any_code}): Any{ty} {{
{wire_body}}}

/** Whether this build declares the code. */
export function isKnown(code: Any{ty}): code is {ty} {{
  return nameByCode.has(code);
}}

/** The name every SDK shares: a declared code's, or the catch-all's. */
export function nameOf(code: Any{ty}): string {{
  return nameByCode.get(code) ?? {catch_all_name};
}}
{message_of}"#
    )
}

/// With range variants, codes are still plain values: a code of a range
/// is kept as it came, typed `Any{Enum}` as the catch-all's codes are, and
/// `rangeOf` finds its range's constant (the range's first code), by which
/// `isKnown`, `nameOf`, `messageOf`, `docUrlOf` and `isRetryable` answer
/// for it; `messageOf` writes the code as the derive's `Display` does.
/// With a catch-all too, `fromWireCode` keeps any other code, and the
/// catch-all answers for it; without one, `nameOf` and `messageOf` answer
/// `undefined` for a code the build does not know.
///
/// `lookup` reads a declared code's description from `errorDescriptions`;
/// without `message_of`, the localized `messageOf` answers instead.
fn code_range_functions(
    document: &Document,
    any_code: &str,
    literal: &dyn Fn(i128) -> String,
    lookup: &str,
    message_of: bool,
) -> String {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let widened = widened(any_code);
    let mut tests = String::new();
    let mut messages = String::new();
    for (_, entry, start, end) in code_ranges(taxonomy) {
        let constant = member(ty, &entry.facts.name);
        let _ = writeln!(
            tests,
            "  if (code >= {} && code <= {}) return {constant};",
            literal(start),
            literal(end)
        );
        let _ = writeln!(
            messages,
            "  if (range === {constant}) return {};",
            range_english(entry, "code")
        );
    }
    let names = name_rows(taxonomy, literal);
    let (wire, unknown_name, unknown_message, answer) = match &taxonomy.catch_all {
        Some(catch_all) => {
            let wire_body = if !any_code.contains('|') {
                "  return fromCode(code) ?? code;\n"
            } else {
                "  const asNumber = Number(code);\n  return Number.isSafeInteger(asNumber) ? (fromCode(asNumber) ?? asNumber) : code;\n"
            };
            (
                format!(
                    r"
/**
 * Never `undefined`: the code this code stands for (its alternatives
 * included), a code of a range as it came, or any other code as it came.
 */
export function fromWireCode(code: {any_code}): Any{ty} {{
{wire_body}}}
"
                ),
                quoted(&catch_all.name, Syntax::CFamily),
                format!(
                    "{} + String(code) + \")\"",
                    quoted(
                        &format!("{} (code ", catch_all.description()),
                        Syntax::CFamily
                    )
                ),
                "string",
            )
        }
        None => (
            String::new(),
            "undefined".to_owned(),
            "undefined".to_owned(),
            "string | undefined",
        ),
    };
    let message_of = if message_of {
        format!(
            r#"
/** The message: a declared code's, a range's with the code, or the catch-all's with the code. */
export function messageOf(code: Any{ty}): {answer} {{
  const range = rangeOf(code);
{messages}  return isDeclared(code) ? errorDescriptions{lookup} : {unknown_message};
}}
"#
        )
    } else {
        String::new()
    };
    format!(
        r#"
/**
 * Any code of `{ty}`: one this build declares, one of a declared range, kept
 * as it came, or one it does not know (a newer server's).
 */
export type Any{ty} = {ty} | {widened};

/** The constant of the range that holds this code (its first code), or `undefined`. */
function rangeOf(code: {any_code}): {ty} | undefined {{
{tests}  return undefined;
}}

const nameByCode: ReadonlyMap<{any_code}, string> = new Map<{any_code}, string>([
{names}]);

/** Whether the code is a declared code's own: its constant. */
function isDeclared(code: Any{ty}): code is {ty} {{
  return nameByCode.has(code);
}}
{wire}
/** Whether this build declares the code, a code of a range included. */
export function isKnown(code: Any{ty}): boolean {{
  return nameByCode.has(rangeOf(code) ?? code);
}}

/** The name every SDK shares: a declared code's, a range's for its codes, or the catch-all's. */
export function nameOf(code: Any{ty}): {answer} {{
  return nameByCode.get(rangeOf(code) ?? code) ?? {unknown_name};
}}
{message_of}"#
    )
}

/// A range variant's English message as a TypeScript expression, written
/// with `code`, as the derive's `Display` writes it.
fn range_english(entry: &Entry, code: &str) -> String {
    let text: Vec<String> = range_message(entry)
        .into_iter()
        .map(|part| match part {
            CodePart::Text(text) => quoted(&text, Syntax::CFamily),
            CodePart::Code => format!("String({code})"),
        })
        .collect();
    text.join(" + ")
}

/// The type of any code, `any_code`, beside the declared ones: `(number &
/// {})` keeps the declared codes visible to editors.
fn widened(any_code: &str) -> String {
    let widened: Vec<String> = any_code
        .split(" | ")
        .map(|ty| format!("({ty} & {{}})"))
        .collect();
    widened.join(" | ")
}

/// `messageOf(error, locale)`: a code's or an error value's message in
/// `locale`, read from the catalog's translations, which the module holds
/// as tables (a translation as its text and the positions of its values),
/// the English without one. A locale falls back as the web's do: `de-CH`,
/// then `de`.
fn localized(
    document: &Document,
    translations: &Catalog,
    any_code: &str,
    literal: &dyn Fn(i128) -> String,
    lookup: &str,
) -> Result<String, String> {
    let taxonomy = &document.taxonomy;
    let ty = &taxonomy.name;
    let valued = messages::valued(&taxonomy.entries);
    // The messages whose translations are format strings: those with
    // values, and a range's that names the code.
    let valued_names: Vec<&str> = valued
        .iter()
        .map(|value| value.entry)
        .chain(
            code_ranges(taxonomy)
                .map(|(_, entry, _, _)| entry)
                .filter(|entry| entry.facts.message.is_some()),
        )
        .map(|entry| entry.facts.name.as_str())
        .collect();
    let mut tables = String::new();
    for (locale, keys) in &translations.translations {
        let mut rows = String::new();
        for (key, text) in keys {
            let parts = if valued_names.contains(&key.as_str()) {
                crate::translations::parts(text).map_err(|message| {
                    format!(
                        "{}: key `{key}`, locale `{locale}`: the translation {text:?}: {message}",
                        translations.path.display()
                    )
                })?
            } else {
                vec![crate::translations::Part::Text(text.clone())]
            };
            let parts: Vec<String> = parts
                .into_iter()
                .map(|part| match part {
                    crate::translations::Part::Text(text) => quoted(&text, Syntax::CFamily),
                    crate::translations::Part::Value(position) => position.to_string(),
                })
                .collect();
            let _ = writeln!(
                rows,
                "    [{}, [{}]],",
                quoted(key, Syntax::CFamily),
                parts.join(", ")
            );
        }
        let _ = writeln!(
            tables,
            "  [{}, new Map<string, readonly (string | number)[]>([\n{rows}  ])],",
            quoted(locale, Syntax::CFamily)
        );
    }
    let ranged = taxonomy.has_code_ranges();
    // Without a catch-all or a range, the module has no table of names by
    // code yet.
    let names = if taxonomy.catch_all.is_none() && !ranged {
        let names = name_rows(taxonomy, literal);
        format!(
            "\nconst nameByCode: ReadonlyMap<{any_code}, string> = new Map<{any_code}, string>([\n{names}]);\n"
        )
    } else {
        String::new()
    };
    let (with_values, of_values, object) = if valued.is_empty() {
        (String::new(), String::new(), String::new())
    } else {
        let classes: Vec<&str> = valued
            .iter()
            .map(|value| value.type_name.as_str())
            .collect();
        let mut cases = String::new();
        for value in &valued {
            let written: Vec<String> = value
                .message
                .parameters
                .iter()
                .map(|parameter| {
                    let name = format!("error.{}", messages::value_name(&parameter.name));
                    match parameter.ty {
                        ParameterType::Float => format!("rustFloat({name})"),
                        ParameterType::String => name,
                        _ => format!("String({name})"),
                    }
                })
                .collect();
            let _ = writeln!(
                cases,
                "  if (error instanceof {}) return [{}];",
                value.type_name,
                written.join(", ")
            );
        }
        (
            format!(
                "\n/** Every error whose message carries values. */\nexport type {ty}WithValues = {};\n",
                classes.join(" | ")
            ),
            format!(
                r#"
/** An error's values as its English message writes them, by position. */
function valuesOf(error: {ty}WithValues): readonly string[] {{
{cases}  return [];
}}
"#
            ),
            r#"  if (typeof error === "object") {
    const found = translationOf(error.name, locale);
    const values = valuesOf(error);
    return found === undefined ? error.message : found.map((part) => (typeof part === "number" ? (values[part - 1] ?? "") : part)).join("");
  }
"#
            .to_owned(),
        )
    };
    let taking = if valued.is_empty() {
        String::new()
    } else {
        format!(" | {ty}WithValues")
    };
    // A code of a range reads its range's message: the code written where
    // the message names it, else after the translation, as the English
    // has it.
    let mut ranges = String::new();
    for (_, entry, _, _) in code_ranges(taxonomy) {
        let translated = if entry.facts.message.is_some() {
            "found.map((part) => (typeof part === \"number\" ? String(error) : part)).join(\"\")"
        } else {
            "found.join(\"\") + \" (\" + String(error) + \")\""
        };
        let _ = write!(
            ranges,
            "  if (range === {}) {{\n    const found = translationOf({}, locale);\n    return found === undefined ? {} : {translated};\n  }}\n",
            member(ty, &entry.facts.name),
            quoted(&entry.facts.name, Syntax::CFamily),
            range_english(entry, "error"),
        );
    }
    if ranged {
        ranges.insert_str(0, "  const range = rangeOf(error);\n");
    }
    // With ranges, `isKnown` is true of a range's codes too: `isDeclared`
    // tells a code with a description of its own.
    let declared = if ranged { "isDeclared" } else { "isKnown" };
    let (code_type, answer, other, unknown) = match &taxonomy.catch_all {
        Some(catch_all) => (
            format!("Any{ty}"),
            "string",
            quoted(&catch_all.name, Syntax::CFamily),
            format!(
                "  if (!{declared}(error)) return found === undefined ? {} + String(error) + \")\" : found + \" (\" + String(error) + \")\";\n",
                quoted(
                    &format!("{} (code ", catch_all.description()),
                    Syntax::CFamily
                )
            ),
        ),
        // Without a catch-all, a code this build does not know has no
        // message, as in the English `messageOf`.
        None if ranged => (
            format!("Any{ty}"),
            "string | undefined",
            "\"\"".to_owned(),
            "  if (!isDeclared(error)) return undefined;\n".to_owned(),
        ),
        None => (ty.clone(), "string", "\"\"".to_owned(), String::new()),
    };
    let english = lookup.replace("code", "error");
    Ok(format!(
        r#"{names}{with_values}
/**
 * The translations of the messages, by locale, then by name: the text, and
 * the position of each value as a number. Written from the String Catalog
 * by `error-codes`.
 */
const translations: ReadonlyMap<string, ReadonlyMap<string, readonly (string | number)[]>> = new Map<string, ReadonlyMap<string, readonly (string | number)[]>>([
{tables}]);

/** The translation of the message `name` in `locale`, else in the languages it falls back to. */
function translationOf(name: string, locale: string | undefined): readonly (string | number)[] | undefined {{
  for (let tag = locale; tag; tag = tag.includes("-") ? tag.slice(0, tag.lastIndexOf("-")) : undefined) {{
    const found = translations.get(tag)?.get(name);
    if (found !== undefined) return found;
  }}
  return undefined;
}}
{of_values}
/**
 * The message of a code or an error in `locale`, a BCP 47 tag such as
 * `navigator.language` gives: its translation, written with the error's
 * values; the English where there is none, or without a locale.
 */
export function messageOf(error: {code_type}{taking}, locale?: string): {answer} {{
{object}{ranges}  // The code alone has no values: a message with some keeps its English.
  const parts = translationOf(nameByCode.get(error) ?? {other}, locale);
  const found = parts?.every((part) => typeof part === "string") ? parts.join("") : undefined;
{unknown}  return found ?? errorDescriptions{english};
}}
"#
    ))
}

fn numeric_enum(document: &Document) -> String {
    let ty = &document.taxonomy.name;
    let header = header("typescript", document, Lang::TypeScript);
    let enum_members = members(document, Lang::TypeScript, "  ", |_, entry| {
        format!(
            "{}{} = {},",
            deprecated(entry, "  "),
            key(&entry.facts.name),
            entry.code
        )
    });
    let descriptions = members(document, Lang::TypeScript, "  ", |_, entry| {
        format!(
            "[{}]: {},",
            member(ty, &entry.facts.name),
            // JSON's string escapes are valid TypeScript.
            quoted(&entry.facts.description(), Syntax::CFamily)
        )
    });
    let reserved = reserved_comment(&document.taxonomy, Lang::TypeScript, "");
    // The `enum` style has no type for a code it does not declare.
    let link_and_retry = link_and_retry_functions(
        &document.taxonomy,
        "number",
        &|code| code.to_string(),
        false,
    );
    format!(
        r#"{header}
/** The SDK's error codes. */
export enum {ty} {{
{enum_members}}}
{reserved}
/**
 * Every code's message: its documented reasons joined with "; ", or its name
 * when none is documented.
 */
export const errorDescriptions: Readonly<Record<{ty}, string>> = {{
{descriptions}}};
{link_and_retry}"#
    )
}

/// `docUrlOf` when some code has a link, `isRetryable` when some code is
/// retryable. With a catch-all, and `any_code` (the style has a type for
/// any code), they take any code, and answer for one the build does not
/// know with the catch-all's link and retryability. Their tables are
/// keyed by `key_type`, the type of the codes they are asked about.
fn link_and_retry_functions(
    taxonomy: &Taxonomy,
    key_type: &str,
    literal: &dyn Fn(i128) -> String,
    any_code: bool,
) -> String {
    let ty = &taxonomy.name;
    let catch_all = taxonomy.catch_all.as_ref().filter(|_| any_code);
    // A code of a range answers as its range's constant.
    let ranged = any_code && taxonomy.has_code_ranges();
    let param = if catch_all.is_some() || ranged {
        format!("Any{ty}")
    } else {
        ty.clone()
    };
    let code = if ranged {
        "(rangeOf(code) ?? code)"
    } else {
        "code"
    };
    let mut out = String::new();
    if taxonomy.has_doc_urls() {
        let links: String = links(taxonomy)
            .map(|(code, doc_url)| {
                format!(
                    "  [{}, {}],\n",
                    literal(code),
                    quoted(doc_url, Syntax::CFamily)
                )
            })
            .collect();
        let answer = match catch_all.and_then(|catch_all| catch_all.doc_url.as_deref()) {
            Some(doc_url) => format!(
                "isKnown(code) ? docUrlByCode.get({code}) : {}",
                quoted(doc_url, Syntax::CFamily)
            ),
            None => format!("docUrlByCode.get({code})"),
        };
        let _ = write!(
            out,
            r"
const docUrlByCode: ReadonlyMap<{key_type}, string> = new Map<{key_type}, string>([
{links}]);

/** The page that documents this code, or `undefined` when it has none. */
export function docUrlOf(code: {param}): string | undefined {{
  return {answer};
}}
"
        );
    }
    if let Some(retry) = Retry::of(taxonomy) {
        let codes: Vec<String> = retry
            .listed
            .iter()
            .map(|entry| literal(entry.code))
            .collect();
        let (set, answer) = if retry.otherwise {
            (
                "notRetryableCodes",
                format!("!notRetryableCodes.has({code})"),
            )
        } else {
            ("retryableCodes", format!("retryableCodes.has({code})"))
        };
        let _ = write!(
            out,
            r"
const {set}: ReadonlySet<{key_type}> = new Set<{key_type}>([{}]);

/**
 * Whether the same request may succeed if tried again (a timeout, an
 * overloaded server), as opposed to a mistake the caller must fix.
 */
export function isRetryable(code: {param}): boolean {{
  return {answer};
}}
",
            codes.join(", ")
        );
    }
    out
}

/// The rows of a `Map` from each code to its name, one a line.
fn name_rows(taxonomy: &Taxonomy, literal: &dyn Fn(i128) -> String) -> String {
    let mut names = String::new();
    for entry in &taxonomy.entries {
        let _ = writeln!(
            names,
            "  [{}, {}],",
            literal(entry.code),
            quoted(&entry.facts.name, Syntax::CFamily)
        );
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_not_identifiers_are_quoted() {
        assert_eq!(key("userGeneric"), "userGeneric");
        assert_eq!(key("$ok_1"), "$ok_1");
        assert_eq!(key("Content Too Large"), "\"Content Too Large\"");
        assert_eq!(member("Status", "Not Found"), "Status[\"Not Found\"]");
        assert_eq!(member("Status", "ok"), "Status.ok");
        assert_eq!(key("__proto__"), "[\"__proto__\"]");
        assert_eq!(member("E", "__proto__"), "E[\"__proto__\"]");
    }
}
