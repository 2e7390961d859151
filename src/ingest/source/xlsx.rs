//! Workbooks (`.xlsx`, `.xls`, `.ods`): the hook from the format guess to
//! the workbook reader (`ingest::workbook`, behind the `xlsx` feature),
//! which gives events like every other source. `open(path, file, sheet,
//! preferred, limits)` reads `sheet` when one is named, else the first
//! sheet whose name is one of `preferred`, else the first sheet; `file` is
//! the workbook already opened (once) by the format guess. Without the
//! feature, it gives a source reporting that workbooks are not built in.

pub(super) use crate::ingest::workbook::open;
