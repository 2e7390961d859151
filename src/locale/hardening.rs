//! Words of the safety checks: files that are not written, inputs that are
//! refused for their size or kind, limits that were reached, and
//! pseudonymisation refusals. The words are in `<lang>/hardening.ftl`.

use super::messages::{messages, say, Messages};
use super::Lang;
use crate::fsio::FileKind;
use crate::ingest::WorkbookContainer;
use std::path::Path;

/// The words of the safety checks in one language.
#[derive(Clone, Copy)]
pub(crate) struct HardeningWords {
    m: &'static Messages,
}

/// The words of the safety checks in `lang`.
pub(crate) fn hardening_words(lang: Lang) -> HardeningWords {
    HardeningWords { m: messages(lang) }
}

impl HardeningWords {
    /// The name of a kind of file (`a FIFO`, `a folder` …).
    pub(crate) fn file_kind(&self, kind: FileKind) -> &'static str {
        let key = match kind {
            FileKind::Regular => "regular",
            FileKind::Folder => "folder",
            FileKind::Symlink => "symlink",
            FileKind::Fifo => "fifo",
            FileKind::Device => "device",
            FileKind::Socket => "socket",
            FileKind::Other => "other",
        };
        self.m.keyed("hardening-kind", key)
    }

    /// An output that is an input or the key.
    pub(crate) fn output_is_protected(&self, path: &Path, protected: &Path) -> String {
        let (path, protected) = (path.display().to_string(), protected.display().to_string());
        say!(self.m, "hardening-output-is-protected", path, protected)
    }

    /// An output that is not a regular file.
    pub(crate) fn output_not_regular(&self, path: &Path, kind: FileKind) -> String {
        let (path, kind) = (path.display().to_string(), self.file_kind(kind));
        say!(self.m, "hardening-output-not-regular", path, kind)
    }

    /// An output that exists and may not be replaced without `--force`.
    pub(crate) fn output_exists(&self, path: &Path) -> String {
        let path = path.display().to_string();
        say!(self.m, "hardening-output-exists", path)
    }

    /// The system refused to write.
    pub(crate) fn cannot_write(&self, path: &Path, reason: &str) -> String {
        let path = path.display().to_string();
        say!(self.m, "hardening-cannot-write", path, reason)
    }

    /// An input that is not a regular file.
    pub(crate) fn input_not_regular(&self, kind: FileKind) -> String {
        let kind = self.file_kind(kind);
        say!(self.m, "hardening-input-not-regular", kind)
    }

    /// An input past a size limit.
    pub(crate) fn input_too_large(&self, size: u64, limit: u64) -> String {
        let (size, limit) = (size.to_string(), limit.to_string());
        say!(self.m, "hardening-input-too-large", size, limit)
    }

    /// How to raise a limit.
    pub(crate) fn raise_limit(&self, option: &str, limit: u64) -> String {
        let limit = limit.to_string();
        say!(self.m, "hardening-raise-limit", limit, option)
    }

    /// A workbook refused before it is read: its format's reader cannot be
    /// bounded.
    pub(crate) fn unbounded_workbook(&self, container: WorkbookContainer) -> String {
        let what = match container {
            WorkbookContainer::Compound => self.m.text("hardening-workbook-compound"),
            _ => self.m.text("hardening-workbook-other"),
        };
        say!(self.m, "hardening-unbounded-workbook", what)
    }

    /// A workbook sheet whose declared size is past the cell limit.
    pub(crate) fn sheet_too_large(&self, sheet: &str, cells: u64, limit: u64) -> String {
        let (count, cells, limit) = (cells, cells.to_string(), limit.to_string());
        say!(self.m, "hardening-sheet-too-large", sheet, cells, count, limit)
    }

    /// A part of a workbook archive that unpacks past the limit.
    pub(crate) fn workbook_part_too_large(&self, part: &str, size: u64, limit: u64) -> String {
        let (size, limit) = (size.to_string(), limit.to_string());
        say!(self.m, "hardening-workbook-part-too-large", part, size, limit)
    }

    /// A workbook cell past the text limit.
    pub(crate) fn cell_too_long(&self, column: usize, limit: usize) -> String {
        let (column, limit) = (column.to_string(), limit.to_string());
        say!(self.m, "hardening-cell-too-long", column, limit)
    }

    /// A cell calamine cannot read (its content is not repeated).
    pub(crate) fn unreadable_cell(&self) -> String {
        self.m.text("hardening-unreadable-cell").to_string()
    }

    /// The workbook reader failed inside.
    pub(crate) fn workbook_reader_failed(&self) -> String {
        self.m.text("hardening-workbook-reader-failed").to_string()
    }

    /// An error cell (`#N/A`, `#REF!`) in a column.
    pub(crate) fn error_cell(&self) -> String {
        self.m.text("hardening-error-cell").to_string()
    }

    /// The workbook uses the 1904 date system (read correctly; said).
    pub(crate) fn date_1904(&self) -> String {
        self.m.text("hardening-date-1904").to_string()
    }

    /// A header with more columns than the limit.
    pub(crate) fn too_many_columns(&self, count: usize, limit: usize) -> String {
        let (columns, limit) = (count.to_string(), limit.to_string());
        say!(self.m, "hardening-too-many-columns", columns, limit)
    }

    /// A JSON record with more keys than the limit.
    pub(crate) fn too_many_keys(&self, limit: usize) -> String {
        let limit = limit.to_string();
        say!(self.m, "hardening-too-many-keys", limit)
    }

    /// A record (line) longer than the limit.
    pub(crate) fn record_too_long(&self, limit: u64) -> String {
        let limit = limit.to_string();
        say!(self.m, "hardening-record-too-long", limit)
    }

    /// More unknown columns: the first few were named.
    pub(crate) fn more_unknown_columns(&self, more: usize) -> String {
        let (count, more) = (more, more.to_string());
        say!(self.m, "hardening-more-unknown-columns", more, count)
    }

    /// UTF-8 found after a start read as Windows-1252.
    pub(crate) fn utf8_after_cp1252(&self) -> String {
        self.m.text("hardening-utf8-after-cp1252").to_string()
    }

    /// Pseudonymisation: several candidates.
    pub(crate) fn ambiguous_id_columns(&self, candidates: &[String]) -> String {
        let list: Vec<String> = candidates.iter().map(|name| say!(self.m, "hardening-candidate", name)).collect();
        let candidates = list.join(", ");
        say!(self.m, "hardening-ambiguous-id-columns", candidates)
    }

    /// Pseudonymisation: what would be accepted when ambiguous.
    pub(crate) fn ambiguous_id_accepted(&self) -> String {
        self.m.text("hardening-ambiguous-id-accepted").to_string()
    }

    /// Pseudonymisation: an id that is neither text nor a number.
    pub(crate) fn id_not_scalar(&self) -> String {
        self.m.text("hardening-id-not-scalar").to_string()
    }

    /// Pseudonymisation: the CSV-injection note.
    pub(crate) fn formulas_neutralised(&self, cells: u64) -> String {
        let (count, cells) = (cells, cells.to_string());
        say!(self.m, "hardening-formulas-neutralised", cells, count)
    }
}
