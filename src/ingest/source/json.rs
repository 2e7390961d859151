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

/// One value of a record as read: text borrowed from the line when it has
/// no escapes, the digits of a number, or a nested value (only its key is
/// kept, for the problem).
enum Scalar<'a> {
    Text(std::borrow::Cow<'a, str>),
    Nested,
}

impl Scalar<'_> {
    /// The cell of a row: the text, or nothing for a nested value.
    fn into_cell(self) -> Option<String> {
        match self {
            Scalar::Text(t) => Some(t.into_owned()),
            Scalar::Nested => None,
        }
    }
}

/// A JSON record read without building a `serde_json::Value`: keys in the
/// order of their first appearance, a repeated key's last value winning
/// (as a `serde_json::Map` with `preserve_order`); `None` when the JSON is
/// not an object.
struct Record<'a>(Option<Vec<(std::borrow::Cow<'a, str>, Scalar<'a>)>>);

impl<'de> serde::Deserialize<'de> for Record<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> serde::de::Visitor<'de> for RecordVisitor {
    type Value = Record<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
        let mut fields: Vec<(std::borrow::Cow<'de, str>, Scalar<'de>)> = Vec::new();
        // A key is read as a value is (borrowed when it has no escapes);
        // JSON keys are always text.
        while let Some(ScalarSeed(key)) = map.next_key::<ScalarSeed<'de>>()? {
            let value = map.next_value::<ScalarSeed<'de>>()?.0;
            let Scalar::Text(key) = key else { continue };
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => fields.push((key, value)),
            }
        }
        Ok(Record(Some(fields)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Record<'de>, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Record(None))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Record<'de>, E> {
        Ok(Record(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Record<'de>, E> {
        Ok(Record(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Record<'de>, E> {
        Ok(Record(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Record<'de>, E> {
        Ok(Record(None))
    }
    fn visit_str<E>(self, _: &str) -> Result<Record<'de>, E> {
        Ok(Record(None))
    }
    fn visit_unit<E>(self) -> Result<Record<'de>, E> {
        Ok(Record(None))
    }
}

/// A value as [`scalar_text`] reads it.
struct ScalarSeed<'a>(Scalar<'a>);

impl<'de> serde::Deserialize<'de> for ScalarSeed<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = ScalarSeed<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(std::borrow::Cow::Borrowed(v))))
            }
            fn visit_str<E>(self, v: &str) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(std::borrow::Cow::Owned(v.to_string()))))
            }
            fn visit_string<E>(self, v: String) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(std::borrow::Cow::Owned(v))))
            }
            // Numbers are written as `serde_json::Number` writes them, as
            // the `Value` path does.
            fn visit_i64<E>(self, v: i64) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(serde_json::Number::from(v).to_string().into())))
            }
            fn visit_u64<E>(self, v: u64) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(serde_json::Number::from(v).to_string().into())))
            }
            fn visit_f64<E>(self, v: f64) -> Result<ScalarSeed<'de>, E> {
                // A `Value` holds a number that is not finite as null.
                let text = serde_json::Number::from_f64(v).map_or_else(String::new, |n| n.to_string());
                Ok(ScalarSeed(Scalar::Text(text.into())))
            }
            fn visit_bool<E>(self, v: bool) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(v.to_string().into())))
            }
            fn visit_unit<E>(self) -> Result<ScalarSeed<'de>, E> {
                Ok(ScalarSeed(Scalar::Text(std::borrow::Cow::Borrowed(""))))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<ScalarSeed<'de>, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(ScalarSeed(Scalar::Nested))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<ScalarSeed<'de>, A::Error> {
                while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
                Ok(ScalarSeed(Scalar::Nested))
            }
        }
        d.deserialize_any(V)
    }
}

/// The problem of a record starting at `line` that is not JSON: where in
/// the file, and serde's reason without its own position.
fn malformed(e: &serde_json::Error, line: u64, path: &std::path::Path, location: Location) -> Event {
    let (l, c) = (line + e.line().saturating_sub(1) as u64, e.column());
    let msg = e.to_string();
    let reason = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]).to_string();
    let kind = ProblemKind::MalformedJson { line: l, column: c, reason };
    Event::Problem(Problem::new(kind, path, location))
}

