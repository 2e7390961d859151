//! JSON Lines (`.jsonl`, `.ndjson`): one JSON object per line, blank lines
//! skipped.

use super::json::{ChunkError, Chunks};
use crate::ingest::problem::Location;
use std::io::{BufRead, BufReader, Read};

/// The lines of a JSON Lines file, one record each.
pub(super) struct Lines {
    input: BufReader<Box<dyn Read>>,
    /// The 1-based line the next read starts on.
    line: u64,
    /// The longest line read, in bytes (`Limits::max_record_bytes`).
    max_bytes: u64,
}

impl Lines {
    pub(super) fn new(stream: Box<dyn Read>, max_bytes: u64) -> Self {
        Lines { input: BufReader::with_capacity(64 * 1024, stream), line: 1, max_bytes }
    }
}

impl Chunks for Lines {
    fn next_chunk(&mut self) -> Result<Option<(Vec<u8>, u64)>, ChunkError> {
        loop {
            let start = self.line;
            let mut line = Vec::new();
            // Never more than the limit in memory, however long the line.
            match (&mut self.input).take(self.max_bytes.saturating_add(1)).read_until(b'\n', &mut line) {
                Ok(0) => return Ok(None),
                Ok(n) if n as u64 > self.max_bytes => return Err(ChunkError::TooLong),
                Ok(_) => {
                    self.line += 1;
                    if line.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    return Ok(Some((line, start)));
                }
                Err(e) => return Err(ChunkError::Io(e)),
            }
        }
    }

    fn location(&self, _record: u64, start_line: u64) -> Location {
        Location::Line(start_line)
    }

    fn line(&self) -> u64 {
        self.line
    }
}
