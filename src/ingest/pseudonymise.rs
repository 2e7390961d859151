//! Rewriting a data file with beneficiary ids replaced by pseudonyms, so
//! that it can leave the association.
//!
//! The rule is never to write a raw id. So the rewrite refuses, names the
//! candidates and writes nothing whenever it cannot be sure where the ids
//! are: two id columns (`beneficiary` and `personne`), a column whose name
//! looks like an id but is not a recognised one (`numero_beneficiaire`,
//! `id`, `benef`), a nested object or array in a JSON record. Every
//! recognised id field is hashed on every record (JSON Lines records may
//! each name it differently).
//!
//! CSV output is also made safe to open in a spreadsheet: a cell starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an
//! apostrophe, as OWASP's advice on CSV injection says, so that Excel or
//! LibreOffice shows it as text instead of running it as a formula. Cells
//! that are plain numbers (`-3`, `-2,5`) are left as they are: they cannot
//! be formulas.

use super::columns::{normalise_header, Field};
use super::limits::Limits;
use super::problem::{Location, Problem, ProblemKind};
use super::source::{self, Event, FileFormat};
use super::IngestError;
use crate::data::Pseudonymiser;
use crate::fsio::{AtomicFile, OutputPolicy, WriteError};
use std::io::Write;
use std::path::Path;

/// What [`pseudonymise_file`] did.
#[derive(Debug, Clone)]
pub struct Pseudonymised {
    /// The input's format.
    pub format: FileFormat,
    /// Data rows (or records) written.
    pub rows: u64,
    /// Whether the output was written (it is not when there are errors).
    pub written: bool,
    /// Problems of the input. Any error means nothing was written.
    pub problems: Vec<Problem>,
    /// CSV cells prefixed with an apostrophe so that a spreadsheet does not
    /// run them as formulas.
    pub neutralised_cells: u64,
}

impl Pseudonymised {
    /// What was done, in `lang`, for the person who asked: the rows written
    /// to `output`, or that it was not written.
    pub fn outcome(&self, output: &Path, lang: crate::Lang) -> String {
        let words = crate::locale::ingest(lang);
        if self.written {
            words.pseudonymised(self.rows, output)
        } else {
            words.not_written(output)
        }
    }
}

/// Words of a column name that make it look like it holds a person's id.
const ID_WORDS: &[&str] = &[
    "id",
    "ids",
    "uid",
    "uuid",
    "identifiant",
    "identifier",
    "ident",
    "numero",
    "num",
    "no",
    "nir",
    "insee",
    "secu",
    "ssn",
    "matricule",
    "dossier",
    "person",
    "personne",
    "personnes",
    "usager",
    "usagers",
    "patient",
    "client",
];

/// Whether a column (or JSON key) that is not a recognised field may hold
/// a person's id: one of its words is an id word, or starts with `benef`.
fn looks_like_id(name: &str) -> bool {
    let n = normalise_header(name);
    if Field::from_header(name).is_some() {
        return false;
    }
    n.split(['_', '.']).any(|word| ID_WORDS.contains(&word) || word.starts_with("benef"))
}

/// The id columns of a header: `Ok` with the positions to hash, or `Err`
/// with every candidate when it cannot be sure.
fn id_columns<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Vec<usize>, Vec<String>> {
    let mut recognised = Vec::new();
    let mut candidates = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        if Field::from_header(name) == Some(Field::Beneficiary) {
            recognised.push(i);
            candidates.push(super::columns::shown_name(name));
        } else if looks_like_id(name) {
            candidates.push(super::columns::shown_name(name));
        }
    }
    // Two candidates, or one that is not a recognised id column: unsure.
    if candidates.len() > 1 || (recognised.is_empty() && !candidates.is_empty()) {
        return Err(candidates);
    }
    Ok(recognised)
}

fn ambiguous(input: &Path, location: Location, candidates: &[String]) -> Problem {
    Problem::new(ProblemKind::AmbiguousIdColumns { candidates: candidates.to_vec() }, input, location)
}

fn no_id_column(input: &Path, location: Location) -> Problem {
    Problem::new(ProblemKind::NoBeneficiaryColumn, input, location)
}

