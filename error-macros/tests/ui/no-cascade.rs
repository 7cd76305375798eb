use error_macros::ErrorCodes;

// One mistake (the duplicate code) and many uses of the generated API: only
// the mistake is reported, not a "no function or associated item" per use.
#[derive(Debug, Clone, Copy, PartialEq, ErrorCodes)]
enum E {
    #[code(1, "first")]
    First,
    #[code(1, "second")]
    Second,
}

fn main() {
    let code: i32 = E::First.code();
    let _ = (code, E::First.name(), E::First.reasons(), E::First.description());
    let _ = (E::First.category(), E::from_code(1), E::from_name("First"));
    let _ = (E::ALL, E::COUNT, i32::from(E::Second));
    let _: Result<E, EFromCodeError> = E::try_from(2);
    let _: Result<E, EFromNameError> = "First".parse::<E>();
    let _ = E::First.to_string();
    let _: &dyn std::error::Error = &E::First;
}
