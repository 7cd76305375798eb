//! The files the tool reads and compares, in one place: text files read
//! within a bound, a source tree walked without following directory links,
//! and what makes two paths one file.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, Read as _};
use std::path::{Component, Path, PathBuf};

/// The largest source file the tool reads: larger ones are refused, by
/// name. Hand-written Rust files stay far below it; the limit keeps the
/// memory the tool takes bounded whatever it is pointed at.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The largest baseline the tool reads: a JSON export is about two and a
/// half times the source it was read from, so this holds the export of
/// the largest source ([`MAX_FILE_BYTES`]) with room to spare.
pub const MAX_BASELINE_BYTES: u64 = 64 * 1024 * 1024;

/// The text of a file the tool reads (`what` names it in messages, as in
/// "the baseline"): a regular file of at most [`MAX_FILE_BYTES`], in
/// UTF-8.
///
/// # Errors
///
/// The file cannot be opened or read, is not a regular file, is too large
/// or is not UTF-8.
pub fn read_text_file(path: &Path, what: &str) -> Result<String, String> {
    read_bounded(path, what, MAX_FILE_BYTES)
}

/// [`read_text_file`] for a file of at most `limit` bytes.
///
/// # Errors
///
/// As [`read_text_file`].
pub fn read_bounded(path: &Path, what: &str, limit: u64) -> Result<String, String> {
    let path_display = format!("{what}{}", path.display());
    let cannot = |error: std::io::Error| format!("cannot read {path_display}: {error}");
    // A FIFO or a device is not opened at all: opening a FIFO waits for a
    // writer, and a device may never end.
    let metadata = fs::metadata(path).map_err(cannot)?;
    if !metadata.is_file() {
        return Err(format!("{path_display} is not a regular file"));
    }
    let too_large = || {
        format!(
            "{path_display} is larger than {} MiB, the most the tool reads from one file of its kind",
            limit >> 20
        )
    };
    if metadata.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    // It may have grown since.
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| format!("{path_display} is not UTF-8 text"))
}

/// `path` itself, or every `.rs` file below it in name order, each file
/// once: `target` and hidden directories are skipped (build output,
/// version control), links to directories are not followed (so no walk can
/// loop), and a file reached through several links is read once.
pub fn rust_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    let metadata =
        fs::metadata(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    if metadata.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    if !metadata.is_dir() {
        return Err(format!(
            "{} is not a regular file or a directory",
            path.display()
        ));
    }
    let mut files = Vec::new();
    let mut directories = vec![path.to_owned()];
    while let Some(directory) = directories.pop() {
        let cannot =
            |error: std::io::Error| format!("cannot read {}: {error}", directory.display());
        for entry in fs::read_dir(&directory).map_err(cannot)? {
            let entry = entry.map_err(cannot)?;
            let file_type = entry.file_type().map_err(cannot)?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if file_type.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    directories.push(entry.path());
                }
            } else if name.ends_with(".rs") {
                // A regular file, or a link to one; a dangling link, a FIFO
                // or a device named `.rs` is no source.
                if let Ok(metadata) = fs::metadata(entry.path())
                    && metadata.is_file()
                {
                    files.push((entry.path(), FileKey::of(&entry.path(), &metadata)));
                }
            }
        }
    }
    files.sort();
    let mut seen = HashSet::new();
    Ok(files
        .into_iter()
        .filter(|(_, key)| seen.insert(key.clone()))
        .map(|(file, _)| file)
        .collect())
}

/// What makes two paths one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileKey(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

impl FileKey {
    /// The file `path` names, whose metadata (links followed) is
    /// `metadata`.
    #[cfg(unix)]
    pub fn of(_: &Path, metadata: &fs::Metadata) -> Self {
        use std::os::unix::fs::MetadataExt as _;
        FileKey((metadata.dev(), metadata.ino()))
    }

    /// The file `path` names, as its canonical path.
    #[cfg(not(unix))]
    pub fn of(path: &Path, _: &fs::Metadata) -> Self {
        FileKey(fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
    }
}

/// Files to tell apart from others however they are reached: directly,
/// through links, or as hard links.
pub struct FileSet<'a> {
    keys: HashMap<FileKey, &'a Path>,
}

impl<'a> FileSet<'a> {
    /// The files of `paths` that exist.
    pub fn new(paths: impl IntoIterator<Item = &'a Path>) -> Self {
        let keys = paths
            .into_iter()
            .filter_map(|path| Some((FileKey::of(path, &fs::metadata(path).ok()?), path)))
            .collect();
        FileSet { keys }
    }

    /// The path of the set that names the file `path` names, if any.
    #[must_use]
    pub fn find(&self, path: &Path) -> Option<&'a Path> {
        let key = FileKey::of(path, &fs::metadata(path).ok()?);
        self.keys.get(&key).copied()
    }
}

/// How many links a path may go through before it is taken for a loop.
const MAX_LINKS: usize = 40;

/// The absolute path `path` names once every link in it is followed and
/// every `..` taken as the system takes it, after the link before it: the
/// file a write to `path` would make or replace, which need not exist.
///
/// # Errors
///
/// The working directory is unknown, a link cannot be read, the path goes
/// through more than forty links (a loop), or it climbs (`..`) out of a
/// directory that does not exist.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut resolved = if path.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir()?
    };
    // The components still to walk, the next one last.
    let mut pending: Vec<PathBuf> = path.iter().rev().map(PathBuf::from).collect();
    let (mut links, mut missing) = (0, false);
    while let Some(next) = pending.pop() {
        match next.components().next() {
            Some(Component::Prefix(_) | Component::RootDir) => resolved.push(&next),
            Some(Component::CurDir) | None => {}
            Some(Component::ParentDir) => {
                if missing {
                    return Err(io::Error::new(
                        io::ErrorKind::NotFound,
                        format!("`..` after {}, which does not exist", resolved.display()),
                    ));
                }
                resolved.pop();
            }
            Some(Component::Normal(name)) => {
                resolved.push(name);
                if missing {
                    continue;
                }
                match fs::symlink_metadata(&resolved) {
                    Ok(metadata) if metadata.file_type().is_symlink() => {
                        links += 1;
                        if links > MAX_LINKS {
                            return Err(io::Error::other("too many levels of links"));
                        }
                        let target = fs::read_link(&resolved)?;
                        resolved.pop();
                        pending.extend(target.iter().rev().map(PathBuf::from));
                    }
                    Ok(_) => {}
                    Err(error) if error.kind() == io::ErrorKind::NotFound => missing = true,
                    Err(error) => return Err(error),
                }
            }
        }
    }
    Ok(resolved)
}