/// A CSV cell made safe for spreadsheets (OWASP, CSV injection): a leading
/// `=`, `+`, `-`, `@`, tab or carriage return gets an apostrophe before it,
/// except in a plain number.
fn neutralise(cell: &str) -> Option<String> {
    let first = cell.chars().next()?;
    if !matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r') {
        return None;
    }
    let plain_number = cell.len() > 1
        && cell[1..].chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && cell[1..].chars().any(|c| c.is_ascii_digit())
        && matches!(first, '-' | '+');
    if plain_number {
        return None;
    }
    Some(format!("'{cell}"))
}

fn write_io(path: &Path) -> impl Fn(std::io::Error) -> IngestError + '_ {
    move |source| IngestError::Io { path: path.to_path_buf(), source }
}

fn refused(e: WriteError) -> IngestError {
    match e {
        WriteError::Io { path, source } => IngestError::Io { path, source },
        other => {
            let path = match &other {
                WriteError::Protected { path, .. }
                | WriteError::NotRegular { path, .. }
                | WriteError::Exists { path } => path.clone(),
                WriteError::Io { path, .. } => path.clone(),
            };
            IngestError::Io { path, source: std::io::Error::other(other) }
        }
    }
}

/// Rewrites `input` to `output` with the beneficiary column (matched like
/// any header: `beneficiary`, `bénéficiaire`, `personne` …) replaced by the
/// 64-hex-digit pseudonym of each id, everything else kept: CSV keeps its
/// delimiter and line ends (written in UTF-8, with a BOM when the input had
/// one or was not UTF-8, so Excel reads the accents); JSON Lines and JSON
/// arrays keep their shape and value types; a workbook sheet becomes CSV.
///
/// Nothing is half-written: the output goes to a temporary file renamed
/// into place at the end, and a file with any error (a malformed row could
/// misplace an id; a column that might hold ids is not known to) is not
/// written at all. The output may replace an existing file, never the input
/// (compared by identity) nor anything but a regular file; use
/// [`pseudonymise_file_with`] for a stricter policy.
///
/// # Errors
///
/// [`IngestError::Io`] when the input cannot be opened or the output cannot
/// be written; problems in the data are in the result, not an error.
pub fn pseudonymise_file(
    input: &Path,
    output: &Path,
    ids: &Pseudonymiser,
    sheet: Option<&str>,
) -> Result<Pseudonymised, IngestError> {
    let policy = OutputPolicy::new().overwrite(true);
    pseudonymise_file_with(input, output, ids, sheet, &policy, &Limits::default())
}

/// [`pseudonymise_file`] with an output policy (the input is always added
/// to its protected files) and reading limits.
///
/// # Errors
/// The input cannot be opened, or the policy refuses the output, or it
/// cannot be written.
pub fn pseudonymise_file_with(
    input: &Path,
    output: &Path,
    ids: &Pseudonymiser,
    sheet: Option<&str>,
    policy: &OutputPolicy,
    limits: &Limits,
) -> Result<Pseudonymised, IngestError> {
    let policy = policy.clone().protect(input);
    // Refused before reading anything, so that a bad output name costs nothing.
    policy.check(output).map_err(refused)?;
    let (src, info, crlf) = source::open_raw(input, sheet, limits)?;
    let mut out = AtomicFile::create(output, &policy).map_err(refused)?;
    let job = Rewrite { input, output, out: &mut out, ids, format: info.format, crlf };
    let mut done = match info.format {
        FileFormat::JsonLines | FileFormat::JsonArray => json(src, job)?,
        FileFormat::Csv | FileFormat::Workbook => {
            let crlf = info.format == FileFormat::Csv && crlf;
            let delimiter = info.delimiter.unwrap_or(b',');
            let bom = info.format == FileFormat::Workbook
                || info.bom
                || info.encoding.is_some_and(|e| e != super::TextEncoding::Utf8);
            table(src, Rewrite { crlf, ..job }, delimiter, bom)?
        }
    };
    // Errors decide; a warning (formulas neutralised) does not stop the write.
    done.written = !done.problems.iter().any(Problem::is_error);
    if done.written {
        out.commit().map_err(refused)?;
    }
    Ok(done)
}

