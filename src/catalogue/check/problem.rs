//! What the checker reports: located problems, the rule each breaks, the
//! facts of each ([`CheckKind`]), and the report over every file checked.
//! The words are the locale layer's (`locale::check`).

use crate::locale::{self, Lang};
use serde::ser::SerializeStruct;
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// The rule a problem breaks: the stable code programs match on. People
/// read [`Problem::message`].
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
    /// A composite that is one of its own items, directly or through
    /// other composites.
    CompositeCycle,
    /// A number that the loader cannot hold in its field (`-0`, a whole
    /// number past 64 bits, a fraction where a whole number is needed).
    NumberOutOfRange,
    /// A composite item (of an indicator of a set) that is not in the set.
    CompositeItemNotInSet,
    /// A set names an indicator that is defined nowhere.
    SetUnknownIndicator,
    /// A set lists one indicator twice.
    SetDuplicateIndicator,
    /// A time-to-event analysis uses an indicator that is not in its set.
    TimeToEventNotInSet,
    /// A set's age bands do not start at 0 or do not increase.
    AgeBands,
    /// A set's headline names an indicator that is not in the set.
    HeadlineNotInSet,
    /// A set lists one headline indicator or one standardisation factor twice.
    RepeatedEntry,
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
    /// An entry of a set's `indicators` that is neither an indicator id, a
    /// definition file (`{"file": ...}`) nor an inline definition.
    IndicatorEntry,
    /// A definition file a set names that is not read: a path outside the
    /// manifest's folder, a missing or unreadable file, one that holds no
    /// definition.
    DefinitionFile,
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
            Rule::CompositeCycle => "composite-cycle",
            Rule::NumberOutOfRange => "number-out-of-range",
            Rule::SetUnknownIndicator => "set-unknown-indicator",
            Rule::SetDuplicateIndicator => "set-duplicate-indicator",
            Rule::TimeToEventNotInSet => "time-to-event-not-in-set",
            Rule::AgeBands => "age-bands",
            Rule::HeadlineNotInSet => "headline-not-in-set",
            Rule::RepeatedEntry => "repeated-entry",
            Rule::SroiFraction => "sroi-fraction",
            Rule::SroiRangeOrder => "sroi-range-order",
            Rule::SroiIndicator => "sroi-indicator",
            Rule::SroiCurrency => "sroi-currency",
            Rule::SroiDuration => "sroi-duration",
            Rule::SroiModel => "sroi-model",
            Rule::IndicatorEntry => "indicator-entry",
            Rule::DefinitionFile => "definition-file",
        }
    }
}

display_as!(name: Rule);

/// A limit a JSON Schema sets on a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Bound {
    /// At least the limit.
    Minimum,
    /// At most the limit.
    Maximum,
    /// Above the limit.
    ExclusiveMinimum,
    /// Below the limit.
    ExclusiveMaximum,
}

