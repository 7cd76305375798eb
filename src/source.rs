//! The taxonomy a command is about: the one an input (`--input`, a
//! manifest's `input`) names, or the built-in NSError taxonomy without one.

use crate::build::Build;
use crate::document::Document;
use crate::{builtin, input};
use std::path::Path;

/// The document of the enum `wanted` (its name or module path) under
/// `input`, read as `build` compiles it, or of the built-in taxonomy when
/// there is no input.
///
/// # Errors
///
/// As [`input::read`]: the one line to print.
pub fn document(
    input: Option<&Path>,
    wanted: Option<&str>,
    build: &Build,
) -> Result<Document, String> {
    match input {
        Some(path) => input::document(path, wanted, build),
        None => Ok(builtin::document()),
    }
}
