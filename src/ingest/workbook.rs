//! Workbooks (`.xlsx` and `.ods`) read with calamine, with bounded memory.
//!
//! Before calamine sees a workbook, the archive is checked: the file
//! size, and the unpacked size of every XML part (found by unpacking it,
//! not by trusting the sizes the archive declares) against
//! [`Limits`]. An `.xlsx` sheet is then streamed cell by cell with
//! calamine's cells reader on a thread of its own, a few rows ahead of the
//! reader, so memory grows with one row, not with the sheet: the declared
//! dimension, the number of cells, the length of each cell's text and of
//! each row are checked as they come. An `.ods` workbook, which calamine
//! reads whole, repeated rows and columns expanded, has its `content.xml`
//! streamed first (`ods.rs`) to count the cells calamine would make.
//! Formats whose reader cannot be bounded are refused before they are
//! read, with advice to save as `.xlsx` or CSV: Excel 97-2003 `.xls` (and
//! any OLE compound file: a password-protected workbook), whose container
//! calamine walks without bounds, and archives that are neither `.xlsx`
//! nor `.ods` (binary `.xlsb`).
//!
//! calamine parses untrusted archives: a panic inside it (a shared-string
//! index out of range) is caught on its thread, printed nowhere, and
//! reported as a damaged workbook. Messages never repeat what calamine says
//! (it can quote a cell, a raw id among them), and an error cell
//! (`#N/A`, or any `t="e"` cell) in the beneficiary column is reported
//! without its content.
//!
//! Cells are taken as typed: numbers stay numbers, dates stored as serial
//! numbers become dates (in date columns, and in any cell formatted as a
//! date), in the 1900 or the 1904 date system as the workbook declares.

#[cfg(feature = "xlsx")]
mod ods;

use super::limits::Limits;
#[cfg(feature = "xlsx")]
use super::problem::WorkbookContainer;
use super::problem::{Location, Problem, ProblemKind};
use super::source::{Event, FileFormat, FileInfo, Source};
use std::fs::File;
use std::path::Path;
#[cfg(feature = "xlsx")]
use std::sync::Arc;

/// A source reporting one problem.
struct Failed(Option<Problem>);

impl Source for Failed {
    fn next_event(&mut self) -> Option<Event> {
        self.0.take().map(Event::Problem)
    }
}

fn info(sheet: Option<String>) -> FileInfo {
    FileInfo { format: FileFormat::Workbook, encoding: None, bom: false, delimiter: None, sheet }
}

/// A source reporting `p`, for the worksheet `sheet` when one was chosen.
fn failed(p: Problem, sheet: Option<String>) -> (Box<dyn Source>, FileInfo) {
    (Box::new(Failed(Some(p))), info(sheet))
}

#[cfg(feature = "xlsx")]
pub(crate) use reader::open;

/// Without the `xlsx` feature, a source reporting that workbooks are not
/// built in.
#[cfg(not(feature = "xlsx"))]
pub(crate) fn open(
    path: &Path,
    _file: File,
    _sheet: Option<&str>,
    _preferred: &[&str],
    _limits: &Limits,
) -> (Box<dyn Source>, FileInfo) {
    failed(Problem::new(ProblemKind::WorkbooksNotBuiltIn, path, Location::File), None)
}

#[cfg(feature = "xlsx")]
mod reader {
    use super::*;
    use std::cell::Cell;
    use std::io::{BufReader, Read, Seek};
    use std::sync::mpsc::{sync_channel, Receiver};

    thread_local! {
        /// Set while calamine runs on this thread: its panics are not printed.
        static QUIET: Cell<bool> = const { Cell::new(false) };
    }

