//! Where what a command makes goes: standard output, or `--output FILE`.
//! A file is never one the command read; a regular file is replaced all
//! at once, keeping its permissions, so that a reader sees the old file or
//! the new one, never half of one; a link is followed and its target
//! replaced, the link kept; a FIFO, a device or a socket is written to,
//! never replaced by a file.

use crate::files::source_at;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// How many links a path may go through before it is taken for a loop.
const MAX_LINKS: usize = 40;

/// Writes `contents` to standard output (every command prints through
/// here); the error is the one line to print.
///
/// # Errors
///
/// Standard output is closed or full, or its reader has gone (`| head`).
pub fn print(contents: &str) -> Result<(), String> {
    // Not `print!`, which panics when it cannot write.
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(contents.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|error| format!("cannot write to standard output: {error}"))
}

/// Writes `contents` to `path`, unless `path` is one of `sources`, the
/// files the command read; the error is the one line to print, and
/// nothing is written then.
///
/// # Errors
///
/// `path` is a file the command read, a directory, a link that loops, or
/// cannot be written.
pub fn write(path: &Path, contents: &str, sources: &[PathBuf]) -> Result<(), String> {
    let cannot = |error: io::Error| format!("cannot write {}: {error}", path.display());
    let target = resolve(path).map_err(cannot)?;
    let metadata = match fs::metadata(&target) {
        Ok(metadata) => Some(metadata),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(cannot(error)),
    };
    let Some(metadata) = metadata else {
        return replace(&target, contents.as_bytes(), None).map_err(cannot);
    };
    // An export over its own input would lose the input.
    if let Some(source) = source_at(path, sources) {
        return Err(format!(
            "refusing to write {}: it is {}, which this command reads",
            path.display(),
            source.display()
        ));
    }
    if metadata.is_dir() {
        return Err(format!(
            "cannot write {}: it is a directory",
            path.display()
        ));
    }
    if metadata.is_file() {
        return replace(&target, contents.as_bytes(), Some(&metadata)).map_err(cannot);
    }
    write_into(&target, contents.as_bytes()).map_err(cannot)
}

/// The file `path` names once every link is followed; it may not exist
/// yet.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                path = match path.parent() {
                    Some(parent) => parent.join(target),
                    None => target,
                };
            }
            Ok(_) => return Ok(path),
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(path),
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::other("too many levels of links"))
}

/// A FIFO, a device or a socket: written to as it is.
fn write_into(path: &Path, contents: &[u8]) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if fs::metadata(path)?.file_type().is_socket() {
            let mut socket = std::os::unix::net::UnixStream::connect(path)?;
            return socket.write_all(contents);
        }
    }
    let mut file = File::options().write(true).open(path)?;
    file.write_all(contents)?;
    file.flush()
}

/// Writes a temporary file beside `path` and renames it over `path` once
/// complete, with the permissions (and, where the platform has them, the
/// owner) of the file it replaces; a failure leaves no file behind.
fn replace(path: &Path, contents: &[u8], existing: Option<&fs::Metadata>) -> io::Result<()> {
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
    let written = fill(file, contents)
        .and_then(|()| keep_attributes(&temporary, existing))
        .and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Gives the new file the permissions of the one it replaces, and its
/// owner when the process may (as root, say).
fn keep_attributes(temporary: &Path, existing: Option<&fs::Metadata>) -> io::Result<()> {
    let Some(existing) = existing else {
        return Ok(());
    };
    fs::set_permissions(temporary, existing.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // Only a privileged process may give a file away; for any other
        // the new file is the writer's, as an editor's save would be.
        let _ = std::os::unix::fs::chown(temporary, Some(existing.uid()), Some(existing.gid()));
    }
    Ok(())
}

/// Writes `contents` through to the disk and closes the file: some
/// platforms cannot rename a file that is still open.
fn fill(mut file: File, contents: &[u8]) -> io::Result<()> {
    file.write_all(contents)?;
    file.sync_all()
}
