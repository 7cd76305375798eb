use error_codes::ErrorCode;
use std::fmt::Write as _;

/// Prints the code's card, or returns the one-line message for stderr.
pub fn run(query: &str) -> Result<(), String> {
    let code = lookup(query)?;
    print!("{}", render(code));
    Ok(())
}

/// A query is a code when it parses as an integer, else a name.
pub fn lookup(query: &str) -> Result<ErrorCode, String> {
    match query.trim().parse::<i128>() {
        Ok(number) => i32::try_from(number)
            .ok()
            .and_then(ErrorCode::from_code)
            .ok_or_else(|| {
                let nearest = nearest_code(number);
                format!(
                    "no error code {number}; the nearest is {} ({})",
                    nearest.code(),
                    nearest.name()
                )
            }),
        Err(_) => ErrorCode::from_name(query).ok_or_else(|| {
            let nearest = nearest_name(query);
            format!(
                "no error named `{query}`; did you mean {} ({})?",
                nearest.name(),
                nearest.code()
            )
        }),
    }
}

pub fn render(code: ErrorCode) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "code:    {}", code.code());
    let _ = writeln!(out, "name:    {}", code.name());
    let _ = writeln!(out, "section: {}", code.category().unwrap_or("(none)"));
    match code.reasons() {
        [] => out.push_str("reasons: none documented\n"),
        reasons => {
            out.push_str("reasons:\n");
            for reason in reasons {
                let _ = writeln!(out, "  - {reason}");
            }
        }
    }
    out
}

/// The known code closest in value; the lower one on a tie.
fn nearest_code(number: i128) -> ErrorCode {
    *ErrorCode::ALL
        .iter()
        .min_by_key(|code| (number.abs_diff(i128::from(code.code())), code.code()))
        .expect("the taxonomy is not empty")
}

/// The known name closest in edit distance, ignoring case.
fn nearest_name(query: &str) -> ErrorCode {
    let query = query.to_lowercase();
    *ErrorCode::ALL
        .iter()
        .min_by_key(|code| edit_distance(&query, &code.name().to_lowercase()))
        .expect("the taxonomy is not empty")
}

/// Levenshtein distance over chars, one row at a time.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn nearest_code_prefers_the_closest_then_the_lower() {
        assert_eq!(nearest_code(107), ErrorCode::UserNotAuthorized);
        assert_eq!(nearest_code(-50), ErrorCode::Unknown);
        assert_eq!(nearest_code(202), ErrorCode::SessionGenericError);
        assert_eq!(nearest_code(i128::MAX), ErrorCode::InvalidStunServer);
    }

    #[test]
    fn nearest_name_tolerates_typos_and_case() {
        assert_eq!(nearest_name("userNotFund"), ErrorCode::UserNotFound);
        assert_eq!(
            nearest_name("INVALIDSOCKETURL"),
            ErrorCode::InvalidSocketUrl
        );
    }
}
