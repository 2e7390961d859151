use super::En;
use crate::fsio::FileKind;
use crate::ingest::WorkbookContainer;
use crate::locale::hardening::HardeningWords;
use std::path::Path;

/// `n` with its English plural.
fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl HardeningWords for En {
    fn file_kind(&self, kind: FileKind) -> &'static str {
        match kind {
            FileKind::Regular => "a file",
            FileKind::Folder => "a folder",
            FileKind::Symlink => "a symbolic link",
            FileKind::Fifo => "a named pipe (FIFO)",
            FileKind::Device => "a device",
            FileKind::Socket => "a socket",
            FileKind::Other => "a special file",
        }
    }
    fn output_is_protected(&self, path: &Path, protected: &Path) -> String {
        format!(
            "{} was not written: it is the same file as {}, an input or the key, which are never replaced; choose another output name",
            path.display(),
            protected.display()
        )
    }
    fn output_not_regular(&self, path: &Path, kind: FileKind) -> String {
        format!(
            "{} was not written: it is {}, which is never replaced; choose the path of an ordinary file",
            path.display(),
            self.file_kind(kind)
        )
    }
    fn output_exists(&self, path: &Path) -> String {
        format!("{} already exists and was not replaced: replacing it was not allowed", path.display())
    }
    fn cannot_write(&self, path: &Path, reason: &str) -> String {
        format!("cannot write {}: {reason}", path.display())
    }
    fn input_not_regular(&self, kind: FileKind) -> String {
        format!("this is {}, not an ordinary file: only ordinary files are read", self.file_kind(kind))
    }
    fn input_too_large(&self, size: u64, limit: u64) -> String {
        format!("the file holds at least {size} bytes, past the limit of {limit} bytes")
    }
    fn raise_limit(&self, option: &str, limit: u64) -> String {
        format!("at most {limit} (limit set by {option})")
    }
    fn unbounded_workbook(&self, container: WorkbookContainer) -> String {
        let what = match container {
            WorkbookContainer::Compound => "an Excel 97-2003 workbook (.xls), or a password-protected one",
            _ => "a workbook that is neither .xlsx nor .ods (a binary .xlsb?)",
        };
        format!("this is {what}: this format is not read, as its reader cannot be kept within the memory limits; in Excel or LibreOffice, save it as \"Excel Workbook (.xlsx)\" without a password, or as CSV UTF-8")
    }
    fn sheet_too_large(&self, sheet: &str, cells: u64, limit: u64) -> String {
        format!(
            "the sheet \"{sheet}\" declares {}, past the limit of {limit}: delete the empty rows and columns at its end, or export it as CSV",
            plural(cells, "cell", "cells")
        )
    }
    fn workbook_part_too_large(&self, part: &str, size: u64, limit: u64) -> String {
        format!("the workbook part \"{part}\" unpacks to {size} bytes, past the limit of {limit} bytes")
    }
    fn cell_too_long(&self, column: usize, limit: usize) -> String {
        format!("the cell in column {column} holds more than {limit} characters, past the limit (Excel's own)")
    }
    fn unreadable_cell(&self) -> String {
        "a cell of this row cannot be read (unknown error value or damaged content): the workbook is damaged"
            .to_string()
    }
    fn workbook_reader_failed(&self) -> String {
        "the workbook reader failed on this file (damaged workbook?): save it again from Excel or LibreOffice, or export it as CSV".to_string()
    }
    fn error_cell(&self) -> String {
        "the cell holds a formula error".to_string()
    }
    fn date_1904(&self) -> String {
        "the workbook uses the 1904 date system (Excel for Mac): its dates were read in that system".to_string()
    }
    fn too_many_columns(&self, count: usize, limit: usize) -> String {
        format!("the header has {count} columns, past the limit of {limit}")
    }
    fn too_many_keys(&self, limit: usize) -> String {
        format!("the record has more than {limit} keys, past the limit")
    }
    fn record_too_long(&self, limit: u64) -> String {
        format!("the record is longer than {limit} bytes, past the limit")
    }
    fn more_unknown_columns(&self, more: usize) -> String {
        format!("and {more} more unknown column{}, also ignored", if more == 1 { "" } else { "s" })
    }
    fn utf8_after_cp1252(&self) -> String {
        "the start of the file was read as Windows-1252 (Latin-1), but further on it holds UTF-8: the accents of those lines are wrong; save the whole file as \"CSV UTF-8\"".to_string()
    }
    fn ambiguous_id_columns(&self, candidates: &[String]) -> String {
        let list: Vec<String> = candidates.iter().map(|c| format!("\"{c}\"")).collect();
        format!(
            "cannot tell for sure which column holds the id: {} could hold one; nothing was written",
            list.join(", ")
        )
    }
    fn ambiguous_id_accepted(&self) -> String {
        "one id column (beneficiary or one of its equivalents): delete or rename the others".to_string()
    }
    fn id_not_scalar(&self) -> String {
        "the id is neither text nor a number".to_string()
    }
    fn formulas_neutralised(&self, cells: u64) -> String {
        format!(
            "{} starting with =, +, -, @, a tab or a carriage return {} prefixed with an apostrophe, as OWASP advises against formula injection in spreadsheets",
            plural(cells, "cell", "cells"),
            if cells == 1 { "was" } else { "were" }
        )
    }
}
