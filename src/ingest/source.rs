//! The bottom layer of reading: a file turned into a stream of header and
//! row events, whatever its format. Nothing here knows what the columns
//! mean (except that workbook cells under a date header are dates).

use super::decode::{self, Content, TextEncoding, Utf16ToUtf8, SNIFF_LEN};
use super::limits::Limits;
use super::problem::{Location, Problem, ProblemKind};
use super::workbook::open_workbook;
use super::IngestError;
use crate::locale::hardening::both;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// The formats the readers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileFormat {
    /// Delimited text: `,`, `;` or tab, detected from the header.
    Csv,
    /// One JSON object per line.
    JsonLines,
    /// One JSON array of objects.
    JsonArray,
    /// An Excel (or OpenDocument) workbook, read with calamine.
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

fn unreadable(path: &Path, fr: impl Into<String>, en: impl Into<String>) -> Problem {
    Problem::error(ProblemKind::Unreadable, path, Location::File, fr, en)
}

/// Why `path` is not read, when it is not a regular file: a FIFO would
/// block (or be read once only), a device never ends.
pub(crate) fn not_regular(path: &Path) -> Result<Option<Problem>, IngestError> {
    let meta = std::fs::metadata(path).map_err(|source| IngestError::Io { path: path.to_path_buf(), source })?;
    let kind = crate::fsio::kind_of(&meta);
    if kind == crate::fsio::FileKind::Regular {
        return Ok(None);
    }
    let (fr, en) = both(|w| w.input_not_regular(kind));
    Ok(Some(unreadable(path, fr, en)))
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
            let p = Problem::error(
                ProblemKind::EmptyFile,
                path,
                Location::File,
                "le fichier est vide",
                "the file is empty",
            );
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Zip | Content::Ole => {
            let (source, info) = open_workbook(path, file, sheet, preferred, limits);
            return Ok((source, info, false));
        }
        Content::Pdf => {
            let p = unreadable(
                path,
                "c'est un document PDF, pas un tableau de données : exportez les données en CSV ou en XLSX",
                "this is a PDF document, not a data table: export the data as CSV or XLSX",
            );
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Binary => {
            let p = unreadable(
                path,
                "ce n'est pas un fichier texte (CSV, JSON) ni un classeur XLSX",
                "this is neither a text file (CSV, JSON) nor an XLSX workbook",
            );
            return Ok((Box::new(Failed(Some(p))), info(FileFormat::Csv), false));
        }
        Content::Undecidable => {
            let p = Problem::error(
                ProblemKind::Encoding,
                path,
                Location::File,
                "l'encodage du texte n'est ni UTF-8 ni Windows-1252 (Latin-1) : dans Excel, « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, cochez « Éditer les paramètres du filtre » et choisissez « Unicode (UTF-8) »",
                "the text encoding is neither UTF-8 nor Windows-1252 (Latin-1): in Excel, \"Save As\" → \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, tick \"Edit filter settings\" and choose \"Unicode (UTF-8)\"",
            );
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
        problems.push(Problem::warning(
            ProblemKind::Encoding,
            path,
            Location::File,
            "le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (Latin-1), comme l'écrit Excel ; vérifiez les accents, ou enregistrez-le en « CSV UTF-8 »",
            "the file is not UTF-8: it was read as Windows-1252 (Latin-1), as Excel writes it; check the accents, or save it as \"CSV UTF-8\"",
        ));
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
            Box::new(CsvSource::new(path, stream, encoding, delimiter, problems, limits))
        }
        FileFormat::JsonLines => Box::new(JsonSource::new(path, stream, problems, false, raw, limits)),
        _ => Box::new(JsonSource::new(path, stream, problems, true, raw, limits)),
    };
    Ok((source, file_info, crlf))
}

/// A reader that stops with an error once it has given more bytes than
/// the owner allows: the owner moves the allowance on after each record,
/// so no record can take more memory than the limit.
struct Allowance<R> {
    inner: R,
    read: u64,
    until: Arc<AtomicU64>,
    exceeded: Arc<AtomicBool>,
}

impl<R: Read> Read for Allowance<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let until = self.until.load(Ordering::Relaxed);
        if self.read >= until {
            self.exceeded.store(true, Ordering::Relaxed);
            return Err(std::io::Error::other("record past the size limit"));
        }
        let room = usize::try_from(until - self.read).unwrap_or(usize::MAX).min(buf.len());
        let n = self.inner.read(&mut buf[..room])?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Picks `,`, `;` or tab: the candidate that splits the first records into
