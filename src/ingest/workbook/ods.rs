//! `.ods` workbooks: what calamine would allocate, counted before it reads.
//!
//! calamine reads every sheet of an OpenDocument workbook whole, and
//! expands repeated cells and rows (`table:number-columns-repeated`,
//! `table:number-rows-repeated`, spaces written `<text:s text:c="…"/>`)
//! into memory: a few bytes of XML can ask for billions of cells. So
//! `content.xml` is first streamed here, in the same way calamine walks it,
//! with nothing kept but counters: the cells each sheet expands to (the
//! cells a row pushes while read, and the rectangle from the first to the
//! last filled row, as wide as the widest filled row) are added over all
//! sheets and checked against [`Limits::max_sheet_cells`], and the text of
//! each cell against [`Limits::max_cell_chars`]. Time is linear in the
//! size of `content.xml`, itself bounded by
//! [`Limits::max_workbook_part_bytes`]. A sheet left open at the end of the
//! file, which calamine would look for the end of for ever, is refused as
//! damaged.

use super::super::limits::Limits;
use super::super::problem::{Location, Problem, ProblemKind};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use std::io::BufRead;
use std::path::Path;

type Xml<R> = quick_xml::Reader<R>;

/// What a refusal is built from.
struct Found<'a> {
    path: &'a Path,
    limits: &'a Limits,
}

impl Found<'_> {
    fn damaged(&self) -> Box<Problem> {
        Box::new(Problem::new(ProblemKind::DamagedWorkbook, self.path, Location::File))
    }

    fn at(&self, sheet: &str, row: u64, kind: ProblemKind) -> Box<Problem> {
        let location = Location::SheetRow { sheet: sheet.to_string(), row };
        Box::new(Problem::new(kind, self.path, location))
    }
}

/// One sheet's counts, as calamine's `read_table` and `get_range` would
/// allocate.
struct Sheet {
    name: String,
    /// Cells pushed while the rows are read (repeats of every cell but a
    /// row's trailing empty one).
    pushed: u64,
    /// Rows (repeats counted) from the first filled row to the last.
    span_rows: u64,
    /// Empty rows met since the last filled one (counted if a filled row
    /// follows).
    empty_rows: u64,
    /// Whether a filled row was met.
    filled: bool,
    /// One past the last filled column of any filled row.
    width: u64,
    /// Rows read so far, repeats counted (the next row is `rows + 1`).
    rows: u64,
}

impl Sheet {
    /// The cells calamine holds for this sheet once it is read (at least
    /// those pushed while reading).
    fn cells(&self) -> u64 {
        self.pushed.max(self.span_rows.saturating_mul(self.width))
    }
}

/// What one row adds.
struct Row {
    /// Cells pushed.
    pushed: u64,
    /// One past its last filled cell, when it has one.
    filled_end: Option<u64>,
}

/// A repetition count as calamine reads it; an unreadable one stops
/// calamine (an error), so it counts for one.
fn repeats(e: &BytesStart<'_>, name: &[u8], decoder: quick_xml::Decoder) -> u64 {
    match e.try_get_attribute(name) {
        Ok(Some(a)) => a.decode_and_unescape_value(decoder).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(1),
        _ => 1,
    }
}

/// Checks `content.xml` (given as `xml`) of the workbook at `path`.
///
/// # Errors
///
/// The problem to report: sheets past [`Limits::max_sheet_cells`] together,
/// a cell past [`Limits::max_cell_chars`], XML that cannot be walked.
pub(super) fn check_content<R: BufRead>(path: &Path, xml: R, limits: &Limits) -> Result<(), Box<Problem>> {
    let found = Found { path, limits };
    let mut reader = Xml::from_reader(xml);
    let config = reader.config_mut();
    // As calamine reads it.
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    let mut sheet: Option<Sheet> = None;
    // Cells of the sheets already read: calamine keeps them all.
    let mut before = 0u64;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|_| found.damaged())?;
        match event {
            // A table start inside a sheet is skipped, as calamine does.
            Event::Start(e) if e.name() == QName(b"table:table") && sheet.is_none() => {
                // calamine reads a table only when it has a name.
                sheet = e.try_get_attribute(b"table:name").ok().flatten().map(|a| Sheet {
                    name: super::super::columns::shown_name(
                        &a.decode_and_unescape_value(reader.decoder()).unwrap_or_default(),
                    ),
                    pushed: 0,
                    span_rows: 0,
                    empty_rows: 0,
                    filled: false,
                    width: 0,
                    rows: 0,
                });
            }
            Event::End(e) if e.name() == QName(b"table:table") => {
                if let Some(done) = sheet.take() {
                    before = before.saturating_add(done.cells());
                }
            }
            Event::Start(e) if e.name() == QName(b"table:table-row") => {
                let Some(current) = sheet.as_mut() else { continue };
                let times = repeats(&e, b"table:number-rows-repeated", reader.decoder());
                let row = read_row(&mut reader, &found, current)?;
                current.pushed = current.pushed.saturating_add(row.pushed);
                match row.filled_end {
                    Some(end) => {
                        current.span_rows = current.span_rows.saturating_add(current.empty_rows).saturating_add(times);
                        current.empty_rows = 0;
                        current.filled = true;
                        current.width = current.width.max(end);
                    }
                    None if current.filled => current.empty_rows = current.empty_rows.saturating_add(times),
                    None => {}
                }
                let at = current.rows.saturating_add(1);
                current.rows = current.rows.saturating_add(times);
                let cells = before.saturating_add(current.cells());
                if cells > limits.max_sheet_cells {
                    let kind = ProblemKind::SheetTooLarge {
                        sheet: current.name.clone(),
                        cells,
                        limit: limits.max_sheet_cells,
                    };
                    return Err(found.at(&current.name, at, kind));
                }
            }
            // calamine reads a table up to its end tag, and would wait for
            // it for ever past the end of the file.
            Event::Eof if sheet.is_some() => return Err(found.damaged()),
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// Reads one row's cells, up to its end, counting as calamine's `read_row`
/// pushes them.
fn read_row<R: BufRead>(reader: &mut Xml<R>, found: &Found<'_>, sheet: &Sheet) -> Result<Row, Box<Problem>> {
    let mut buf = Vec::new();
    let mut pushed = 0u64;
    // Repeats of the last empty cell, pushed only if another cell follows.
    let mut pending = 0u64;
    let mut filled_end = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|_| found.damaged())?;
        match event {
            Event::Start(e)
                if e.name() == QName(b"table:table-cell") || e.name() == QName(b"table:covered-table-cell") =>
            {
                let times = repeats(&e, b"table:number-columns-repeated", reader.decoder());
                let name = e.name().as_ref().to_vec();
                let (filled, chars) = read_cell(reader, &e, &name, found)?;
                pushed = pushed.saturating_add(pending);
                pending = 0;
                if filled {
                    pushed = pushed.saturating_add(times);
                    filled_end = Some(pushed);
                } else {
                    pending = times;
                }
                if chars > found.limits.max_cell_chars as u64 {
                    let column = usize::try_from(pushed).unwrap_or(usize::MAX);
                    let kind = ProblemKind::CellTooLong { column, limit: found.limits.max_cell_chars };
                    return Err(found.at(&sheet.name, sheet.rows.saturating_add(1), kind));
                }
            }
            Event::End(e) if e.name() == QName(b"table:table-row") => return Ok(Row { pushed, filled_end }),
            Event::Eof => return Ok(Row { pushed, filled_end }),
            _ => {}
        }
        buf.clear();
    }
}

