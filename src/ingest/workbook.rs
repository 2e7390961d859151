//! Workbooks (`.xlsx`, also `.xls` and `.ods`) read with calamine.
//!
//! calamine loads a whole worksheet into memory before the first row can be
//! read, so a workbook costs memory in proportion to its cells; CSV and JSON
//! Lines are read row by row. Cells are taken as typed: numbers stay numbers
//! (no decimal-comma question), dates stored as serial numbers become dates
//! (in date columns, and in any cell formatted as a date).

use super::problem::{Location, Problem, ProblemKind};
use super::source::{Event, FileFormat, FileInfo, Source};
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

#[cfg(not(feature = "xlsx"))]
pub(crate) fn open_workbook(path: &Path, _sheet: Option<&str>, _preferred: &[&str]) -> (Box<dyn Source>, FileInfo) {
    let p = Problem::error(
        ProblemKind::Unreadable,
        path,
        Location::File,
        "ce classeur ne peut pas être lu : la bibliothèque a été compilée sans la fonction `xlsx` ; enregistrez-le en CSV",
        "this workbook cannot be read: the library was built without the `xlsx` feature; save it as CSV",
    );
    (Box::new(Failed(Some(p))), info(None))
}

#[cfg(feature = "xlsx")]
pub(crate) fn open_workbook(path: &Path, sheet: Option<&str>, preferred: &[&str]) -> (Box<dyn Source>, FileInfo) {
    use calamine::Reader;
    let damaged = |detail: String| {
        Problem::error(
            ProblemKind::Unreadable,
            path,
            Location::File,
            format!("le classeur ne peut pas être ouvert (fichier tronqué, endommagé ou protégé par mot de passe ?) : {detail}"),
            format!("the workbook cannot be opened (truncated, damaged or password-protected?): {detail}"),
        )
    };
    // calamine parses untrusted archives; should it ever panic on a damaged
    // one, the panic is turned into a problem rather than taking the
    // program down.
    let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let data = std::fs::read(path).map_err(|e| e.to_string())?;
        let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(data)).map_err(|e| e.to_string())?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(wanted) => {
                names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted.trim())).cloned().ok_or_else(|| {
                    format!("\u{0}{}", names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", "))
                })?
            }
            // Without a name asked for, a sheet named for the file's role
            // (`inscriptions`, `observations`) wins, so one workbook can hold both.
            None => names
                .iter()
                .find(|n| preferred.contains(&super::columns::normalise_header(n).as_str()))
                .or(names.first())
                .cloned()
                .ok_or_else(|| "no worksheet".to_string())?,
        };
        let range = book.worksheet_range(&name).map_err(|e| e.to_string())?;
        Ok::<_, String>((name, range))
    }));
    let (name, range) = match opened {
        Ok(Ok(found)) => found,
        Ok(Err(e)) if e.starts_with('\u{0}') => {
            let wanted = sheet.unwrap_or_default();
            let list = &e[1..];
            let p = Problem::error(
                ProblemKind::Unreadable,
                path,
                Location::File,
                format!("le classeur n'a pas de feuille « {wanted} »"),
                format!("the workbook has no sheet \"{wanted}\""),
            )
            .with_accepted(format!("une des feuilles {list}"), format!("one of the sheets {list}"));
            return (Box::new(Failed(Some(p))), info(None));
        }
        Ok(Err(e)) => return (Box::new(Failed(Some(damaged(e)))), info(None)),
        Err(_) => return (Box::new(Failed(Some(damaged("internal error of the workbook reader".into())))), info(None)),
    };
    let start_row = range.start().map_or(0, |(r, _)| u64::from(r));
    let source = SheetSource {
        path: Arc::from(path),
        sheet: name.clone(),
        range,
        start_row,
        row: 0,
        date_columns: None,
        header_len: 0,
    };
    (Box::new(source), info(Some(name)))
}

#[cfg(feature = "xlsx")]
struct SheetSource {
    path: Arc<Path>,
    sheet: String,
    range: calamine::Range<calamine::Data>,
    start_row: u64,
    row: usize,
    /// Which columns hold dates, known once the header is read.
    date_columns: Option<Vec<bool>>,
    header_len: usize,
}

#[cfg(feature = "xlsx")]
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(feature = "xlsx")]
fn cell_text(cell: &calamine::Data, is_date: bool) -> String {
    use super::dates::from_excel_serial;
    use calamine::Data;
    let serial_date = |f: f64| from_excel_serial(f).map(|d| d.to_string());
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if is_date => serial_date(*f).unwrap_or_else(|| number_text(*f)),
        Data::Int(i) if is_date => serial_date(*i as f64).unwrap_or_else(|| i.to_string()),
        Data::Float(f) => number_text(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => serial_date(dt.as_f64()).unwrap_or_else(|| number_text(dt.as_f64())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("{e}"),
    }
}

#[cfg(feature = "xlsx")]
impl Source for SheetSource {
    fn next_event(&mut self) -> Option<Event> {
        let (height, width) = (self.range.height(), self.range.width());
        loop {
            if self.row >= height {
                if self.date_columns.is_none() {
                    self.date_columns = Some(Vec::new());
                    return Some(Event::Problem(Problem::error(
                        ProblemKind::EmptyFile,
                        &self.path,
                        Location::SheetRow { sheet: self.sheet.clone(), row: 1 },
                        format!("la feuille « {} » est vide", self.sheet),
                        format!("the sheet \"{}\" is empty", self.sheet),
                    )));
                }
                return None;
            }
            let r = self.row;
            self.row += 1;
            let location = Location::SheetRow { sheet: self.sheet.clone(), row: self.start_row + r as u64 + 1 };
            let dates = self.date_columns.as_deref().unwrap_or_default();
            let cells: Vec<String> = (0..width)
                .map(|c| {
                    let is_date = dates.get(c).copied().unwrap_or(false);
                    self.range.get((r, c)).map_or_else(String::new, |cell| cell_text(cell, is_date))
                })
                .collect();
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if self.date_columns.is_none() {
                self.date_columns = Some(
                    cells.iter().map(|h| super::columns::Field::from_header(h).is_some_and(|f| f.is_date())).collect(),
                );
                let mut names: Vec<Arc<str>> = cells.into_iter().map(Arc::from).collect();
                // Columns to the right of the last named header are not data.
                while names.last().is_some_and(|n| n.trim().is_empty()) {
                    names.pop();
                }
                self.header_len = names.len();
                return Some(Event::Header { names, location });
            }
            let mut cells = cells;
            if cells[self.header_len.min(cells.len())..].iter().any(|c| !c.trim().is_empty()) {
                return Some(Event::Problem(
                    Problem::error(
                        ProblemKind::FieldCount,
                        &self.path,
                        location,
                        "la ligne a des cellules remplies à droite de la dernière colonne nommée",
                        "the row has filled cells to the right of the last named column",
                    )
                    .with_accepted(
                        "une colonne nommée dans la ligne d'en-tête pour chaque cellule remplie",
                        "a column named in the header row for every filled cell",
                    ),
                ));
            }
            cells.truncate(self.header_len);
            return Some(Event::Row { location, cells: cells.into_iter().map(Some).collect() });
        }
    }
}