/// the same number of fields as the header, the most fields winning; the
/// header's count alone decides when no candidate is consistent.
pub(crate) fn detect_delimiter(head: &[u8], whole: bool) -> u8 {
    let mut best = (false, 0usize, b',');
    for d in [b',', b';', b'\t'] {
        let mut reader = csv::ReaderBuilder::new().delimiter(d).has_headers(false).flexible(true).from_reader(head);
        let mut counts = Vec::new();
        let mut record = csv::ByteRecord::new();
        while counts.len() < 30 && reader.read_byte_record(&mut record).unwrap_or(false) {
            counts.push(record.len());
        }
        if !whole && counts.len() > 1 {
            // The last record may be cut by the end of the sniffed block.
            counts.pop();
        }
        let Some(&header) = counts.first() else { continue };
        let consistent = header > 1 && counts.iter().all(|c| *c == header);
        if (consistent, header) > (best.0, best.1) {
            best = (consistent, header, d);
        }
    }
    best.2
}

/// The error for a header (or JSON record) past [`Limits::max_columns`].
pub(crate) fn too_many_columns(path: &Path, location: Location, count: usize, limits: &Limits) -> Problem {
    let limit = limits.max_columns;
    let (fr, en) = both(|w| w.too_many_columns(count, limit));
    let (afr, aen) = both(|w| w.raise_limit("Limits::max_columns", limit as u64));
    Problem::error(ProblemKind::Unreadable, path, location, fr, en).with_accepted(afr, aen)
}

/// A delimited text file, read record by record.
struct CsvSource {
    path: Arc<Path>,
    reader: csv::Reader<Allowance<Box<dyn Read>>>,
    encoding: TextEncoding,
    pending: VecDeque<Event>,
    record: csv::ByteRecord,
    header_len: Option<usize>,
    done: bool,
    limits: Limits,
    until: Arc<AtomicU64>,
    exceeded: Arc<AtomicBool>,
    /// Whether UTF-8 was already found in a file read as Windows-1252.
    utf8_seen: bool,
}

/// Bytes the CSV reader may buffer ahead of the record it is reading.
const CSV_BUFFER: u64 = 64 * 1024;

impl CsvSource {
    fn new(
        path: Arc<Path>,
        stream: Box<dyn Read>,
        encoding: TextEncoding,
        delimiter: u8,
        problems: Vec<Problem>,
        limits: &Limits,
    ) -> Self {
        let until = Arc::new(AtomicU64::new(limits.max_record_bytes.saturating_add(CSV_BUFFER)));
        let exceeded = Arc::new(AtomicBool::new(false));
        let stream = Allowance { inner: stream, read: 0, until: until.clone(), exceeded: exceeded.clone() };
        let reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(CSV_BUFFER as usize)
            .from_reader(stream);
        CsvSource {
            path,
            reader,
            encoding,
            pending: problems.into_iter().map(Event::Problem).collect(),
            record: csv::ByteRecord::new(),
            header_len: None,
            done: false,
            limits: *limits,
            until,
            exceeded,
            utf8_seen: false,
        }
    }

    /// A warning, once, when a file read as Windows-1252 holds UTF-8
    /// further on (its accents are then wrong).
    fn note_utf8(&mut self, line: u64) {
        if self.utf8_seen || self.encoding != TextEncoding::Windows1252 {
            return;
        }
        let utf8 = self.record.iter().any(|f| !f.is_ascii() && std::str::from_utf8(f).is_ok());
        if utf8 {
            self.utf8_seen = true;
            let (fr, en) = both(|w| w.utf8_after_cp1252());
            self.pending.push_back(Event::Problem(Problem::warning(
                ProblemKind::Encoding,
                &self.path,
                Location::Line(line),
                fr,
                en,
            )));
        }
    }

    fn decode(&self, line: u64) -> Result<Vec<String>, Box<Problem>> {
        let mut cells = Vec::with_capacity(self.record.len());
        for (i, field) in self.record.iter().enumerate() {
            match decode::decode_field(self.encoding, field) {
                Some(text) => cells.push(text.into_owned()),
                None => {
                    return Err(Box::new(Problem::error(
                        ProblemKind::Encoding,
                        &self.path,
                        Location::Line(line),
                        format!("le champ n° {} contient des octets qui ne sont pas de l'UTF-8 (le fichier mélange des encodages ?) : enregistrez le fichier en « CSV UTF-8 »", i + 1),
                        format!("field {} holds bytes that are not UTF-8 (does the file mix encodings?): save the file as \"CSV UTF-8\"", i + 1),
                    )))
                }
            }
        }
        Ok(cells)
    }
}

