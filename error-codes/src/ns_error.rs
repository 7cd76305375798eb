use crate::ErrorCode;
use alloc::string::String;
use core::fmt;

/// An error as it crosses SDK boundaries: the document's Field Summary,
/// `code` (`Int`) and `localizedDescription` (`String`).
///
/// A value may carry a code this taxonomy does not know (a newer server,
/// another SDK): it is kept as it is, and [`NSError::error_code`] says
/// `None`.
///
/// ```
/// use error_codes::{ErrorCode, NSError};
///
/// // Built from the taxonomy: the description is the code's own.
/// let error = NSError::from(ErrorCode::SessionIsFull);
/// assert_eq!(error.code, 206);
/// assert_eq!(error.localized_description, "Exceeded limit of streaming participants in the room");
///
/// // As a server sent it: its own wording, and a code this build may not know.
/// let error = NSError::new(4242, "Quota exceeded");
/// assert_eq!(error.error_code(), None);
/// assert_eq!(error.to_string(), "Quota exceeded");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NSError {
    /// The error code; one of [`ErrorCode`]'s, or one this build does not know.
    pub code: i32,
    /// The human-readable message (`localizedDescription` on the wire).
    pub localized_description: String,
}

impl NSError {
    /// An error with the description the sender wrote, for any code.
    #[must_use]
    pub fn new(code: i32, localized_description: impl Into<String>) -> Self {
        NSError {
            code,
            localized_description: localized_description.into(),
        }
    }

    /// The taxonomy's code, or `None` for a code this build does not know.
    #[must_use]
    pub const fn error_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.code)
    }
}

impl From<ErrorCode> for NSError {
    fn from(code: ErrorCode) -> Self {
        NSError::new(code.code(), code.description())
    }
}

/// The localized description; for an empty one, the taxonomy's description
/// of the code, or the bare code when it is unknown too.
impl fmt::Display for NSError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.localized_description.is_empty() {
            return formatter.write_str(&self.localized_description);
        }
        match self.error_code() {
            Some(code) => formatter.write_str(code.description()),
            None => write!(formatter, "error code {}", self.code),
        }
    }
}

impl core::error::Error for NSError {}
