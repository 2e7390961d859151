//! Checking indicator definitions and set manifests the way a researcher
//! needs: every problem at once, each with its file and location, saying
//! what was wrong and what would be accepted.
//!
//! Two layers of checks run on every document, and their findings are
//! merged:
//!
//! 1. the published JSON Schema ([`definition_schema`](super::definition_schema),
//!    [`manifest_schema`](super::manifest_schema)), validated with the
//!    `jsonschema` crate;
//! 2. the rules a schema cannot express: ids unique across files, names that
//!    resolve, a scale whose threshold lies on it, categories with distinct
//!    codes and at least one positive, texts in both languages...
//!
//! When both layers catch the same thing (an unknown dimension, a version
//! that is not semver), the rule's message wins: it is the friendlier one.
//!
//! The first layer needs the `check` feature (a JSON Schema validator), and
//! so do [`check_paths`] and [`check_paths_against`]. The problems, their
//! rules and their words need nothing: the loader reports a file that does
//! not load with this module's problems, with or without the feature
//! (without it, the rules only).
//!
//! A set's definition files (`{"file": "definitions/x.json"}`) are checked
//! with it, whether given or not, and their problems reported in their own
//! file.
//!
//! Only I/O is done here besides checking: reading the files named.

mod problem;
mod rules;
#[cfg(feature = "check")]
mod schema_errors;

pub(crate) use super::pointer::field_name;
use super::{locate, pointer};
pub use problem::{Bound, CheckKind, CheckReport, Problem, Rule};

use super::entry::{self, Budget, EntryProblem, Form};
use super::load::json_files;
use super::Catalogue;
use rules::{Checker, Known, KnownDefinition, Target};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Which format a document is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// An indicator definition file.
    Definition,
    /// A reference-set manifest.
    Manifest,
    /// An avoided-cost model (`impact-sroi-model/1`).
    SroiModel,
}

/// Checks indicator definition files and set manifests, reporting every
/// problem found.
///
/// Each path is a file or a folder (searched recursively for `.json` files;
/// JSON Schema documents, such as those under `schema/`, are skipped). Sets
/// may name indicators defined in the files given or in the bundled
/// catalogue ([`Catalogue::bundled`]).
///
/// Never fails: an unreadable path is reported as a [`Rule::Io`] problem.
///
/// ```
/// use social_impact::catalogue::check::{check_paths, Rule};
///
/// let dir = std::env::temp_dir().join(format!("check-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let file = dir.join("bad.json");
/// std::fs::write(&file, r#"{ "id": "x.y", "version": "1.0", "measure": { "type": "binary" } }"#)?;
///
/// let report = check_paths(&[file]);
/// assert!(!report.is_ok());
/// let semver = report.problems.iter().find(|p| p.rule() == Rule::NotSemver).expect("version flagged");
/// assert_eq!(semver.pointer(), "/version");
/// assert!(semver.to_string().contains("MAJOR.MINOR.PATCH"));
/// // One line per problem (`file:pointer: message`), then a summary.
/// println!("{report}");
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "check")]
pub fn check_paths(paths: &[PathBuf]) -> CheckReport {
    let empty = Catalogue::default();
    check_paths_against(paths, Catalogue::bundled().unwrap_or(&empty))
}

/// Like [`check_paths`], resolving the indicators that sets and composites
/// name in `catalogue` (besides the files given) instead of the bundled one.
#[cfg(feature = "check")]
pub fn check_paths_against(paths: &[PathBuf], catalogue: &Catalogue) -> CheckReport {
    check_documents(paths, catalogue)
}

/// The problems of `paths` as [`check_paths_against`] finds them (without
/// the `check` feature, the rules only): what the loader reports when a
/// file does not load.
pub(crate) fn diagnose(paths: &[PathBuf], catalogue: &Catalogue) -> Vec<Problem> {
    check_documents(paths, catalogue).problems
}

