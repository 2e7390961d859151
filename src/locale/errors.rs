//! Words of the errors that stop a command before any figure: a file the
//! system cannot open, a key that cannot be used, options out of range, a
//! sample that cannot be made. The error types carry the facts; their
//! `message(lang)` asks this topic for the sentence.

use super::Lang;
use std::path::Path;

/// The words of stopping errors in one language.
pub(crate) trait ErrorWords: Sync {
    /// What the system said of a file, by kind of failure (`not found`,
    /// `permission denied` …), with the system's own text for the rest.
    fn io_reason(&self, error: &std::io::Error) -> String;
    /// A file that could not be read or written.
    fn file(&self, path: &Path, reason: &str) -> String;
    /// A key file that could not be read.
    fn key_unreadable(&self, path: &Path, reason: &str) -> String;
    /// An empty key file.
    fn key_empty(&self, path: &Path) -> String;
    /// A key file past its size limit.
    fn key_too_large(&self, path: &Path, limit: u64) -> String;
    /// A key path that is not a regular file.
    fn key_not_regular(&self, path: &Path) -> String;
    /// A key too short to be secret.
    fn key_too_short(&self, path: &Path, len: usize, min: usize) -> String;
    /// A confidence level outside (0, 1).
    fn confidence(&self, value: f64) -> String;
    /// A minimum cell size of 0.
    fn min_cell(&self) -> String;
    /// A dataset built for another set.
    fn dataset_mismatch(&self, set: &str) -> String;
    /// A sample that cannot be generated as asked.
    fn sample_spec(&self, message: &str) -> String;
    /// The data have errors: nothing was computed.
    fn data_invalid(&self, errors: u64) -> String;
}

/// The error words of `lang`.
pub(crate) fn errors(lang: Lang) -> &'static dyn ErrorWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
