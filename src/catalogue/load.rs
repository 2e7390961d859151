//! Reading definition files and manifests from disk (or from bundled text).

use super::check::{self, CheckKind, Problem, Rule};
use super::entry::{self, Budget, EntryProblem};
use super::{Catalogue, CatalogueError, FormatProblem, IndicatorDefinition, IndicatorEntry, Result, SetManifest};
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

/// Tells a definition from a manifest by its fields, and deserialises it;
/// a manifest's definition files are read too. A number its field cannot
/// hold is refused as `check-definitions` refuses it: at its JSON pointer,
/// with its line and column in `text`. A document that does not
/// deserialise is refused with every problem `check-definitions` finds in
/// it (and in the definition files it names), ids resolved in `known` when
/// given (without it, ids are left to resolving the set).
pub(crate) fn classify(path: &Path, value: Value, text: &str, known: Option<&Catalogue>) -> Result<Document> {
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
        match serde_json::from_value(value) {
            Ok(def) => Ok(Document::Definition(Box::new(def))),
            Err(e) => Err(diagnosed(path, known, not_deserialised(path, "", e))),
        }
    } else if obj.contains_key("indicators") {
        let first_bad_entry = first_bad_entry(obj);
        match serde_json::from_value::<SetManifest>(value) {
            Ok(mut manifest) => {
                read_definition_files(path, text, &mut manifest, known)?;
                Ok(Document::Manifest(Box::new(manifest)))
            }
            Err(e) => {
                let fallback = match first_bad_entry {
                    Some((pointer, e)) => not_deserialised_at(path, text, pointer, e),
                    None => not_deserialised(path, "", e),
                };
                Err(diagnosed(path, known, fallback))
            }
        }
    } else {
        Err(CatalogueError::Format { path: path.to_path_buf(), problem: FormatProblem::NeitherFormat })
    }
}

/// The first entry of `indicators` that does not deserialise, for an error
/// located at it when the checker finds nothing to say (without the
/// `check` feature, a definition's field no rule names).
fn first_bad_entry(obj: &serde_json::Map<String, Value>) -> Option<(String, serde_json::Error)> {
    let entries = obj.get("indicators")?.as_array()?;
    entries.iter().enumerate().find_map(|(k, e)| {
        serde_json::from_value::<IndicatorEntry>(e.clone()).err().map(|err| (format!("/indicators/{k}"), err))
    })
}

fn not_deserialised(path: &Path, _pointer: &str, e: serde_json::Error) -> CatalogueError {
    CatalogueError::Format {
        path: path.to_path_buf(),
        problem: FormatProblem::Invalid { reason: strip_position(&e.to_string()) },
    }
}

fn not_deserialised_at(path: &Path, text: &str, pointer: String, e: serde_json::Error) -> CatalogueError {
    let (line, column) = super::locate::locate(text, &pointer).unwrap_or((1, 1));
    let problem = FormatProblem::Invalid { reason: strip_position(&e.to_string()) };
    CatalogueError::Located { path: path.to_path_buf(), pointer, line, column, problem }
}

/// Every problem `check-definitions` finds in the file at `path` (and the
/// definition files it names), as the error; `fallback` when it finds none.
/// Without a catalogue to resolve ids in, problems of resolving are left
/// out: the set's resolution reports them.
fn diagnosed(path: &Path, known: Option<&Catalogue>, fallback: CatalogueError) -> CatalogueError {
    let empty = Catalogue::default();
    let problems: Vec<Problem> = check::diagnose(&[path.to_path_buf()], known.unwrap_or(&empty))
        .into_iter()
        .filter(|p| known.is_some() || !matches!(p.rule(), Rule::SetUnknownIndicator | Rule::CompositeUnknownItem))
        .collect();
    if problems.is_empty() {
        fallback
    } else {
        CatalogueError::Problems { problems }
    }
}

