// Two derives side by side: the helper types are named after each enum.

use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
pub enum First {
    #[code(1)]
    A,
}

#[derive(Debug, ErrorCodes)]
pub enum Second {
    #[code(1)]
    A,
}

fn main() {
    let first: FirstFromCodeError = First::try_from(2).unwrap_err();
    let second: SecondFromNameError = "B".parse::<Second>().unwrap_err();
    assert_eq!(first.to_string(), "no variant of First has code 2");
    assert_eq!(second.to_string(), "no variant of Second has that name");
}
