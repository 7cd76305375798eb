// A placeholder must name a field of its variant.
use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
enum E {
    #[code(206, "Room {rom} is full ({count} participants)")]
    RoomFull { room: String, count: u32 },
}

fn main() {}
