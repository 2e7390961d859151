//! Errors of the catalogue layer: reading definition files and sets.

use std::path::PathBuf;

/// Why a definition, a set or a catalogue could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogueError {
    /// A file or folder could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A file is not well-formed JSON.
    #[error("{path}:{line}:{column}: not valid JSON: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON parser found.
        message: String,
    },
    /// A file is JSON but does not follow the format.
    #[error("{path}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where in the document.
        message: String,
    },
    /// No set of that name or path exists.
    #[error("unknown reference set {name:?}{hint} (bundled sets: {available}; a path to a manifest file also works)")]
    UnknownSet {
        /// The name asked for.
        name: String,
        /// A close match, when there is one (`: did you mean ...?`).
        hint: String,
        /// The sets that exist, comma separated.
        available: String,
    },
    /// No indicator of that id exists where it was looked up.
    #[error("unknown indicator {id:?} in {scope}{hint}")]
    UnknownIndicator {
        /// The id asked for.
        id: String,
        /// Where it was looked up (a set, the catalogue).
        scope: String,
        /// A close match, when there is one (`: did you mean ...?`).
        hint: String,
    },
    /// Two definitions share one id.
    #[error("{path}: indicator id {id:?} is defined twice (also in {other})")]
    DuplicateIndicator {
        /// The id.
        id: String,
        /// Where the second definition was found.
        path: PathBuf,
        /// Where the first one was.
        other: String,
    },
    /// A set is not consistent with itself or with the catalogue.
    #[error("reference set {set:?}: {message}")]
    InvalidSet {
        /// The set.
        set: String,
        /// What is wrong.
        message: String,
    },
}

/// The catalogue layer's result type.
pub type Result<T, E = CatalogueError> = std::result::Result<T, E>;

/// The closest of `candidates` to `wanted`, as `": did you mean X?"`, or an
/// empty string when nothing is close. Helps people who mistype an id.
pub(crate) fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match crate::text::closest(wanted, candidates) {
        Some(c) => format!(": did you mean {c:?}?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names() {
        assert_eq!(
            did_you_mean("exclusion-2032", ["exclusion-2023", "child-protection-2024"]),
            ": did you mean \"exclusion-2023\"?"
        );
        assert_eq!(did_you_mean("zzz", ["exclusion-2023"]), "");
    }
}
