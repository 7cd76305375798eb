//! Where what a command makes goes: standard output, or `--output FILE`.
//! A file is never one the command read; a regular file is replaced all
//! at once, keeping its permissions, so that a reader sees the old file or
//! the new one, never half of one; a link is followed and its target
//! replaced, the link kept; a FIFO, a device or a socket is written to,
//! never replaced by a file.

use crate::files::{self, FileSet};
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

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

/// `text` as a person's terminal is to show it: every control character
/// but the line break a space, so that no escape sequence, carriage return
/// or bell in a name, a reason or a path of someone else's reaches the
/// terminal (which would obey it).
#[must_use]
pub fn for_people(text: &str) -> String {
    text.chars()
        .map(|ch| {
            if ch.is_control() && ch != '\n' {
                ' '
            } else {
                ch
            }
        })
        .collect()
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
    let sources = FileSet::new(sources.iter().map(PathBuf::as_path));
    prepare(path, contents, &sources)?.commit()
}

/// An output ready to be put in place: every check made, and a regular
/// file's new contents already written beside it, so that putting it in
/// place is a rename. Dropped without [`Prepared::commit`], it leaves
/// nothing behind.
pub struct Prepared {
    /// The path as given, for messages.
    path: PathBuf,
    /// The file the path names, links followed.
    target: PathBuf,
    how: How,
}

enum How {
    /// A regular file, new or replaced: renamed over from this temporary
    /// file beside it.
    Rename(PathBuf),
    /// A FIFO, a device or a socket: written to as it is.
    WriteInto(Vec<u8>),
}

/// Checks that `contents` may be written to `path` (not one of `sources`,
/// not a directory, its directory writable) and writes a regular file's
/// new contents beside it.
///
/// # Errors
///
/// The one line to print: `path` is one of `sources`, a directory, a link
/// that loops, or its directory cannot be written.
pub fn prepare(path: &Path, contents: &str, sources: &FileSet) -> Result<Prepared, String> {
    let cannot = |error: io::Error| format!("cannot write {}: {error}", path.display());
    let target = files::resolve(path).map_err(cannot)?;
    let metadata = match fs::metadata(&target) {
        Ok(metadata) => Some(metadata),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(cannot(error)),
    };
    // An export over its own input would lose the input.
    if let Some(source) = sources.find(path) {
        return Err(format!(
            "refusing to write {}: it is {}, which this command reads",
            path.display(),
            source.display()
        ));
    }
    let how = match &metadata {
        Some(metadata) if metadata.is_dir() => {
            return Err(format!(
                "cannot write {}: it is a directory",
                path.display()
            ));
        }
        Some(metadata) if !metadata.is_file() => How::WriteInto(contents.as_bytes().to_vec()),
        existing => How::Rename(
            temporary_beside(&target, contents.as_bytes(), existing.as_ref()).map_err(cannot)?,
        ),
    };
    Ok(Prepared {
        path: path.to_owned(),
        target,
        how,
    })
}

impl Prepared {
    /// Puts the output in place.
    ///
    /// # Errors
    ///
    /// The rename or the write failed: the one line to print.
    pub fn commit(mut self) -> Result<(), String> {
        let how = std::mem::replace(&mut self.how, How::WriteInto(Vec::new()));
        let done = match &how {
            How::Rename(temporary) => fs::rename(temporary, &self.target),
            How::WriteInto(contents) => write_into(&self.target, contents),
        };
        if done.is_err()
            && let How::Rename(temporary) = &how
        {
            let _ = fs::remove_file(temporary);
        }
        done.map_err(|error| format!("cannot write {}: {error}", self.path.display()))
    }
}

impl Drop for Prepared {
    fn drop(&mut self) {
        if let How::Rename(temporary) = &self.how {
            let _ = fs::remove_file(temporary);
        }
    }
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

/// A new file beside `path` holding `contents`, with the permissions (and,
/// where the platform has them, the owner) of the file it will replace.
/// Its name is hidden and unique: a temporary file left by a run that was
/// killed never stands in the way. A failure leaves no file behind.
fn temporary_beside(
    path: &Path,
    contents: &[u8],
    existing: Option<&fs::Metadata>,
) -> io::Result<PathBuf> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.subsec_nanos());
    let stamp = format!("{}-{nanos}", std::process::id());
    temporary_with_stamp(path, &stamp, contents, existing)
}

/// [`temporary_beside`], its name made of `stamp` and the first attempt
/// whose name is free.
fn temporary_with_stamp(
    path: &Path,
    stamp: &str,
    contents: &[u8],
    existing: Option<&fs::Metadata>,
) -> io::Result<PathBuf> {
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let mut attempt = 0u32;
    loop {
        let mut name = OsString::from(".");
        name.push(file_name);
        name.push(format!(".{stamp}-{attempt}.tmp"));
        let temporary = path.with_file_name(name);
        let file = match File::options()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
                continue;
            }
            Err(error) => {
                return Err(io::Error::new(
                    error.kind(),
                    format!("cannot make {}: {error}", temporary.display()),
                ));
            }
        };
        let written = fill(file, contents).and_then(|()| keep_attributes(&temporary, existing));
        if let Err(error) = written {
            let _ = fs::remove_file(&temporary);
            return Err(error);
        }
        return Ok(temporary);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_temporary_file_left_behind_does_not_stand_in_the_way() {
        let dir =
            std::env::temp_dir().join(format!("error-codes-temporary-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir(&dir).unwrap();
        let out = dir.join("out.json");
        for left in [".out.json.7-8-0.tmp", ".out.json.7-8-1.tmp"] {
            fs::write(dir.join(left), "a killed run's").unwrap();
        }
        let temporary = temporary_with_stamp(&out, "7-8", b"new", None).unwrap();
        assert_eq!(temporary, dir.join(".out.json.7-8-2.tmp"));
        assert_eq!(fs::read(&temporary).unwrap(), b"new");
        fs::remove_dir_all(&dir).unwrap();
    }
}