impl Source for CsvSource {
    fn next_event(&mut self) -> Option<Event> {
        if let Some(e) = self.pending.pop_front() {
            return Some(e);
        }
        let event = self.next_record();
        if self.pending.is_empty() {
            return event;
        }
        // A warning found on this record goes out before it.
        if let Some(e) = event {
            self.pending.push_back(e);
        }
        self.pending.pop_front()
    }
}

impl CsvSource {
    fn next_record(&mut self) -> Option<Event> {
        loop {
            if self.done {
                return None;
            }
            let more = match self.reader.read_byte_record(&mut self.record) {
                Ok(more) => more,
                Err(e) => {
                    self.done = true;
                    let line = e.position().map_or(0, |p| p.line());
                    let line = if line > 0 { line } else { self.reader.position().line() };
                    let location = if line > 0 { Location::Line(line) } else { Location::File };
                    if self.exceeded.load(Ordering::Relaxed) {
                        let limit = self.limits.max_record_bytes;
                        let (fr, en) = both(|w| w.record_too_long(limit));
                        let (afr, aen) = both(|w| w.raise_limit("Limits::max_record_bytes", limit));
                        return Some(Event::Problem(
                            Problem::error(ProblemKind::Unreadable, &self.path, location, fr, en)
                                .with_accepted(afr, aen),
                        ));
                    }
                    return Some(Event::Problem(Problem::error(
                        ProblemKind::Unreadable,
                        &self.path,
                        location,
                        format!("lecture interrompue : {e}"),
                        format!("reading stopped: {e}"),
                    )));
                }
            };
            if self.record.as_slice().len() as u64 > self.limits.max_record_bytes {
                self.done = true;
                let line = self.record.position().map_or(0, |p| p.line());
                let limit = self.limits.max_record_bytes;
                let (fr, en) = both(|w| w.record_too_long(limit));
                let (afr, aen) = both(|w| w.raise_limit("Limits::max_record_bytes", limit));
                return Some(Event::Problem(
                    Problem::error(ProblemKind::Unreadable, &self.path, Location::Line(line), fr, en)
                        .with_accepted(afr, aen),
                ));
            }
            let end = self.reader.position().byte();
            self.until
                .store(end.saturating_add(self.limits.max_record_bytes).saturating_add(CSV_BUFFER), Ordering::Relaxed);
            if !more {
                self.done = true;
                if self.header_len.is_none() {
                    let p = Problem::error(
                        ProblemKind::EmptyFile,
                        &self.path,
                        Location::File,
                        "le fichier ne contient aucune ligne",
                        "the file holds no line",
                    );
                    return Some(Event::Problem(p));
                }
                return None;
            }
            let line = self.record.position().map_or(0, |p| p.line());
            // Rows of delimiters only (Excel leaves them below a table) are blank.
            if self.record.iter().all(|f| f.iter().all(|b| b.is_ascii_whitespace())) {
                continue;
            }
            self.note_utf8(line);
            let cells = match self.decode(line) {
                Ok(cells) => cells,
                Err(p) => return Some(Event::Problem(*p)),
            };
            let Some(header_len) = self.header_len else {
                if cells.len() > self.limits.max_columns {
                    self.done = true;
                    return Some(Event::Problem(too_many_columns(
                        &self.path,
                        Location::Line(line),
                        cells.len(),
                        &self.limits,
                    )));
                }
                self.header_len = Some(cells.len());
                let names = cells.into_iter().map(Arc::from).collect();
                return Some(Event::Header { names, location: Location::Line(line) });
            };
            let mut cells = cells;
            // Empty cells past the header (a trailing `;`) are harmless.
            while cells.len() > header_len && cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
            if cells.len() != header_len {
                return Some(Event::Problem(
                    Problem::error(
                        ProblemKind::FieldCount,
                        &self.path,
                        Location::Line(line),
                        format!("la ligne a {} champs, l'en-tête en a {header_len}", cells.len()),
                        format!("the row has {} fields, the header has {header_len}", cells.len()),
                    )
                    .with_accepted(
                        "autant de champs que de colonnes ; un champ qui contient le séparateur doit être entre guillemets",
                        "as many fields as columns; a field holding the delimiter must be quoted",
                    ),
                ));
            }
            return Some(Event::Row { location: Location::Line(line), cells: cells.into_iter().map(Some).collect() });
        }
    }
}

