//! Codes from constants: a wrapper of a C library declares its enum on the
//! header's own constants (`ffi::SQLITE_IOERR`) or on constant expressions
//! (`(ffi::SQLITE_IOERR | (1 << 8))`), so that it cannot drift from the
//! header. The derive cannot read those values; the compiler evaluates
//! them, and the lookups, still `const fn`, work on what it finds.

use error_macros::ErrorCodes;

/// As a `-sys` crate binds them from sqlite3.h, extended codes as the
/// header computes them.
#[allow(dead_code)]
mod ffi {
    pub const SQLITE_OK: i32 = 0;
    pub const SQLITE_ERROR: i32 = 1;
    pub const SQLITE_INTERNAL: i32 = 2;
    pub const SQLITE_PERM: i32 = 3;
    pub const SQLITE_ABORT: i32 = 4;
    pub const SQLITE_BUSY: i32 = 5;
    pub const SQLITE_LOCKED: i32 = 6;
    pub const SQLITE_NOMEM: i32 = 7;
    pub const SQLITE_READONLY: i32 = 8;
    pub const SQLITE_INTERRUPT: i32 = 9;
    pub const SQLITE_IOERR: i32 = 10;
    pub const SQLITE_CORRUPT: i32 = 11;
    pub const SQLITE_NOTFOUND: i32 = 12;
    pub const SQLITE_FULL: i32 = 13;
    pub const SQLITE_CANTOPEN: i32 = 14;
    pub const SQLITE_PROTOCOL: i32 = 15;
    pub const SQLITE_EMPTY: i32 = 16;
    pub const SQLITE_SCHEMA: i32 = 17;
    pub const SQLITE_TOOBIG: i32 = 18;
    pub const SQLITE_CONSTRAINT: i32 = 19;
    pub const SQLITE_MISMATCH: i32 = 20;
    pub const SQLITE_MISUSE: i32 = 21;
    pub const SQLITE_NOLFS: i32 = 22;
    pub const SQLITE_AUTH: i32 = 23;
    pub const SQLITE_FORMAT: i32 = 24;
    pub const SQLITE_RANGE: i32 = 25;
    pub const SQLITE_NOTADB: i32 = 26;
    pub const SQLITE_NOTICE: i32 = 27;
    pub const SQLITE_WARNING: i32 = 28;
    pub const SQLITE_ROW: i32 = 100;
    pub const SQLITE_DONE: i32 = 101;
    pub const SQLITE_IOERR_READ: i32 = SQLITE_IOERR | (1 << 8);
    pub const SQLITE_IOERR_SHORT_READ: i32 = SQLITE_IOERR | (2 << 8);
    pub const SQLITE_IOERR_WRITE: i32 = SQLITE_IOERR | (3 << 8);
    pub const SQLITE_IOERR_FSYNC: i32 = SQLITE_IOERR | (4 << 8);
    pub const SQLITE_IOERR_DIR_FSYNC: i32 = SQLITE_IOERR | (5 << 8);
    pub const SQLITE_IOERR_TRUNCATE: i32 = SQLITE_IOERR | (6 << 8);
    pub const SQLITE_IOERR_FSTAT: i32 = SQLITE_IOERR | (7 << 8);
    pub const SQLITE_IOERR_UNLOCK: i32 = SQLITE_IOERR | (8 << 8);
    pub const SQLITE_BUSY_RECOVERY: i32 = SQLITE_BUSY | (1 << 8);
    pub const SQLITE_BUSY_SNAPSHOT: i32 = SQLITE_BUSY | (2 << 8);
    pub const SQLITE_LOCKED_SHAREDCACHE: i32 = SQLITE_LOCKED | (1 << 8);
    pub const SQLITE_CANTOPEN_NOTEMPDIR: i32 = SQLITE_CANTOPEN | (1 << 8);
    pub const SQLITE_CONSTRAINT_CHECK: i32 = SQLITE_CONSTRAINT | (1 << 8);
    pub const SQLITE_CONSTRAINT_FOREIGNKEY: i32 = SQLITE_CONSTRAINT | (3 << 8);
    pub const SQLITE_CONSTRAINT_NOTNULL: i32 = SQLITE_CONSTRAINT | (5 << 8);
    pub const SQLITE_CONSTRAINT_PRIMARYKEY: i32 = SQLITE_CONSTRAINT | (6 << 8);
    pub const SQLITE_CONSTRAINT_UNIQUE: i32 = SQLITE_CONSTRAINT | (8 << 8);
    pub const SQLITE_READONLY_RECOVERY: i32 = SQLITE_READONLY | (1 << 8);
    pub const SQLITE_READONLY_CANTLOCK: i32 = SQLITE_READONLY | (2 << 8);
    pub const SQLITE_ABORT_ROLLBACK: i32 = SQLITE_ABORT | (2 << 8);
}

