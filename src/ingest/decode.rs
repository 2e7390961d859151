//! What a file is, from its first bytes: a workbook, a PDF, binary data, or
//! text in UTF-8, UTF-16 or Windows-1252; and the decoding of text.
//!
//! The guess is made on the first 64 KiB. UTF-8 (with or without BOM) is read
//! as it is. A file that is not UTF-8 but reads as plausible French text in
//! Windows-1252 (Latin-1 as Excel writes it) is transcoded, with a warning.
//! Anything else is refused with a message saying how to re-save the file.

use encoding_rs::{Decoder, UTF_16BE, UTF_16LE, WINDOWS_1252};
use std::borrow::Cow;
use std::io::Read;

/// How many bytes are looked at to guess.
pub(crate) const SNIFF_LEN: usize = 64 * 1024;

/// A text encoding the readers handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, with or without byte-order mark.
    Utf8,
    /// UTF-16 with a byte-order mark (Excel's "Unicode text").
    Utf16,
    /// Windows-1252, the superset of Latin-1 that French Excel writes.
    Windows1252,
}

impl TextEncoding {
    /// The encoding's usual name.
    pub fn as_str(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16 => "UTF-16",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// What the first bytes say the file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Content {
    /// Text, with its encoding and the length of its byte-order mark.
    Text { encoding: TextEncoding, bom: usize, big_endian: bool },
    /// A ZIP archive: an `.xlsx` or `.ods` workbook.
    Zip,
    /// An old binary `.xls` workbook (OLE compound file).
    Ole,
    /// A PDF document.
    Pdf,
    /// Not text.
    Binary,
    /// Text in an 8-bit encoding that cannot be told.
    Undecidable,
    /// Nothing at all.
    Empty,
}

/// Bytes undefined in Windows-1252: their presence rules it out.
const CP1252_UNDEFINED: [u8; 5] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/// Guesses what `head` (the first bytes of a file; `whole` when it is the
/// entire file) holds.
pub(crate) fn sniff(head: &[u8], whole: bool) -> Content {
    if head.is_empty() {
        return Content::Empty;
    }
    if head.starts_with(b"PK\x03\x04") {
        return Content::Zip;
    }
    if head.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return Content::Ole;
    }
    if head.starts_with(b"%PDF") {
        return Content::Pdf;
    }
    if head.starts_with(&[0xef, 0xbb, 0xbf]) {
        return Content::Text { encoding: TextEncoding::Utf8, bom: 3, big_endian: false };
    }
    if head.starts_with(&[0xff, 0xfe]) {
        return Content::Text { encoding: TextEncoding::Utf16, bom: 2, big_endian: false };
    }
    if head.starts_with(&[0xfe, 0xff]) {
        return Content::Text { encoding: TextEncoding::Utf16, bom: 2, big_endian: true };
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    if head.contains(&0) || controls * 100 > head.len() {
        return Content::Binary;
    }
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => true,
        // A multi-byte character cut by the end of the sniffed block is fine.
        Err(e) => !whole && e.error_len().is_none(),
    };
    if utf8 {
        return Content::Text { encoding: TextEncoding::Utf8, bom: 0, big_endian: false };
    }
    if looks_like_cp1252(head) {
        Content::Text { encoding: TextEncoding::Windows1252, bom: 0, big_endian: false }
    } else {
        Content::Undecidable
    }
}

/// Whether non-ASCII bytes are few and mostly letters (é, è, à, ç …) when
/// read as Windows-1252: that is what French text saved by Excel looks like.
fn looks_like_cp1252(head: &[u8]) -> bool {
    let high: Vec<u8> = head.iter().copied().filter(|b| *b >= 0x80).collect();
    if high.iter().any(|b| CP1252_UNDEFINED.contains(b)) || high.len() * 5 > head.len() {
        return false;
    }
    let (text, _, _) = WINDOWS_1252.decode(&high);
    let letters = text.chars().filter(|c| c.is_alphabetic() || matches!(c, '’' | '€' | '°' | '«' | '»')).count();
    letters * 10 >= high.len() * 6
}

/// Decodes one field of an 8-bit file. `None` when UTF-8 is expected and
/// the bytes are not.
pub(crate) fn decode_field(encoding: TextEncoding, bytes: &[u8]) -> Option<Cow<'_, str>> {
    match encoding {
        TextEncoding::Windows1252 => Some(WINDOWS_1252.decode_without_bom_handling(bytes).0),
        // UTF-16 files are transcoded to UTF-8 before the CSV parser sees them.
        TextEncoding::Utf8 | TextEncoding::Utf16 => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
    }
}

/// A reader that turns UTF-16 into UTF-8 as it goes (BOM already skipped).
pub(crate) struct Utf16ToUtf8<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    input_len: usize,
    output: Vec<u8>,
    out_start: usize,
    out_end: usize,
    eof: bool,
}

impl<R: Read> Utf16ToUtf8<R> {
    pub(crate) fn new(inner: R, big_endian: bool) -> Self {
        let encoding = if big_endian { UTF_16BE } else { UTF_16LE };
        Utf16ToUtf8 {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            input: vec![0; 32 * 1024],
            input_len: 0,
            output: vec![0; 64 * 1024],
            out_start: 0,
            out_end: 0,
            eof: false,
        }
    }
}

impl<R: Read> Read for Utf16ToUtf8<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.out_start == self.out_end {
            if self.eof && self.input_len == 0 {
                return Ok(0);
            }
            if !self.eof && self.input_len < self.input.len() {
                let n = self.inner.read(&mut self.input[self.input_len..])?;
                if n == 0 {
                    self.eof = true;
                }
                self.input_len += n;
            }
            let (_, read, written, _) =
                self.decoder.decode_to_utf8(&self.input[..self.input_len], &mut self.output, self.eof);
            self.input.copy_within(read..self.input_len, 0);
            self.input_len -= read;
            self.out_start = 0;
            self.out_end = written;
            if self.eof && read == 0 && written == 0 {
                // Nothing more can come out (a lone trailing byte was replaced already).
                self.input_len = 0;
            }
        }
        let n = buf.len().min(self.out_end - self.out_start);
        buf[..n].copy_from_slice(&self.output[self.out_start..self.out_start + n]);
        self.out_start += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_files_apart() {
        assert_eq!(sniff(b"", true), Content::Empty);
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", true), Content::Pdf);
        assert_eq!(sniff(b"PK\x03\x04\x14\x00", true), Content::Zip);
        assert!(matches!(sniff(b"a,b\n1,2\n", true), Content::Text { encoding: TextEncoding::Utf8, bom: 0, .. }));
        assert!(matches!(sniff(b"\xef\xbb\xbfa;b\r\n", true), Content::Text { bom: 3, .. }));
        let latin1 = b"organisme;b\xe9n\xe9ficiaire;date_entr\xe9e\r\nASSO;B1;15/01/2024\r\n";
        assert!(matches!(sniff(latin1, true), Content::Text { encoding: TextEncoding::Windows1252, .. }));
        assert_eq!(sniff(&[0x80, 0x81, 0xfe, 0x41], true), Content::Undecidable);
        assert_eq!(sniff(&[1, 2, 3, 0, 200, 201], true), Content::Binary);
    }

    #[test]
    fn utf16_is_transcoded() -> std::io::Result<()> {
        let text = "organisation\tbénéficiaire\n";
        let bytes: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let mut out = String::new();
        Utf16ToUtf8::new(&bytes[..], false).read_to_string(&mut out)?;
        assert_eq!(out, text);
        Ok(())
    }
}
