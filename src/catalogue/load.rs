//! Reading definition files and manifests from disk (or from bundled text).

use super::{Catalogue, CatalogueError, FormatProblem, IndicatorDefinition, Result, SetManifest};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// What a JSON file of the catalogue holds.
pub(crate) enum Document {
    /// One indicator definition.
    Definition(Box<IndicatorDefinition>),
    /// A reference-set manifest.
    Manifest(Box<SetManifest>),
    /// A JSON Schema document, or an avoided-cost model (kept beside the
    /// definitions, not one of them).
    Schema,
}

/// Parses text as JSON, mapping syntax errors to a located error.
pub(crate) fn parse_json(path: &Path, text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| CatalogueError::Syntax {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })
}

/// serde_json appends " at line L column C" to its messages; we print the
/// position in front, so the tail would say it twice.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Tells a definition from a manifest by its fields, and deserialises it.
/// A number its field cannot hold is refused as `check-definitions`
/// refuses it: at its JSON pointer, with its line and column in `text`.
pub(crate) fn classify(path: &Path, value: Value, text: &str) -> Result<Document> {
    let format_error = |e: serde_json::Error| CatalogueError::Format {
        path: path.to_path_buf(),
        problem: FormatProblem::Invalid { reason: strip_position(&e.to_string()) },
    };
    let Some(obj) = value.as_object() else {
        return Err(CatalogueError::Format { path: path.to_path_buf(), problem: FormatProblem::NotAnObject });
    };
    // Documents of other formats kept beside the definitions (JSON Schemas,
    // avoided-cost models under `sroi/`) are not the catalogue's.
    let sroi_model = obj.get("format").and_then(Value::as_str).is_some_and(|f| f.starts_with("impact-sroi-model"));
    if obj.contains_key("$schema") || sroi_model {
        return Ok(Document::Schema);
    }
    if let Some(found) = super::numbers::document(obj).into_iter().next() {
        let (line, column) = super::locate::locate(text, &found.pointer).unwrap_or((1, 1));
        let problem =
            FormatProblem::NumberOutOfRange { field: found.field, value: found.value, unsigned: found.unsigned };
        return Err(CatalogueError::Located {
            path: path.to_path_buf(),
            pointer: found.pointer,
            line,
            column,
            problem,
        });
    }
    if obj.contains_key("measure") {
        Ok(Document::Definition(Box::new(serde_json::from_value(value).map_err(format_error)?)))
    } else if obj.contains_key("indicators") {
        Ok(Document::Manifest(Box::new(serde_json::from_value(value).map_err(format_error)?)))
    } else {
        Err(CatalogueError::Format { path: path.to_path_buf(), problem: FormatProblem::NeitherFormat })
    }
}

/// Largest definition or manifest file read: a manifest of 10,000 inline
/// definitions is about 20 MB.
pub(crate) const MAX_DEFINITION_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why `path` is not read as a definition file, if it must not be: not a
/// regular file (a FIFO would block), or past [`MAX_DEFINITION_FILE_BYTES`].
pub(crate) fn unreadable_reason(path: &Path) -> Option<std::io::Error> {
    match std::fs::metadata(path) {
        Err(e) => Some(e),
        Ok(m) if !m.is_file() => Some(std::io::Error::other("not a regular file: only regular files are read")),
        Ok(m) if m.len() > MAX_DEFINITION_FILE_BYTES => Some(std::io::Error::other(format!(
            "{} bytes, past the limit of {MAX_DEFINITION_FILE_BYTES} bytes for a definition or manifest file",
            m.len()
        ))),
        Ok(_) => None,
    }
}

pub(crate) fn read_text(path: &Path) -> Result<String> {
    if let Some(source) = unreadable_reason(path) {
        return Err(CatalogueError::Io { path: path.to_path_buf(), source });
    }
    std::fs::read_to_string(path).map_err(|source| CatalogueError::Io { path: path.to_path_buf(), source })
}

/// Reads a set manifest file.
pub(crate) fn read_manifest(path: &Path) -> Result<SetManifest> {
    let text = read_text(path)?;
    match classify(path, parse_json(path, &text)?, &text)? {
        Document::Manifest(m) => Ok(*m),
        _ => Err(CatalogueError::Format { path: path.to_path_buf(), problem: FormatProblem::NotAManifest }),
    }
}

/// Every `.json` file below `dir`, sorted so that loading is deterministic.
/// Each folder is visited once (by its real path), so a symbolic link to a
/// folder above cannot make the walk loop for ever.
pub(crate) fn json_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut visited = std::collections::BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let real = std::fs::canonicalize(&d).map_err(|source| CatalogueError::Io { path: d.clone(), source })?;
        if !visited.insert(real) {
            continue;
        }
        let entries = std::fs::read_dir(&d).map_err(|source| CatalogueError::Io { path: d.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| CatalogueError::Io { path: d.clone(), source })?;
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
                // Regular files only: a FIFO named `x.json` would block the read.
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

pub(crate) fn from_dir(dir: &Path) -> Result<Catalogue> {
    let mut catalogue = Catalogue::default();
    for path in json_files(dir)? {
        let text = read_text(&path)?;
        add_document(&mut catalogue, &path, &text)?;
    }
    Ok(catalogue)
}

pub(crate) fn add_document(catalogue: &mut Catalogue, path: &Path, text: &str) -> Result<()> {
    match classify(path, parse_json(path, text)?, text)? {
        Document::Definition(def) => catalogue.add_definition(*def, path.display().to_string()),
        Document::Manifest(m) => {
            catalogue.add_set(*m);
            Ok(())
        }
        Document::Schema => Ok(()),
    }
}
