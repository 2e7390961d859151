//! Rewriting a data file with beneficiary ids replaced by pseudonyms, so
//! that it can leave the association.

use super::columns::Field;
use super::problem::{Location, Problem, ProblemKind};
use super::source::{self, Event, FileFormat};
use super::IngestError;
use crate::data::Pseudonymiser;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

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
}

/// A file written beside its destination and renamed into place on
/// [`AtomicOut::commit`]; dropped without commit, it leaves nothing.
struct AtomicOut {
    tmp: PathBuf,
    dest: PathBuf,
    out: BufWriter<File>,
}

impl AtomicOut {
    fn create(dest: &Path) -> Result<AtomicOut, IngestError> {
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&tmp).map_err(|source| IngestError::Io { path: tmp.clone(), source })?;
        Ok(AtomicOut { tmp, dest: dest.to_path_buf(), out: BufWriter::with_capacity(64 * 1024, file) })
    }

    fn writer(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    fn commit(mut self) -> Result<(), IngestError> {
        let tmp_io = |source| IngestError::Io { path: self.tmp.clone(), source };
        self.out.flush().map_err(tmp_io)?;
        self.out.get_ref().sync_all().map_err(tmp_io)?;
        std::fs::rename(&self.tmp, &self.dest).map_err(|source| IngestError::Io { path: self.dest.clone(), source })
    }
}

impl Drop for AtomicOut {
    fn drop(&mut self) {
        if self.tmp.exists() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn write_io(path: &Path) -> impl Fn(std::io::Error) -> IngestError + '_ {
    move |source| IngestError::Io { path: path.to_path_buf(), source }
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
/// misplace an id) is not written at all.
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
    let (src, info) = source::open(input, sheet, &[])?;
    match info.format {
        FileFormat::JsonLines | FileFormat::JsonArray => json(input, output, ids, info.format),
        FileFormat::Csv | FileFormat::Workbook => {
            let crlf = info.format == FileFormat::Csv && uses_crlf(input)?;
            let delimiter = info.delimiter.unwrap_or(b',');
            let bom = info.format == FileFormat::Workbook
                || info.bom
                || info.encoding.is_some_and(|e| e != super::TextEncoding::Utf8);
            table(src, input, output, ids, info.format, delimiter, crlf, bom)
        }
    }
}

fn uses_crlf(input: &Path) -> Result<bool, IngestError> {
    let mut head = Vec::new();
    File::open(input)
        .and_then(|f| f.take(64 * 1024).read_to_end(&mut head))
        .map_err(|source| IngestError::Io { path: input.to_path_buf(), source })?;
    Ok(head.windows(2).any(|w| w == b"\r\n"))
}

#[allow(clippy::too_many_arguments)]
fn table(
    mut src: Box<dyn source::Source>,
    input: &Path,
    output: &Path,
    ids: &Pseudonymiser,
    format: FileFormat,
    delimiter: u8,
    crlf: bool,
    bom: bool,
) -> Result<Pseudonymised, IngestError> {
    let mut problems = Vec::new();
    let mut out = AtomicOut::create(output)?;
    if bom {
        out.writer().write_all("\u{feff}".as_bytes()).map_err(write_io(output))?;
    }
    let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    let mut writer =
        csv::WriterBuilder::new().delimiter(delimiter).terminator(terminator).flexible(true).from_writer(out.writer());
    let mut column: Option<usize> = None;
    let mut rows = 0u64;
    while let Some(event) = src.next_event() {
        match event {
            Event::Problem(p) => {
                if p.is_error() {
                    problems.push(p);
                }
            }
            Event::Header { names, location } => {
                column = names.iter().position(|n| Field::from_header(n) == Some(Field::Beneficiary));
                if column.is_none() {
                    problems.push(
                        Problem::error(
                            ProblemKind::MissingColumn,
                            input,
                            location,
                            "aucune colonne de bénéficiaire à pseudonymiser",
                            "no beneficiary column to pseudonymise",
                        )
                        .with_accepted(
                            format!("beneficiary ou {}", Field::Beneficiary.aliases().join(", ")),
                            format!("beneficiary or {}", Field::Beneficiary.aliases().join(", ")),
                        ),
                    );
                }
                writer.write_record(names.iter().map(|n| n.as_bytes())).map_err(|e| csv_io(output, e))?;
            }
            Event::Row { cells, .. } => {
                rows += 1;
                let cells: Vec<String> = cells
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let c = c.unwrap_or_default();
                        if Some(i) == column && !c.trim().is_empty() {
                            ids.pseudonymise(&c).to_hex()
                        } else {
                            c
                        }
                    })
                    .collect();
                writer.write_record(&cells).map_err(|e| csv_io(output, e))?;
            }
        }
        if problems.len() > 1000 {
            break;
        }
    }
    writer.flush().map_err(write_io(output))?;
    drop(writer);
    let written = problems.is_empty();
    if written {
        out.commit()?;
    }
    Ok(Pseudonymised { format, rows, written, problems })
}