fn check_documents(paths: &[PathBuf], catalogue: &Catalogue) -> CheckReport {
    let mut report = CheckReport::default();
    let mut problems = Vec::new();
    let files = expand(paths, &mut problems);

    // The files given, then the definition files their manifests name
    // (each file read once, by its real path).
    let mut docs: Vec<Document> = Vec::new();
    let mut outcomes: BTreeMap<PathBuf, Outcome> = BTreeMap::new();
    let mut queue: std::collections::VecDeque<PathBuf> = files.into();
    let mut targets: BTreeMap<PathBuf, BTreeMap<usize, Target>> = BTreeMap::new();
    while let Some(file) = queue.pop_front() {
        let real = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
        if outcomes.contains_key(&real) {
            continue;
        }
        let outcome = match read(&file, &mut problems) {
            Read::Document(doc) => {
                let outcome = match doc.format {
                    Format::Definition => Outcome::Definition(doc.id().map(str::to_string)),
                    _ => Outcome::Other,
                };
                if doc.format == Format::Manifest {
                    let named = file_entries(&doc);
                    queue.extend(named.values().filter_map(|t| t.as_ref().ok().cloned()));
                    targets.insert(doc.path.clone(), named.into_iter().map(|(k, t)| (k, Target::Pending(t))).collect());
                }
                docs.push(*doc);
                outcome
            }
            Read::Rejected => {
                report.files_checked += 1;
                Outcome::Definition(None)
            }
            Read::Skipped => Outcome::Other,
        };
        outcomes.insert(real, outcome);
    }
    report.files_checked += docs.len();
    // What each definition-file entry turned out to name.
    for named in targets.values_mut() {
        for target in named.values_mut() {
            if let Target::Pending(found) = target {
                *target = match found.clone() {
                    Err(problem) => Target::Refused(problem),
                    Ok(path) => {
                        let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                        match outcomes.get(&real) {
                            Some(Outcome::Definition(id)) => Target::Definition(id.clone()),
                            _ => Target::Refused(EntryProblem::NotADefinition { path }),
                        }
                    }
                };
            }
        }
    }

    // Everything that can be named: the bundled catalogue, then the files
    // given, which win (a researcher may be revising a bundled definition).
    let mut known = Known::new();
    for def in catalogue.definitions() {
        known.insert(
            def.id.to_string(),
            KnownDefinition {
                measure_type: Some(def.measure.type_name().to_string()),
                items: def.composite.iter().flat_map(|c| c.items.iter().map(|i| i.indicator.to_string())).collect(),
            },
        );
    }
    for doc in &docs {
        if let (Format::Definition, Some(id)) = (doc.format, doc.id()) {
            known.insert(id.to_string(), rules::known_of(&doc.body));
        }
    }

    for (file, id, other) in rules::duplicates(
        docs.iter().filter(|d| d.format == Format::Definition).filter_map(|d| Some((d.path.as_path(), d.id()?))),
    ) {
        let kind = CheckKind::DuplicateDefinitionId { id: id.to_string(), other: other.to_path_buf() };
        problems.push(Problem::at(file, "/id", kind));
    }
    for (file, id, other) in rules::duplicates(
        docs.iter().filter(|d| d.format == Format::Manifest).filter_map(|d| Some((d.path.as_path(), d.id()?))),
    ) {
        let kind = CheckKind::DuplicateSetId { id: id.to_string(), other: other.to_path_buf() };
        problems.push(Problem::at(file, "/id", kind));
    }

    for doc in &docs {
        let mut checker = Checker::new(&doc.path);
        match doc.format {
            Format::Definition => {
                report.definitions += 1;
                checker.definition(&doc.body, "", &known);
            }
            Format::SroiModel => {
                report.sroi_models += 1;
                checker.problems.extend(sroi_problems(&doc.path, &doc.text, catalogue));
            }
            Format::Manifest => {
                report.sets += 1;
                // A set's inline definitions can be named by its own
                // composites, and shadow the catalogue's.
                let mut local = known.clone();
                for entry in doc.body.get("indicators").and_then(Value::as_array).into_iter().flatten() {
                    // A definition file's definition is counted as its own
                    // document, and known as the files given are.
                    if let Some(Form::Inline(def)) = entry::form(entry) {
                        report.definitions += 1;
                        if let Some(id) = def.get("id").and_then(Value::as_str) {
                            local.insert(id.to_string(), rules::known_of(def));
                        }
                    }
                }
                let no_files = BTreeMap::new();
                checker.manifest(&doc.body, &local, targets.get(&doc.path).unwrap_or(&no_files));
            }
        }
        #[allow(unused_mut)]
        let mut found = checker.problems;
        #[cfg(feature = "check")]
        {
            let covered: BTreeSet<String> = found.iter().map(|p| p.pointer().to_string()).collect();
            let from_schema = schema_errors::schema_problems(&doc.path, doc.format, &Value::Object(doc.body.clone()));
            let mut seen: Vec<Problem> = Vec::new();
            for p in from_schema {
                // One location, one message: a rule's message is the friendlier
                // one, and a schema error may come twice through `anyOf` branches.
                if !covered.contains(p.pointer()) && !seen.contains(&p) {
                    seen.push(p.clone());
                    found.push(p);
                }
            }
        }
        problems.extend(found);
    }

    // Line and column for editors, found by walking each file's text.
    let problems: Vec<Problem> = problems
        .into_iter()
        .map(|p| {
            let found = (p.line().is_none())
                .then(|| docs.iter().find(|d| d.path == p.file()))
                .flatten()
                .and_then(|doc| locate::locate(&doc.text, p.pointer()));
            match found {
                Some((line, column)) => p.with_position(line, column),
                None => p,
            }
        })
        .collect();
    let mut problems = problems;
    problems.sort_by(|a, b| a.file().cmp(b.file()).then_with(|| compare_pointers(a.pointer(), b.pointer())));
    report.problems = problems;
    report
}

/// What reading one file turned out to give, by its real path.
enum Outcome {
    /// An indicator definition (its id, when it has one), or a file whose
    /// problems are reported in it (not JSON, unreadable).
    Definition(Option<String>),
    /// A manifest, a model or a JSON Schema: not a definition.
    Other,
}

