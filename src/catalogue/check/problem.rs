//! What the checker reports: located problems, the rule each breaks, and
//! the report over every file checked.

use serde::Serialize;
use std::fmt;
use std::path::PathBuf;

/// The rule a problem breaks. Programs can match on it; people read the
/// [`Problem::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Rule {
    /// A file or folder could not be read.
    Io,
    /// A file is not well-formed JSON.
    Syntax,
    /// A JSON file is neither an indicator definition nor a set manifest.
    UnrecognisedDocument,
    /// The document breaks its JSON Schema in a way no rule below names
    /// (a wrong type, a missing or unknown field, a value not in a list).
    Schema,
    /// Two definitions (or two sets) share one id.
    DuplicateId,
    /// An id or a category code is not written as the format requires.
    InvalidId,
    /// A version is not a semantic version.
    NotSemver,
    /// A dimension outside the fixed vocabulary.
    UnknownDimension,
    /// A wave outside `entry`, `follow_up`, `exit`, `post_exit`.
    UnknownWave,
    /// An ordinal or continuous measure whose `min` is not below its `max`.
    MinNotBelowMax,
    /// An ordinal `positive_threshold` outside `min..=max`.
    ThresholdOutsideScale,
    /// An ordinal level label keyed by something that is not a point of the scale.
    LevelOutsideScale,
    /// Two categories share one code.
    DuplicateCategoryCode,
    /// A categorical measure with no positive category.
    NoPositiveCategory,
    /// A text lacks its French or English version, or it is blank.
    MissingText,
    /// A composite item that is not an indicator of the catalogue.
    CompositeUnknownItem,
    /// A composite item listed twice.
    CompositeDuplicateItem,
    /// A composite item that is not an ordinal scale.
    CompositeItemNotOrdinal,
    /// A composite item (of an indicator of a set) that is not in the set.
    CompositeItemNotInSet,
    /// A set names an indicator that is defined nowhere.
    SetUnknownIndicator,
    /// A set lists one indicator twice.
    SetDuplicateIndicator,
    /// A time-to-event analysis uses an indicator that is not in its set.
    TimeToEventNotInSet,
    /// An avoided-cost model's fraction (deadweight, attribution,
    /// displacement, drop-off, discount rate) outside [0, 1].
    SroiFraction,
    /// An avoided-cost model's range not ordered low ≤ central ≤ high.
    SroiRangeOrder,
    /// An avoided-cost model names an indicator that is not in its set or
    /// has no positive definition.
    SroiIndicator,
    /// An avoided-cost model's currency is not an ISO 4217 code.
    SroiCurrency,
    /// An avoided-cost model's outcome lasts less than a year.
    SroiDuration,
    /// Any other rule of the avoided-cost model format.
    SroiModel,
}

impl Rule {
    /// The rule's name, as in JSON output: `duplicate-id`, `not-semver`, ...
    pub fn name(self) -> &'static str {
        match self {
            Rule::Io => "io",
            Rule::Syntax => "syntax",
            Rule::UnrecognisedDocument => "unrecognised-document",
            Rule::Schema => "schema",
            Rule::DuplicateId => "duplicate-id",
            Rule::InvalidId => "invalid-id",
            Rule::NotSemver => "not-semver",
            Rule::UnknownDimension => "unknown-dimension",
            Rule::UnknownWave => "unknown-wave",
            Rule::MinNotBelowMax => "min-not-below-max",
            Rule::ThresholdOutsideScale => "threshold-outside-scale",
            Rule::LevelOutsideScale => "level-outside-scale",
            Rule::DuplicateCategoryCode => "duplicate-category-code",
            Rule::NoPositiveCategory => "no-positive-category",
            Rule::MissingText => "missing-text",
            Rule::CompositeUnknownItem => "composite-unknown-item",
            Rule::CompositeDuplicateItem => "composite-duplicate-item",
            Rule::CompositeItemNotOrdinal => "composite-item-not-ordinal",
            Rule::CompositeItemNotInSet => "composite-item-not-in-set",
            Rule::SetUnknownIndicator => "set-unknown-indicator",
            Rule::SetDuplicateIndicator => "set-duplicate-indicator",
            Rule::TimeToEventNotInSet => "time-to-event-not-in-set",
            Rule::SroiFraction => "sroi-fraction",
            Rule::SroiRangeOrder => "sroi-range-order",
            Rule::SroiIndicator => "sroi-indicator",
            Rule::SroiCurrency => "sroi-currency",
            Rule::SroiDuration => "sroi-duration",
            Rule::SroiModel => "sroi-model",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem in one file, with where it is and what would be accepted.
///
/// Displayed as `file:pointer: message`, or `file:line:column: message` for
/// a JSON syntax error (where there is no document to point into yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// Where in the document, as a JSON pointer (RFC 6901): `/measure/max`.
    /// Empty for the whole document and for syntax errors.
    pub pointer: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// The rule broken.
    pub rule: Rule,
    /// What is wrong, and what would be accepted.
    pub message: String,
}

impl Problem {
    /// A problem at a JSON pointer.
    pub(crate) fn at(
        file: &std::path::Path,
        pointer: impl Into<String>,
        rule: Rule,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.to_path_buf(),
            pointer: pointer.into(),
            line: None,
            column: None,
            rule,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display();
        match (self.rule, self.line, self.column) {
            (Rule::Syntax, Some(line), Some(column)) => write!(f, "{file}:{line}:{column}: {}", self.message),
            _ if self.pointer.is_empty() => write!(f, "{file}: {}", self.message),
            _ => write!(f, "{file}:{}: {}", self.pointer, self.message),
        }
    }
}

/// The outcome of [`check_paths`](super::check_paths): what was checked and
/// every problem found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// Files read (JSON Schema documents skipped are not counted).
    pub files_checked: usize,
    /// Indicator definitions seen: one per definition file, plus the inline
    /// definitions of set manifests.
    pub definitions: usize,
    /// Set manifests seen.
    pub sets: usize,
    /// Avoided-cost models seen (`impact-sroi-model/1`).
    pub sroi_models: usize,
    /// Every problem, sorted by file and by position in the file.
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// Whether no problem was found.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// One line for people: `checked 42 files (40 definitions, 2 sets): no problem`.
    pub fn summary(&self) -> String {
        let files = plural(self.files_checked, "file", "files");
        let defs = plural(self.definitions, "definition", "definitions");
        let sets = plural(self.sets, "set", "sets");
        // Named only when there are some, so that checks of definitions
        // alone read as they always did.
        let sets = if self.sroi_models > 0 {
            format!("{sets}, {}", plural(self.sroi_models, "avoided-cost model", "avoided-cost models"))
        } else {
            sets
        };
        let outcome = match self.problems.len() {
            0 => "no problem".to_string(),
            n => {
                let in_files = self.problems.iter().map(|p| &p.file).collect::<std::collections::BTreeSet<_>>().len();
                format!("{} in {}", plural(n, "problem", "problems"), plural(in_files, "file", "files"))
            }
        };
        format!("checked {files} ({defs}, {sets}): {outcome}")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for CheckReport {
    /// Every problem on its own line, then the summary line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        write!(f, "{}", self.summary())
    }
}
