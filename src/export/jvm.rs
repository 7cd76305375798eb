//! What the Java and Kotlin exports share on the JVM: the integer type
//! codes take there, their literals, and package names.

use super::identifiers::is_identifier;
use error_codes_model::CodeType;

/// Whether every value of `code_type` is a Java `int`.
pub fn fits_int(code_type: CodeType) -> bool {
    code_type.min() >= i128::from(i32::MIN) && code_type.max() <= i128::from(i32::MAX)
}

/// A code as a Java literal of the type the enum uses. A `u64` beyond
/// `Long.MAX_VALUE` keeps its bits, as Java's `long` holds an unsigned
/// 64-bit value (`Long.toUnsignedString` prints it back).
pub fn literal(code: i128, int: bool) -> String {
    if int {
        return code.to_string();
    }
    let bits = i64::try_from(code).unwrap_or_else(|_| {
        i64::from_ne_bytes(u64::try_from(code).unwrap_or(u64::MAX).to_ne_bytes())
    });
    if bits == i64::MIN {
        // `-9223372036854775808L` does not lex: the literal is out of range
        // before the minus applies.
        "Long.MIN_VALUE".to_owned()
    } else {
        format!("{bits}L")
    }
}

/// The value parser of `--java-package`: identifiers joined by dots.
pub fn package_name(name: &str) -> Result<String, String> {
    if name.split('.').all(|part| is_identifier(part, &['$'])) {
        Ok(name.to_owned())
    } else {
        Err("expected identifiers joined by dots, such as com.example.sdk".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_int_or_long_literals() {
        assert!(fits_int(CodeType::U16) && fits_int(CodeType::I32));
        assert!(!fits_int(CodeType::U32) && !fits_int(CodeType::I64));
        assert_eq!(literal(-1, true), "-1");
        assert_eq!(literal(-1, false), "-1L");
        assert_eq!(literal(u64::MAX.into(), false), "-1L");
        assert_eq!(literal(i64::MIN.into(), false), "Long.MIN_VALUE");
    }

    #[test]
    fn package_names_are_dotted_identifiers() {
        assert!(package_name("com.example.sdk").is_ok());
        assert!(package_name("errors").is_ok());
        for bad in ["", "com..example", "com.example.", "1com", "com.ex-ample"] {
            assert!(package_name(bad).is_err(), "{bad}");
        }
    }
}
