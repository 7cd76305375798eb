//! One heading per section, in the order sections first appear, wherever
//! their variants sit: the fixture `tests/fixtures/interleaved` alternates
//! its two sections through the enum, as Kafka's protocol errors do.

mod common;

use common::cli::{export, stdout, tool};

const FIXTURE: &str = "tests/fixtures/interleaved/lib.rs";

fn export_fixture(format: &str) -> String {
    export(&["--input", FIXTURE, "--format", format])
}

/// Where each of `headings` stands in `text`: once each, in this order.
fn once_in_order(text: &str, headings: &[String]) {
    in_order(text, headings, 1);
}

/// Each of `headings` `times` times in `text`, the first ones in this
/// order.
fn in_order(text: &str, headings: &[String], times: usize) {
    let mut last = 0;
    for heading in headings {
        assert_eq!(
            text.matches(heading.as_str()).count(),
            times,
            "{heading} in\n{text}"
        );
        let at = text.find(heading.as_str()).expect("there");
        assert!(at >= last, "{heading} out of order in\n{text}");
        last = at;
    }
}

#[test]
fn list_shows_each_section_once() {
    let output = tool(&["list", "--input", FIXTURE]);
    let text = stdout(&output);
    once_in_order(
        text,
        &["Not retriable\n", "\nRetriable\n", "\n(no section)\n"].map(String::from),
    );
    // Each section holds its codes in declaration order.
    let retriable = text.split("\nRetriable\n").nth(1).expect("a section");
    let codes: Vec<&str> = retriable
        .lines()
        .take_while(|line| !line.is_empty())
        .map(|line| line.split_whitespace().next().expect("a code"))
        .collect();
    assert_eq!(codes, ["2", "3", "5", "13", "101"]);
}

#[test]
fn markdown_has_one_heading_and_one_anchor_per_section() {
    let page = export_fixture("markdown");
    once_in_order(
        &page,
        &[
            "## Not retriable <a href=\"#not-retriable\" id=\"not-retriable\"></a>",
            "## Retriable <a href=\"#retriable\" id=\"retriable\"></a>",
            "## Other codes <a href=\"#other-codes\" id=\"other-codes\"></a>",
        ]
        .map(String::from),
    );
}

#[test]
fn generated_sources_comment_each_section_once() {
    // TypeScript lists the codes twice: the object, then the messages.
    for (format, comment, lists) in [
        ("swift", "    // ", 1),
        ("kotlin", "    // ", 1),
        ("java", "    // ", 1),
        ("typescript", "  // ", 2),
        ("android-strings", "    <!-- ", 1),
    ] {
        let source = export_fixture(format);
        let headings: Vec<String> = ["Not retriable", "Retriable"]
            .iter()
            .map(|section| format!("{comment}{section}"))
            .collect();
        in_order(&source, &headings, lists);
    }
}
