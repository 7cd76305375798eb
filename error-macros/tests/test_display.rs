use error_codes::ErrorCode;
use error_macros::ErrorCodes;
use std::error::Error;
use std::fmt;

#[test]
fn display_writes_the_description() {
    for code in ErrorCode::ALL {
        assert_eq!(code.to_string(), code.description());
    }
}

#[test]
fn display_honours_width_and_alignment() {
    assert_eq!(
        format!("{:>25}|", ErrorCode::Unknown),
        "    Internal server error|"
    );
    assert_eq!(format!("{:.8}", ErrorCode::Unknown), "Internal");
}

#[test]
fn the_enum_is_an_error() {
    let error: Box<dyn Error> = Box::new(ErrorCode::SessionIsFull);
    assert_eq!(
        error.to_string(),
        "Exceeded limit of streaming participants in the room"
    );
    assert!(error.source().is_none());
    let back = error.downcast::<ErrorCode>().expect("the same type");
    assert_eq!(*back, ErrorCode::SessionIsFull);
}

#[test]
fn display_false_leaves_display_and_error_to_the_user() {
    #[derive(Debug, ErrorCodes)]
    #[error_codes(display = false)]
    enum Custom {
        #[code(1, "The derive's reason")]
        Only,
    }

    impl fmt::Display for Custom {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "custom {}", self.code())
        }
    }

    impl Error for Custom {}

    assert_eq!(Custom::Only.to_string(), "custom 1");
    assert_eq!(Custom::Only.description(), "The derive's reason");
}