    /// Installs, once, a panic hook that stays silent for panics on a
    /// thread reading a workbook (they are caught and reported as a damaged
    /// file) and hands every other panic to the hook that was there.
    fn quiet_panics_in_reader() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if !QUIET.with(Cell::get) {
                    previous(info);
                }
            }));
        });
    }

    /// Runs `f` with its panics caught and silent.
    fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
        quiet_panics_in_reader();
        QUIET.with(|q| q.set(true));
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
        QUIET.with(|q| q.set(false));
        out
    }

    fn problem(path: &Path, location: Location, kind: ProblemKind) -> Problem {
        Problem::new(kind, path, location)
    }

    /// A workbook that cannot be opened. calamine's own reason is not
    /// carried: it can quote a cell, and so a raw id.
    fn damaged(path: &Path) -> Problem {
        Problem::new(ProblemKind::DamagedWorkbook, path, Location::File)
    }

    /// What kind of workbook an archive is.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Kind {
        Xlsx,
        Ods,
        /// Neither (a binary `.xlsb`, a zip of something else).
        Other,
    }

    /// What the archive check found.
    struct Archive {
        kind: Kind,
        is_1904: bool,
    }

    /// Unpacks every XML part of the archive into nothing, counting, so
    /// that no part is larger than the limit whatever the archive says.
    fn check_archive<R: Read + Seek>(path: &Path, reader: R, limits: &Limits) -> Result<Archive, Box<Problem>> {
        let mut zip = zip::ZipArchive::new(reader).map_err(|_| Box::new(damaged(path)))?;
        let limit = limits.max_workbook_part_bytes;
        let mut xlsx = false;
        let mut mimetype = false;
        let mut content = false;
        let mut is_1904 = false;
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).map_err(|_| Box::new(damaged(path)))?;
            let name = entry.name().to_string();
            mimetype |= name == "mimetype";
            if !(name.ends_with(".xml") || name.ends_with(".rels")) {
                continue;
            }
            xlsx |= name == "xl/workbook.xml";
            content |= name == "content.xml";
            let too_large = |size: u64| {
                let shown = super::super::columns::shown_name(&name);
                let kind = ProblemKind::WorkbookPartTooLarge { part: shown, size, limit };
                Box::new(problem(path, Location::File, kind))
            };
            if entry.size() > limit {
                return Err(too_large(entry.size()));
            }
            if name == "xl/workbook.xml" {
                let mut text = Vec::new();
                (&mut entry).take(limit + 1).read_to_end(&mut text).map_err(|_| Box::new(damaged(path)))?;
                if text.len() as u64 > limit {
                    return Err(too_large(text.len() as u64));
                }
                is_1904 = declares_1904(&text);
            } else {
                let n = std::io::copy(&mut (&mut entry).take(limit + 1), &mut std::io::sink())
                    .map_err(|_| Box::new(damaged(path)))?;
                if n > limit {
                    return Err(too_large(n));
                }
            }
        }
        let kind = if xlsx {
            Kind::Xlsx
        } else if mimetype && content {
            // Its size was checked above; now what calamine would expand.
            let entry = zip.by_name("content.xml").map_err(|_| Box::new(damaged(path)))?;
            super::ods::check_content(path, BufReader::new(entry.take(limit + 1)), limits)?;
            Kind::Ods
        } else {
            Kind::Other
        };
        Ok(Archive { kind, is_1904 })
    }

    /// Whether `workbook.xml` sets `<workbookPr date1904="1"/>` (or `true`).
    fn declares_1904(xml: &[u8]) -> bool {
        let text = String::from_utf8_lossy(xml);
        let Some(at) = text.find("date1904=") else { return false };
        let value = text[at + "date1904=".len()..].trim_start_matches(['"', '\'']);
        value.starts_with('1') || value.starts_with("true")
    }

    /// A cell as it crosses from the reading thread.
    pub(super) enum CellValue {
        Text(String),
        Float(f64),
        Int(i64),
        Bool(bool),
        /// A serial date (calamine found a date format).
        DateTime(f64),
        /// A known formula error (`#N/A`, `#REF!` …).
        Error(String),
    }

    /// A row being gathered: index, cells, bytes of text.
    type PartRow = (u32, Vec<(u32, CellValue)>, u64);

    /// What the reading thread sends.
    pub(super) enum Message {
        /// The cells of one row: (0-based column, value), empty ones left out.
        Row {
            row: u32,
            cells: Vec<(u32, CellValue)>,
        },
        Problem(Problem),
    }

    /// The worksheet asked for: the one named `sheet`, else the first whose
    /// name is one of `preferred`, else the first.
    #[derive(Clone, Copy)]
    struct Wanted<'a> {
        sheet: Option<&'a str>,
        preferred: &'a [&'a str],
    }

    /// Why a sheet could not be opened: `Some(names)` when the workbook's
    /// sheets (`names`, when known) do not hold the one asked for, `None`
    /// when the workbook is damaged.
    type OpenError = Option<Option<Vec<String>>>;

    impl Wanted<'_> {
        fn choose(&self, names: &[String]) -> Result<String, Option<Vec<String>>> {
            let Wanted { sheet, preferred } = *self;
            match sheet {
                Some(wanted) => names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
                    .cloned()
                    .ok_or_else(|| Some(names.to_vec())),
                // Without a name asked for, a sheet named for the file's role
                // (`inscriptions`, `observations`) wins, so one workbook can hold both.
                None => names
                    .iter()
                    .find(|n| preferred.contains(&super::super::columns::normalise_header(n).as_str()))
                    .or(names.first())
                    .cloned()
                    .ok_or(None),
            }
        }

        /// What opening the sheet (inside [`guarded`]) gave, or the problem:
        /// no such sheet, or a damaged workbook (calamine failed or panicked).
        fn opened<T>(&self, path: &Path, opened: Option<Result<T, OpenError>>) -> Result<T, Box<Problem>> {
            match opened {
                Some(Ok(found)) => Ok(found),
                Some(Err(Some(sheets))) => {
                    let wanted = self.sheet.unwrap_or_default().to_string();
                    let kind = ProblemKind::NoSuchSheet { wanted, sheets: sheets.unwrap_or_default() };
                    Err(Box::new(Problem::new(kind, path, Location::File)))
                }
                Some(Err(None)) | None => Err(Box::new(damaged(path))),
            }
        }
    }

    /// The problem when the sheet `name` has more cells than the limit.
    fn sheet_too_large(path: &Path, name: &str, cells: u64, limits: &Limits) -> Option<Problem> {
        let limit = limits.max_sheet_cells;
        let kind = ProblemKind::SheetTooLarge { sheet: name.to_string(), cells, limit };
        (cells > limit).then(|| problem(path, Location::File, kind))
    }

    /// Rows kept in flight between the reading thread and the reader.
    const ROWS_AHEAD: usize = 4;

    /// Opens `path` as a workbook, reading `sheet` when one is named, else
    /// the first sheet whose name is one of `preferred`, else the first
    /// sheet. `file` is the workbook already opened (once) by the format
    /// guess.
    pub(crate) fn open(
        path: &Path,
        mut file: File,
        sheet: Option<&str>,
        preferred: &[&str],
        limits: &Limits,
    ) -> (Box<dyn Source>, FileInfo) {
        let wanted = Wanted { sheet, preferred };
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > limits.max_workbook_file_bytes {
            let limit = limits.max_workbook_file_bytes;
            let p = problem(path, Location::File, ProblemKind::FileTooLarge { size, limit });
            return failed(p, None);
        }
        // The file was opened (and its start read) once, by the caller.
        let mut head = [0u8; 4];
        let zip = file.rewind().is_ok() && file.read_exact(&mut head).is_ok() && head == *b"PK\x03\x04";
        if file.rewind().is_err() {
            return failed(damaged(path), None);
        }
        let refused = |container| problem(path, Location::File, ProblemKind::UnboundedWorkbook { container });
        if !zip {
            // An OLE compound file: `.xls`, or a password-protected workbook.
            return failed(refused(WorkbookContainer::Compound), None);
        }
        let archive = match guarded(|| check_archive(path, BufReader::new(&file), limits)) {
            Some(Ok(a)) => a,
            Some(Err(p)) => return failed(*p, None),
            None => return failed(damaged(path), None),
        };
        if file.rewind().is_err() {
            return failed(damaged(path), None);
        }
        match archive.kind {
            Kind::Xlsx => stream(path, file, wanted, limits, archive.is_1904),
            // Parts and expanded cells checked: calamine reads it whole.
            Kind::Ods => whole(path, file, wanted, limits),
            Kind::Other => failed(refused(WorkbookContainer::OtherArchive), None),
        }
    }

    /// `.xlsx`: the sheet streamed from a thread of its own.
    fn stream(
        path: &Path,
        file: File,
        wanted: Wanted<'_>,
        limits: &Limits,
        is_1904: bool,
    ) -> (Box<dyn Source>, FileInfo) {
        use calamine::Reader;
        let opened = guarded(|| {
            let mut book = calamine::Xlsx::new(BufReader::new(file)).map_err(|_| None::<Option<Vec<String>>>)?;
            let name = wanted.choose(&book.sheet_names()).map_err(Some)?;
            // The dimension is checked before any cell is read.
            let dimension = {
                let reader = book.worksheet_cells_reader(&name).map_err(|_| None::<Option<Vec<String>>>)?;
                reader.dimensions()
            };
            Ok::<_, OpenError>((book, name, dimension))
        });
        let (book, name, dimension) = match wanted.opened(path, opened) {
            Ok(found) => found,
            Err(p) => return failed(*p, None),
        };
        if let Some(p) = sheet_too_large(path, &name, dimension.len(), limits) {
            return failed(p, Some(name));
        }
        let (tx, rx) = sync_channel::<Message>(ROWS_AHEAD);
        let thread_path: Arc<Path> = Arc::from(path);
        let thread_name = name.clone();
        let limits_copy = *limits;
        let spawned = std::thread::Builder::new().name("impact-xlsx".into()).spawn(move || {
            let mut book = book;
            let tx_inner = tx.clone();
            let finished = guarded(|| read_cells(&mut book, &thread_name, &thread_path, &limits_copy, &tx_inner));
            if finished.is_none() {
                let _ = tx.send(Message::Problem(damaged_sheet(&thread_path)));
            }
        });
        if spawned.is_err() {
            return failed(damaged(path), Some(name));
        }
        let source = SheetSource::new(path, name.clone(), Feed::Stream(rx), is_1904, limits);
        (Box::new(source), info(Some(name)))
    }

    fn damaged_sheet(path: &Path) -> Problem {
        problem(path, Location::File, ProblemKind::WorkbookReaderFailed)
    }

    /// The reading thread's loop: cells grouped into rows, checked as
    /// they come.
    fn read_cells(
        book: &mut calamine::Xlsx<BufReader<File>>,
        name: &str,
        path: &Path,
        limits: &Limits,
        tx: &std::sync::mpsc::SyncSender<Message>,
    ) {
        use calamine::DataRef;
        let Ok(mut reader) = book.worksheet_cells_reader(name) else {
            let _ = tx.send(Message::Problem(damaged(path)));
            return;
        };
        // The row being gathered: its index, its cells, their text's size.
        let mut current: Option<PartRow> = None;
        let mut count = 0u64;
        let at = |row: u32| Location::SheetRow { sheet: name.to_string(), row: u64::from(row) + 1 };
        loop {
            let cell = match reader.next_cell() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(_) => {
                    // calamine's message may quote the cell (an error cell
                    // holding an id): it is not repeated.
                    let row = current.as_ref().map_or(0, |c| c.0);
                    let _ = tx.send(Message::Problem(problem(path, at(row), ProblemKind::UnreadableCell)));
                    return;
                }
            };
            let (row, col) = cell.get_position();
            count += 1;
            if count > limits.max_sheet_cells {
                let limit = limits.max_sheet_cells;
                let kind = ProblemKind::SheetTooLarge { sheet: name.to_string(), cells: count, limit };
                let p = problem(path, at(row), kind);
                let _ = tx.send(Message::Problem(p));
                return;
            }
            let text_len = |s: &str| -> Result<usize, Box<Problem>> {
                let cap = limits.max_cell_chars;
                if s.len() <= cap || s.chars().take(cap + 1).count() <= cap {
                    return Ok(s.len());
                }
                let kind = ProblemKind::CellTooLong { column: col as usize + 1, limit: cap };
                Err(Box::new(problem(path, at(row), kind)))
            };
            let value = match cell.get_value() {
                DataRef::Empty => continue,
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => match text_len(s) {
                    Ok(_) => CellValue::Text(s.clone()),
                    Err(p) => {
                        let _ = tx.send(Message::Problem(*p));
                        return;
                    }
                },
                DataRef::SharedString(s) => match text_len(s) {
                    Ok(_) => CellValue::Text((*s).to_string()),
                    Err(p) => {
                        let _ = tx.send(Message::Problem(*p));
                        return;
                    }
                },
                DataRef::Float(f) => CellValue::Float(*f),
                DataRef::Int(i) => CellValue::Int(*i),
                DataRef::Bool(b) => CellValue::Bool(*b),
                DataRef::DateTime(dt) => CellValue::DateTime(dt.as_f64()),
                DataRef::Error(e) => CellValue::Error(e.to_string()),
            };
            let size = match &value {
                CellValue::Text(s) | CellValue::Error(s) => s.len() as u64,
                _ => 8,
            };
            match &mut current {
                Some((r, cells, bytes)) if *r == row => {
                    *bytes += size;
                    if *bytes > limits.max_record_bytes {
                        let limit = limits.max_record_bytes;
                        let p = problem(path, at(row), ProblemKind::RecordTooLong { limit });
                        let _ = tx.send(Message::Problem(p));
                        return;
                    }
                    cells.push((col, value));
                }
                _ => {
                    if let Some((r, cells, _)) = current.take() {
                        if tx.send(Message::Row { row: r, cells }).is_err() {
                            return;
                        }
                    }
                    current = Some((row, vec![(col, value)], size));
                }
            }
        }
        if let Some((r, cells, _)) = current.take() {
            let _ = tx.send(Message::Row { row: r, cells });
        }
    }

    /// `.ods`: calamine reads the workbook whole (after the size checks and
    /// the count of the cells it would expand); the sheet's cells are then
    /// handed out row by row.
    fn whole(path: &Path, mut file: File, wanted: Wanted<'_>, limits: &Limits) -> (Box<dyn Source>, FileInfo) {
        use calamine::Reader;
        // The size was checked against `max_workbook_file_bytes` already.
        let mut bytes = Vec::new();
        if file.read_to_end(&mut bytes).is_err() {
            return failed(damaged(path), None);
        }
        let opened = guarded(|| {
            let mut book: calamine::Ods<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
                .map_err(|_| None::<Option<Vec<String>>>)?;
            let name = wanted.choose(&book.sheet_names()).map_err(Some)?;
            let range = book.worksheet_range(&name).map_err(|_| None::<Option<Vec<String>>>)?;
            Ok::<_, OpenError>((name, range))
        });
        let (name, range) = match wanted.opened(path, opened) {
            Ok(found) => found,
            Err(p) => return failed(*p, None),
        };
        let cells = (range.height() as u64).saturating_mul(range.width() as u64);
        if let Some(p) = sheet_too_large(path, &name, cells, limits) {
            return failed(p, Some(name));
        }
        let start = range.start().unwrap_or((0, 0));
        let mut rows = Vec::new();
        for (r, row) in range.rows().enumerate() {
            let mut cells = Vec::new();
            for (c, cell) in row.iter().enumerate() {
                use calamine::Data;
                let value = match cell {
                    Data::Empty => continue,
                    Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
                        CellValue::Text(s.chars().take(limits.max_cell_chars).collect())
                    }
                    Data::Float(f) => CellValue::Float(*f),
                    Data::Int(i) => CellValue::Int(*i),
                    Data::Bool(b) => CellValue::Bool(*b),
                    Data::DateTime(dt) => CellValue::DateTime(dt.as_f64()),
                    Data::Error(e) => CellValue::Error(e.to_string()),
                };
                cells.push((start.1 + c as u32, value));
            }
            if !cells.is_empty() {
                rows.push(Message::Row { row: start.0 + r as u32, cells });
            }
        }
        // `.ods` dates are written as dates (`office:date-value`); plain
        // serials are read in the 1900 system.
        let source = SheetSource::new(path, name.clone(), Feed::Whole(rows.into_iter()), false, limits);
        (Box::new(source), info(Some(name)))
    }

    /// Where rows come from.
    pub(super) enum Feed {
        Stream(Receiver<Message>),
        Whole(std::vec::IntoIter<Message>),
    }

    impl Feed {
        fn next(&mut self) -> Option<Message> {
            match self {
                Feed::Stream(rx) => rx.recv().ok(),
                Feed::Whole(rows) => rows.next(),
            }
        }
    }

    pub(super) struct SheetSource {
        path: Arc<Path>,
        sheet: String,
        feed: Feed,
        is_1904: bool,
        limits: Limits,
        /// Which columns hold dates, and which the beneficiary, known once
        /// the header is read.
        header: Option<SheetHeader>,
        header_len: usize,
        pending: Vec<Event>,
        done: bool,
    }

    fn number_text(f: f64) -> String {
        if f.fract() == 0.0 && f.abs() < 1e15 {
            format!("{}", f as i64)
        } else {
            format!("{f}")
        }
    }

    /// Days from 1900-01-00 to 1904-01-01 in Excel's count: a 1904-system
    /// serial plus this is the 1900-system serial of the same day.
    const DAYS_1900_TO_1904: f64 = 1462.0;

    /// What the header row says of each column: whether it holds dates,
    /// the field it is, and its name.
    type SheetHeader = (Vec<bool>, Vec<Option<super::super::columns::Field>>, Vec<Arc<str>>);

    impl SheetSource {
        fn new(path: &Path, sheet: String, feed: Feed, is_1904: bool, limits: &Limits) -> SheetSource {
            let mut pending = Vec::new();
            if is_1904 {
                pending.push(Event::Problem(Problem::new(ProblemKind::Dates1904, path, Location::File)));
            }
            SheetSource {
                path: Arc::from(path),
                sheet,
                feed,
                is_1904,
                limits: *limits,
                header: None,
                header_len: 0,
                pending,
                done: false,
            }
        }

        fn serial_date(&self, serial: f64) -> Option<String> {
            let serial = if self.is_1904 { serial + DAYS_1900_TO_1904 } else { serial };
            super::super::dates::from_excel_serial(serial).map(|d| d.to_string())
        }

        fn text(&self, value: &CellValue, is_date: bool) -> String {
            match value {
                CellValue::Text(s) => s.clone(),
                CellValue::Float(f) if is_date => self.serial_date(*f).unwrap_or_else(|| number_text(*f)),
                CellValue::Int(i) if is_date => self.serial_date(*i as f64).unwrap_or_else(|| i.to_string()),
                CellValue::Float(f) => number_text(*f),
                CellValue::Int(i) => i.to_string(),
                CellValue::Bool(b) => b.to_string(),
                CellValue::DateTime(f) => self.serial_date(*f).unwrap_or_else(|| number_text(*f)),
                CellValue::Error(e) => e.clone(),
            }
        }

        fn location(&self, row: u32) -> Location {
            Location::SheetRow { sheet: self.sheet.clone(), row: u64::from(row) + 1 }
        }

        fn row_event(&mut self, row: u32, cells: Vec<(u32, CellValue)>) -> Option<Event> {
            let location = self.location(row);
            let Some((dates, fields, names)) = &self.header else {
                let width = cells.iter().map(|(c, _)| *c as usize + 1).max().unwrap_or(0);
                if width > self.limits.max_columns {
                    self.done = true;
                    return Some(Event::Problem(super::super::source::too_many_columns(
                        &self.path,
                        location,
                        width,
                        &self.limits,
                    )));
                }
                let mut names = vec![String::new(); width];
                for (c, v) in &cells {
                    names[*c as usize] = self.text(v, false);
                }
                if names.iter().all(|n| n.trim().is_empty()) {
                    return None;
                }
                // Columns to the right of the last named header are not data.
                while names.last().is_some_and(|n| n.trim().is_empty()) {
                    names.pop();
                }
                let fields: Vec<_> = names.iter().map(|h| super::super::columns::Field::from_header(h)).collect();
                let dates = fields.iter().map(|f| f.is_some_and(|f| f.is_date())).collect();
                let names: Vec<Arc<str>> = names.into_iter().map(Arc::from).collect();
                self.header = Some((dates, fields, names.clone()));
                self.header_len = names.len();
                return Some(Event::Header { names, location });
            };
            let mut out = vec![String::new(); self.header_len];
            let mut right_of_header = false;
            for (c, v) in &cells {
                let c = *c as usize;
                if let CellValue::Error(shown) = v {
                    // The error's text is shown, except in the beneficiary
                    // column, where `with_cell_of` keeps nothing.
                    let field = fields.get(c).copied().flatten();
                    let column = names.get(c).map_or_else(String::new, |n| n.to_string());
                    let p =
                        Problem::new(ProblemKind::ErrorCell, &self.path, location).with_cell_of(field, column, shown);
                    return Some(Event::Problem(p));
                }
                match out.get_mut(c) {
                    Some(slot) => *slot = self.text(v, dates.get(c).copied().unwrap_or(false)),
                    None => right_of_header |= !self.text(v, false).trim().is_empty(),
                }
            }
            if out.iter().all(|c| c.trim().is_empty()) && !right_of_header {
                return None;
            }
            if right_of_header {
                return Some(Event::Problem(Problem::new(ProblemKind::CellsBeyondHeader, &self.path, location)));
            }
            Some(Event::Row { location, cells: out.into_iter().map(Some).collect() })
        }
    }

    impl Source for SheetSource {
        fn next_event(&mut self) -> Option<Event> {
            if !self.pending.is_empty() {
                return Some(self.pending.remove(0));
            }
            loop {
                if self.done {
                    return None;
                }
                match self.feed.next() {
                    None => {
                        self.done = true;
                        if self.header.is_none() {
                            let location = Location::SheetRow { sheet: self.sheet.clone(), row: 1 };
                            let kind = ProblemKind::EmptySheet { sheet: self.sheet.clone() };
                            return Some(Event::Problem(Problem::new(kind, &self.path, location)));
                        }
                        return None;
                    }
                    Some(Message::Problem(p)) => {
                        self.done = true;
                        return Some(Event::Problem(p));
                    }
                    Some(Message::Row { row, cells }) => {
                        if let Some(event) = self.row_event(row, cells) {
                            return Some(event);
                        }
                    }
                }
            }
        }
    }
}
