//! Where an export goes: standard output, or a file replaced all at once.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::Path;

/// Writes `contents` to `path`, or to standard output without one (every
/// command prints through here); the error is the one line to print.
pub fn write(path: Option<&Path>, contents: &str) -> Result<(), String> {
    match path {
        Some(path) => write_atomically(path, contents.as_bytes())
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        // Not `print!`, which panics when the reader has gone (`| head`).
        None => io::stdout()
            .lock()
            .write_all(contents.as_bytes())
            .map_err(|error| format!("cannot write to standard output: {error}")),
    }
}

/// Writes a temporary file beside `path` and renames it over `path` once
/// complete, so that a reader sees the old file or the new one, never half
/// of one, and a failure leaves no file behind.
fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    // Hidden, and unique to this process so that two runs cannot collide.
    let mut temporary_name = OsString::from(".");
    temporary_name.push(file_name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary_name);

    let file = File::options()
        .write(true)
        .create_new(true)
        .open(&temporary)?;
    let written = fill(file, contents).and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Writes `contents` through to the disk and closes the file: some
/// platforms cannot rename a file that is still open.
fn fill(mut file: File, contents: &[u8]) -> io::Result<()> {
    file.write_all(contents)?;
    file.sync_all()
}