/// One rewrite of an input into an output: what both the table and the
/// JSON writers need.
struct Rewrite<'a> {
    input: &'a Path,
    output: &'a Path,
    out: &'a mut AtomicFile,
    ids: &'a Pseudonymiser,
    format: FileFormat,
    /// Lines end in CR LF, as in the input.
    crlf: bool,
}

/// A CSV or workbook sheet rewritten as CSV with `delimiter`, after a BOM
/// when `bom`.
fn table(
    mut src: Box<dyn source::Source>,
    job: Rewrite<'_>,
    delimiter: u8,
    bom: bool,
) -> Result<Pseudonymised, IngestError> {
    let Rewrite { input, output, out, ids, format, crlf } = job;
    let mut problems = Vec::new();
    if bom {
        out.write_all("\u{feff}".as_bytes()).map_err(write_io(output))?;
    }
    let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    let mut writer =
        csv::WriterBuilder::new().delimiter(delimiter).terminator(terminator).flexible(true).from_writer(&mut *out);
    let mut columns: Vec<usize> = Vec::new();
    let mut rows = 0u64;
    let mut neutralised = 0u64;
    let safe = |c: String, n: &mut u64| match neutralise(&c) {
        Some(s) => {
            *n += 1;
            s
        }
        None => c,
    };
    while let Some(event) = src.next_event() {
        match event {
            Event::Problem(p) => {
                if p.is_error() {
                    problems.push(p);
                }
            }
            Event::Header { names, location } => {
                match id_columns(names.iter().map(|n| &**n)) {
                    Ok(found) if found.is_empty() => problems.push(no_id_column(input, location)),
                    Ok(found) => columns = found,
                    Err(candidates) => problems.push(ambiguous(input, location, &candidates)),
                }
                let header: Vec<String> = names.iter().map(|n| safe(n.to_string(), &mut neutralised)).collect();
                writer.write_record(&header).map_err(|e| csv_io(output, e))?;
            }
            Event::Row { cells, .. } => {
                rows += 1;
                let cells: Vec<String> = cells
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let c = c.unwrap_or_default();
                        if columns.contains(&i) && !c.trim().is_empty() {
                            ids.pseudonymise(&c).to_hex()
                        } else {
                            safe(c, &mut neutralised)
                        }
                    })
                    .collect();
                writer.write_record(&cells).map_err(|e| csv_io(output, e))?;
            }
            Event::Raw { location, .. } => problems.push(Problem::new(ProblemKind::UnreadableRecord, input, location)),
        }
        if !problems.is_empty() {
            // Nothing will be written: reading on would only cost time.
            break;
        }
    }
    writer.flush().map_err(write_io(output))?;
    drop(writer);
    if neutralised > 0 {
        problems.push(Problem::new(ProblemKind::FormulasNeutralised { cells: neutralised }, input, Location::File));
    }
    Ok(Pseudonymised { format, rows, written: false, problems, neutralised_cells: neutralised })
}

fn csv_io(path: &Path, e: csv::Error) -> IngestError {
    IngestError::Io { path: path.to_path_buf(), source: std::io::Error::other(e.to_string()) }
}

/// Replaces every recognised id value of one JSON object; a problem when
/// it cannot be sure (several candidates, a nested value, an id that is
/// neither text nor a number).
fn pseudonymise_object(
    object: &mut serde_json::Map<String, serde_json::Value>,
    ids: &Pseudonymiser,
    input: &Path,
    location: &Location,
) -> Result<(), Box<Problem>> {
    if let Some((key, _)) = object.iter().find(|(_, v)| v.is_object() || v.is_array()) {
        return Err(Box::new(
            Problem::new(ProblemKind::NestedValue, input, location.clone())
                .with_column(super::columns::shown_name(key)),
        ));
    }
    let positions = id_columns(object.keys().map(String::as_str))
        .map_err(|candidates| Box::new(ambiguous(input, location.clone(), &candidates)))?;
    for (i, (k, v)) in object.iter_mut().enumerate() {
        if !positions.contains(&i) {
            continue;
        }
        let raw = match v {
            serde_json::Value::String(s) if s.trim().is_empty() => continue,
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Null => continue,
            _ => {
                return Err(Box::new(
                    Problem::new(ProblemKind::IdNotScalar, input, location.clone()).with_column(k.clone()),
                ));
            }
        };
        *v = serde_json::Value::String(ids.pseudonymise(&raw).to_hex());
    }
    Ok(())
}

