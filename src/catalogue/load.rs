//! Reading definition files and manifests from disk (or from bundled text).

use super::{Catalogue, CatalogueError, IndicatorDefinition, Result, SetManifest};
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
pub(crate) fn classify(path: &Path, value: Value) -> Result<Document> {
    let format_error = |e: serde_json::Error| CatalogueError::Format {
        path: path.to_path_buf(),
        message: strip_position(&e.to_string()),
    };
    let Some(obj) = value.as_object() else {
        return Err(CatalogueError::Format {
            path: path.to_path_buf(),
            message: "expected a JSON object (an indicator definition or a set manifest)".into(),
        });
    };
    // Documents of other formats kept beside the definitions (JSON Schemas,
    // avoided-cost models under `sroi/`) are not the catalogue's.
    let sroi_model = obj.get("format").and_then(Value::as_str).is_some_and(|f| f.starts_with("impact-sroi-model"));
    if obj.contains_key("$schema") || sroi_model {
        Ok(Document::Schema)
    } else if obj.contains_key("measure") {
        Ok(Document::Definition(Box::new(serde_json::from_value(value).map_err(format_error)?)))
    } else if obj.contains_key("indicators") {
        Ok(Document::Manifest(Box::new(serde_json::from_value(value).map_err(format_error)?)))
    } else {
        Err(CatalogueError::Format {
            path: path.to_path_buf(),
            message:
                "neither an indicator definition (it has no `measure`) nor a set manifest (it has no `indicators`)"
                    .into(),
        })
    }
}

pub(crate) fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| CatalogueError::Io { path: path.to_path_buf(), source })
}

/// Reads a set manifest file.
pub(crate) fn read_manifest(path: &Path) -> Result<SetManifest> {
    let text = read_text(path)?;
    match classify(path, parse_json(path, &text)?)? {
        Document::Manifest(m) => Ok(*m),
        _ => Err(CatalogueError::Format {
            path: path.to_path_buf(),
            message: "this is not a set manifest (a manifest has `id`, `version`, `title`, `domain` and `indicators`)"
                .into(),
        }),
    }
}

/// Every `.json` file below `dir`, sorted so that loading is deterministic.
pub(crate) fn json_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|source| CatalogueError::Io { path: d.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| CatalogueError::Io { path: d.clone(), source })?;
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
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
    match classify(path, parse_json(path, text)?)? {
        Document::Definition(def) => catalogue.add_definition(*def, path.display().to_string()),
        Document::Manifest(m) => {
            catalogue.add_set(*m);
            Ok(())
        }
        Document::Schema => Ok(()),
    }
}
