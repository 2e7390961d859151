//! What JSON Lines and JSON arrays share once a record's bytes are cut
//! out: parsing one object, turning its keys into a header (a new header
//! whenever the keys change) and its scalars into cells.

use super::{Event, Source};
use crate::ingest::limits::Limits;
use crate::ingest::problem::{Location, Problem, ProblemKind};
use std::path::Path;
use std::sync::Arc;

/// Why no further record could be cut out.
pub(super) enum ChunkError {
    /// The system stopped the reading.
    Io(std::io::Error),
    /// A `.json` file that does not start with `[`.
    NotAnArray,
    /// A record past `Limits::max_record_bytes`.
    TooLong,
}

/// How a JSON format cuts its stream into records.
pub(super) trait Chunks {
    /// The next record's bytes and the line it starts on; `None` at the end.
    fn next_chunk(&mut self) -> Result<Option<(Vec<u8>, u64)>, ChunkError>;
    /// Where the `record`-th record (1-based), starting on `start_line`, is.
    fn location(&self, record: u64, start_line: u64) -> Location;
    /// The line the reader is on.
    fn line(&self) -> u64;
}

/// A JSON file read one record at a time.
pub(super) struct JsonSource<C> {
    path: Arc<Path>,
    chunks: C,
    pending: std::vec::IntoIter<Problem>,
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

impl<C: Chunks> JsonSource<C> {
    pub(super) fn new(path: Arc<Path>, chunks: C, problems: Vec<Problem>, raw: bool, limits: &Limits) -> Self {
        JsonSource {
            raw,
            limits: *limits,
            path,
            chunks,
            pending: problems.into_iter(),
            record: 0,
            keys: Vec::new(),
            stash: None,
            any_record: false,
            done: false,
        }
    }

    fn chunk_problem(&self, e: ChunkError) -> Problem {
        match e {
            ChunkError::Io(e) => {
                let loc = self.chunks.location(self.record, self.chunks.line());
                Problem::new(ProblemKind::ReadStopped { reason: e.to_string() }, &self.path, loc)
            }
            ChunkError::NotAnArray => Problem::new(ProblemKind::NotAnArray, &self.path, Location::File),
            ChunkError::TooLong => {
                let loc = self.chunks.location(self.record + 1, self.chunks.line());
                let kind = ProblemKind::RecordTooLong { limit: self.limits.max_record_bytes };
                Problem::new(kind, &self.path, loc)
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

impl<C: Chunks> Source for JsonSource<C> {
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
        let (bytes, line) = match self.chunks.next_chunk() {
            Ok(Some(chunk)) => chunk,
            Ok(None) => {
                self.done = true;
                if !self.any_record {
                    let p = Problem::new(ProblemKind::NoRecord, &self.path, Location::File);
                    return Some(Event::Problem(p));
                }
                return None;
            }
            Err(e) => {
                self.done = true;
                return Some(Event::Problem(self.chunk_problem(e)));
            }
        };
        self.record += 1;
        self.any_record = true;
        let location = self.chunks.location(self.record, line);
        let value: serde_json::Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => {
                let (l, c) = (line + e.line().saturating_sub(1) as u64, e.column());
                let msg = e.to_string();
                let reason = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]).to_string();
                let kind = ProblemKind::MalformedJson { line: l, column: c, reason };
                return Some(Event::Problem(Problem::new(kind, &self.path, location)));
            }
        };
        let serde_json::Value::Object(object) = value else {
            return Some(Event::Problem(Problem::new(ProblemKind::NotAnObject, &self.path, location)));
        };
        if object.len() > self.limits.max_columns {
            let kind = ProblemKind::TooManyKeys { limit: self.limits.max_columns };
            return Some(Event::Problem(Problem::new(kind, &self.path, location)));
        }
        if self.raw {
            return Some(Event::Raw { location, object });
        }
        let (names, cells, nested) = json_object_cells(&object);
        if let Some(key) = nested.first() {
            return Some(Event::Problem(
                Problem::new(ProblemKind::NestedValue, &self.path, location).with_column(*key),
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
