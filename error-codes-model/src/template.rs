//! Messages with values: the description of a variant with fields is a
//! template whose placeholders name its fields, `{room}` or `{0}`, with
//! `{{` and `}}` for literal braces, the spelling of thiserror's `#[error]`
//! without format specifiers. Every platform's copy is written from the
//! parts [`parse`] finds.

use std::fmt;

/// One part of a template: text as it is, or a field's value.
// Compared and printed by the tools; the derive, built without the
// `taxonomy` feature, has no use for them.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq))]
pub enum Segment {
    /// Literal text, braces unescaped.
    Text(String),
    /// The value of the field this names: `room`, or `0` for a tuple's.
    Placeholder(String),
}

/// What a template may not hold.
// Compared and printed by the tools; the derive, built without the
// `taxonomy` feature, has no use for them.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq))]
pub enum TemplateError {
    /// A `{` that no `}` closes.
    Unclosed,
    /// A `}` that no `{` opened.
    Unopened,
    /// `{}`, which names no field.
    Empty,
    /// `{name:?}`, `{0.code}`: a format specifier or an expression, which
    /// the other platforms cannot write.
    NotAField(String),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Unclosed => f.write_str("a `{` that no `}` closes; write `{{` for a brace"),
            TemplateError::Unopened => f.write_str("a `}` that no `{` opened; write `}}` for a brace"),
            TemplateError::Empty => f.write_str("`{}` names no field; write the field's name, as in `{room}`, or its position, as in `{0}`"),
            TemplateError::NotAField(inside) => write!(
                f,
                "`{{{inside}}}` is not a field's name or position; a message names a field as `{{room}}` or `{{0}}`, without format specifiers"
            ),
        }
    }
}

/// The parts of `template`, in order; adjacent text is one part.
///
/// # Errors
///
/// An unclosed `{` or unopened `}`, `{}`, or a placeholder that is no
/// field's name or position.
pub fn parse(template: &str) -> Result<Vec<Segment>, TemplateError> {
    let mut segments = Vec::new();
    let mut text = String::new();
    let mut chars = template.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '}' => return Err(TemplateError::Unopened),
            '{' => {
                let mut inside = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(ch) => inside.push(ch),
                        None => return Err(TemplateError::Unclosed),
                    }
                }
                if inside.is_empty() {
                    return Err(TemplateError::Empty);
                }
                if !is_field(&inside) {
                    return Err(TemplateError::NotAField(inside));
                }
                if !text.is_empty() {
                    segments.push(Segment::Text(std::mem::take(&mut text)));
                }
                segments.push(Segment::Placeholder(inside));
            }
            ch => text.push(ch),
        }
    }
    if !text.is_empty() {
        segments.push(Segment::Text(text));
    }
    Ok(segments)
}

/// Whether `name` can name a field: a position (`0`), or an identifier,
/// raw or not (`room`, `r#type`).
fn is_field(name: &str) -> bool {
    if name.bytes().all(|byte| byte.is_ascii_digit()) {
        return name.len() == 1 || !name.starts_with('0');
    }
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || first.is_alphabetic())
        && chars.all(|ch| ch == '_' || ch.is_alphanumeric())
        && name != "_"
}

/// The fields a template's placeholders name, each once, in order of first
/// use.
#[must_use]
pub fn placeholders(segments: &[Segment]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for segment in segments {
        if let Segment::Placeholder(name) = segment
            && !names.contains(&name.as_str())
        {
            names.push(name);
        }
    }
    names
}

/// The type of a message's value, as every platform's copy types it.
#[derive(Clone, Copy)]
#[cfg_attr(feature = "taxonomy", derive(Debug, PartialEq, Eq, Hash))]
pub enum ParameterType {
    /// A signed integer (`i8` to `i64`, `isize`).
    Int,
    /// An unsigned integer (`u8` to `u64`, `usize`).
    Uint,
    /// `f32`, `f64`.
    Float,
    /// Text: `String`, `&str`, `Cow<str>`, `char`, and any other type,
    /// through its `Display`.
    String,
}

