//! Delimited text (`,`, `;` or tab), read record by record with the `csv`
//! crate; fields are decoded from the detected encoding one by one.

use super::{Event, Source};
use crate::ingest::decode::{self, TextEncoding};
use crate::ingest::problem::{Location, Problem, ProblemKind};
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

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
    reader: ::csv::Reader<Box<dyn Read>>,
    encoding: TextEncoding,
    pending: std::vec::IntoIter<Problem>,
    record: ::csv::ByteRecord,
    header_len: Option<usize>,
    done: bool,
}

impl CsvSource {
    pub(super) fn new(
        path: Arc<Path>,
        stream: Box<dyn Read>,
        encoding: TextEncoding,
        delimiter: u8,
        problems: Vec<Problem>,
    ) -> Self {
        let reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(64 * 1024)
            .from_reader(stream);
        CsvSource {
            path,
            reader,
            encoding,
            pending: problems.into_iter(),
            record: ::csv::ByteRecord::new(),
            header_len: None,
            done: false,
        }
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
        if let Some(p) = self.pending.next() {
            return Some(Event::Problem(p));
        }
        loop {
            if self.done {
                return None;
            }
            let more = match self.reader.read_byte_record(&mut self.record) {
                Ok(more) => more,
                Err(e) => {
                    self.done = true;
                    let line = e.position().map_or(0, |p| p.line());
                    let location = if line > 0 { Location::Line(line) } else { Location::File };
                    let kind = ProblemKind::ReadStopped { reason: e.to_string() };
                    return Some(Event::Problem(Problem::new(kind, &self.path, location)));
                }
            };
            if !more {
                self.done = true;
                if self.header_len.is_none() {
                    let p = Problem::new(ProblemKind::NoLine, &self.path, Location::File);
                    return Some(Event::Problem(p));
                }
                return None;
            }
            let line = self.record.position().map_or(0, |p| p.line());
            // Rows of delimiters only (Excel leaves them below a table) are blank.
            if self.record.iter().all(|f| f.iter().all(|b| b.is_ascii_whitespace())) {
                continue;
            }
            let cells = match self.decode(line) {
                Ok(cells) => cells,
                Err(p) => return Some(Event::Problem(*p)),
            };
            let Some(header_len) = self.header_len else {
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
