//! Reading collected data: enrolments and observations from CSV, JSON Lines,
//! JSON arrays and XLSX workbooks, validated against a reference set with
//! located errors, pseudonymised as they are read, and streamed.
//!
//! # Layers
//!
//! 1. **Sources** turn a file into header and row events: the format is told
//!    by content, then extension; CSV delimiters (`,` `;` tab) and encodings
//!    (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 transcoded
//!    with a warning) are detected.
//! 2. **Tables** match headers to [`Field`]s ignoring case, accents and
//!    spacing, with French aliases (`organisme`, `bénéficiaire`,
//!    `date_entree`, `indicateur`, `vague`, `valeur`, `motif_absence` …), tell
//!    long from wide observation files, and give [`RawRecord`]s.
//! 3. **Checks** read each record on its own
//!    ([`validate_observation_record`], [`validate_enrolment_record`]) and
//!    build [`Enrolment`]s and [`Observation`]s, the beneficiary id replaced
//!    by its pseudonym at once.
//! 4. [`load`] runs both files through [`DatasetBuilder`], enrolments first,
//!    adding the checks that need several records (enrolled, dated within
//!    support, age, duplicates), and returns the [`Dataset`] with a
//!    [`ValidationReport`] listing every problem at once.
//!
//! # Memory
//!
//! CSV and JSON are read record by record; the memory held grows with
//! beneficiaries × indicators (the fold) plus the problems kept, not with
//! rows. Workbooks are the exception: calamine loads a whole sheet.
//!
//! # Privacy
//!
//! A raw beneficiary id lives only in the row being read (and in its
//! reader until a different one comes, to reuse its pseudonym while it
//! repeats). No [`Problem`]
//! holds one: a problem keeps a value only as a [`ShownValue`], which
//! cannot be made from the beneficiary column, so a problem there names the
//! line and the column only.
//!
//! # Words
//!
//! Problems are data ([`ProblemKind`] carries the facts, [`ProblemCode`] is
//! the stable code); [`Problem::render`], [`ValidationReport::render`] and
//! [`ValidationReport::to_output`] write them in French or English.
//!
//! ```
//! use social_impact::catalogue::Catalogue;
//! use social_impact::ingest::{load, IngestOptions};
//! # let dir = std::env::temp_dir().join(format!("si-ingest-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir)?;
//! let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
//! let enrolments = dir.join("enrolments.csv");
//! let observations = dir.join("observations.csv");
//! std::fs::write(&enrolments, "organisme;bénéficiaire;date_entree\r\nASSO1;P-001;15/01/2024\r\n")?;
//! std::fs::write(&observations, "organisme;bénéficiaire;indicateur;vague;date;valeur\r\n\
//!     ASSO1;P-001;excl.housing.situation;entry;15/01/2024;street\r\n")?;
//! let loaded = load(&set, &enrolments, &observations, &IngestOptions::default())?;
//! assert!(!loaded.validation.has_errors(), "{}", loaded.validation.render("en".parse()?));
//! assert_eq!(loaded.dataset.observation_count(), 1);
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod check;
mod columns;
mod dates;
mod decode;
mod kobo;
mod limits;
mod load;
mod output;
mod problem;
mod pseudonymise;
mod record;
mod report;
mod source;
mod workbook;

pub use check::{validate_enrolment_record, validate_observation_record, PersonKey};
pub use columns::{normalise_header, Field};
pub use dates::DateError;
pub use decode::TextEncoding;
pub use limits::Limits;
pub use load::{load, Loaded};
pub use output::{
    validation_schema, CodeCount, FileOutput, ProblemOutput, ValidationFormat, ValidationOutput, VALIDATION_SCHEMA_ID,
};
pub use problem::{Location, Problem, ProblemCode, ProblemKind, Severity, ShownValue, SupportBound, WorkbookContainer};
pub use pseudonymise::{pseudonymise_file, pseudonymise_file_with, Pseudonymised};
pub use record::{Form, RawCell, RawRecord};
pub use report::{FileSummary, ValidationReport};
pub use source::{FileFormat, FileInfo};

#[allow(unused_imports)] // For the links of the module docs.
use crate::data::{Dataset, DatasetBuilder};
use crate::data::{Enrolment, Observation, PseudonymKey, Pseudonymiser};
use crate::set::ReferenceSet;
use record::{Table, TableItem, TableKind};
use std::path::{Path, PathBuf};

/// Sheet names (normalised) read for enrolments when no sheet is named.
const ENROLMENT_SHEETS: &[&str] = &["inscriptions", "inscription", "enrolments", "enrolment", "enrollments"];
/// Sheet names (normalised) read for observations when no sheet is named.
const OBSERVATION_SHEETS: &[&str] = &["observations", "observation"];

