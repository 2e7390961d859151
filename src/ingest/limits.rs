//! The limits every reader keeps to, so that no input can take the program
//! past a stated amount of memory or time. Each is an option with a
//! documented default (README, "Limits"); tests set small ones.

/// How much one input may hold before it is refused with a located error.
///
/// ```
/// use social_impact::ingest::{IngestOptions, Limits};
/// let options = IngestOptions::default().with_limits(Limits { max_columns: 200, ..Limits::default() });
/// assert_eq!(options.limits.max_columns, 200);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most columns in a header, or keys in one JSON record. Default
    /// 16,384, the most an Excel sheet can have.
    pub max_columns: usize,
    /// Longest text of one workbook cell or shared string, in characters.
    /// Default 32,767, the most Excel itself puts in a cell.
    pub max_cell_chars: usize,
    /// Longest record, in bytes: one CSV record, one JSON line, one element
    /// of a JSON array. Default 16 MiB.
    pub max_record_bytes: u64,
    /// Most cells a worksheet may declare (its dimension, rows × columns)
    /// or hold. Default 20,000,000 (a million rows of twenty columns).
    pub max_sheet_cells: u64,
    /// Largest unpacked size of one part of a workbook archive (a sheet,
    /// the shared strings), checked by unpacking before the workbook is
    /// read. Default 256 MiB.
    pub max_workbook_part_bytes: u64,
    /// Largest workbook file. Default 256 MiB.
    pub max_workbook_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_columns: 16_384,
            max_cell_chars: 32_767,
            max_record_bytes: 16 * 1024 * 1024,
            max_sheet_cells: 20_000_000,
            max_workbook_part_bytes: 256 * 1024 * 1024,
            max_workbook_file_bytes: 256 * 1024 * 1024,
        }
    }
}
