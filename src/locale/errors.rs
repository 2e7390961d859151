//! Words of the errors that stop a command before any figure: a file the
//! system cannot open, a key that cannot be used, options out of range, a
//! sample that cannot be made. The error types carry the facts; their
//! `message(lang)` asks this topic for the sentence. The words are in
//! `<lang>/errors.ftl`.

use super::messages::{messages, say, Messages};
use super::numbers::plain;
use super::Lang;
use std::io::ErrorKind;
use std::path::Path;

/// The words of stopping errors in one language.
#[derive(Clone, Copy)]
pub(crate) struct ErrorWords {
    m: &'static Messages,
    lang: Lang,
}

/// The error words of `lang`.
pub(crate) fn errors(lang: Lang) -> ErrorWords {
    ErrorWords { m: messages(lang), lang }
}

impl ErrorWords {
    /// What the system said of a file, by kind of failure (`not found`,
    /// `permission denied` …), with the system's own text for the rest.
    pub(crate) fn io_reason(&self, error: &std::io::Error) -> String {
        let kind = match error.kind() {
            ErrorKind::NotFound => "not-found",
            ErrorKind::PermissionDenied => "permission-denied",
            ErrorKind::AlreadyExists => "already-exists",
            ErrorKind::IsADirectory => "is-a-directory",
            ErrorKind::NotADirectory => "not-a-directory",
            ErrorKind::StorageFull => "storage-full",
            ErrorKind::ReadOnlyFilesystem => "read-only-filesystem",
            ErrorKind::UnexpectedEof => "unexpected-eof",
            ErrorKind::InvalidData => "invalid-data",
            _ => {
                let error = error.to_string();
                return say!(self.m, "errors-io-other", error);
            }
        };
        self.m.keyed("errors-io", kind).to_string()
    }

    /// A file that could not be read or written.
    pub(crate) fn file(&self, path: &Path, reason: &str) -> String {
        let path = path.display().to_string();
        say!(self.m, "errors-file", path, reason)
    }

    /// A key file that could not be read.
    pub(crate) fn key_unreadable(&self, path: &Path, reason: &str) -> String {
        let path = path.display().to_string();
        say!(self.m, "errors-key-unreadable", path, reason)
    }

    /// An empty key file.
    pub(crate) fn key_empty(&self, path: &Path) -> String {
        let path = path.display().to_string();
        say!(self.m, "errors-key-empty", path)
    }

    /// A key file past its size limit.
    pub(crate) fn key_too_large(&self, path: &Path, limit: u64) -> String {
        let (path, limit) = (path.display().to_string(), limit.to_string());
        say!(self.m, "errors-key-too-large", path, limit)
    }

    /// A key path that is not a regular file.
    pub(crate) fn key_not_regular(&self, path: &Path) -> String {
        let path = path.display().to_string();
        say!(self.m, "errors-key-not-regular", path)
    }

    /// A key too short to be secret.
    pub(crate) fn key_too_short(&self, path: &Path, len: usize, min: usize) -> String {
        let (path, count, len, min) = (path.display().to_string(), len, len.to_string(), min.to_string());
        say!(self.m, "errors-key-too-short", path, len, count, min)
    }

    /// A confidence level outside (0, 1).
    pub(crate) fn confidence(&self, value: f64) -> String {
        let value = plain(value, self.lang);
        say!(self.m, "errors-confidence", value)
    }

    /// A minimum cell size of 0.
    pub(crate) fn min_cell(&self) -> String {
        self.m.text("errors-min-cell").to_string()
    }

    /// A dataset built for another set.
    pub(crate) fn dataset_mismatch(&self, set: &str) -> String {
        say!(self.m, "errors-dataset-mismatch", set)
    }

    /// A sample that cannot be generated as asked.
    pub(crate) fn sample_spec(&self, message: &str) -> String {
        say!(self.m, "errors-sample-spec", message)
    }

    /// The data have errors: nothing was computed.
    pub(crate) fn data_invalid(&self, errors: u64) -> String {
        let (count, errors) = (errors, errors.to_string());
        say!(self.m, "errors-data-invalid", errors, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let path = Path::new("k.key");
        assert!(errors(Lang::Fr).key_too_short(path, 0, 16).contains("(0 octet)"));
        assert!(errors(Lang::En).key_too_short(path, 0, 16).contains("(0 bytes)"));
        assert!(errors(Lang::En).key_too_short(path, 1, 16).contains("(1 byte)"));
        assert_eq!(errors(Lang::Fr).data_invalid(2), "les données ont 2 erreurs\u{a0}: aucun rapport n'a été calculé");
        assert_eq!(
            errors(Lang::Fr).confidence(1.5),
            "niveau de confiance 1,5\u{a0}: il faut un nombre strictement entre 0 et 1, par exemple 0,95"
        );
    }
}
