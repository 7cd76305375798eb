// A discriminant with commas inside `<...>` is one expression, read whole.
use error_macros::ErrorCodes;

trait Table<X, Y> {
    const C: isize;
}

impl Table<u8, u16> for u8 {
    const C: isize = 104;
}

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(104)]
    First = <u8 as Table<u8, u16>>::C,
}

fn main() {}