/// SQLite's result codes: primary codes by path, a few extended ones
/// written as the header writes them, in parentheses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SqliteError {
    #[code(ffi::SQLITE_OK, name = "SQLITE_OK")]
    Ok,
    #[code(ffi::SQLITE_ERROR, name = "SQLITE_ERROR")]
    Error,
    #[code(ffi::SQLITE_INTERNAL, name = "SQLITE_INTERNAL")]
    Internal,
    #[code(ffi::SQLITE_PERM, name = "SQLITE_PERM")]
    Perm,
    #[code(ffi::SQLITE_ABORT, name = "SQLITE_ABORT")]
    Abort,
    #[code(ffi::SQLITE_BUSY, name = "SQLITE_BUSY")]
    Busy,
    #[code(ffi::SQLITE_LOCKED, name = "SQLITE_LOCKED")]
    Locked,
    #[code(ffi::SQLITE_NOMEM, name = "SQLITE_NOMEM")]
    Nomem,
    #[code(ffi::SQLITE_READONLY, name = "SQLITE_READONLY")]
    Readonly,
    #[code(ffi::SQLITE_INTERRUPT, name = "SQLITE_INTERRUPT")]
    Interrupt,
    #[code(ffi::SQLITE_IOERR, name = "SQLITE_IOERR")]
    Ioerr,
    #[code(ffi::SQLITE_CORRUPT, name = "SQLITE_CORRUPT")]
    Corrupt,
    #[code(ffi::SQLITE_NOTFOUND, name = "SQLITE_NOTFOUND")]
    Notfound,
    #[code(ffi::SQLITE_FULL, name = "SQLITE_FULL")]
    Full,
    #[code(ffi::SQLITE_CANTOPEN, name = "SQLITE_CANTOPEN")]
    Cantopen,
    #[code(ffi::SQLITE_PROTOCOL, name = "SQLITE_PROTOCOL")]
    Protocol,
    #[code(ffi::SQLITE_EMPTY, name = "SQLITE_EMPTY")]
    Empty,
    #[code(ffi::SQLITE_SCHEMA, name = "SQLITE_SCHEMA")]
    Schema,
    #[code(ffi::SQLITE_TOOBIG, name = "SQLITE_TOOBIG")]
    Toobig,
    #[code(ffi::SQLITE_CONSTRAINT, name = "SQLITE_CONSTRAINT")]
    Constraint,
    #[code(ffi::SQLITE_MISMATCH, name = "SQLITE_MISMATCH")]
    Mismatch,
    #[code(ffi::SQLITE_MISUSE, name = "SQLITE_MISUSE")]
    Misuse,
    #[code(ffi::SQLITE_NOLFS, name = "SQLITE_NOLFS")]
    Nolfs,
    #[code(ffi::SQLITE_AUTH, name = "SQLITE_AUTH")]
    Auth,
    #[code(ffi::SQLITE_FORMAT, name = "SQLITE_FORMAT")]
    Format,
    #[code(ffi::SQLITE_RANGE, name = "SQLITE_RANGE")]
    Range,
    #[code(ffi::SQLITE_NOTADB, name = "SQLITE_NOTADB")]
    Notadb,
    #[code(ffi::SQLITE_NOTICE, name = "SQLITE_NOTICE")]
    Notice,
    #[code(ffi::SQLITE_WARNING, name = "SQLITE_WARNING")]
    Warning,
    #[code(ffi::SQLITE_ROW, name = "SQLITE_ROW")]
    Row,
    #[code(ffi::SQLITE_DONE, name = "SQLITE_DONE")]
    Done,
    #[code((ffi::SQLITE_IOERR | (1 << 8)), name = "SQLITE_IOERR_READ")]
    IoerrRead,
    #[code(ffi::SQLITE_IOERR_SHORT_READ, name = "SQLITE_IOERR_SHORT_READ")]
    IoerrShortRead,
    #[code(ffi::SQLITE_IOERR_WRITE, name = "SQLITE_IOERR_WRITE")]
    IoerrWrite,
    #[code(ffi::SQLITE_IOERR_FSYNC, name = "SQLITE_IOERR_FSYNC")]
    IoerrFsync,
    #[code((ffi::SQLITE_IOERR | (5 << 8)), name = "SQLITE_IOERR_DIR_FSYNC")]
    IoerrDirFsync,
    #[code(ffi::SQLITE_IOERR_TRUNCATE, name = "SQLITE_IOERR_TRUNCATE")]
    IoerrTruncate,
    #[code(ffi::SQLITE_IOERR_FSTAT, name = "SQLITE_IOERR_FSTAT")]
    IoerrFstat,
    #[code(ffi::SQLITE_IOERR_UNLOCK, name = "SQLITE_IOERR_UNLOCK")]
    IoerrUnlock,
    #[code((ffi::SQLITE_BUSY | (1 << 8)), name = "SQLITE_BUSY_RECOVERY")]
    BusyRecovery,
    #[code(ffi::SQLITE_BUSY_SNAPSHOT, name = "SQLITE_BUSY_SNAPSHOT")]
    BusySnapshot,
    #[code(ffi::SQLITE_LOCKED_SHAREDCACHE, name = "SQLITE_LOCKED_SHAREDCACHE")]
    LockedSharedcache,
    #[code(ffi::SQLITE_CANTOPEN_NOTEMPDIR, name = "SQLITE_CANTOPEN_NOTEMPDIR")]
    CantopenNotempdir,
    #[code((ffi::SQLITE_CONSTRAINT | (1 << 8)), name = "SQLITE_CONSTRAINT_CHECK")]
    ConstraintCheck,
    #[code(
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY,
        name = "SQLITE_CONSTRAINT_FOREIGNKEY"
    )]
    ConstraintForeignkey,
    #[code(ffi::SQLITE_CONSTRAINT_NOTNULL, name = "SQLITE_CONSTRAINT_NOTNULL")]
    ConstraintNotnull,
    #[code(
        ffi::SQLITE_CONSTRAINT_PRIMARYKEY,
        name = "SQLITE_CONSTRAINT_PRIMARYKEY"
    )]
    ConstraintPrimarykey,
    #[code((ffi::SQLITE_CONSTRAINT | (8 << 8)), name = "SQLITE_CONSTRAINT_UNIQUE")]
    ConstraintUnique,
    #[code(ffi::SQLITE_READONLY_RECOVERY, name = "SQLITE_READONLY_RECOVERY")]
    ReadonlyRecovery,
    #[code(ffi::SQLITE_READONLY_CANTLOCK, name = "SQLITE_READONLY_CANTLOCK")]
    ReadonlyCantlock,
    #[code(ffi::SQLITE_ABORT_ROLLBACK, name = "SQLITE_ABORT_ROLLBACK")]
    AbortRollback,
}

