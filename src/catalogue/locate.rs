//! From a JSON pointer to a line and column in the file, so that editors
//! can jump to a problem. serde_json keeps no positions, so this walks the
//! text along the pointer, skipping every value off the path.

/// Where the value at `pointer` starts in `text` (1-based line and column,
/// columns in characters). When the pointer names something absent (a
/// missing field), the position of the deepest part that exists.
pub(crate) fn locate(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let segments = super::pointer::segments(pointer);
    let mut scanner = Scanner { bytes: text.as_bytes(), pos: 0 };
    scanner.skip_ws();
    let mut found = scanner.pos;
    for segment in &segments {
        match scanner.enter(segment) {
            Some(at) => found = at,
            None => break,
        }
    }
    line_column(text, found)
}

fn line_column(text: &str, offset: usize) -> Option<(usize, usize)> {
    let before = text.get(..offset)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// At a container, moves to the start of its member `segment` and
    /// returns that position; `None` when there is no such member.
    fn enter(&mut self, segment: &str) -> Option<usize> {
        match self.peek()? {
            b'{' => {
                self.pos += 1;
                loop {
                    self.skip_ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let start = self.pos;
                    self.skip_string()?;
                    let key: String = serde_json::from_slice(self.bytes.get(start..self.pos)?).ok()?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    self.skip_ws();
                    if key == segment {
                        return Some(self.pos);
                    }
                    self.next_member()?;
                }
            }
            b'[' => {
                let index: usize = segment.parse().ok()?;
                self.pos += 1;
                self.skip_ws();
                for _ in 0..index {
                    self.next_member()?;
                    self.skip_ws();
                }
                Some(self.pos)
            }
            _ => None,
        }
    }

    /// Skips the value here and the comma after it; `None` at the end of
    /// the container.
    fn next_member(&mut self) -> Option<()> {
        self.skip_value()?;
        self.skip_ws();
        if self.peek()? == b',' {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.pos += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    const DOC: &str = "{\n  \"id\": \"a.b\",\n  \"texts\": { \"a/b\": \"x\", \"label\": { \"fr\": \"é\", \"en\": \"\" } },\n  \"waves\": [\"entry\", [1, {\"x\": \"]\"}], \"exitt\"]\n}\n";

    #[test]
    fn finds_values_along_the_pointer() {
        assert_eq!(locate(DOC, ""), Some((1, 1)));
        assert_eq!(locate(DOC, "/id"), Some((2, 9)));
        assert_eq!(locate(DOC, "/texts/a~1b"), Some((3, 21)));
        assert_eq!(locate(DOC, "/texts/label/en"), Some((3, 54)));
        assert_eq!(locate(DOC, "/waves/2"), Some((4, 39)));
    }

    #[test]
    fn absent_members_fall_back_to_their_parent() {
        assert_eq!(locate(DOC, "/texts/label/de"), locate(DOC, "/texts/label"));
        assert_eq!(locate(DOC, "/waves/9"), locate(DOC, "/waves"));
        assert_eq!(locate(DOC, "/nothing"), Some((1, 1)));
    }
}