fn csv_io(path: &Path, e: csv::Error) -> IngestError {
    IngestError::Io { path: path.to_path_buf(), source: std::io::Error::other(e.to_string()) }
}

/// Replaces the beneficiary value of one JSON object; false when it is
/// neither text, a number nor null.
fn pseudonymise_object(object: &mut serde_json::Map<String, serde_json::Value>, ids: &Pseudonymiser) -> bool {
    for (k, v) in object.iter_mut() {
        if Field::from_header(k) != Some(Field::Beneficiary) {
            continue;
        }
        let raw = match v {
            serde_json::Value::String(s) if s.trim().is_empty() => continue,
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Null => continue,
            _ => return false,
        };
        *v = serde_json::Value::String(ids.pseudonymise(&raw).to_hex());
    }
    true
}

fn json(input: &Path, output: &Path, ids: &Pseudonymiser, format: FileFormat) -> Result<Pseudonymised, IngestError> {
    let read_io = |source| IngestError::Io { path: input.to_path_buf(), source };
    let mut problems = Vec::new();
    let mut out = AtomicOut::create(output)?;
    let mut rows = 0u64;
    let bad = |location: Location, fr: &str, en: &str| Problem::error(ProblemKind::Syntax, input, location, fr, en);
    if format == FileFormat::JsonArray {
        let text = std::fs::read(input).map_err(read_io)?;
        let text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&text);
        match serde_json::from_slice::<serde_json::Value>(text) {
            Ok(serde_json::Value::Array(mut items)) => {
                for (i, item) in items.iter_mut().enumerate() {
                    rows += 1;
                    let location = Location::Record { index: i as u64 + 1, line: 0 };
                    let ok = match item {
                        serde_json::Value::Object(o) => pseudonymise_object(o, ids),
                        _ => false,
                    };
                    if !ok {
                        problems.push(bad(location, "enregistrement illisible", "unreadable record"));
                    }
                }
                let bytes = serde_json::to_vec_pretty(&items).map_err(|e| read_io(e.into()))?;
                out.writer().write_all(&bytes).map_err(write_io(output))?;
                out.writer().write_all(b"\n").map_err(write_io(output))?;
            }
            Ok(_) => problems.push(bad(Location::File, "un tableau JSON est attendu", "a JSON array is expected")),
            Err(e) => problems.push(bad(
                Location::Line(e.line() as u64),
                &format!("JSON mal formé : {e}"),
                &format!("malformed JSON: {e}"),
            )),
        }
    } else {
        let mut reader = BufReader::new(File::open(input).map_err(read_io)?);
        let mut line = Vec::new();
        let mut number = 0u64;
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line).map_err(read_io)? == 0 {
                break;
            }
            number += 1;
            let body = if number == 1 { line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&line) } else { &line[..] };
            if body.iter().all(|b| b.is_ascii_whitespace()) {
                out.writer().write_all(body).map_err(write_io(output))?;
                continue;
            }
            rows += 1;
            let parsed = match serde_json::from_slice::<serde_json::Value>(body) {
                Ok(serde_json::Value::Object(mut o)) => pseudonymise_object(&mut o, ids).then_some(o),
                _ => None,
            };
            match parsed {
                Some(o) => {
                    let bytes = serde_json::to_vec(&o).map_err(|e| read_io(e.into()))?;
                    let w = out.writer();
                    w.write_all(&bytes).map_err(write_io(output))?;
                    let end: &[u8] = if body.ends_with(b"\r\n") { b"\r\n" } else { b"\n" };
                    w.write_all(end).map_err(write_io(output))?;
                }
                None => problems.push(bad(
                    Location::Line(number),
                    "ligne illisible (un objet JSON par ligne est attendu)",
                    "unreadable line (one JSON object per line is expected)",
                )),
            }
        }
    }
    let written = problems.is_empty();
    if written {
        out.commit()?;
    }
    Ok(Pseudonymised { format, rows, written, problems })
}
