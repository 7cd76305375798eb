// The derive's output must need nothing but `core`. A `no_std` binary cannot
// link here (no panic runtime), so the test binary brings `std` in from
// inside `main` only: at module level, where the derive expands, neither
// `std` nor `alloc` is in scope.
#![no_std]

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(i16)]
#[error_codes(rename_all = "kebab-case", doc_url = "https://docs.example.com/{code}")]
pub enum Embedded {
    #[code(-300, "Sensor offline", category = "Hardware", retryable)]
    SensorOffline,
    #[code(12, "Checksum mismatch", "Frame truncated")]
    BadFrame,
}

fn main() {
    extern crate std;

    assert_eq!(Embedded::from_code(-300), Some(Embedded::SensorOffline));
    assert_eq!(Embedded::BadFrame.description(), "Checksum mismatch; Frame truncated");
    assert_eq!("bad-frame".parse(), Ok(Embedded::BadFrame));
    assert_eq!(std::format!("{}", Embedded::SensorOffline), "Sensor offline");
    assert!(Embedded::SensorOffline.is_retryable() && !Embedded::BadFrame.is_retryable());
    assert_eq!(Embedded::BadFrame.doc_url(), Some("https://docs.example.com/12"));
    assert_eq!(Embedded::SensorOffline.doc_url(), Some("https://docs.example.com/-300"));
}