/// Every (name, constant) of the header above.
const HEADER: &[(&str, i32)] = &[
    ("SQLITE_OK", ffi::SQLITE_OK),
    ("SQLITE_ERROR", ffi::SQLITE_ERROR),
    ("SQLITE_INTERNAL", ffi::SQLITE_INTERNAL),
    ("SQLITE_PERM", ffi::SQLITE_PERM),
    ("SQLITE_ABORT", ffi::SQLITE_ABORT),
    ("SQLITE_BUSY", ffi::SQLITE_BUSY),
    ("SQLITE_LOCKED", ffi::SQLITE_LOCKED),
    ("SQLITE_NOMEM", ffi::SQLITE_NOMEM),
    ("SQLITE_READONLY", ffi::SQLITE_READONLY),
    ("SQLITE_INTERRUPT", ffi::SQLITE_INTERRUPT),
    ("SQLITE_IOERR", ffi::SQLITE_IOERR),
    ("SQLITE_CORRUPT", ffi::SQLITE_CORRUPT),
    ("SQLITE_NOTFOUND", ffi::SQLITE_NOTFOUND),
    ("SQLITE_FULL", ffi::SQLITE_FULL),
    ("SQLITE_CANTOPEN", ffi::SQLITE_CANTOPEN),
    ("SQLITE_PROTOCOL", ffi::SQLITE_PROTOCOL),
    ("SQLITE_EMPTY", ffi::SQLITE_EMPTY),
    ("SQLITE_SCHEMA", ffi::SQLITE_SCHEMA),
    ("SQLITE_TOOBIG", ffi::SQLITE_TOOBIG),
    ("SQLITE_CONSTRAINT", ffi::SQLITE_CONSTRAINT),
    ("SQLITE_MISMATCH", ffi::SQLITE_MISMATCH),
    ("SQLITE_MISUSE", ffi::SQLITE_MISUSE),
    ("SQLITE_NOLFS", ffi::SQLITE_NOLFS),
    ("SQLITE_AUTH", ffi::SQLITE_AUTH),
    ("SQLITE_FORMAT", ffi::SQLITE_FORMAT),
    ("SQLITE_RANGE", ffi::SQLITE_RANGE),
    ("SQLITE_NOTADB", ffi::SQLITE_NOTADB),
    ("SQLITE_NOTICE", ffi::SQLITE_NOTICE),
    ("SQLITE_WARNING", ffi::SQLITE_WARNING),
    ("SQLITE_ROW", ffi::SQLITE_ROW),
    ("SQLITE_DONE", ffi::SQLITE_DONE),
    ("SQLITE_IOERR_READ", ffi::SQLITE_IOERR_READ),
    ("SQLITE_IOERR_SHORT_READ", ffi::SQLITE_IOERR_SHORT_READ),
    ("SQLITE_IOERR_WRITE", ffi::SQLITE_IOERR_WRITE),
    ("SQLITE_IOERR_FSYNC", ffi::SQLITE_IOERR_FSYNC),
    ("SQLITE_IOERR_DIR_FSYNC", ffi::SQLITE_IOERR_DIR_FSYNC),
    ("SQLITE_IOERR_TRUNCATE", ffi::SQLITE_IOERR_TRUNCATE),
    ("SQLITE_IOERR_FSTAT", ffi::SQLITE_IOERR_FSTAT),
    ("SQLITE_IOERR_UNLOCK", ffi::SQLITE_IOERR_UNLOCK),
    ("SQLITE_BUSY_RECOVERY", ffi::SQLITE_BUSY_RECOVERY),
    ("SQLITE_BUSY_SNAPSHOT", ffi::SQLITE_BUSY_SNAPSHOT),
    ("SQLITE_LOCKED_SHAREDCACHE", ffi::SQLITE_LOCKED_SHAREDCACHE),
    ("SQLITE_CANTOPEN_NOTEMPDIR", ffi::SQLITE_CANTOPEN_NOTEMPDIR),
    ("SQLITE_CONSTRAINT_CHECK", ffi::SQLITE_CONSTRAINT_CHECK),
    (
        "SQLITE_CONSTRAINT_FOREIGNKEY",
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY,
    ),
    ("SQLITE_CONSTRAINT_NOTNULL", ffi::SQLITE_CONSTRAINT_NOTNULL),
    (
        "SQLITE_CONSTRAINT_PRIMARYKEY",
        ffi::SQLITE_CONSTRAINT_PRIMARYKEY,
    ),
    ("SQLITE_CONSTRAINT_UNIQUE", ffi::SQLITE_CONSTRAINT_UNIQUE),
    ("SQLITE_READONLY_RECOVERY", ffi::SQLITE_READONLY_RECOVERY),
    ("SQLITE_READONLY_CANTLOCK", ffi::SQLITE_READONLY_CANTLOCK),
    ("SQLITE_ABORT_ROLLBACK", ffi::SQLITE_ABORT_ROLLBACK),
];