impl<C: Chunks> JsonSource<C> {
    /// A record's event read without a `serde_json::Value` (the reading
    /// path; `raw` sources keep value types and build one).
    fn row_event(&mut self, bytes: &[u8], line: u64, location: Location) -> Option<Event> {
        let record: Record<'_> = match serde_json::from_slice(bytes) {
            Ok(r) => r,
            Err(e) => return Some(malformed(&e, line, &self.path, location)),
        };
        let Some(fields) = record.0 else {
            return Some(Event::Problem(Problem::new(ProblemKind::NotAnObject, &self.path, location)));
        };
        if fields.len() > self.limits.max_columns {
            let kind = ProblemKind::TooManyKeys { limit: self.limits.max_columns };
            return Some(Event::Problem(Problem::new(kind, &self.path, location)));
        }
        if let Some((key, _)) = fields.iter().find(|(_, v)| matches!(v, Scalar::Nested)) {
            return Some(Event::Problem(
                Problem::new(ProblemKind::NestedValue, &self.path, location).with_column(&**key),
            ));
        }
        let same_keys = fields.len() == self.keys.len() && fields.iter().zip(&self.keys).all(|((a, _), b)| **a == **b);
        if !same_keys {
            self.keys = fields.iter().map(|(n, _)| Arc::from(&**n)).collect();
        }
        let cells = fields.into_iter().map(|(_, v)| v.into_cell()).collect();
        if !same_keys {
            // The header goes out first; the row follows on the next call.
            let header = Event::Header { names: self.keys.clone(), location: location.clone() };
            self.stash = Some(Event::Row { location, cells });
            return Some(header);
        }
        Some(Event::Row { location, cells })
    }
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
        if !self.raw {
            return self.row_event(&bytes, line, location);
        }
        let value: serde_json::Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => return Some(malformed(&e, line, &self.path, location)),
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

#[cfg(test)]
mod borrowed_tests {
    use super::*;

    /// What the `Value` path makes of a line: keys and cells, or why not.
    fn via_value(line: &str) -> Result<(Vec<String>, Vec<Option<String>>), String> {
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let serde_json::Value::Object(object) = value else { return Err("not an object".into()) };
        let (names, cells, nested) = json_object_cells(&object);
        if let Some(key) = nested.first() {
            return Err(format!("nested {key}"));
        }
        Ok((names.into_iter().map(str::to_string).collect(), cells))
    }

    fn via_record(line: &str) -> Result<(Vec<String>, Vec<Option<String>>), String> {
        let record: Record<'_> = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let fields = record.0.ok_or("not an object")?;
        if let Some((key, _)) = fields.iter().find(|(_, v)| matches!(v, Scalar::Nested)) {
            return Err(format!("nested {key}"));
        }
        let names = fields.iter().map(|(k, _)| k.to_string()).collect();
        let cells = fields.into_iter().map(|(_, v)| v.into_cell()).collect();
        Ok((names, cells))
    }

    #[test]
    fn records_read_without_a_value_read_as_with_one() {
        let lines = [
            r#"{"organisation": "ASSO-A", "beneficiary": "B1", "value": "7,5", "wave": "entry"}"#,
            r#"{"a": 1, "b": -3, "c": 2.50, "d": 1e3, "e": true, "f": null, "g": "x\"y\u00e9"}"#,
            r#"{"a": "first", "b": 2, "a": "second"}"#,
            r#"{"a": 18446744073709551615, "b": -9223372036854775808, "c": 0.1}"#,
            r#"{"a": [1, 2], "b": "x"}"#,
            r#"{"b": "x", "a": {"c": 1}}"#,
            r#"{"a\tb": "tab in key", "é": "accent"}"#,
            r#"[1, 2]"#,
            r#""text""#,
            r#"12"#,
            r#"null"#,
            r#"{}"#,
            r#"{"a": 1"#,
            r#"{"a": 1} trailing"#,
            r#"{"a": tru}"#,
            r#"{"a": 1,}"#,
        ];
        for line in lines {
            assert_eq!(via_record(line), via_value(line), "{line}");
        }
    }
}
