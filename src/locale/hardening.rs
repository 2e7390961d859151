//! Words of the safety checks: files that are not written, inputs that are
//! refused for their size or kind, limits that were reached, and
//! pseudonymisation refusals.

use super::Lang;
use crate::fsio::FileKind;
use std::path::Path;

/// The words of the safety checks in one language.
pub(crate) trait HardeningWords: Sync {
    /// The name of a kind of file (`a FIFO`, `a folder` …).
    fn file_kind(&self, kind: FileKind) -> &'static str;
    /// An output that is an input or the key.
    fn output_is_protected(&self, path: &Path, protected: &Path) -> String;
    /// An output that is not a regular file.
    fn output_not_regular(&self, path: &Path, kind: FileKind) -> String;
    /// An output that exists and may not be replaced without `--force`.
    fn output_exists(&self, path: &Path) -> String;
    /// The system refused to write.
    fn cannot_write(&self, path: &Path, reason: &str) -> String;
    /// An input that is not a regular file.
    fn input_not_regular(&self, kind: FileKind) -> String;
    /// An input past a size limit (`what` names the limit's object).
    fn input_too_large(&self, size: u64, limit: u64) -> String;
    /// How to raise a limit.
    fn raise_limit(&self, option: &str, limit: u64) -> String;
    /// A workbook refused before it is read: its format's reader cannot be
    /// bounded.
    fn unbounded_workbook(&self, container: crate::ingest::WorkbookContainer) -> String;
    /// A workbook sheet whose declared size is past the cell limit.
    fn sheet_too_large(&self, sheet: &str, cells: u64, limit: u64) -> String;
    /// A part of a workbook archive that unpacks past the limit.
    fn workbook_part_too_large(&self, part: &str, size: u64, limit: u64) -> String;
    /// A workbook cell past the text limit.
    fn cell_too_long(&self, column: usize, limit: usize) -> String;
    /// A cell calamine cannot read (its content is not repeated).
    fn unreadable_cell(&self) -> String;
    /// The workbook reader failed inside.
    fn workbook_reader_failed(&self) -> String;
    /// An error cell (`#N/A`, `#REF!`) in a column.
    fn error_cell(&self) -> String;
    /// The workbook uses the 1904 date system (read correctly; said).
    fn date_1904(&self) -> String;
    /// A header with more columns than the limit.
    fn too_many_columns(&self, count: usize, limit: usize) -> String;
    /// A JSON record with more keys than the limit.
    fn too_many_keys(&self, limit: usize) -> String;
    /// A record (line) longer than the limit.
    fn record_too_long(&self, limit: u64) -> String;
    /// More unknown columns: the first few were named.
    fn more_unknown_columns(&self, more: usize) -> String;
    /// UTF-8 found after a start read as Windows-1252.
    fn utf8_after_cp1252(&self) -> String;
    /// Pseudonymisation: several candidates.
    fn ambiguous_id_columns(&self, candidates: &[String]) -> String;
    /// Pseudonymisation: what would be accepted when ambiguous.
    fn ambiguous_id_accepted(&self) -> String;
    /// Pseudonymisation: an id that is neither text nor a number.
    fn id_not_scalar(&self) -> String;
    /// Pseudonymisation: the CSV-injection note.
    fn formulas_neutralised(&self, cells: u64) -> String;
}

/// The words of the safety checks in `lang`.
pub(crate) fn hardening_words(lang: Lang) -> &'static dyn HardeningWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
