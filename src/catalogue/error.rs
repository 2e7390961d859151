//! Errors of the catalogue layer: reading definition files and sets.
//!
//! Each error carries data (what, where, what exists); its words are the
//! locale layer's (`locale::catalogue`), and `Display` gives the English.

use crate::locale::{self, Lang};
use std::fmt;
use std::path::PathBuf;

/// Why a definition, a set or a catalogue could not be loaded.
#[derive(Debug)]
#[non_exhaustive]
pub enum CatalogueError {
    /// A file or folder could not be read.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A file is not well-formed JSON.
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON parser found (its words, in English).
        message: String,
    },
    /// A file is JSON but does not follow the format.
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: FormatProblem,
    },
    /// A value of a file that is not of the format, located as
    /// `check-definitions` locates it.
    Located {
        /// The file.
        path: PathBuf,
        /// Where in the document (JSON pointer, `/measure/max`).
        pointer: String,
        /// 1-based line of the value.
        line: usize,
        /// 1-based column of the value, in characters.
        column: usize,
        /// What is wrong.
        problem: FormatProblem,
    },
    /// Files that do not load, with every problem `check-definitions`
    /// finds in them: each located (file, JSON pointer, line and column)
    /// and worded by the checker's rule.
    Problems {
        /// The problems, sorted by file and by place in the file.
        problems: Vec<super::check::Problem>,
    },
    /// A folder of definitions ([`Catalogue::with_definitions`](super::Catalogue::with_definitions))
    /// that is not there, or is a file.
    NotAFolder {
        /// The path given.
        path: std::path::PathBuf,
        /// Whether something (a file) is at that path.
        exists: bool,
    },
    /// No set of that name or path exists.
    UnknownSet {
        /// The name asked for.
        name: String,
        /// The closest set, when one is close.
        suggestion: Option<String>,
        /// The sets that exist.
        available: Vec<String>,
    },
    /// No indicator of that id exists where it was looked up.
    UnknownIndicator {
        /// The id asked for.
        id: String,
        /// The set whose manifest names it (looked up in the catalogue).
        named_by: String,
        /// The closest indicator, when one is close.
        suggestion: Option<String>,
    },
    /// Two definitions share one id.
    DuplicateIndicator {
        /// The id.
        id: String,
        /// Where the second definition was found.
        path: PathBuf,
        /// Where the first one was.
        other: String,
    },
    /// A set is not consistent with itself or with the catalogue.
    InvalidSet {
        /// The set.
        set: String,
        /// What is wrong.
        problem: SetProblem,
    },
}

/// What is wrong with a file that is JSON but not of the format.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormatProblem {
    /// Not a JSON object.
    NotAnObject,
    /// Neither a definition nor a manifest.
    NeitherFormat,
    /// A manifest was expected.
    NotAManifest,
    /// The document does not deserialise; the reason is serde's (English).
    Invalid {
        /// serde's reason, without its position.
        reason: String,
    },
    /// A whole number its field cannot hold: `-0` (JSON reads it as a
    /// fraction), or a number past 64 bits.
    NumberOutOfRange {
        /// The field (`max`).
        field: String,
        /// The number as written.
        value: String,
        /// Whether the field is unsigned (a count's `max`).
        unsigned: bool,
    },
    /// The catalogue bundled in the crate could not be read (a broken build).
    Bundled {
        /// The first error, in English.
        reason: String,
    },
}

/// What is wrong with a set.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SetProblem {
    /// An indicator listed twice.
    ListedTwice {
        /// The indicator.
        indicator: String,
    },
    /// A time-to-event analysis on an indicator outside the set.
    TimeToEventNotInSet {
        /// The analysis.
        analysis: String,
        /// The indicator.
        indicator: String,
    },
    /// A composite that is one of its own items, directly or through others.
    CompositeCycle {
        /// The composite.
        composite: String,
    },
    /// A composite whose item is outside the set.
    CompositeItemNotInSet {
        /// The composite.
        composite: String,
        /// The item.
        item: String,
    },
    /// An entry of `indicators` that cannot be resolved (a definition file
    /// never read: the manifest was not opened from its path).
    Entry {
        /// Where it is (JSON pointer, `/indicators/3`).
        pointer: String,
        /// What is wrong.
        problem: super::EntryProblem,
    },
    /// A headline indicator outside the set.
    HeadlineNotInSet {
        /// The indicator.
        indicator: String,
    },
}

impl CatalogueError {
    /// The error in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        locale::catalogue(lang).catalogue_error(self)
    }
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(locale::ERROR_LANG))
    }
}

impl std::error::Error for CatalogueError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CatalogueError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The catalogue layer's result type.
pub type Result<T, E = CatalogueError> = std::result::Result<T, E>;

/// The closest of `candidates` to `wanted`, when one is close: helps people
/// who mistype an id.
pub(crate) fn suggestion<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    crate::text::closest(wanted, candidates).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_and_says_them() {
        let e = CatalogueError::UnknownSet {
            name: "exclusion-2032".into(),
            suggestion: suggestion("exclusion-2032", ["exclusion-2023", "child-protection-2024"]),
            available: vec!["exclusion-2023".into(), "child-protection-2024".into()],
        };
        assert_eq!(
            e.to_string(),
            "unknown reference set \"exclusion-2032\": did you mean \"exclusion-2023\"? (bundled sets: exclusion-2023, \
child-protection-2024; a path to a manifest file also works)"
        );
        assert!(e.render(Lang::Fr).contains("peut-être «\u{a0}exclusion-2023\u{a0}»\u{a0}?"), "{}", e.render(Lang::Fr));
        assert_eq!(suggestion("zzz", ["exclusion-2023"]), None);
    }
}
