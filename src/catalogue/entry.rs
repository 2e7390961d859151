//! The entries of a manifest's `indicators`, told apart by hand: an
//! indicator id (text), a definition file (`{"file": "definitions/x.json"}`)
//! or an inline definition (any other object), and the rules the path of a
//! definition file keeps to.
//!
//! Shared by the loader and `check-definitions`, with or without the
//! `check` feature, so that both refuse the same entries at the same JSON
//! pointer with the same words, and neither ever shows serde's "did not
//! match any variant of untagged enum".
//!
//! A definition file's path is relative to the manifest's folder, written
//! with `/`, and stays inside that folder: absolute paths, `..` and `\` are
//! refused, and so is a symbolic link that leads out of the folder. The
//! file must be a regular file; the definition files of one manifest
//! together are read up to [`MAX_DEFINITION_FILE_BYTES`] (what one manifest
//! of inline definitions may hold), so that a manifest cannot make the
//! loader read without end.

use super::load::MAX_DEFINITION_FILE_BYTES;
use serde_json::{Map, Value};
use std::path::{Component, Path, PathBuf};

/// The one field of a definition-file entry.
pub(crate) const FILE_FIELD: &str = "file";

/// Which of the three forms an entry takes.
pub(crate) enum Form<'a> {
    /// An indicator id, resolved in the catalogue.
    Id(&'a str),
    /// A definition file: the object holding `file` (and, wrongly, maybe
    /// other fields).
    File(&'a Map<String, Value>),
    /// An inline definition.
    Inline(&'a Map<String, Value>),
}

/// The form of `entry`: text is an id, an object with `file` a definition
/// file (a definition has no `file` field), any other object a definition.
/// `None` for anything else (a number, a list, `true`, `null`).
pub(crate) fn form(entry: &Value) -> Option<Form<'_>> {
    match entry {
        Value::String(id) => Some(Form::Id(id)),
        Value::Object(obj) if obj.contains_key(FILE_FIELD) => Some(Form::File(obj)),
        Value::Object(obj) => Some(Form::Inline(obj)),
        _ => None,
    }
}

/// An entry that is not of any form, as data for the words: the value
/// found, as short JSON.
pub(crate) fn not_an_entry(entry: &Value) -> EntryProblem {
    let found = match entry {
        Value::Array(_) => "[…]".to_string(),
        other => {
            let text = other.to_string();
            if text.chars().count() > 40 {
                format!("{}…", text.chars().take(40).collect::<String>())
            } else {
                text
            }
        }
    };
    EntryProblem::NotAnEntry { found }
}

/// What is wrong with an entry of a manifest's `indicators`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EntryProblem {
    /// Neither an indicator id (text), nor a definition file
    /// (`{"file": ...}`), nor an inline definition (an object).
    NotAnEntry {
        /// The value found, as short JSON.
        found: String,
    },
    /// A definition file's path that is not followed.
    PathRefused {
        /// The path as written.
        file: String,
        /// Why.
        reason: PathRefusal,
    },
    /// No file at that path.
    FileMissing {
        /// The path, joined to the manifest's folder.
        path: PathBuf,
    },
    /// A file that is there but is not read.
    FileRefused {
        /// The path, joined to the manifest's folder.
        path: PathBuf,
        /// Why.
        reason: FileRefusal,
    },
    /// The file holds no indicator definition (a manifest, a JSON Schema,
    /// an avoided-cost model...).
    NotADefinition {
        /// The path, joined to the manifest's folder.
        path: PathBuf,
    },
    /// The entry names a definition file, but the manifest was not opened
    /// from its path (deserialised by hand), so the file was never read.
    FileNotRead {
        /// The path as written.
        file: String,
    },
}

/// Why a definition file's path is not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathRefusal {
    /// The path is empty.
    Empty,
    /// An absolute path (`/home/...`, `C:/...`): paths are relative to the
    /// manifest's folder, so that a set moves as one folder.
    Absolute,
    /// A `\`: paths are written with `/` on every system.
    Backslash,
    /// A `..`: the file must be in the manifest's folder or below.
    Parent,
    /// A symbolic link on the way leads out of the manifest's folder.
    OutsideFolder,
}

/// Why a file that is there is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileRefusal {
    /// A folder, a FIFO, a device: only regular files are read.
    NotRegular,
    /// The definition files of the manifest, this one included, are
    /// larger than the limit.
    TooLarge {
        /// Bytes of the definition files read so far, this one included.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The system refused to read it.
    Unreadable {
        /// The system's reason (English).
        reason: String,
    },
}

/// Bytes of definition files one manifest may still make the loader read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Budget {
    used: u64,
}