/// A file could not be read at all (it does not exist, or the system
/// refused). Everything else about a file, even "this is a PDF", is a
/// [`Problem`] in the [`ValidationReport`], so that all problems of both
/// files are reported at once.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The operating system could not read or write a file.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
}

impl IngestError {
    /// The error in `lang`, for the person at the terminal.
    pub fn message(&self, lang: crate::Lang) -> String {
        let words = crate::locale::errors(lang);
        match self {
            IngestError::Io { path, source } => words.file(path, &words.io_reason(source)),
        }
    }
}

/// How to read and validate: [`IngestOptions::default`], then the `with_`
/// methods (fields may be added, so the struct cannot be built literally
/// outside the crate).
///
/// ```
/// use social_impact::ingest::IngestOptions;
/// let options = IngestOptions::default().with_date_tolerance_days(0).with_max_problems(None);
/// assert_eq!(options.max_problems, None);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IngestOptions {
    /// Turns beneficiary ids into pseudonyms. Default: a random key that
    /// dies with the options (pseudonyms then join within one load only).
    pub pseudonymiser: Pseudonymiser,
    /// Days an observation may be dated before entry, or after exit (for
    /// waves other than `post_exit`), before it is an error. Default 7: an
    /// entry interview held the week before admission, or an exit interview
    /// the week after, is usual practice.
    pub date_tolerance_days: u32,
    /// The worksheet to read in workbooks (both files). Default: a sheet
    /// named `inscriptions`/`enrolments` for enrolments and `observations`
    /// for observations when there is one, else the first.
    pub sheet: Option<String>,
    /// Most problems kept in the report (all are counted); `None` keeps
    /// all. Default 10,000.
    pub max_problems: Option<usize>,
    /// Told how a long read goes, every few thousand rows. Default: none.
    pub progress: Option<Progress>,
    /// How much one input may hold (columns, record and cell sizes,
    /// workbook sizes) before it is refused. Default: [`Limits::default`].
    pub limits: Limits,
}

pub use crate::progress::{FileRole, Progress, ReadProgress};

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            pseudonymiser: Pseudonymiser::ephemeral(),
            date_tolerance_days: 7,
            sheet: None,
            max_problems: Some(10_000),
            progress: None,
            limits: Limits::default(),
        }
    }
}

impl IngestOptions {
    /// Pseudonyms made with `key`: the same id gives the same pseudonym in
    /// every file and every run.
    pub fn with_key(mut self, key: &PseudonymKey) -> Self {
        self.pseudonymiser = Pseudonymiser::new(key);
        self
    }

    /// Sets the date tolerance in days.
    pub fn with_date_tolerance_days(mut self, days: u32) -> Self {
        self.date_tolerance_days = days;
        self
    }

    /// Reads within `limits` (sizes of records, cells, workbooks).
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Reads the named sheet of workbooks.
    pub fn with_sheet(mut self, sheet: impl Into<String>) -> Self {
        self.sheet = Some(sheet.into());
        self
    }

    /// Keeps at most `max` problems in the report (`None`: all of them).
    pub fn with_max_problems(mut self, max: Option<usize>) -> Self {
        self.max_problems = max;
        self
    }

    /// Tells `progress` how the reading (and, through
    /// [`pipeline`](crate::pipeline), the analysis) goes.
    pub fn with_progress(mut self, progress: Option<Progress>) -> Self {
        self.progress = progress;
        self
    }
}

/// One record read by [`read_enrolments`] or [`read_observations`].
#[derive(Debug, Clone)]
pub struct ReadRecord<T> {
    /// The record, when it has no error of its own.
    pub record: Option<T>,
    /// The person (organisation and pseudonym), when both could be read,
    /// even if other fields are wrong.
    pub person: Option<PersonKey>,
    /// The record's errors and warnings.
    pub problems: Vec<Problem>,
    /// The 1-based ordinal of its data row (the records of one wide-form
    /// row share it).
    pub row: u64,
    /// Where it is in the file.
    pub location: Location,
}

/// What the readers yield.
#[derive(Debug, Clone)]
pub enum ReadItem<T> {
    /// A record, accepted or not.
    Record(ReadRecord<T>),
    /// A problem of the file, its header, or a row that gave no record.
    Problem(Problem),
}

/// Reads enrolments one by one: see [`read_enrolments`].
pub struct EnrolmentReader {
    table: Table<'static>,
    info: FileInfo,
    ids: check::Pseudonyms,
}

/// Reads observations one by one: see [`read_observations`].
pub struct ObservationReader<'s> {
    table: Table<'s>,
    info: FileInfo,
    set: &'s ReferenceSet,
    ids: check::Pseudonyms,
}

