//! The bottom layer of reading: a file turned into a stream of header and
//! row events, whatever its format. Nothing here knows what the columns
//! mean (except that workbook cells under a date header are dates).
//!
//! This file holds the contract every format keeps ([`Source`] giving
//! [`Event`]s) and [`open`], which tells the format from the content and the
//! name; each format is read in its own file: `csv`, `json_lines`,
//! `json_array` (the two JSON forms share `json`), and `xlsx`, the hook to
//! the workbook reader.

mod csv;
mod json;
mod json_array;
mod json_lines;
mod xlsx;

pub(crate) use self::csv::detect_delimiter;
pub(crate) use json::json_object_cells;

use super::decode::{self, Content, TextEncoding, Utf16ToUtf8, SNIFF_LEN};
use super::limits::Limits;
use super::problem::{Location, Problem, ProblemKind};
use super::IngestError;
use json::JsonSource;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

/// The formats the readers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub enum FileFormat {
    /// Delimited text: `,`, `;` or tab, detected from the header.
    #[serde(rename = "csv")]
    Csv,
    /// One JSON object per line.
    #[serde(rename = "jsonl")]
    JsonLines,
    /// One JSON array of objects.
    #[serde(rename = "json")]
    JsonArray,
    /// An Excel (or OpenDocument) workbook, read with calamine.
    #[serde(rename = "xlsx")]
    Workbook,
}

impl FileFormat {
    /// The format's name in messages and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::JsonLines => "jsonl",
            FileFormat::JsonArray => "json",
            FileFormat::Workbook => "xlsx",
        }
    }
}

/// What a source tells its reader.
#[derive(Debug)]
pub(crate) enum Event {
    /// The column names that the following rows are aligned with.
    Header { names: Vec<Arc<str>>, location: Location },
    /// A row, its cells aligned with the last header (missing cells are
    /// `None`, so that a JSON record without a key differs from an empty one).
    Row { location: Location, cells: Vec<Option<String>> },
    /// Something wrong with the file or a row (the row, if any, is dropped).
    Problem(Problem),
    /// A JSON record as written, for the readers that keep value types
    /// (pseudonymisation); only sources opened with [`open_raw`] give it.
    Raw { location: Location, object: serde_json::Map<String, serde_json::Value> },
}

/// A stream of events from one file.
pub(crate) trait Source {
    /// The next event; `None` at the end (also after a fatal problem).
    fn next_event(&mut self) -> Option<Event>;
}

/// How a file was found to be: format, encoding, delimiter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    /// The format.
    pub format: FileFormat,
    /// The text encoding, for text formats.
    pub encoding: Option<TextEncoding>,
    /// Whether the text began with a byte-order mark.
    pub bom: bool,
    /// The CSV delimiter.
    pub delimiter: Option<u8>,
    /// The worksheet read, for workbooks.
    pub sheet: Option<String>,
}

/// A source that only reports one problem.
struct Failed(Option<Problem>);

impl Source for Failed {
    fn next_event(&mut self) -> Option<Event> {
        self.0.take().map(Event::Problem)
    }
}

/// Why `path` is not read, when it is not a regular file: a FIFO would
/// block (or be read once only), a device never ends.
pub(crate) fn not_regular(path: &Path) -> Result<Option<Problem>, IngestError> {
    let meta = std::fs::metadata(path).map_err(|source| IngestError::Io { path: path.to_path_buf(), source })?;
    let kind = crate::fsio::kind_of(&meta);
    if kind == crate::fsio::FileKind::Regular {
        return Ok(None);
    }
    Ok(Some(Problem::new(ProblemKind::NotRegularFile { kind }, path, Location::File)))
}

/// The error for a header (or JSON record) past [`Limits::max_columns`].
pub(crate) fn too_many_columns(path: &Path, location: Location, count: usize, limits: &Limits) -> Problem {
    Problem::new(ProblemKind::TooManyColumns { count, limit: limits.max_columns }, path, location)
}

fn read_head(path: &Path) -> Result<(File, Vec<u8>, bool), IngestError> {
    let io = |source| IngestError::Io { path: path.to_path_buf(), source };
    let mut file = File::open(path).map_err(io)?;
    let mut head = Vec::with_capacity(SNIFF_LEN);
    (&mut file).take(SNIFF_LEN as u64).read_to_end(&mut head).map_err(io)?;
    let whole = head.len() < SNIFF_LEN;
    Ok((file, head, whole))
}

fn extension(path: &Path) -> String {
    path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default()
}

