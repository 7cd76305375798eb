//! What the generated sources share of messages with values: which entries
//! have one, what each value is called and typed in the target language,
//! and how a float is written so that every platform writes the message as
//! Rust's `Display` does.

use super::escape::{Syntax, quoted};
use super::identifiers::is_identifier;
use error_codes_model::Entry;
use error_codes_model::template::{Message, ParameterType, Segment};

/// An entry whose message names values, and its message.
pub struct Valued<'t> {
    pub index: usize,
    pub entry: &'t Entry,
    pub message: &'t Message,
    /// The type that carries its values: the variant's identifier.
    pub type_name: String,
}

/// Every entry with a message, in declaration order; not a range
/// variant's, whose one value is the code it keeps
/// ([`range_message`](super::generated::range_message)).
pub fn valued(entries: &[Entry]) -> Vec<Valued<'_>> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.range.is_none())
        .filter_map(|(index, entry)| {
            Some(Valued {
                index,
                entry,
                message: entry.facts.message.as_ref()?,
                type_name: type_name(&entry.facts.variant),
            })
        })
        .collect()
}

/// The name of a type from a variant's identifier (a baseline read back
/// has only the name, `roomFull`): `RoomFull`.
fn type_name(variant: &str) -> String {
    let mut words = variant
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty());
    let mut name = String::new();
    for word in &mut words {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.extend(chars);
        }
    }
    if name.starts_with(|ch: char| ch.is_ascii_digit()) || name.is_empty() {
        name.insert(0, 'V');
    }
    name
}

/// What an error value already has in one of the languages (the
/// exception's or `Error`'s members, `CustomNSError`'s and
/// `LocalizedError`'s): a value named so takes `Value` after its name.
const MEMBERS: [&str; 18] = [
    "code",
    "name",
    "message",
    "cause",
    "stack",
    "stackTrace",
    "localizedMessage",
    "suppressed",
    "error",
    "errorCode",
    "errorDomain",
    "errorUserInfo",
    "errorDescription",
    "failureReason",
    "recoverySuggestion",
    "helpAnchor",
    "localizedDescription",
    "class",
];

/// A value's name in the target languages: the field's in lowerCamelCase
/// (`room_name` is `roomName`), a tuple's position as `value0`, and
/// `codeValue` for a name the error value has already.
pub fn value_name(name: &str) -> String {
    let made = camel_case(name);
    if MEMBERS.contains(&made.as_str()) {
        format!("{made}Value")
    } else {
        made
    }
}

fn camel_case(name: &str) -> String {
    if name.bytes().all(|byte| byte.is_ascii_digit()) {
        return format!("value{name}");
    }
    let mut out = String::new();
    for (index, word) in name.split('_').filter(|word| !word.is_empty()).enumerate() {
        if index == 0 {
            out.push_str(word);
        } else {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.extend(chars);
            }
        }
    }
    if out.is_empty() || !is_identifier(&out, &[]) {
        format!("value{}", out.len())
    } else {
        out
    }
}

/// The parts of a message, each value by its parameter's index.
pub enum Part {
    Text(String),
    Value(usize),
}

/// The message as text and values in order.
pub fn parts(message: &Message) -> Vec<Part> {
    message
        .segments()
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => Part::Text(text),
            Segment::Placeholder(name) => {
                Part::Value(message.parameter(&name).map_or(0, |(index, _)| index))
            }
        })
        .collect()
}

/// Whether some message writes a float, for which the sources carry a
/// function that writes it as Rust does.
pub fn writes_floats(valued: &[Valued]) -> bool {
    valued.iter().any(|valued| {
        valued
            .message
            .parameters
            .iter()
            .any(|parameter| parameter.ty == ParameterType::Float)
    })
}

/// The message as an expression of the C family's or Kotlin's: its text
/// quoted for `syntax`, each value written by `value` from its parameter's
/// index and type, joined by `+`; `""` for an empty message.
pub fn concatenation(
    message: &Message,
    syntax: Syntax,
    value: impl Fn(usize, ParameterType) -> String,
) -> String {
    let mut text = String::new();
    for part in parts(message) {
        if !text.is_empty() {
            text.push_str(" + ");
        }
        match part {
            Part::Text(literal) => text.push_str(&quoted(&literal, syntax)),
            Part::Value(index) => text.push_str(&value(index, message.parameters[index].ty)),
        }
    }
    if text.is_empty() {
        text.push_str("\"\"");
    }
    text
}

/// A catalog's format string of a message: its values positional and
/// typed by `specifier` (`%1$@` for Apple, `%1$s` for Android), a `%` of
/// its text doubled.
pub fn format_string(
    message: &Message,
    specifier: impl Fn(usize, ParameterType) -> String,
) -> String {
    let mut out = String::new();
    for part in parts(message) {
        match part {
            Part::Text(text) => out.push_str(&text.replace('%', "%%")),
            Part::Value(index) => out.push_str(&specifier(index + 1, message.parameters[index].ty)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::template::Parameter;

    #[test]
    fn names_in_the_target_languages() {
        assert_eq!(type_name("RoomFull"), "RoomFull");
        assert_eq!(type_name("roomFull"), "RoomFull");
        assert_eq!(type_name("room-full"), "RoomFull");
        assert_eq!(value_name("room_name"), "roomName");
        assert_eq!(value_name("count"), "count");
        assert_eq!(value_name("0"), "value0");
        assert_eq!(value_name("message"), "messageValue");
    }

    #[test]
    fn a_concatenation_quotes_the_text_and_writes_each_value() {
        let message = Message {
            template: "\"{b}\" of {a}".to_owned(),
            parameters: vec![
                Parameter {
                    name: "b".to_owned(),
                    ty: ParameterType::String,
                },
                Parameter {
                    name: "a".to_owned(),
                    ty: ParameterType::Float,
                },
            ],
        };
        let written = concatenation(&message, Syntax::CFamily, |index, ty| {
            format!("v{index}:{ty:?}")
        });
        assert_eq!(written, r#""\"" + v0:String + "\" of " + v1:Float"#);
        let empty = Message {
            template: String::new(),
            parameters: Vec::new(),
        };
        assert_eq!(
            concatenation(&empty, Syntax::Kotlin, |_, _| String::new()),
            "\"\""
        );
    }

    #[test]
    fn a_catalogs_format_string_is_positional_and_typed() {
        let message = Message {
            template: "{b} of {a}, 100%, {b}".to_owned(),
            parameters: vec![
                Parameter {
                    name: "b".to_owned(),
                    ty: ParameterType::Uint,
                },
                Parameter {
                    name: "a".to_owned(),
                    ty: ParameterType::String,
                },
            ],
        };
        let apple = format_string(&message, |position, ty| match ty {
            ParameterType::Uint => format!("%{position}$llu"),
            _ => format!("%{position}$@"),
        });
        assert_eq!(apple, "%1$llu of %2$@, 100%%, %1$llu");
    }
}
