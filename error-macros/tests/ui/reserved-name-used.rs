use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[error_codes(rename_all = "camelCase", reserved = ["sessionFull"])]
enum E {
    #[code(1)]
    SessionFull,
    #[code(2, alias = "sessionFull")]
    RoomFull,
}

fn main() {}