/// What is wrong, with the facts that explain it. Values from the file are
/// written as JSON and cut to a readable length; places in the document
/// are JSON pointers. No variant holds prose, except the reasons the
/// system, the JSON parser, the id parser and the schema validator give
/// (in English), carried as they are.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckKind {
    /// A file or folder that cannot be read.
    Unreadable {
        /// The system's reason.
        reason: String,
    },
    /// A path that names nothing.
    NoSuchPath,
    /// Not well-formed JSON.
    Syntax {
        /// The JSON parser's reason.
        reason: String,
    },
    /// JSON that is not an object.
    NotAnObject,
    /// An object that is neither a definition nor a manifest.
    NeitherFormat,
    /// The published schema does not compile (a broken build).
    SchemaDoesNotCompile {
        /// The validator's reason.
        reason: String,
    },
    /// A field the format requires is absent (the pointer names it).
    MissingField,
    /// A field the format does not know (the pointer names it).
    UnknownField {
        /// The field's name.
        field: String,
        /// Where it is: the pointer of the object holding it.
        parent: String,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// The value, as JSON.
        found: String,
        /// The JSON types accepted (`integer`, `string`...).
        expected: Vec<String>,
    },
    /// A number beyond a limit.
    OutOfBounds {
        /// The value.
        found: String,
        /// Which limit.
        bound: Bound,
        /// The limit.
        limit: String,
    },
    /// A list shorter than the format allows.
    TooFewEntries {
        /// The fewest entries.
        min: u64,
    },
    /// An empty text where one is needed.
    EmptyValue,
    /// A text not matching its pattern.
    PatternMismatch {
        /// The value.
        found: String,
        /// The regular expression.
        pattern: String,
    },
    /// A value not among those accepted.
    NotAccepted {
        /// The value.
        found: String,
        /// The values accepted.
        expected: Vec<String>,
    },
    /// Another schema error, as the validator says it.
    SchemaOther {
        /// The validator's words.
        detail: String,
    },
    /// An indicator id defined in two files.
    DuplicateDefinitionId {
        /// The id.
        id: String,
        /// The file defining it first.
        other: PathBuf,
    },
    /// A set id used by two manifests.
    DuplicateSetId {
        /// The id.
        id: String,
        /// The manifest using it first.
        other: PathBuf,
    },
    /// An id not written as ids are.
    InvalidId {
        /// The id parser's reason.
        reason: String,
    },
    /// A category code not written as codes are.
    InvalidCategoryCode {
        /// The code.
        code: String,
    },
    /// A version that is not semver.
    NotSemver {
        /// The version.
        version: String,
    },
    /// A dimension outside the vocabulary.
    UnknownDimension {
        /// The dimension written.
        found: String,
        /// The closest dimension, when one is close.
        suggestion: Option<String>,
    },
    /// A wave outside the vocabulary.
    UnknownWave {
        /// The wave written.
        found: String,
        /// The closest wave, when one is close.
        suggestion: Option<String>,
    },
    /// `applies_to.min_age` above `applies_to.max_age`.
    AgesReversed {
        /// The youngest age.
        min: i64,
        /// The oldest age.
        max: i64,
    },
    /// A continuous range whose `min` is not below its `max`.
    RangeReversed {
        /// The minimum.
        min: f64,
        /// The maximum.
        max: f64,
    },
    /// An ordinal scale whose `min` is not below its `max`.
    ScaleReversed {
        /// The minimum.
        min: i64,
        /// The maximum.
        max: i64,
    },
    /// A positive threshold off the scale.
    ThresholdOutsideScale {
        /// The threshold.
        threshold: i64,
        /// The scale's minimum.
        min: i64,
        /// The scale's maximum.
        max: i64,
    },
    /// A level label keyed by something that is not a point of the scale.
    LevelOutsideScale {
        /// The key.
        key: String,
        /// The scale's minimum.
        min: i64,
        /// The scale's maximum.
        max: i64,
    },
    /// A category code used twice.
    DuplicateCategoryCode {
        /// The code.
        code: String,
        /// The pointer of its first use.
        first: String,
    },
    /// No category is positive.
    NoPositiveCategory,
    /// A text lacks a language, or it is blank (the pointer names it).
    MissingText {
        /// The language missing.
        lang: Lang,
        /// Whether it is there but blank.
        blank: bool,
    },
    /// A composite item that is not an indicator of the catalogue.
    CompositeUnknownItem {
        /// The item's id.
        id: String,
        /// The closest indicator, when one is close.
        suggestion: Option<String>,
    },
    /// A composite item listed twice.
    CompositeDuplicateItem {
        /// The item's id.
        id: String,
        /// The pointer of its first listing.
        first: String,
    },
    /// A composite item that is not ordinal.
    CompositeItemNotOrdinal {
        /// The item's id.
        id: String,
        /// Its measure type.
        measure: String,
    },
    /// A composite of a set whose items are not all in the set.
    CompositeItemNotInSet {
        /// The composite's id.
        id: String,
        /// The items missing from the set.
        missing: Vec<String>,
    },
    /// A set naming an indicator defined nowhere.
    SetUnknownIndicator {
        /// The id.
        id: String,
        /// The closest indicator, when one is close.
        suggestion: Option<String>,
    },
    /// More indicators defined nowhere than are named one by one.
    MoreUnknownIndicators {
        /// How many more.
        more: usize,
    },
    /// A composite that is one of its own items, directly or through others.
    CompositeCycle {
        /// The composite's id.
        id: String,
        /// The items leading back to it.
        through: Vec<String>,
    },
    /// A whole number the loader cannot hold (`-0`, past 64 bits).
    NumberOutOfRange {
        /// The measure's field.
        field: String,
        /// The number as written.
        value: String,
        /// Whether the field is unsigned (counts) rather than signed.
        unsigned: bool,
    },
    /// What is wrong in an avoided-cost model (`impact-sroi-model/1`),
    /// as the model's own check says.
    Model {
        /// The model's problem.
        kind: crate::costs::ProblemKind,
    },
    /// A set listing an indicator twice.
    SetDuplicateIndicator {
        /// The id.
        id: String,
        /// The pointer of its first listing.
        first: String,
    },
    /// A time-to-event analysis on an indicator not in its set.
    TimeToEventNotInSet {
        /// The id.
        id: String,
        /// The closest indicator of the set, when one is close.
        suggestion: Option<String>,
    },
    /// An entry of a set's `indicators` that is of no form, or names a
    /// definition file that is not read (shared with the loader).
    Entry {
        /// What is wrong.
        problem: crate::catalogue::EntryProblem,
    },
    /// A set's first age band starts elsewhere than at 0.
    AgeBandsFirstNotZero {
        /// The first bound written.
        first: u64,
    },
    /// A set's age band that does not start above the band before it.
    AgeBandsNotIncreasing {
        /// The bound.
        bound: u64,
        /// The bound before it.
        previous: u64,
    },
    /// A set's headline indicator that is not in the set.
    HeadlineNotInSet {
        /// The id.
        id: String,
        /// The closest indicator of the set, when one is close.
        suggestion: Option<String>,
    },
    /// A headline indicator or standardisation factor listed twice.
    RepeatedEntry {
        /// The entry, as written.
        found: String,
        /// The pointer of its first listing.
        first: String,
    },
}

