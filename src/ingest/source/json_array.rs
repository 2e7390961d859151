//! A JSON array of objects (`.json`): the elements are cut out of the
//! stream one at a time by a scanner that tracks strings and brackets, so
//! the whole array is never held in memory.

use super::json::{ChunkError, Chunks};
use crate::ingest::problem::Location;
use std::io::{BufRead, BufReader, Read};

/// The elements of a JSON array, one record each.
pub(super) struct Elements {
    input: BufReader<Box<dyn Read>>,
    /// 0 before `[`, 1 inside, 2 after `]`.
    stage: u8,
    /// The 1-based line the scanner is on.
    line: u64,
    any_element: bool,
    /// The largest element read, in bytes (`Limits::max_record_bytes`).
    max_bytes: u64,
}

/// Why an element could not be cut out.
enum ElementError {
    Io(std::io::Error),
    TooLong,
}

impl Elements {
    pub(super) fn new(stream: Box<dyn Read>, max_bytes: u64) -> Self {
        Elements {
            input: BufReader::with_capacity(64 * 1024, stream),
            stage: 0,
            line: 1,
            any_element: false,
            max_bytes,
        }
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
    /// that ends it outside strings and brackets, and its first line.
    fn next_element(&mut self) -> Result<Option<(Vec<u8>, u64)>, ElementError> {
        if self.stage == 0 {
            match self.skip_space().map_err(ElementError::Io)? {
                Some(b'[') => self.stage = 1,
                _ => return Ok(None),
            }
        }
        if self.stage != 1 {
            return Ok(None);
        }
        let Some(first) = self.skip_space().map_err(ElementError::Io)? else { return Ok(None) };
        if first == b']' && !self.any_element {
            self.stage = 2;
            return Ok(None);
        }
        self.any_element = true;
        let start = self.line;
        let mut out = vec![first];
        let (mut depth, mut in_string, mut escaped) = (0i64, first == b'"', false);
        if matches!(first, b'{' | b'[') {
            depth = 1;
        }
        while let Some(b) = self.next_byte().map_err(ElementError::Io)? {
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
                        if b == b']' {
                            self.stage = 2;
                        }
                        return Ok(Some((out, start)));
                    }
                    _ => {}
                }
            }
            if out.len() as u64 >= self.max_bytes {
                return Err(ElementError::TooLong);
            }
            out.push(b);
        }
        self.stage = 2;
        Ok(Some((out, start)))
    }
}

impl Chunks for Elements {
    fn next_chunk(&mut self) -> Result<Option<(Vec<u8>, u64)>, ChunkError> {
        let before = self.stage;
        match self.next_element() {
            Ok(Some(element)) => Ok(Some(element)),
            Ok(None) if before == 0 && self.stage == 0 => Err(ChunkError::NotAnArray),
            Ok(None) => Ok(None),
            Err(ElementError::Io(e)) => Err(ChunkError::Io(e)),
            Err(ElementError::TooLong) => Err(ChunkError::TooLong),
        }
    }

    fn location(&self, record: u64, start_line: u64) -> Location {
        Location::Record { index: record, line: start_line }
    }

    fn line(&self) -> u64 {
        self.line
    }
}
