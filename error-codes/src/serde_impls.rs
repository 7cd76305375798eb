//! `Serialize` and `Deserialize` for [`NSError`] and [`ErrorCode`] (feature
//! `serde`), in the shape the signalling server sends:
//! `{"code":104,"localizedDescription":"..."}` for an error, the bare integer
//! for a code.
//!
//! The impls are written by hand rather than derived so that the feature
//! adds no proc-macro to a user's build, and so that every rule of the wire
//! format is spelled out here:
//!
//! * both fields are required, each at most once;
//! * unknown fields are skipped, so that a newer server may add fields
//!   without breaking older clients;
//! * an `NSError` keeps a code the taxonomy does not know, while an
//!   `ErrorCode` rejects it, with the same message as `ErrorCode::try_from`;
//! * bad input of any kind is a `D::Error`, never a panic.

use crate::{ErrorCode, NSError};
use core::fmt;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

const CODE: &str = "code";
const DESCRIPTION: &str = "localizedDescription";
/// The wire names, in wire order: the order of a sequence form too.
const FIELDS: &[&str] = &[CODE, DESCRIPTION];

impl Serialize for NSError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("NSError", FIELDS.len())?;
        state.serialize_field(CODE, &self.code)?;
        state.serialize_field(DESCRIPTION, &self.localized_description)?;
        state.end()
    }
}

impl<'de> Deserialize<'de> for NSError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("NSError", FIELDS, NSErrorVisitor)
    }
}

struct NSErrorVisitor;

impl<'de> Visitor<'de> for NSErrorVisitor {
    type Value = NSError;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an NSError: {\"code\": integer, \"localizedDescription\": string}")
    }

    /// The self-describing form (JSON): fields by name, in any order.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NSError, A::Error> {
        let mut code = None;
        let mut description = None;
        while let Some(field) = map.next_key()? {
            match field {
                Field::Code => set_once(&mut code, CODE, map.next_value()?)?,
                Field::Description => set_once(&mut description, DESCRIPTION, map.next_value()?)?,
                // Forward compatibility: a newer server's extra fields are
                // read (to stay in step with the input) and dropped.
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(NSError {
            code: code.ok_or_else(|| de::Error::missing_field(CODE))?,
            localized_description: description
                .ok_or_else(|| de::Error::missing_field(DESCRIPTION))?,
        })
    }

    /// The compact form of formats that do not name fields (bincode,
    /// postcard): code, then description, as `serialize` writes them.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NSError, A::Error> {
        let code = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let localized_description = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        Ok(NSError {
            code,
            localized_description,
        })
    }
}

/// Fills `slot`, or fails on a field written twice: with two `code`s the
/// payload is ambiguous, and picking one would hide a broken sender.
fn set_once<T, E: de::Error>(slot: &mut Option<T>, name: &'static str, value: T) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

/// A key of the map form: one of ours, or any other (skipped).
enum Field {
    Code,
    Description,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a field name")
    }

    /// Formats that identify fields by index use `FIELDS`' order.
    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Field, E> {
        Ok(match index {
            0 => Field::Code,
            1 => Field::Description,
            _ => Field::Other,
        })
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
        Ok(match name {
            CODE => Field::Code,
            DESCRIPTION => Field::Description,
            _ => Field::Other,
        })
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Field, E> {
        // Not UTF-8, so not one of our names: another field, skipped.
        core::str::from_utf8(name).map_or(Ok(Field::Other), |name| self.visit_str(name))
    }
}

/// The integer code, as `ErrorCode::code` returns it.
impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code())
    }
}

/// The integer code, through `ErrorCode::try_from`: a code the taxonomy does
/// not know fails with the error's message (`no variant of ErrorCode has
/// code 4242`), exactly as `#[serde(try_from = "i32")]` reports it for any
/// other enum with the derive.
impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = i32::deserialize(deserializer)?;
        ErrorCode::try_from(code).map_err(de::Error::custom)
    }
}