/// Reads one cell to its end: whether calamine finds a value in it (or a
/// formula), and how many characters its text has (counted up to just
/// past [`Limits::max_cell_chars`]).
fn read_cell<R: BufRead>(
    reader: &mut Xml<R>,
    start: &BytesStart<'_>,
    name: &[u8],
    found: &Found<'_>,
) -> Result<(bool, u64), Box<Problem>> {
    let damaged = || found.damaged();
    let cap = found.limits.max_cell_chars;
    let mut value_set = false;
    let mut string = false;
    let mut formula = false;
    let mut chars = 0u64;
    // Up to the first malformed attribute, where calamine stops (the
    // iterator would go on yielding the error).
    for a in start.attributes().map_while(Result::ok) {
        match a.key {
            QName(b"office:value" | b"office:boolean-value") => value_set = true,
            QName(b"office:string-value" | b"office:date-value" | b"office:time-value") => {
                value_set = true;
                chars = chars.max(String::from_utf8_lossy(&a.value).chars().count() as u64);
            }
            QName(b"office:value-type") if !value_set => string = &*a.value == b"string",
            QName(b"table:formula") => formula = true,
            _ => {}
        }
    }
    let mut buf = Vec::new();
    if value_set || !string {
        reader.read_to_end_into(QName(name), &mut buf).map_err(|_| damaged())?;
        return Ok((value_set || formula, chars));
    }
    // The text of the cell is its value: paragraphs, spaces `text:s`.
    let mut paragraphs = 0u64;
    let mut annotation = 0u32;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|_| damaged())?;
        match event {
            Event::End(e)
                if e.name() == QName(b"table:table-cell") || e.name() == QName(b"table:covered-table-cell") =>
            {
                return Ok((true, chars));
            }
            Event::Start(e) if e.name() == QName(b"office:annotation") => annotation += 1,
            Event::End(e) if e.name() == QName(b"office:annotation") => annotation = annotation.saturating_sub(1),
            _ if annotation > 0 => {}
            Event::Text(t) => {
                let text = t.unescape().map_err(|_| damaged())?;
                chars = chars.saturating_add(text.chars().count() as u64);
            }
            Event::Start(e) if e.name() == QName(b"text:p") => {
                chars = chars.saturating_add(u64::from(paragraphs > 0));
                paragraphs += 1;
            }
            Event::Start(e) if e.name() == QName(b"text:s") => {
                chars = chars.saturating_add(repeats(&e, b"text:c", reader.decoder()));
            }
            Event::Eof => return Ok((true, chars)),
            _ => {}
        }
        if chars > cap as u64 {
            // Enough is known; calamine will not be asked to read it.
            return Ok((true, chars));
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tables: &str, limits: &Limits) -> Result<(), Box<Problem>> {
        let xml = format!(
            r#"<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
        );
        check_content(Path::new("w.ods"), xml.as_bytes(), limits)
    }

    #[test]
    fn a_sheet_left_open_is_damaged() {
        let open = r#"<table:table table:name="a"><table:table-row><table:table-cell office:value="1"/></table:table-row><table:"#;
        let found = check(open, &Limits::default()).unwrap_err();
        assert_eq!(found.kind(), &ProblemKind::DamagedWorkbook);
        // A table start inside it (a mangled `table-row`) does not close it.
        let nested = r#"<table:table table:name="a"><table:table
row><table:table-cell office:value="1"/></table:"#;
        assert_eq!(check(nested, &Limits::default()).unwrap_err().kind(), &ProblemKind::DamagedWorkbook);
        let closed = r#"<table:table table:name="a"><table:table-row><table:table-cell office:value="1"/></table:table-row></table:table>"#;
        assert!(check(closed, &Limits::default()).is_ok());
    }
}
