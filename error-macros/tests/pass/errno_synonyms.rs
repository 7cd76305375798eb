// A portable synonym: `EWOULDBLOCK` equals `EAGAIN` on Linux and differs
// elsewhere; `alternatives` may name it on every platform. A code listed
// twice for one variant is harmless, literal or constant; across variants
// it stays an error.
use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
enum Errno {
    #[code(libc::EPERM, "Operation not permitted")]
    Perm,
    #[code(libc::ENOENT, "No such file or directory")]
    Noent,
    #[code(libc::EAGAIN, "Resource temporarily unavailable", alternatives = [libc::EWOULDBLOCK])]
    Again,
    #[code(libc::EDEADLK, "Resource deadlock avoided", alternatives = [libc::EDEADLOCK])]
    Deadlk,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
enum Literal {
    #[code(1, alternatives = [1, 10, 10])]
    One,
    #[code(2)]
    Two,
}

fn main() {
    assert_eq!(Errno::from_code(libc::EAGAIN), Some(Errno::Again));
    assert_eq!(Errno::from_code(libc::EWOULDBLOCK), Some(Errno::Again));
    assert_eq!(Errno::from_code(libc::EDEADLOCK), Some(Errno::Deadlk));
    assert_eq!(Errno::Again.code(), libc::EAGAIN);
    assert_eq!(Errno::from_code(libc::ENOENT), Some(Errno::Noent));
    assert_eq!(Errno::from_name("PERM"), Some(Errno::Perm));
    assert_eq!(Literal::from_code(10), Some(Literal::One));
    assert_eq!(Literal::from_code(1), Some(Literal::One));
    assert_eq!(Literal::from_code(3), None);
}