impl Budget {
    /// Nothing read yet.
    pub(crate) fn new() -> Self {
        Budget { used: 0 }
    }
}

/// The folder a manifest's definition files are relative to: empty for a
/// manifest named without a folder (`set.json`), so that its files are
/// named `definitions/x.json` in messages, not `./definitions/x.json`.
pub(crate) fn folder_of(manifest: &Path) -> &Path {
    manifest.parent().unwrap_or(Path::new(""))
}

/// The definition file `file` names, relative to `folder` (the manifest's),
/// when it is one to read: see the module's rules. The size of the file is
/// taken from `budget`.
pub(crate) fn resolve(folder: &Path, file: &str, budget: &mut Budget) -> Result<PathBuf, EntryProblem> {
    let refused = |reason| EntryProblem::PathRefused { file: file.to_string(), reason };
    if file.trim().is_empty() {
        return Err(refused(PathRefusal::Empty));
    }
    let drive = file.as_bytes().get(1) == Some(&b':') && file.as_bytes()[0].is_ascii_alphabetic();
    if file.starts_with('/') || drive || Path::new(file).is_absolute() {
        return Err(refused(PathRefusal::Absolute));
    }
    if file.contains('\\') {
        return Err(refused(PathRefusal::Backslash));
    }
    for component in Path::new(file).components() {
        match component {
            Component::ParentDir => return Err(refused(PathRefusal::Parent)),
            Component::RootDir | Component::Prefix(_) => return Err(refused(PathRefusal::Absolute)),
            Component::CurDir | Component::Normal(_) => {}
        }
    }
    let path = folder.join(file);
    let file_refused = |reason| EntryProblem::FileRefused { path: path.clone(), reason };
    let unreadable = |e: std::io::Error| FileRefusal::Unreadable { reason: e.to_string() };
    let meta = match std::fs::metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(EntryProblem::FileMissing { path }),
        Err(e) => return Err(file_refused(unreadable(e))),
    };
    let here = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    let inside = std::fs::canonicalize(here)
        .and_then(|f| std::fs::canonicalize(&path).map(|p| p.starts_with(f)))
        .map_err(|e| file_refused(unreadable(e)))?;
    if !inside {
        return Err(refused(PathRefusal::OutsideFolder));
    }
    if !meta.is_file() {
        return Err(file_refused(FileRefusal::NotRegular));
    }
    let bytes = budget.used.saturating_add(meta.len());
    if bytes > MAX_DEFINITION_FILE_BYTES {
        return Err(file_refused(FileRefusal::TooLarge { bytes, limit: MAX_DEFINITION_FILE_BYTES }));
    }
    budget.used = bytes;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_told_apart_by_their_json() {
        let v: Value = serde_json::from_str(r#"["a.b", {"file": "x.json"}, {"id": "c.d"}, 3, null]"#).unwrap();
        let forms: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|e| match form(e) {
                Some(Form::Id(_)) => "id",
                Some(Form::File(_)) => "file",
                Some(Form::Inline(_)) => "inline",
                None => "none",
            })
            .collect();
        assert_eq!(forms, ["id", "file", "inline", "none", "none"]);
        assert_eq!(not_an_entry(&v[3]), EntryProblem::NotAnEntry { found: "3".into() });
    }

    #[test]
    fn paths_that_leave_the_folder_are_refused_before_any_read() {
        let folder = Path::new("/nonexistent-folder");
        let mut budget = Budget::new();
        let reason = |file: &str| match resolve(folder, file, &mut Budget::new()) {
            Err(EntryProblem::PathRefused { reason, .. }) => Some(reason),
            _ => None,
        };
        assert_eq!(reason(""), Some(PathRefusal::Empty));
        assert_eq!(reason("/etc/passwd"), Some(PathRefusal::Absolute));
        assert_eq!(reason("C:/defs/a.json"), Some(PathRefusal::Absolute));
        assert_eq!(reason("defs\\a.json"), Some(PathRefusal::Backslash));
        assert_eq!(reason("../a.json"), Some(PathRefusal::Parent));
        assert_eq!(reason("defs/../../a.json"), Some(PathRefusal::Parent));
        assert!(matches!(resolve(folder, "./defs/a.json", &mut budget), Err(EntryProblem::FileMissing { .. })));
        // A manifest named without a folder: its files are named as written.
        assert_eq!(folder_of(Path::new("set.json")), Path::new(""));
        let missing = resolve(folder_of(Path::new("set.json")), "no-such-defs/a.json", &mut budget);
        assert_eq!(missing, Err(EntryProblem::FileMissing { path: "no-such-defs/a.json".into() }));
    }
}