/// `value` pretty-printed and indented one level, as an element of the
/// pretty-printed array.
fn indented(value: &serde_json::Map<String, serde_json::Value>) -> Result<String, serde_json::Error> {
    let text = serde_json::to_string_pretty(value)?;
    Ok(text.lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"))
}

/// JSON Lines or a JSON array rewritten in its own shape.
fn json(mut src: Box<dyn source::Source>, job: Rewrite<'_>) -> Result<Pseudonymised, IngestError> {
    let Rewrite { input, output, out, ids, format, crlf } = job;
    let mut problems = Vec::new();
    let mut rows = 0u64;
    let end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let array = format == FileFormat::JsonArray;
    let w = write_io(output);
    while let Some(event) = src.next_event() {
        match event {
            Event::Problem(p) => {
                if p.is_error() {
                    problems.push(p);
                }
            }
            Event::Raw { location, mut object } => {
                if let Err(p) = pseudonymise_object(&mut object, ids, input, &location) {
                    problems.push(*p);
                    continue;
                }
                if array {
                    out.write_all(if rows == 0 { b"[\n" } else { b",\n" }).map_err(&w)?;
                    let text = indented(&object).map_err(|e| w(e.into()))?;
                    out.write_all(text.as_bytes()).map_err(&w)?;
                } else {
                    let bytes = serde_json::to_vec(&object).map_err(|e| w(e.into()))?;
                    out.write_all(&bytes).map_err(&w)?;
                    out.write_all(end).map_err(&w)?;
                }
                rows += 1;
            }
            Event::Header { .. } | Event::Row { .. } => {}
        }
        if problems.len() > 1000 {
            break;
        }
    }
    if array {
        out.write_all(if rows == 0 { b"[]\n" } else { b"\n]\n" }).map_err(&w)?;
    }
    Ok(Pseudonymised { format, rows, written: false, problems, neutralised_cells: 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(neutralise("=HYPERLINK(\"http://x\")").as_deref(), Some("'=HYPERLINK(\"http://x\")"));
        assert_eq!(neutralise("+cmd|' /C calc'!A0").as_deref(), Some("'+cmd|' /C calc'!A0"));
        assert_eq!(neutralise("@SUM(A1)").as_deref(), Some("'@SUM(A1)"));
        assert_eq!(neutralise("\tx").as_deref(), Some("'\tx"));
        assert_eq!(neutralise("\rx").as_deref(), Some("'\rx"));
        assert_eq!(neutralise("-2+3").as_deref(), Some("'-2+3"));
        assert_eq!(neutralise("-3"), None);
        assert_eq!(neutralise("-2,5"), None);
        assert_eq!(neutralise("street"), None);
        assert_eq!(neutralise(""), None);
    }

    #[test]
    fn id_like_names() {
        for name in ["id", "ID", "numero_beneficiaire", "benef", "NIR", "n° dossier", "Identifiant usager"] {
            assert!(looks_like_id(name) || Field::from_header(name) == Some(Field::Beneficiary), "{name}");
        }
        for name in ["organisation", "indicator_id", "date", "excl.housing.situation", "commentaire", "valeur"] {
            assert!(!looks_like_id(name), "{name}");
        }
        assert_eq!(id_columns(["organisation", "beneficiary", "date"]), Ok(vec![1]));
        assert!(id_columns(["beneficiary", "personne"]).is_err());
        assert!(id_columns(["beneficiary", "beneficiary_id"]).is_err());
        assert!(id_columns(["beneficiary", "numero_dossier"]).is_err());
        assert!(id_columns(["organisation", "id"]).is_err());
        assert_eq!(id_columns(["organisation", "date"]), Ok(vec![]));
    }
}