impl CheckKind {
    /// The rule this kind breaks.
    pub fn rule(&self) -> Rule {
        use CheckKind as K;
        match self {
            K::Unreadable { .. } | K::NoSuchPath => Rule::Io,
            K::Syntax { .. } => Rule::Syntax,
            K::NotAnObject | K::NeitherFormat => Rule::UnrecognisedDocument,
            K::SchemaDoesNotCompile { .. }
            | K::MissingField
            | K::UnknownField { .. }
            | K::WrongType { .. }
            | K::OutOfBounds { .. }
            | K::TooFewEntries { .. }
            | K::EmptyValue
            | K::PatternMismatch { .. }
            | K::NotAccepted { .. }
            | K::SchemaOther { .. } => Rule::Schema,
            K::DuplicateDefinitionId { .. } | K::DuplicateSetId { .. } => Rule::DuplicateId,
            K::InvalidId { .. } | K::InvalidCategoryCode { .. } => Rule::InvalidId,
            K::NotSemver { .. } => Rule::NotSemver,
            K::UnknownDimension { .. } => Rule::UnknownDimension,
            K::UnknownWave { .. } => Rule::UnknownWave,
            K::AgesReversed { .. } | K::RangeReversed { .. } | K::ScaleReversed { .. } => Rule::MinNotBelowMax,
            K::ThresholdOutsideScale { .. } => Rule::ThresholdOutsideScale,
            K::LevelOutsideScale { .. } => Rule::LevelOutsideScale,
            K::DuplicateCategoryCode { .. } => Rule::DuplicateCategoryCode,
            K::NoPositiveCategory => Rule::NoPositiveCategory,
            K::MissingText { .. } => Rule::MissingText,
            K::CompositeUnknownItem { .. } => Rule::CompositeUnknownItem,
            K::CompositeDuplicateItem { .. } => Rule::CompositeDuplicateItem,
            K::CompositeItemNotOrdinal { .. } => Rule::CompositeItemNotOrdinal,
            K::CompositeItemNotInSet { .. } => Rule::CompositeItemNotInSet,
            K::SetUnknownIndicator { .. } | K::MoreUnknownIndicators { .. } => Rule::SetUnknownIndicator,
            K::CompositeCycle { .. } => Rule::CompositeCycle,
            K::Model { kind } => {
                use crate::costs::ProblemKind as M;
                match kind {
                    M::FractionOutside { .. } | M::DiscountRate { .. } => Rule::SroiFraction,
                    M::RangeOrder { .. } => Rule::SroiRangeOrder,
                    M::UnknownIndicator { .. } | M::NoPositiveDefinition { .. } => Rule::SroiIndicator,
                    M::Currency { .. } => Rule::SroiCurrency,
                    M::Duration { .. } => Rule::SroiDuration,
                    M::MissingText { .. } => Rule::MissingText,
                    _ => Rule::SroiModel,
                }
            }
            K::NumberOutOfRange { .. } => Rule::NumberOutOfRange,
            K::SetDuplicateIndicator { .. } => Rule::SetDuplicateIndicator,
            K::TimeToEventNotInSet { .. } => Rule::TimeToEventNotInSet,
            K::Entry { problem: crate::catalogue::EntryProblem::NotAnEntry { .. } } => Rule::IndicatorEntry,
            K::Entry { .. } => Rule::DefinitionFile,
            K::AgeBandsFirstNotZero { .. } | K::AgeBandsNotIncreasing { .. } => Rule::AgeBands,
            K::HeadlineNotInSet { .. } => Rule::HeadlineNotInSet,
            K::RepeatedEntry { .. } => Rule::RepeatedEntry,
        }
    }
}