/// The definition files a manifest's entries name, by entry, resolved as
/// the loader resolves them.
fn file_entries(doc: &Document) -> BTreeMap<usize, Result<PathBuf, EntryProblem>> {
    let folder = entry::folder_of(&doc.path);
    let mut budget = Budget::new();
    let entries = doc.body.get("indicators").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    entries
        .iter()
        .enumerate()
        .filter_map(|(k, e)| match entry::form(e) {
            Some(Form::File(obj)) => {
                let file = obj.get(entry::FILE_FIELD)?.as_str()?;
                Some((k, entry::resolve(folder, file, &mut budget)))
            }
            _ => None,
        })
        .collect()
}

/// A document read and recognised.
struct Document {
    path: PathBuf,
    text: String,
    format: Format,
    body: Map<String, Value>,
}

impl Document {
    fn id(&self) -> Option<&str> {
        self.body.get("id").and_then(Value::as_str)
    }
}

/// The files to check: files as given, folders searched; duplicates once.
fn expand(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            match json_files(path) {
                Ok(files) => out.extend(files.into_iter().filter(|f| !under_schema_folder(path, f))),
                Err(e) => {
                    let reason = match e {
                        super::CatalogueError::Io { source, .. } => source.to_string(),
                        other => other.to_string(),
                    };
                    problems.push(Problem::at(path, "", CheckKind::Unreadable { reason }))
                }
            }
        } else if path.is_file() {
            out.push(path.clone());
        } else {
            problems.push(Problem::at(path, "", CheckKind::NoSuchPath));
        }
    }
    let mut seen = BTreeSet::new();
    out.retain(|p| seen.insert(p.clone()));
    out
}

/// JSON Schema documents live in a `schema/` folder beside the definitions.
fn under_schema_folder(root: &Path, file: &Path) -> bool {
    let rel = file.strip_prefix(root).unwrap_or(file);
    rel.parent().is_some_and(|p| p.components().any(|c| c.as_os_str() == "schema"))
}

/// What reading one file gave.
enum Read {
    /// A definition or a manifest, to check.
    Document(Box<Document>),
    /// Read, but not checkable further (unreadable, not JSON, not one of
    /// our formats); the reason is among the problems.
    Rejected,
    /// A JSON Schema document, not ours to check.
    Skipped,
}

/// Reads, parses and recognises one file.
fn read(file: &Path, problems: &mut Vec<Problem>) -> Read {
    if let Some(e) = super::load::unreadable_reason(file) {
        problems.push(Problem::at(file, "", CheckKind::Unreadable { reason: e.to_string() }));
        return Read::Rejected;
    }
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::at(file, "", CheckKind::Unreadable { reason: e.to_string() }));
            return Read::Rejected;
        }
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            let message = e.to_string();
            let reason = message.rfind(" at line ").map(|i| &message[..i]).unwrap_or(&message).to_string();
            problems.push(Problem::at(file, "", CheckKind::Syntax { reason }).with_position(e.line(), e.column()));
            return Read::Rejected;
        }
    };
    let Value::Object(body) = value else {
        problems.push(Problem::at(file, "", CheckKind::NotAnObject));
        return Read::Rejected;
    };
    let format = if body.contains_key("$schema") {
        return Read::Skipped;
    } else if body.get("format").and_then(Value::as_str).is_some_and(|f| f.starts_with("impact-sroi-model")) {
        Format::SroiModel
    } else if body.contains_key("indicators") {
        Format::Manifest
    } else if ["measure", "dimension", "question", "respondent", "waves"].iter().any(|k| body.contains_key(*k)) {
        Format::Definition
    } else {
        problems.push(Problem::at(file, "", CheckKind::NeitherFormat));
        return Read::Rejected;
    };
    Read::Document(Box::new(Document { path: file.to_path_buf(), text, format, body }))
}

/// The semantic problems of an avoided-cost model, against the indicators
/// of its set in `catalogue`. A model whose structure is broken has only the
/// schema's problems; one for a set not in the catalogue has its indicators
/// left unchecked.
fn sroi_problems(file: &Path, text: &str, catalogue: &Catalogue) -> Vec<Problem> {
    use crate::costs::{check, KnownIndicators, ProblemKind, SroiModel};
    let Ok(model) = SroiModel::from_json(text) else {
        return Vec::new();
    };
    let (known, set_known) = match catalogue.reference_set(&model.reference_set) {
        Ok(set) => (KnownIndicators::of_set(&set), true),
        Err(_) => (KnownIndicators::none(&model.reference_set), false),
    };
    check(&model, &known)
        .into_iter()
        .filter(|p| set_known || !matches!(p.kind, ProblemKind::UnknownIndicator { .. }))
        .map(|p| Problem::at(file, p.pointer.clone(), CheckKind::Model { kind: p.kind }))
        .collect()
}

/// Document order for pointers: segment by segment, array indices as numbers.
fn compare_pointers(a: &str, b: &str) -> Ordering {
    let mut sa = a.split('/');
    let mut sb = b.split('/');
    loop {
        match (sa.next(), sb.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(i), Ok(j)) => i.cmp(&j),
                    _ => x.cmp(y),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}
