// An alias equal to the variant's own final name is a synonym of itself,
// accepted and ignored as an alternative equal to its own code is: it
// keeps a spelling valid whatever `rename_all` or `name` says. An alias
// given twice is kept once. Across variants it stays an error. No lookup
// arm is generated twice: the build denies every warning.
#![deny(warnings)]

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    #[code(1, alias = "CANCELLED", alias = "Canceled", alias = "Canceled")]
    Cancelled,
    #[code(2, name = "abort", alias = "abort", alias = "ABORTED")]
    Aborted,
}

fn main() {
    assert_eq!(Status::from_name("CANCELLED"), Some(Status::Cancelled));
    assert_eq!(Status::from_name("Canceled"), Some(Status::Cancelled));
    assert_eq!(Status::Cancelled.name(), "CANCELLED");
    assert_eq!("abort".parse(), Ok(Status::Aborted));
    assert_eq!(Status::from_name("ABORTED"), Some(Status::Aborted));
    assert_eq!(Status::from_name("Aborted"), None);
    assert_eq!(Status::Aborted.name(), "abort");
}