macro_rules! reader_common {
    () => {
        /// The format, encoding and delimiter detected.
        pub fn info(&self) -> &FileInfo {
            &self.info
        }

        /// Data rows read so far.
        pub fn rows_read(&self) -> u64 {
            self.table.rows_read
        }

        /// Rows left out so far before any record was made of them
        /// (malformed rows, rows under an unusable header).
        pub fn rows_left_out(&self) -> u64 {
            self.table.rows_left_out
        }

        /// Long or wide form, once the header is read.
        pub fn form(&self) -> Option<Form> {
            self.table.form
        }
    };
}

impl EnrolmentReader {
    reader_common!();

    /// Whether the header, once read, has no column for `field`. Only
    /// tables (CSV, workbooks) are said to lack one: a JSON record may lack
    /// any key.
    pub fn lacks_column(&self, field: Field) -> bool {
        self.table.absent.as_ref().is_some_and(|a| a.contains(&field))
    }
}

impl ObservationReader<'_> {
    reader_common!();
}

impl Iterator for EnrolmentReader {
    type Item = ReadItem<Enrolment>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(match self.table.next_item()? {
            TableItem::Problem(p) => ReadItem::Problem(p),
            TableItem::Record { row, record } => {
                let c = check::check_enrolment(&record, &mut self.ids);
                ReadItem::Record(ReadRecord {
                    record: c.record,
                    person: c.person,
                    problems: c.problems,
                    row,
                    location: record.location,
                })
            }
        })
    }
}

impl ObservationReader<'_> {
    /// The next item, with the score of an accepted record's answer
    /// (`None` for a missing answer, or with no record).
    pub(crate) fn next_scored(&mut self) -> Option<(ReadItem<Observation>, Option<crate::indicator::Score>)> {
        Some(match self.table.next_item()? {
            TableItem::Problem(p) => (ReadItem::Problem(p), None),
            TableItem::Record { row, record } => {
                let (c, score) = check::check_observation(self.set, &record, &mut self.ids);
                let item = ReadItem::Record(ReadRecord {
                    record: c.record,
                    person: c.person,
                    problems: c.problems,
                    row,
                    location: record.location,
                });
                (item, score)
            }
        })
    }
}

impl Iterator for ObservationReader<'_> {
    type Item = ReadItem<Observation>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_scored().map(|(item, _)| item)
    }
}

/// Opens an enrolments file for reading record by record: each item is a
/// record (with its own problems; `record` is `None` when it has errors) or
/// a problem of the file. Only a file that cannot be opened is an `Err`.
///
/// The checks here are those of each record on its own; [`load`] adds those
/// across records (duplicates).
///
/// # Errors
///
/// [`IngestError::Io`] when the file cannot be opened.
pub fn read_enrolments(path: impl AsRef<Path>, options: &IngestOptions) -> Result<EnrolmentReader, IngestError> {
    let path = path.as_ref();
    let (source, info) = source::open(path, options.sheet.as_deref(), ENROLMENT_SHEETS, &options.limits)?;
    Ok(EnrolmentReader {
        table: Table::new(path, source, TableKind::Enrolments, None)
            .tabular(matches!(info.format, FileFormat::Csv | FileFormat::Workbook)),
        info,
        ids: check::Pseudonyms::new(options.pseudonymiser.clone()),
    })
}

/// Opens an observations file (long or wide form) for reading record by
/// record against `set`; see [`read_enrolments`]. The checks needing the
/// enrolments are made by [`load`].
///
/// ```
/// use social_impact::catalogue::Catalogue;
/// use social_impact::ingest::{read_observations, IngestOptions, ReadItem};
/// # let dir = std::env::temp_dir().join(format!("si-read-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir)?;
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let path = dir.join("observations.jsonl");
/// std::fs::write(&path, r#"{"organisation":"ASSO1","beneficiary":"P-001","indicator":"excl.housing.situation","wave":"entry","date":"2024-01-15","value":"street"}"#)?;
/// let mut kept = 0;
/// for item in read_observations(&path, &set, &IngestOptions::default())? {
///     match item {
///         ReadItem::Record(r) => kept += usize::from(r.record.is_some()),
///         ReadItem::Problem(p) => eprintln!("{p}"),
///     }
/// }
/// assert_eq!(kept, 1);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`IngestError::Io`] when the file cannot be opened.
pub fn read_observations<'s>(
    path: impl AsRef<Path>,
    set: &'s ReferenceSet,
    options: &IngestOptions,
) -> Result<ObservationReader<'s>, IngestError> {
    let path = path.as_ref();
    let (source, info) = source::open(path, options.sheet.as_deref(), OBSERVATION_SHEETS, &options.limits)?;
    Ok(ObservationReader {
        table: Table::new(path, source, TableKind::Observations, Some(set)),
        info,
        set,
        ids: check::Pseudonyms::new(options.pseudonymiser.clone()),
    })
}
