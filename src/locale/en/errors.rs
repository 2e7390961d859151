//! Stopping errors, in English.

use super::En;
use crate::locale::errors::ErrorWords;
use std::io::ErrorKind;
use std::path::Path;

impl ErrorWords for En {
    fn io_reason(&self, error: &std::io::Error) -> String {
        match error.kind() {
            ErrorKind::NotFound => "no such file".into(),
            ErrorKind::PermissionDenied => "permission denied".into(),
            ErrorKind::AlreadyExists => "the file already exists".into(),
            ErrorKind::IsADirectory => "it is a folder, not a file".into(),
            ErrorKind::NotADirectory => "a part of the path is not a folder".into(),
            ErrorKind::StorageFull => "the disk is full".into(),
            ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
            ErrorKind::UnexpectedEof => "the file ends too early".into(),
            ErrorKind::InvalidData => "the content cannot be read".into(),
            _ => error.to_string(),
        }
    }
    fn file(&self, path: &Path, reason: &str) -> String {
        format!("{}: {reason}", path.display())
    }
    fn key_unreadable(&self, path: &Path, reason: &str) -> String {
        format!("cannot read the pseudonymisation key file {}: {reason}", path.display())
    }
    fn key_empty(&self, path: &Path) -> String {
        format!(
            "the pseudonymisation key file {} is empty: make a key with `impact key new --output {}` or put a long random secret in it (at least 16 bytes)",
            path.display(),
            path.display()
        )
    }
    fn key_too_large(&self, path: &Path, limit: u64) -> String {
        format!(
            "the pseudonymisation key file {} holds more than {limit} bytes: a key is a short secret (32 random bytes are plenty)",
            path.display()
        )
    }
    fn key_not_regular(&self, path: &Path) -> String {
        format!(
            "the pseudonymisation key {} is not an ordinary file: give the path of a file holding the key",
            path.display()
        )
    }
    fn key_too_short(&self, path: &Path, len: usize, min: usize) -> String {
        let bytes = if len == 1 { "byte" } else { "bytes" };
        format!(
            "the pseudonymisation key in {} is too short ({len} {bytes}): use at least {min} random bytes",
            path.display()
        )
    }
    fn confidence(&self, value: f64) -> String {
        format!("confidence level {value}: expected a number strictly between 0 and 1, e.g. 0.95")
    }
    fn min_cell(&self) -> String {
        "minimum cell size 0: expected 1 or more (11 by default; below 11 only for internal use)".into()
    }
    fn dataset_mismatch(&self, set: &str) -> String {
        format!("the dataset was built for other indicators than set {set}")
    }
    fn sample_spec(&self, message: &str) -> String {
        format!("cannot generate this sample: {message}")
    }
    fn data_invalid(&self, errors: u64) -> String {
        let noun = if errors == 1 { "error" } else { "errors" };
        format!("the data have {errors} {noun}: no report was computed")
    }
}
