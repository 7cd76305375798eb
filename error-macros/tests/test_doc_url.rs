//! `doc_url()`: a variant's own link, the enum's template filled in at
//! expansion with the final name and the code, `None` without either.

mod common;

use common::sdk::SessionError;
use error_macros::ErrorCodes;

const NOT_FOUND: u16 = 404;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
#[error_codes(
    rename_all = "kebab-case",
    doc_url = "https://docs.example.com/errors/{name}#{code}"
)]
enum Billing {
    #[code(402, "Payment required")]
    PaymentRequired,
    #[code(0x1F5, "Service unavailable")]
    ServiceUnavailable,
    // The template cannot read a constant's value: its own link instead.
    #[code(
        NOT_FOUND,
        "No such invoice",
        doc_url = "https://docs.example.com/invoices"
    )]
    NoSuchInvoice,
    #[code(7, "Card declined", name = "card declined/hard", retryable = false)]
    CardDeclined,
}

#[test]
fn the_template_is_filled_with_the_final_name_and_the_decimal_code() {
    assert_eq!(
        Billing::PaymentRequired.doc_url(),
        Some("https://docs.example.com/errors/payment-required#402")
    );
    // A hexadecimal code reaches the link in decimal.
    assert_eq!(
        Billing::ServiceUnavailable.doc_url(),
        Some("https://docs.example.com/errors/service-unavailable#501")
    );
}

#[test]
fn a_variant_s_own_link_wins_over_the_template() {
    assert_eq!(
        Billing::NoSuchInvoice.doc_url(),
        Some("https://docs.example.com/invoices")
    );
}

#[test]
fn a_name_that_is_not_one_url_segment_is_percent_encoded() {
    assert_eq!(
        Billing::CardDeclined.doc_url(),
        Some("https://docs.example.com/errors/card%20declined%2Fhard#7")
    );
}

#[test]
fn no_link_without_one_or_a_template() {
    assert_eq!(SessionError::ConnectionLost.doc_url(), None);
}

#[derive(Debug, ErrorCodes)]
#[repr(i32)]
enum SomeLinked {
    #[code(1, "Documented", doc_url = "https://docs.example.com/one")]
    Documented,
    #[code(-2, "Undocumented")]
    Undocumented,
}

#[test]
fn only_the_variants_that_have_one_have_a_link() {
    assert_eq!(
        SomeLinked::Documented.doc_url(),
        Some("https://docs.example.com/one")
    );
    assert_eq!(SomeLinked::Undocumented.doc_url(), None);
}

// The fields are there to be carried, not read.
#[allow(dead_code)]
#[derive(Debug, ErrorCodes)]
#[repr(u16)]
#[error_codes(display = false, doc_url = "https://docs.example.com/{name}")]
enum WithFields {
    #[code(1, "Rate limited")]
    RateLimited { retry_after: u32 },
    #[code(2, "Gone", doc_url = "https://docs.example.com/gone")]
    Gone(&'static str),
    #[code(catch_all, "Unknown")]
    Unknown(u16),
}

#[test]
fn variants_with_fields_and_the_catch_all_have_links() {
    assert_eq!(
        WithFields::RateLimited { retry_after: 3 }.doc_url(),
        Some("https://docs.example.com/RateLimited")
    );
    assert_eq!(
        WithFields::Gone("x").doc_url(),
        Some("https://docs.example.com/gone")
    );
    assert_eq!(
        WithFields::Unknown(9).doc_url(),
        Some("https://docs.example.com/Unknown")
    );
}

#[test]
fn doc_url_is_const() {
    const LINK: Option<&str> = Billing::PaymentRequired.doc_url();
    assert_eq!(
        LINK,
        Some("https://docs.example.com/errors/payment-required#402")
    );
}