/// One problem in one file: where it is and what is wrong.
///
/// Displayed (in English) as `file:pointer: message`, or
/// `file:line:column: message` for a JSON syntax error (where there is no
/// document to point into yet); [`Problem::render`] writes it in a language.
/// Serialised as `file`, `pointer`, `line`, `column`, `rule` and `message`
/// (in English).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    file: PathBuf,
    pointer: String,
    line: Option<usize>,
    column: Option<usize>,
    kind: CheckKind,
}

impl Problem {
    /// A problem at a JSON pointer.
    pub(crate) fn at(file: &Path, pointer: impl Into<String>, kind: CheckKind) -> Self {
        Problem { file: file.to_path_buf(), pointer: pointer.into(), line: None, column: None, kind }
    }

    /// The problem with its line and column in the file.
    pub(crate) fn with_position(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// The file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Where in the document, as a JSON pointer (RFC 6901): `/measure/max`.
    /// Empty for the whole document and for syntax errors.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// 1-based line, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// 1-based column, when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// What is wrong.
    pub fn kind(&self) -> &CheckKind {
        &self.kind
    }

    /// The rule broken.
    pub fn rule(&self) -> Rule {
        self.kind.rule()
    }

    /// What is wrong and what would be accepted, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        locale::check(lang).problem(&self.kind, &self.pointer)
    }

    /// The problem on one line, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let file = self.file.display();
        let message = self.message(lang);
        match (self.rule(), self.line, self.column) {
            (Rule::Syntax, Some(line), Some(column)) => format!("{file}:{line}:{column}: {message}"),
            _ if self.pointer.is_empty() => format!("{file}: {message}"),
            _ => format!("{file}:{}: {message}", self.pointer),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(locale::ERROR_LANG))
    }
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Problem", 6)?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("pointer", &self.pointer)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("rule", &self.rule())?;
        s.serialize_field("message", &self.message(locale::ERROR_LANG))?;
        s.end()
    }
}

/// The outcome of [`check_paths`](super::check_paths): what was checked and
/// every problem found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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

    /// One line for people, in `lang`: `checked 42 files (40 definitions, 2 sets): no problem`.
    pub fn summary(&self, lang: Lang) -> String {
        let in_files = self.problems.iter().map(|p| &p.file).collect::<std::collections::BTreeSet<_>>().len();
        locale::check(lang).summary(
            self.files_checked,
            self.definitions,
            self.sets,
            self.sroi_models,
            self.problems.len(),
            in_files,
        )
    }

    /// Every problem on its own line, then the summary line, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for p in &self.problems {
            out.push_str(&p.render(lang));
            out.push('\n');
        }
        out.push_str(&self.summary(lang));
        out
    }
}

impl fmt::Display for CheckReport {
    /// Every problem on its own line, then the summary line (in English).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(locale::ERROR_LANG))
    }
}
