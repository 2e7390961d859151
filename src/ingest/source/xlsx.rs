//! Workbooks (`.xlsx`, `.xls`, `.ods`): the hook from the format guess to
//! the workbook reader (`ingest::workbook`, behind the `xlsx` feature),
//! which gives events like every other source.

use super::{FileInfo, Source};
use std::path::Path;

/// Opens `path` as a workbook, reading `sheet` when one is named, else the
/// first sheet whose name is one of `preferred`, else the first sheet.
pub(super) fn open(path: &Path, sheet: Option<&str>, preferred: &[&str]) -> (Box<dyn Source>, FileInfo) {
    crate::ingest::workbook::open_workbook(path, sheet, preferred)
}
