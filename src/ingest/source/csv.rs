//! Delimited text (`,`, `;` or tab), read record by record with the `csv`
//! crate; fields are decoded from the detected encoding one by one.

use super::{too_many_columns, Event, Source};
use crate::ingest::decode::{self, TextEncoding};
use crate::ingest::limits::Limits;
use crate::ingest::problem::{Location, Problem, ProblemKind};
use std::collections::VecDeque;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

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

/// Bytes the CSV reader may buffer ahead of the record it is reading.
const CSV_BUFFER: u64 = 64 * 1024;

/// Picks `,`, `;` or tab: the candidate that splits the first records into
/// the same number of fields as the header, the most fields winning; the
/// header's count alone decides when no candidate is consistent.
pub(crate) fn detect_delimiter(head: &[u8], whole: bool) -> u8 {
    let mut best = (false, 0usize, b',');
    for d in [b',', b';', b'\t'] {
        let mut reader = ::csv::ReaderBuilder::new().delimiter(d).has_headers(false).flexible(true).from_reader(head);
        let mut counts = Vec::new();
        let mut record = ::csv::ByteRecord::new();
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

/// A delimited text file, read record by record.
pub(super) struct CsvSource {
    path: Arc<Path>,
    reader: ::csv::Reader<Allowance<Box<dyn Read>>>,
    encoding: TextEncoding,
    pending: VecDeque<Event>,
    record: ::csv::ByteRecord,
    header_len: Option<usize>,
    done: bool,
    limits: Limits,
    until: Arc<AtomicU64>,
    exceeded: Arc<AtomicBool>,
    /// Whether UTF-8 was already found in a file read as Windows-1252.
    utf8_seen: bool,
    /// Whether lines end with CRLF (what Excel writes), from the first
    /// line break: the parser then counts a record's last line break only
    /// when it reads the next record, so lines are counted from the end.
    crlf: bool,
}

impl CsvSource {
    pub(super) fn new(
        path: Arc<Path>,
        stream: Box<dyn Read>,
        encoding: TextEncoding,
        delimiter: u8,
        crlf: bool,
        problems: Vec<Problem>,
        limits: &Limits,
    ) -> Self {
        let until = Arc::new(AtomicU64::new(limits.max_record_bytes.saturating_add(CSV_BUFFER)));
        let exceeded = Arc::new(AtomicBool::new(false));
        let stream = Allowance { inner: stream, read: 0, until: until.clone(), exceeded: exceeded.clone() };
        let reader = ::csv::ReaderBuilder::new()
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
            record: ::csv::ByteRecord::new(),
            header_len: None,
            done: false,
            limits: *limits,
            until,
            exceeded,
            utf8_seen: false,
            crlf,
        }
    }

    /// The line where the record just read starts. The parser's own count
    /// at its start misses the line feed of a CRLF before it (read with the
    /// next record) and blank lines skipped: the line of its end, less the
    /// line breaks inside quoted fields, is right for both line ends.
    fn start_line(&self) -> u64 {
        let start = self.record.position().map_or(1, |p| p.line());
        let end = self.reader.position().line();
        // The record's bytes are its fields end to end.
        let inside = self.record.as_slice().iter().filter(|b| **b == b'\n').count() as u64;
        let last = if self.crlf {
            // The record's own CR LF is not counted yet.
            end
        } else {
            // Its own LF is, unless the file ends without one.
            end.saturating_sub(1).max(start + inside)
        };
        last.saturating_sub(inside).max(start)
    }

    /// A warning, once, when a file read as Windows-1252 holds UTF-8
    /// further on (its accents are then wrong).
    fn note_utf8(&mut self, line: u64) {
        if self.utf8_seen || self.encoding != TextEncoding::Windows1252 {
            return;
        }
        if self.record.iter().any(|f| !f.is_ascii() && std::str::from_utf8(f).is_ok()) {
            self.utf8_seen = true;
            let p = Problem::new(ProblemKind::Utf8AfterWindows1252, &self.path, Location::Line(line));
            self.pending.push_back(Event::Problem(p));
        }
    }

    fn too_long(&self, location: Location) -> Event {
        let kind = ProblemKind::RecordTooLong { limit: self.limits.max_record_bytes };
        Event::Problem(Problem::new(kind, &self.path, location))
    }

    fn decode(&self, line: u64) -> Result<Vec<String>, Box<Problem>> {
        let mut cells = Vec::with_capacity(self.record.len());
        for (i, field) in self.record.iter().enumerate() {
            match decode::decode_field(self.encoding, field) {
                Some(text) => cells.push(text.into_owned()),
                None => {
                    let kind = ProblemKind::FieldNotUtf8 { position: i + 1 };
                    return Err(Box::new(Problem::new(kind, &self.path, Location::Line(line))));
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
                    // After a CRLF record, the count lacks its line feed.
                    let line = if line > 0 && self.crlf && self.header_len.is_some() { line + 1 } else { line };
                    let location = if line > 0 { Location::Line(line) } else { Location::File };
                    if self.exceeded.load(Ordering::Relaxed) {
                        return Some(self.too_long(location));
                    }
                    let kind = ProblemKind::ReadStopped { reason: e.to_string() };
                    return Some(Event::Problem(Problem::new(kind, &self.path, location)));
                }
            };
            if self.record.as_slice().len() as u64 > self.limits.max_record_bytes {
                self.done = true;
                let line = self.start_line();
                return Some(self.too_long(Location::Line(line)));
            }
            let end = self.reader.position().byte();
            self.until
                .store(end.saturating_add(self.limits.max_record_bytes).saturating_add(CSV_BUFFER), Ordering::Relaxed);
            if !more {
                self.done = true;
                if self.header_len.is_none() {
                    let p = Problem::new(ProblemKind::NoLine, &self.path, Location::File);
                    return Some(Event::Problem(p));
                }
                return None;
            }
            let line = self.start_line();
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
                    let location = Location::Line(line);
                    return Some(Event::Problem(too_many_columns(&self.path, location, cells.len(), &self.limits)));
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
                let kind = ProblemKind::FieldCount { found: cells.len(), expected: header_len };
                return Some(Event::Problem(Problem::new(kind, &self.path, Location::Line(line))));
            }
            return Some(Event::Row { location: Location::Line(line), cells: cells.into_iter().map(Some).collect() });
        }
    }
}