/// Opens `path` as a source: the format comes from the content first (a
/// workbook is a workbook whatever its name), then from the extension
/// (`.jsonl`/`.ndjson`, `.json`), CSV otherwise. Only an unreadable file is
/// an `Err`; a file that is not data gives a source reporting why.
pub(crate) fn open(
    path: &Path,
    sheet: Option<&str>,
    preferred: &[&str],
    limits: &Limits,
) -> Result<(Box<dyn Source>, FileInfo), IngestError> {
    open_inner(path, sheet, preferred, limits, false).map(|(s, i, _)| (s, i))
}

/// [`open`] for rewriting: JSON records come as [`Event::Raw`] (value types
/// kept), and the file is opened once only. Also says whether the text uses
/// CRLF line ends.
pub(crate) fn open_raw(
    path: &Path,
    sheet: Option<&str>,
    limits: &Limits,
) -> Result<(Box<dyn Source>, FileInfo, bool), IngestError> {
    open_inner(path, sheet, &[], limits, true)
}

fn open_inner(
    path: &Path,
    sheet: Option<&str>,
    preferred: &[&str],
    limits: &Limits,
    raw: bool,
) -> Result<(Box<dyn Source>, FileInfo, bool), IngestError> {
    let info = |format| FileInfo { format, encoding: None, bom: false, delimiter: None, sheet: None };
    if let Some(p) = not_regular(path)? {
        return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
    }
    let (file, head, whole) = read_head(path)?;
    let crlf = head.windows(2).any(|w| w == b"\r\n");
    let content = decode::sniff(&head, whole);
    let (encoding, bom, big_endian) = match content {
        Content::Empty => {
            let p = Problem::new(ProblemKind::EmptyFile, path, Location::File);
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Zip | Content::Ole => {
            let (source, info) = xlsx::open(path, file, sheet, preferred, limits);
            return Ok((source, info, false));
        }
        Content::Pdf => {
            let p = Problem::new(ProblemKind::PdfDocument, path, Location::File);
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Binary => {
            let p = Problem::new(ProblemKind::NotData, path, Location::File);
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Undecidable => {
            let p = Problem::new(ProblemKind::UndecidableEncoding, path, Location::File);
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Text { encoding, bom, big_endian } => (encoding, bom, big_endian),
    };
    let rest = head.get(bom..).unwrap_or_default().to_vec();
    let stream: Box<dyn Read> = Box::new(std::io::Cursor::new(rest).chain(file));
    let (stream, first): (Box<dyn Read>, Vec<u8>) = if encoding == TextEncoding::Utf16 {
        // Re-read the transcoded start for the format guess below.
        let mut t = BufReader::new(Utf16ToUtf8::new(stream, big_endian));
        let first = t.fill_buf().map_err(|source| IngestError::Io { path: path.to_path_buf(), source })?.to_vec();
        (Box::new(t), first)
    } else {
        let first = head.get(bom..).unwrap_or_default().to_vec();
        (stream, first)
    };
    let mut problems = Vec::new();
    if encoding == TextEncoding::Windows1252 {
        problems.push(Problem::new(ProblemKind::ReadAsWindows1252, path, Location::File));
    }
    let ext = extension(path);
    let first_char = first.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let format = match (ext.as_str(), first_char) {
        ("jsonl" | "ndjson", _) => FileFormat::JsonLines,
        ("json", Some(b'[')) => FileFormat::JsonArray,
        ("json", _) => FileFormat::JsonLines,
        ("csv" | "tsv" | "txt", _) => FileFormat::Csv,
        (_, Some(b'[')) => FileFormat::JsonArray,
        (_, Some(b'{')) => FileFormat::JsonLines,
        _ => FileFormat::Csv,
    };
    let mut file_info = FileInfo { format, encoding: Some(encoding), bom: bom > 0, delimiter: None, sheet: None };
    let path: Arc<Path> = Arc::from(path);
    let source: Box<dyn Source> = match format {
        FileFormat::Csv => {
            let delimiter = detect_delimiter(&first, whole);
            file_info.delimiter = Some(delimiter);
            // The first line break says how lines end (after transcoding, for UTF-16).
            let lf = first.iter().position(|b| *b == b'\n');
            let crlf_lines = lf.is_some_and(|i| i > 0 && first[i - 1] == b'\r');
            Box::new(self::csv::CsvSource::new(path, stream, encoding, delimiter, crlf_lines, problems, limits))
        }
        FileFormat::JsonLines => {
            let lines = json_lines::Lines::new(stream, limits.max_record_bytes);
            Box::new(JsonSource::new(path, lines, problems, raw, limits))
        }
        _ => {
            let elements = json_array::Elements::new(stream, limits.max_record_bytes);
            Box::new(JsonSource::new(path, elements, problems, raw, limits))
        }
    };
    Ok((source, file_info, crlf))
}
