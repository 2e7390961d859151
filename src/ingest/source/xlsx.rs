//! Workbooks (`.xlsx`, `.xls`, `.ods`): the hook from the format guess to
//! the workbook reader (`ingest::workbook`, behind the `xlsx` feature),
//! which gives events like every other source.

use super::{FileInfo, Source};
use crate::ingest::limits::Limits;
use std::fs::File;
use std::path::Path;

/// Opens `path` as a workbook, reading `sheet` when one is named, else the
/// first sheet whose name is one of `preferred`, else the first sheet.
/// `file` is the workbook already opened (once) by the format guess.
pub(super) fn open(
    path: &Path,
    file: File,
    sheet: Option<&str>,
    preferred: &[&str],
    limits: &Limits,
) -> (Box<dyn Source>, FileInfo) {
    crate::ingest::workbook::open_workbook(path, file, sheet, preferred, limits)
}