impl ParameterType {
    /// As the JSON document names it: `int`, `uint`, `float`, `string`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            ParameterType::Int => "int",
            ParameterType::Uint => "uint",
            ParameterType::Float => "float",
            ParameterType::String => "string",
        }
    }

    /// The type the JSON document names `name`, if any: the tools'.
    #[cfg(feature = "taxonomy")]
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        [
            ParameterType::Int,
            ParameterType::Uint,
            ParameterType::Float,
            ParameterType::String,
        ]
        .into_iter()
        .find(|ty| ty.name() == name)
    }

    /// The type of a field of Rust type `ty`, named by its last segment
    /// (`u32`, `core::primitive::u32`), seen through references.
    #[must_use]
    pub fn of_rust_type(ty: &str) -> Self {
        match ty {
            "i8" | "i16" | "i32" | "i64" | "isize" => ParameterType::Int,
            "u8" | "u16" | "u32" | "u64" | "usize" => ParameterType::Uint,
            "f32" | "f64" => ParameterType::Float,
            _ => ParameterType::String,
        }
    }
}

/// One value a message names: the field, and its type.
// Compared and printed by the tools; the derive, built without the
// `taxonomy` feature, has no use for them.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq))]
pub struct Parameter {
    /// The field's name, or its position in a tuple variant: `room`, `0`.
    pub name: String,
    pub ty: ParameterType,
}

/// A message with values: its template as written and the values it
/// names, in order of first use.
// Compared and printed by the tools; the derive, built without the
// `taxonomy` feature, has no use for them.
#[cfg_attr(feature = "taxonomy", derive(Debug, Clone, PartialEq, Eq))]
pub struct Message {
    pub template: String,
    pub parameters: Vec<Parameter>,
}

impl Message {
    /// The template's parts.
    #[must_use]
    pub fn segments(&self) -> Vec<Segment> {
        // A message is parsed before it is made: its template parses.
        parse(&self.template).unwrap_or_default()
    }

    /// The parameter a placeholder names.
    #[must_use]
    pub fn parameter(&self, name: &str) -> Option<(usize, &Parameter)> {
        self.parameters
            .iter()
            .enumerate()
            .find(|(_, parameter)| parameter.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Segment {
        Segment::Text(text.to_owned())
    }

    fn value(name: &str) -> Segment {
        Segment::Placeholder(name.to_owned())
    }

    #[test]
    fn placeholders_and_literal_braces() {
        assert_eq!(
            parse("Room {room} is full ({count} participants)"),
            Ok(vec![
                text("Room "),
                value("room"),
                text(" is full ("),
                value("count"),
                text(" participants)")
            ])
        );
        assert_eq!(
            parse("{0}{{x}}{1}"),
            Ok(vec![value("0"), text("{x}"), value("1")])
        );
        assert_eq!(parse("no value"), Ok(vec![text("no value")]));
        assert_eq!(parse(""), Ok(vec![]));
        assert_eq!(placeholders(&parse("{b} {a} {b}").unwrap()), ["b", "a"]);
    }

    #[test]
    fn what_a_template_may_not_hold() {
        assert_eq!(parse("{room"), Err(TemplateError::Unclosed));
        assert_eq!(parse("room}"), Err(TemplateError::Unopened));
        assert_eq!(parse("{}"), Err(TemplateError::Empty));
        assert_eq!(
            parse("{room:?}"),
            Err(TemplateError::NotAField("room:?".to_owned()))
        );
        assert_eq!(
            parse("{0.code}"),
            Err(TemplateError::NotAField("0.code".to_owned()))
        );
        assert_eq!(
            parse("{01}"),
            Err(TemplateError::NotAField("01".to_owned()))
        );
        assert_eq!(parse("{r#type}"), Ok(vec![value("r#type")]));
    }

    #[test]
    fn types_from_rust_types() {
        assert_eq!(ParameterType::of_rust_type("u32"), ParameterType::Uint);
        assert_eq!(ParameterType::of_rust_type("isize"), ParameterType::Int);
        assert_eq!(ParameterType::of_rust_type("f64"), ParameterType::Float);
        assert_eq!(ParameterType::of_rust_type("String"), ParameterType::String);
        assert_eq!(ParameterType::of_rust_type("i128"), ParameterType::String);
        for ty in ["int", "uint", "float", "string"] {
            assert_eq!(
                ParameterType::from_name(ty).map(ParameterType::name),
                Some(ty)
            );
        }
    }
}