/// Reads the definition files a manifest names, relative to its folder.
/// Any refusal is reported with every problem of the manifest and its
/// definition files, as `check-definitions` finds them.
fn read_definition_files(path: &Path, text: &str, manifest: &mut SetManifest, known: Option<&Catalogue>) -> Result<()> {
    let folder = entry::folder_of(path);
    let mut budget = Budget::new();
    for (k, e) in manifest.indicators.iter_mut().enumerate() {
        let IndicatorEntry::File(file) = e else { continue };
        let at_entry = |problem: EntryProblem| {
            let pointer = format!("/indicators/{k}/{}", entry::FILE_FIELD);
            let mut p = Problem::at(path, pointer.clone(), CheckKind::Entry { problem });
            if let Some((line, column)) = super::locate::locate(text, &pointer) {
                p = p.with_position(line, column);
            }
            CatalogueError::Problems { problems: vec![p] }
        };
        let mut read = || -> Result<IndicatorDefinition> {
            let def_path = entry::resolve(folder, &file.file, &mut budget).map_err(at_entry)?;
            let def_text = read_text(&def_path)?;
            match classify(&def_path, parse_json(&def_path, &def_text)?, &def_text, known)? {
                Document::Definition(def) => Ok(*def),
                _ => Err(at_entry(EntryProblem::NotADefinition { path: def_path })),
            }
        };
        match read() {
            Ok(def) => file.read(def),
            Err(e) => return Err(diagnosed(path, known, e)),
        }
    }
    Ok(())
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

/// Reads a set manifest file and the definition files it names, ids
/// resolved in `known` for the problems of a manifest that does not load.
pub(crate) fn read_manifest(path: &Path, known: &Catalogue) -> Result<SetManifest> {
    let text = read_text(path)?;
    match classify(path, parse_json(path, &text)?, &text, Some(known))? {
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
    match classify(path, parse_json(path, text)?, text, None)? {
        Document::Definition(def) => catalogue.add_definition(*def, path.display().to_string()),
        Document::Manifest(m) => {
            catalogue.add_set(*m);
            Ok(())
        }
        Document::Schema => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::check::CheckKind;

    /// With or without the `check` feature, a manifest whose definition
    /// files do not load is refused with the checker's located problems,
    /// all of them, never with serde's words.
    #[test]
    fn definition_files_that_do_not_load_give_every_located_problem() {
        let dir = tempfile::tempdir().expect("scratch folder");
        let defs = dir.path().join("definitions");
        std::fs::create_dir(&defs).expect("definitions folder");
        std::fs::write(defs.join("broken.json"), "{\n  \"id\": \"t.a.b\",\n  \"measure\" {}\n}\n").expect("file");
        let manifest = dir.path().join("set.json");
        let text = r#"{
  "id": "t-set", "version": "1.0.0", "title": {"fr": "T", "en": "T"}, "domain": "exclusion",
  "indicators": [
    {"file": "definitions/broken.json"},
    {"file": "definitions/missing.json"},
    {"file": "../outside.json"},
    true
  ]
}"#;
        std::fs::write(&manifest, text).expect("manifest");
        let problems = match read_manifest(&manifest, &Catalogue::default()) {
            Err(CatalogueError::Problems { problems }) => problems,
            other => panic!("expected located problems, got {other:?}"),
        };
        let found: Vec<(&str, Option<usize>, Rule)> =
            problems.iter().map(|p| (p.pointer(), p.line(), p.rule())).collect();
        assert_eq!(
            found,
            [
                ("", Some(3), Rule::Syntax),
                ("/indicators/1/file", Some(5), Rule::DefinitionFile),
                ("/indicators/2/file", Some(6), Rule::DefinitionFile),
                ("/indicators/3", Some(7), Rule::IndicatorEntry),
            ],
            "{problems:?}"
        );
        assert!(matches!(problems[1].kind(), CheckKind::Entry { problem: EntryProblem::FileMissing { .. } }));
        for lang in crate::locale::Lang::ALL {
            let message = CatalogueError::Problems { problems: problems.clone() }.render(lang);
            assert!(!message.contains("untagged") && !message.contains("did not match any variant"), "{message}");
            assert!(message.contains("set.json:5:"), "{message}");
        }
    }
}
