// Shared by the edition2018 and edition2021 crates: the same user code,
// compiled under each edition.

use error_macros::ErrorCodes;

macro_rules! declare {
    ($($variant:ident = $code:literal $(, $reason:literal)*;)*) => {
        /// Declared through `macro_rules!`, codes as `$code:literal`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
        #[error_codes(rename_all = "camelCase")]
        pub enum EditionError {
            $(
                /// A variant.
                #[code($code $(, $reason)*)]
                $variant,
            )*
        }
    };
}

declare! {
    UnknownError = -1, "Internal server error";
    SessionClosed = 203;
    UserGeneric = 101, "Invalid participant type", "ICE candidates queue overflow";
}

#[cfg(test)]
mod tests {
    use super::EditionError;

    #[test]
    fn the_api_works_in_this_edition() {
        assert_eq!(EditionError::from_code(-1), Some(EditionError::UnknownError));
        assert_eq!(EditionError::UnknownError.name(), "unknownError");
        assert_eq!(EditionError::SessionClosed.to_string(), "sessionClosed");
        assert_eq!(
            EditionError::UserGeneric.description(),
            "Invalid participant type; ICE candidates queue overflow"
        );
        assert_eq!("userGeneric".parse(), Ok(EditionError::UserGeneric));
        assert_eq!(EditionError::ALL.len(), EditionError::COUNT);
    }
}
