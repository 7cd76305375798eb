//! The message of a variant with fields: its template, read from the
//! reasons of its `#[code]` or, without them and with `display = false`,
//! from thiserror's `#[error("...")]`, each placeholder checked against the
//! fields and typed by the field it names.

use crate::args::Ungroup;
use crate::errors::Errors;
use crate::message::quoted_list;
use crate::suggest::similar;
use crate::template::{Message, Parameter, ParameterType, parse, placeholders};
use syn::ext::IdentExt;
use syn::{Expr, ExprLit, Fields, Lit, LitStr, Meta, Type};

/// What the reasons or the `#[error]` of a variant with fields make of its
/// message.
pub(crate) enum Read {
    /// A template that names at least one field.
    Message(Message),
    /// No placeholder: the description is plain text.
    Plain,
    /// A mistake in the template, recorded.
    Broken,
}

/// The message of a variant with `fields`, from its `reasons` as written,
/// or from its thiserror `#[error]` among `attrs` when it has no reason
/// and `Display` is not the derive's.
pub(crate) fn read(
    variant: &syn::Ident,
    fields: &Fields,
    reasons: &[LitStr],
    attrs: &[syn::Attribute],
    display: bool,
    errors: &mut Errors,
) -> Read {
    if reasons.is_empty() {
        // thiserror's string is the template when it is one: a format
        // specifier or an expression (`{name:?}`, `{0.code}`) is
        // thiserror's alone, and leaves the description as it was.
        if display {
            return Read::Plain;
        }
        let Some(error) = thiserror_message(attrs) else {
            return Read::Plain;
        };
        let Ok(segments) = parse(&error.value()) else {
            return Read::Plain;
        };
        let names = placeholders(&segments);
        if names.is_empty() || names.iter().any(|name| field_type(fields, name).is_none()) {
            return Read::Plain;
        }
        return Read::Message(message(error.value(), &names, fields));
    }
    // A placeholder names a field, each reason's on its own, spanned at it.
    let mut names: Vec<String> = Vec::new();
    let mut broken = false;
    for reason in reasons {
        let text = reason.value();
        let segments = match parse(&text) {
            Ok(segments) => segments,
            Err(mistake) => {
                errors.at(
                    reason,
                    format_args!("in the message of `{}`: {mistake}", variant.unraw()),
                );
                broken = true;
                continue;
            }
        };
        for name in placeholders(&segments) {
            if field_type(fields, name).is_some() {
                if !names.iter().any(|known| known == name) {
                    names.push(name.to_owned());
                }
                continue;
            }
            broken = true;
            let known = field_names(fields);
            let known_refs: Vec<&str> = known.iter().map(String::as_str).collect();
            errors.at_with_help(
                reason,
                format_args!(
                    "`{{{name}}}` in the message of `{}` names no field; {}",
                    variant.unraw(),
                    match known_refs.as_slice() {
                        [] => "it has no field".to_owned(),
                        [one] => format!("its field is `{one}`"),
                        _ => format!("its fields are {}", quoted_list(&known_refs, '`')),
                    }
                ),
                // A position is no typo of another.
                (!name.bytes().all(|byte| byte.is_ascii_digit()))
                    .then(|| similar(name, &known_refs))
                    .flatten()
                    .map(|near| format!("a field with a similar name exists: `{near}`")),
            );
        }
    }
    if broken {
        return Read::Broken;
    }
    if names.is_empty() {
        return Read::Plain;
    }
    let template = reasons
        .iter()
        .map(LitStr::value)
        .collect::<Vec<_>>()
        .join("; ");
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Read::Message(message(template, &names, fields))
}

/// The message of `template`, whose placeholders name `names` (fields
/// of `fields`), in order of first use.
fn message(template: String, names: &[&str], fields: &Fields) -> Message {
    let parameters = names
        .iter()
        .map(|name| Parameter {
            name: (*name).strip_prefix("r#").unwrap_or(name).to_owned(),
            ty: field_type(fields, name).map_or(ParameterType::String, |ty| {
                ParameterType::of_rust_type(&type_name(ty))
            }),
        })
        .collect();
    Message {
        template,
        parameters,
    }
}

/// The type of the field `name` names: a named field's name (raw or not),
/// or a tuple field's position.
#[must_use]
pub fn field_type<'f>(fields: &'f Fields, name: &str) -> Option<&'f Type> {
    let name = name.strip_prefix("r#").unwrap_or(name);
    match fields {
        Fields::Named(named) => named
            .named
            .iter()
            .find(|field| {
                field
                    .ident
                    .as_ref()
                    .is_some_and(|ident| ident.unraw() == name)
            })
            .map(|field| &field.ty),
        Fields::Unnamed(unnamed) => name
            .parse::<usize>()
            .ok()
            .and_then(|index| unnamed.unnamed.iter().nth(index))
            .map(|field| &field.ty),
        Fields::Unit => None,
    }
}

/// How a message names each field: `room`, or `0` for a tuple's.
pub(crate) fn field_names(fields: &Fields) -> Vec<String> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            field
                .ident
                .as_ref()
                .map_or_else(|| index.to_string(), |ident| ident.unraw().to_string())
        })
        .collect()
}

/// The last segment of a type's path, seen through references and
/// invisible groups: `u32` for `&core::primitive::u32`.
fn type_name(ty: &Type) -> String {
    match ty.ungroup() {
        Type::Reference(reference) => type_name(&reference.elem),
        Type::Paren(paren) => type_name(&paren.elem),
        Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .map_or_else(String::new, |segment| segment.ident.to_string()),
        _ => String::new(),
    }
}

/// The string of thiserror's `#[error("...")]`, when it has one.
fn thiserror_message(attrs: &[syn::Attribute]) -> Option<LitStr> {
    let attr = attrs.iter().find(|attr| attr.path().is_ident("error"))?;
    let Meta::List(list) = &attr.meta else {
        return None;
    };
    let first = list
        .parse_args_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        .ok()?
        .into_iter()
        .next()?;
    match first {
        Expr::Lit(ExprLit {
            lit: Lit::Str(string),
            ..
        }) => Some(string),
        _ => None,
    }
}