#[test]
fn every_code_is_the_headers_value() {
    assert_eq!(SqliteError::COUNT, HEADER.len());
    for (&variant, &(name, value)) in SqliteError::ALL.iter().zip(HEADER) {
        assert_eq!(variant.name(), name);
        assert_eq!(variant.code(), value, "{name}");
        assert_eq!(SqliteError::from_code(value), Some(variant), "{name}");
        assert_eq!(SqliteError::try_from(value), Ok(variant));
    }
    assert_eq!(SqliteError::IoerrShortRead.code(), 522);
    assert_eq!(SqliteError::ConstraintUnique.code(), 2067);
}

#[test]
fn no_other_code_maps() {
    for code in -10_000..10_000 {
        let declared = HEADER.iter().any(|&(_, value)| value == code);
        assert_eq!(SqliteError::from_code(code).is_some(), declared, "{code}");
    }
    assert_eq!(SqliteError::from_code(i32::MIN), None);
    assert_eq!(SqliteError::from_code(i32::MAX), None);
}

#[test]
fn lookups_stay_const() {
    const READ: Option<SqliteError> = SqliteError::from_code(ffi::SQLITE_IOERR_READ);
    const BUSY: Option<SqliteError> = SqliteError::from_name("SQLITE_BUSY");
    assert_eq!(READ, Some(SqliteError::IoerrRead));
    assert_eq!(BUSY, Some(SqliteError::Busy));
}

mod limits {
    pub const FIRST: u8 = 1;
    pub const LAST: u8 = 255;
}

/// Constants, literals, alternatives and a catch-all together, in another
/// code type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u8)]
#[error_codes(reserved = [100..=199])]
enum Mixed {
    #[code(limits::FIRST, "The first")]
    First,
    #[code(2, alternatives = [limits::LAST, (limits::FIRST + 9)])]
    Second,
    #[code(catch_all)]
    Other(u8),
}

#[test]
fn constants_mix_with_literals_alternatives_and_a_catch_all() {
    assert_eq!(Mixed::from_code(1), Mixed::First);
    assert_eq!(Mixed::from_code(255), Mixed::Second);
    assert_eq!(Mixed::from_code(10), Mixed::Second);
    assert_eq!(Mixed::Second.code(), 2);
    assert_eq!(Mixed::from_code(3), Mixed::Other(3));
    assert_eq!(Mixed::First.to_string(), "The first");
}
