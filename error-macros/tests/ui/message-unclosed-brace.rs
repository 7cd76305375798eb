// On a variant with fields the description is a template: a brace is
// written `{{`.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "Room {room} is full {")]
    RoomFull { room: String },
}

fn main() {}
