//! How a command reports findings about files: as text lines, or as GitHub
//! Actions workflow commands, which annotate the files in a pull request.
//! `check` and `generate --check` print through here.

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `path:line:col: message`, one per line.
    Text,
    /// `::error file=...,line=...::message`, one per line.
    GitHub,
}

impl Style {
    /// The style `--format` names: `github`, else text.
    #[must_use]
    pub fn named(name: &str) -> Style {
        if name == "github" {
            Style::GitHub
        } else {
            Style::Text
        }
    }
}

/// One finding about a file: where it is, and what to say.
pub struct Annotation<'a> {
    /// `error` (fails the job) or `notice`.
    pub level: &'a str,
    pub file: Option<&'a str>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The rule, as GitHub titles the annotation.
    pub title: Option<&'a str>,
    pub message: &'a str,
}

/// A GitHub Actions workflow command for `annotation`, escaped as the
/// runner reads it.
#[must_use]
pub fn workflow_command(annotation: &Annotation) -> String {
    let mut properties = Vec::new();
    if let Some(file) = annotation.file {
        properties.push(format!("file={}", property(file)));
        if let Some(line) = annotation.line {
            properties.push(format!("line={line}"));
            if let Some(column) = annotation.column {
                properties.push(format!("col={column}"));
            }
        }
    }
    if let Some(title) = annotation.title {
        properties.push(format!("title={}", property(title)));
    }
    let space = if properties.is_empty() { "" } else { " " };
    format!(
        "::{}{space}{}::{}",
        annotation.level,
        properties.join(","),
        data(annotation.message)
    )
}

/// A workflow command's message: `%`, CR and LF as percent escapes.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`, which end it.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_escape_what_ends_them() {
        assert_eq!(data("100% done\nnext"), "100%25 done%0Anext");
        assert_eq!(property("C:\\a,b"), "C%3A\\a%2Cb");
        assert_eq!(
            workflow_command(&Annotation {
                level: "error",
                file: Some("src/a,b.rs"),
                line: Some(3),
                column: None,
                title: Some("RULE"),
                message: "50% off",
            }),
            "::error file=src/a%2Cb.rs,line=3,title=RULE::50%25 off"
        );
    }
}