/// JSON Lines or a JSON array of objects, read one record at a time.
struct JsonSource {
    path: Arc<Path>,
    input: BufReader<Box<dyn Read>>,
    array: bool,
    pending: std::vec::IntoIter<Problem>,
    /// Array state: 0 before `[`, 1 inside, 2 after `]`.
    stage: u8,
    line: u64,
    record: u64,
    keys: Vec<Arc<str>>,
    /// A row held back while its new header goes out.
    stash: Option<Event>,
    any_record: bool,
    done: bool,
    /// Whether records go out as [`Event::Raw`].
    raw: bool,
    limits: Limits,
}

impl JsonSource {
    fn new(
        path: Arc<Path>,
        stream: Box<dyn Read>,
        problems: Vec<Problem>,
        array: bool,
        raw: bool,
        limits: &Limits,
    ) -> Self {
        JsonSource {
            raw,
            limits: *limits,
            path,
            input: BufReader::with_capacity(64 * 1024, stream),
            array,
            pending: problems.into_iter(),
            stage: 0,
            line: 1,
            record: 0,
            keys: Vec::new(),
            stash: None,
            any_record: false,
            done: false,
        }
    }

    fn location(&self, start_line: u64) -> Location {
        if self.array {
            Location::Record { index: self.record, line: start_line }
        } else {
            Location::Line(start_line)
        }
    }

    fn syntax(&self, location: Location, fr: String, en: String) -> Problem {
        Problem::error(ProblemKind::Syntax, &self.path, location, fr, en)
    }

    fn next_byte(&mut self) -> std::io::Result<Option<u8>> {
        let buf = self.input.fill_buf()?;
        let Some(&b) = buf.first() else { return Ok(None) };
        self.input.consume(1);
        if b == b'\n' {
            self.line += 1;
        }
        Ok(Some(b))
    }

    fn skip_space(&mut self) -> std::io::Result<Option<u8>> {
        loop {
            match self.next_byte()? {
                Some(b) if b.is_ascii_whitespace() => continue,
                other => return Ok(other),
            }
        }
    }

    /// The bytes of the next array element, scanned up to the `,` or `]`
    /// that ends it outside strings and brackets. Returns the element, its
    /// first line, and whether the array ended after it.
    fn too_long(&self) -> std::io::Error {
        std::io::Error::other(both(|w| w.record_too_long(self.limits.max_record_bytes)).1)
    }

    fn next_element(&mut self) -> std::io::Result<Option<(Vec<u8>, u64, bool)>> {
        if self.stage == 0 {
            match self.skip_space()? {
                Some(b'[') => self.stage = 1,
                _ => return Ok(None),
            }
        }
        if self.stage != 1 {
            return Ok(None);
        }
        let Some(first) = self.skip_space()? else { return Ok(None) };
        if first == b']' && !self.any_record {
            self.stage = 2;
            return Ok(None);
        }
        let start = self.line;
        let mut out = vec![first];
        let (mut depth, mut in_string, mut escaped) = (0i64, first == b'"', false);
        if matches!(first, b'{' | b'[') {
            depth = 1;
        }
        while let Some(b) = self.next_byte()? {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
            } else {
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => {
                        let end = b == b']';
                        if end {
                            self.stage = 2;
                        }
                        return Ok(Some((out, start, end)));
                    }
                    _ => {}
                }
            }
            if out.len() as u64 >= self.limits.max_record_bytes {
                return Err(self.too_long());
            }
            out.push(b);
        }
        self.stage = 2;
        Ok(Some((out, start, true)))
    }

    fn next_chunk(&mut self) -> Result<Option<(Vec<u8>, u64)>, Box<Problem>> {
        let io_problem = |this: &Self, e: std::io::Error| {
            let loc = this.location(this.line);
            Box::new(this.syntax(loc, format!("lecture interrompue : {e}"), format!("reading stopped: {e}")))
        };
        if self.array {
            let before = self.stage;
            match self.next_element() {
                Ok(Some((bytes, line, _))) => Ok(Some((bytes, line))),
                Ok(None) if before == 0 && self.stage == 0 => Err(Box::new(self.syntax(
                    Location::File,
                    "un fichier .json doit contenir un tableau d'objets `[{…}, {…}]` (ou un objet par ligne, en JSON Lines)".into(),
                    "a .json file must hold an array of objects `[{…}, {…}]` (or one object per line, as JSON Lines)".into(),
                ))),
                Ok(None) => Ok(None),
                Err(e) => Err(io_problem(self, e)),
            }
        } else {
            loop {
                let start = self.line;
                let mut line = Vec::new();
                let limit = self.limits.max_record_bytes;
                match (&mut self.input).take(limit.saturating_add(1)).read_until(b'\n', &mut line) {
                    Ok(0) => return Ok(None),
                    Ok(n) if n as u64 > limit => return Err(io_problem(self, self.too_long())),
                    Ok(_) => {
                        self.line += 1;
                        if line.iter().all(|b| b.is_ascii_whitespace()) {
                            continue;
                        }
                        return Ok(Some((line, start)));
                    }
                    Err(e) => return Err(io_problem(self, e)),
                }
            }
        }
    }
}

