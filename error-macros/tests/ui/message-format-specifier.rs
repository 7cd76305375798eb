// A message names its fields without format specifiers, which the other
// platforms could not write.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(1, "Room {room:?} is full")]
    RoomFull { room: String },
}

fn main() {}