/// A JSON scalar as the text the validators read: numbers as written,
/// booleans as `true`/`false`, null as empty (missing).
fn scalar_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Null => Some(String::new()),
        _ => None,
    }
}

/// Turns one JSON object into header names and cells; problems for nested
/// values.
pub(crate) fn json_object_cells(
    object: &serde_json::Map<String, serde_json::Value>,
) -> (Vec<&str>, Vec<Option<String>>, Vec<&str>) {
    let mut names = Vec::with_capacity(object.len());
    let mut cells = Vec::with_capacity(object.len());
    let mut nested = Vec::new();
    for (k, v) in object {
        match scalar_text(v) {
            Some(t) => {
                names.push(k.as_str());
                cells.push(Some(t));
            }
            None => nested.push(k.as_str()),
        }
    }
    (names, cells, nested)
}

impl Source for JsonSource {
    fn next_event(&mut self) -> Option<Event> {
        if let Some(p) = self.pending.next() {
            return Some(Event::Problem(p));
        }
        if let Some(e) = self.stash.take() {
            return Some(e);
        }
        if self.done {
            return None;
        }
        let (bytes, line) = match self.next_chunk() {
            Ok(Some(chunk)) => chunk,
            Ok(None) => {
                self.done = true;
                if !self.any_record {
                    let p = Problem::error(
                        ProblemKind::EmptyFile,
                        &self.path,
                        Location::File,
                        "le fichier ne contient aucun enregistrement",
                        "the file holds no record",
                    );
                    return Some(Event::Problem(p));
                }
                return None;
            }
            Err(p) => {
                self.done = true;
                return Some(Event::Problem(*p));
            }
        };
        self.record += 1;
        self.any_record = true;
        let location = self.location(line);
        let value: serde_json::Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => {
                let (l, c) = (line + e.line().saturating_sub(1) as u64, e.column());
                let msg = e.to_string();
                let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]).to_string();
                return Some(Event::Problem(self.syntax(
                    location,
                    format!("JSON mal formé (ligne {l}, colonne {c}) : {msg}"),
                    format!("malformed JSON (line {l}, column {c}): {msg}"),
                )));
            }
        };
        let serde_json::Value::Object(object) = value else {
            return Some(Event::Problem(self.syntax(
                location,
                "un enregistrement doit être un objet JSON `{\"organisation\": …}`".into(),
                "a record must be a JSON object `{\"organisation\": …}`".into(),
            )));
        };
        if object.len() > self.limits.max_columns {
            let limit = self.limits.max_columns;
            let (fr, en) = both(|w| w.too_many_keys(limit));
            let (afr, aen) = both(|w| w.raise_limit("Limits::max_columns", limit as u64));
            return Some(Event::Problem(
                Problem::error(ProblemKind::Unreadable, &self.path, location, fr, en).with_accepted(afr, aen),
            ));
        }
        if self.raw {
            return Some(Event::Raw { location, object });
        }
        let (names, cells, nested) = json_object_cells(&object);
        if let Some(key) = nested.first() {
            return Some(Event::Problem(
                Problem::error(
                    ProblemKind::InvalidValue,
                    &self.path,
                    location,
                    "valeur imbriquée (tableau ou objet) non acceptée",
                    "nested value (array or object) not accepted",
                )
                .with_column(*key)
                .with_accepted("un texte, un nombre, true/false ou null", "a string, a number, true/false or null"),
            ));
        }
        if names.len() != self.keys.len() || names.iter().zip(&self.keys).any(|(a, b)| *a != &**b) {
            self.keys = names.iter().map(|n| Arc::from(*n)).collect();
            // The header goes out first; the row follows on the next call.
            let header = Event::Header { names: self.keys.clone(), location: location.clone() };
            self.stash = Some(Event::Row { location, cells });
            return Some(header);
        }
        Some(Event::Row { location, cells })
    }
}
