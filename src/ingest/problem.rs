//! Problems found while reading and validating data, each saying where.
//!
//! A [`Problem`] is data: its [`ProblemKind`] says what is wrong with the
//! facts needed to explain it (the range expected, the codes accepted, the
//! first line of a duplicate...), and the problem says where (the file, a
//! [`Location`], the column as written) and, when the column allows it, the
//! offending value. The words are the locale layer's: [`Problem::message`],
//! [`Problem::accepted`] and [`Problem::render`] write them in the language
//! asked for.
//!
//! No problem holds a raw beneficiary id, by construction: the value is a
//! [`ShownValue`], which cannot be made from the beneficiary column.

use super::columns::Field;
use super::dates::DateError;
use super::record::Form;
use crate::catalogue::Wave;
use crate::data::Date;
use crate::ids::{IndicatorId, OrganisationCode};
use crate::indicator::Expected;
use crate::locale::{self, Lang};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The row (or the file) is left out of the data; the report command
    /// refuses to run until it is fixed.
    Error,
    /// Worth a look; the data are used as read.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as written in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The word for people reading `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        locale::ingest(lang).severity(self)
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal),+ $(,)?) => {
        /// The stable code of a problem's kind: what reports count problems
        /// by, and the `kind` of the JSON output. Each [`ProblemKind`] has
        /// one ([`ProblemKind::code`]); several kinds may share a code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum ProblemCode {
            $($(#[$doc])* $variant),+
        }

        impl ProblemCode {
            /// Every code, in the order reports list them.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant),+];

            /// The code as a stable snake_case text, as written in JSON output.
            pub fn as_str(self) -> &'static str {
                match self { $(ProblemCode::$variant => $text),+ }
            }

            /// The code written `text` ([`Self::as_str`]), if there is one.
            pub fn from_code(text: &str) -> Option<ProblemCode> {
                match text { $($text => Some(ProblemCode::$variant),)+ _ => None }
            }
        }
    };
}

codes!(
    /// The file cannot be read as a data table: not text, a PDF, a damaged
    /// workbook, a missing sheet.
    Unreadable = "unreadable",
    /// The text encoding: transcoded from Windows-1252 (warning), or
    /// undecidable or invalid (error).
    Encoding = "encoding",
    /// The file holds nothing.
    EmptyFile = "empty_file",
    /// The file holds a header and no data row.
    HeaderOnly = "header_only",
    /// A required column is absent.
    MissingColumn = "missing_column",
    /// Two columns of the header mean the same field.
    DuplicateColumn = "duplicate_column",
    /// A column the crate does not use (ignored).
    UnknownColumn = "unknown_column",
    /// A row with more or fewer fields than the header.
    FieldCount = "field_count",
    /// A JSON record that is not well-formed, or not an object.
    Syntax = "syntax",
    /// A required field is empty.
    MissingValue = "missing_value",
    /// A field whose value is not of the expected form (organisation code,
    /// age, sex, missing reason).
    InvalidValue = "invalid_value",
    /// A date that cannot be read, or is ambiguous.
    MalformedDate = "malformed_date",
    /// An indicator that is not in the reference set.
    UnknownIndicator = "unknown_indicator",
    /// A wave name that is not one of `entry`, `follow_up`, `exit`, `post_exit`.
    UnknownWave = "unknown_wave",
    /// A wave at which the indicator is not collected.
    WaveNotAllowed = "wave_not_allowed",
    /// An answer the indicator does not accept (out of range, unknown category).
    ValueNotAccepted = "value_not_accepted",
    /// An exit date before the entry date.
    ExitBeforeEntry = "exit_before_entry",
    /// A second enrolment of one person in one organisation.
    DuplicateEnrolment = "duplicate_enrolment",
    /// An observation of a person with no enrolment in that organisation.
    ObservationWithoutEnrolment = "observation_without_enrolment",
    /// An observation dated before entry or after exit, beyond the tolerance.
    ObservationOutsideSupport = "observation_outside_support",
    /// An indicator asked of a person outside its age range.
    NotApplicableAtAge = "not_applicable_at_age",
    /// Several observations of one indicator at one wave other than
    /// `follow_up`; the latest by date counts.
    DuplicateObservation = "duplicate_observation",
    /// Observations of one indicator at one wave on the same latest date
    /// that disagree: the answer is missing (BRIEF section 5).
    ConflictingDuplicates = "conflicting_duplicates",
    /// A missing reason given beside an answer (the answer is kept).
    MissingReasonIgnored = "missing_reason_ignored",
);

display_as!(as_str: ProblemCode);

/// Which bound of the support an observation falls outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SupportBound {
    /// Dated before the entry date.
    BeforeEntry(Date),
    /// A post-exit observation dated before the exit date.
    PostExitBeforeExit(Date),
    /// Dated after the exit date, at a wave other than `post_exit`.
    AfterExit(Date),
}

/// A workbook container refused before it is read
/// ([`ProblemKind::UnboundedWorkbook`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WorkbookContainer {
    /// An OLE compound file: an Excel 97-2003 `.xls` workbook, or a
    /// password-protected one. calamine walks its sectors and records
    /// without bounds on memory or time.
    Compound,
    /// A ZIP archive that is neither `.xlsx` nor `.ods` (a binary `.xlsb`
    /// workbook), whose parts calamine reads without bounds.
    OtherArchive,
}

/// What is wrong, with the facts that explain it. No variant holds prose:
/// the words are written by the locale layer from these facts.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// A PDF document, not a data table.
    PdfDocument,
    /// Bytes that are neither text (CSV, JSON) nor a workbook.
    NotData,
    /// The reading stopped part way; `reason` is the reader's own (the
    /// system's or the CSV parser's, in English).
    ReadStopped {
        /// The reader's reason.
        reason: String,
    },
    /// A workbook, while the library was built without the `xlsx` feature.
    WorkbooksNotBuiltIn,
    /// A workbook that cannot be opened (truncated, damaged, protected).
    /// The workbook reader's own reason is not kept: it can quote a cell.
    DamagedWorkbook,
    /// A workbook in a format whose reader cannot be kept within
    /// [`Limits`](super::Limits), refused before it is read.
    UnboundedWorkbook {
        /// What the file is.
        container: WorkbookContainer,
    },
    /// The sheet asked for is not in the workbook.
    NoSuchSheet {
        /// The sheet asked for.
        wanted: String,
        /// The sheets the workbook has.
        sheets: Vec<String>,
    },
    /// The encoding is neither UTF-8 nor Windows-1252.
    UndecidableEncoding,
    /// The text was read as Windows-1252 (a warning).
    ReadAsWindows1252,
    /// A field holds bytes that are not UTF-8.
    FieldNotUtf8 {
        /// 1-based position of the field in its row.
        position: usize,
    },
    /// The file is empty.
    EmptyFile,
    /// A text file with no line.
    NoLine,
    /// A JSON file with no record.
    NoRecord,
    /// A worksheet with no filled cell.
    EmptySheet {
        /// The sheet's name.
        sheet: String,
    },
    /// A header line and no data.
    HeaderOnly,
    /// Required columns absent from the header.
    MissingColumns {
        /// The observation form the header was read as (`None` for enrolments).
        form: Option<Form>,
        /// The fields missing.
        missing: Vec<Field>,
    },
    /// No beneficiary column in a file to pseudonymise.
    NoBeneficiaryColumn,
    /// A column that repeats an earlier one.
    DuplicateColumn {
        /// The repeating column's name, as written.
        name: String,
        /// The earlier column's name, as written.
        first: String,
        /// Its 1-based position in the header.
        first_position: usize,
    },
    /// A column not used in this file (a warning): a field of the other
    /// file, or a name the crate does not know.
    UnusedColumn {
        /// The field the name means, when it means one.
        field: Option<Field>,
        /// The fields this file uses.
        used: Vec<Field>,
    },
    /// A wide-form column named like an indicator the set does not hold.
    UnknownIndicatorColumn {
        /// The closest indicator of the set, when one is close.
        suggestion: Option<IndicatorId>,
    },
    /// A row with another number of fields than the header.
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        expected: usize,
    },
    /// A worksheet row with cells filled right of the last named column.
    CellsBeyondHeader,
    /// A `.json` file that does not hold an array.
    NotAnArray,
    /// A record that is not well-formed JSON.
    MalformedJson {
        /// 1-based line in the file.
        line: u64,
        /// 1-based column.
        column: usize,
        /// The JSON parser's reason, in English.
        reason: String,
    },
    /// A JSON record that is not an object.
    NotAnObject,
    /// A record that cannot be read (pseudonymising a JSON file).
    UnreadableRecord,
    /// A nested value (array or object) where a scalar is needed.
    NestedValue,
    /// A required value absent.
    MissingValue,
    /// An organisation code not written as codes are.
    InvalidOrganisation,
    /// An age that is not a whole number of years in range.
    InvalidAge {
        /// The oldest age accepted.
        max: u32,
    },
    /// A sex not recognised.
    InvalidSex,
    /// A missing reason not recognised.
    UnknownMissingReason,
    /// A date that cannot be read, and why.
    MalformedDate(DateError),
    /// An indicator that is not in the reference set.
    UnknownIndicator {
        /// The set's id.
        set: String,
        /// The closest indicator of the set, when one is close.
        suggestion: Option<IndicatorId>,
        /// The set's indicators, when none is close.
        known: Vec<IndicatorId>,
    },
    /// A wave name not known.
    UnknownWave,
    /// A wave at which the indicator is not collected.
    WaveNotAllowed {
        /// The indicator.
        indicator: IndicatorId,
        /// The waves it is collected at.
        allowed: Vec<Wave>,
    },
    /// An answer the indicator does not accept.
    ValueNotAccepted {
        /// The indicator.
        indicator: IndicatorId,
        /// What it accepts.
        expected: Expected,
    },
    /// An exit date before the entry date.
    ExitBeforeEntry {
        /// The entry date.
        entry: Date,
    },
    /// A second enrolment of one person in one organisation: a warning when
    /// identical to the first (kept once), an error otherwise.
    DuplicateEnrolment {
        /// Where the first enrolment is.
        first: Location,
        /// Whether both say the same.
        identical: bool,
    },
    /// An observation of a person not enrolled in that organisation.
    ObservationWithoutEnrolment {
        /// The organisation.
        organisation: OrganisationCode,
        /// The enrolments file read.
        enrolments: PathBuf,
    },
    /// An observation dated outside the support, beyond the tolerance.
    OutsideSupport {
        /// Days between the bound and the observation.
        days: i64,
        /// The bound crossed, with its date.
        bound: SupportBound,
        /// The tolerance, in days.
        tolerance: i64,
    },
    /// A post-exit observation of an enrolment with no exit date (a warning).
    PostExitWithoutExit,
    /// An indicator asked of a person outside its age range (a warning).
    NotApplicableAtAge {
        /// The indicator.
        indicator: IndicatorId,
        /// The youngest age it applies to.
        min_age: Option<u32>,
        /// The oldest age it applies to.
        max_age: Option<u32>,
        /// The person's age on the observation's date.
        age: u32,
    },
    /// A second observation of an indicator at a wave (a warning).
    DuplicateObservation {
        /// The indicator.
        indicator: IndicatorId,
        /// The wave.
        wave: Wave,
    },
    /// A missing reason beside an answer (a warning; the answer is kept).
    MissingReasonIgnored,
    /// This observation and another of the same indicator, wave and date
    /// disagree (a warning): the answer is missing, whatever the order of
    /// the rows.
    ConflictingDuplicates {
        /// The indicator.
        indicator: IndicatorId,
        /// The wave.
        wave: Wave,
        /// The rows read before this one with an observation of the same
        /// person, indicator, wave and date, in the order read (the first
        /// ten).
        others: Vec<Location>,
        /// How many more such rows there are past those named.
        more: u64,
    },
    /// An input that is not a regular file (a FIFO would block, a device
    /// never ends): refused before it is opened.
    NotRegularFile {
        /// What it is.
        kind: crate::fsio::FileKind,
    },
    /// A file past the size limit.
    FileTooLarge {
        /// Bytes found (at least).
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A part of a workbook archive that unpacks past the limit.
    WorkbookPartTooLarge {
        /// The part's name in the archive.
        part: String,
        /// Its unpacked size, in bytes.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A worksheet declaring (or holding) more cells than the limit.
    SheetTooLarge {
        /// The sheet's name.
        sheet: String,
        /// Cells declared or met.
        cells: u64,
        /// The limit.
        limit: u64,
    },
    /// A workbook cell past the text limit.
    CellTooLong {
        /// 1-based column.
        column: usize,
        /// The limit, in characters.
        limit: usize,
    },
    /// A workbook cell that cannot be read (its content is not repeated).
    UnreadableCell,
    /// The workbook reader failed inside (a caught panic; never printed).
    WorkbookReaderFailed,
    /// A formula error cell (`#N/A`, `#REF!`); its text is the problem's
    /// value, which the beneficiary column never shows.
    ErrorCell,
    /// The workbook uses the 1904 date system; dates were read in it (a
    /// warning).
    Dates1904,
    /// A header (or JSON record) with more columns than the limit.
    TooManyColumns {
        /// Columns found (at least).
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A JSON record with more keys than the limit.
    TooManyKeys {
        /// The limit.
        limit: usize,
    },
    /// A record (CSV record, JSON line or element, sheet row) past the
    /// size limit.
    RecordTooLong {
        /// The limit, in bytes.
        limit: u64,
    },
    /// More unknown columns than are named one by one (a warning).
    MoreUnknownColumns {
        /// How many more.
        more: usize,
    },
    /// UTF-8 met further on in a file read as Windows-1252 (a warning).
    Utf8AfterWindows1252,
    /// Pseudonymisation cannot be sure which column holds the id.
    AmbiguousIdColumns {
        /// The columns that could hold one.
        candidates: Vec<String>,
    },
    /// Pseudonymisation: an id that is neither text nor a number.
    IdNotScalar,
    /// A form export (KoboToolbox, ODK Central) lacking questions of the
    /// set at its wave: an older form version (a warning; rows are read).
    ExportLacksQuestions {
        /// The wave of the form.
        wave: Wave,
        /// The form version the export gives (empty when none).
        form_version: String,
        /// The set's version.
        set_version: String,
        /// The indicators the export lacks.
        missing: Vec<String>,
    },
    /// Pseudonymisation: cells that would run as spreadsheet formulas were
    /// neutralised with a leading apostrophe (a warning).
    FormulasNeutralised {
        /// How many cells.
        cells: u64,
    },
    /// An optional field that cannot be read (an age `34 ans`, a sex `?`,
    /// an exit date `31/06/2024`): it is read as missing and the record is
    /// kept, with this warning, so that one typo does not drop a person
    /// and their observations. Counted under the code of `why`.
    OptionalValueIgnored {
        /// The field read as missing.
        field: Field,
        /// What is wrong with its value.
        why: Box<ProblemKind>,
    },
    /// Optional columns absent from an enrolments table (a warning, once
    /// for the file, not once per row): every row reads them as empty.
    OptionalColumnsAbsent {
        /// The fields without a column.
        missing: Vec<Field>,
    },
    /// A file whose header is that of the other file (enrolments given as
    /// observations, or the reverse): the two were likely swapped.
    LooksLikeOtherFile {
        /// What the file was given as.
        given_as: crate::progress::FileRole,
        /// The fields of the other kind its header has.
        found: Vec<Field>,
    },
}

impl ProblemKind {
    /// The stable code reports count this kind under.
    pub fn code(&self) -> ProblemCode {
        use ProblemCode as C;
        use ProblemKind as K;
        match self {
            K::PdfDocument
            | K::NotData
            | K::ReadStopped { .. }
            | K::WorkbooksNotBuiltIn
            | K::DamagedWorkbook
            | K::UnboundedWorkbook { .. }
            | K::NoSuchSheet { .. } => C::Unreadable,
            K::UndecidableEncoding | K::ReadAsWindows1252 | K::FieldNotUtf8 { .. } => C::Encoding,
            K::EmptyFile | K::NoLine | K::NoRecord | K::EmptySheet { .. } => C::EmptyFile,
            K::HeaderOnly => C::HeaderOnly,
            K::MissingColumns { .. } | K::NoBeneficiaryColumn => C::MissingColumn,
            K::DuplicateColumn { .. } => C::DuplicateColumn,
            K::UnusedColumn { .. } => C::UnknownColumn,
            K::UnknownIndicatorColumn { .. } | K::UnknownIndicator { .. } => C::UnknownIndicator,
            K::FieldCount { .. } | K::CellsBeyondHeader => C::FieldCount,
            K::NotAnArray | K::MalformedJson { .. } | K::NotAnObject | K::UnreadableRecord => C::Syntax,
            K::MissingValue => C::MissingValue,
            K::NestedValue
            | K::InvalidOrganisation
            | K::InvalidAge { .. }
            | K::InvalidSex
            | K::UnknownMissingReason => C::InvalidValue,
            K::MalformedDate(_) => C::MalformedDate,
            K::UnknownWave => C::UnknownWave,
            K::WaveNotAllowed { .. } => C::WaveNotAllowed,
            K::ValueNotAccepted { .. } => C::ValueNotAccepted,
            K::ExitBeforeEntry { .. } => C::ExitBeforeEntry,
            K::DuplicateEnrolment { .. } => C::DuplicateEnrolment,
            K::ObservationWithoutEnrolment { .. } => C::ObservationWithoutEnrolment,
            K::OutsideSupport { .. } | K::PostExitWithoutExit => C::ObservationOutsideSupport,
            K::NotApplicableAtAge { .. } => C::NotApplicableAtAge,
            K::DuplicateObservation { .. } => C::DuplicateObservation,
            K::ConflictingDuplicates { .. } => C::ConflictingDuplicates,
            K::MissingReasonIgnored => C::MissingReasonIgnored,
            K::NotRegularFile { .. }
            | K::FileTooLarge { .. }
            | K::WorkbookPartTooLarge { .. }
            | K::SheetTooLarge { .. }
            | K::CellTooLong { .. }
            | K::UnreadableCell
            | K::WorkbookReaderFailed
            | K::TooManyColumns { .. }
            | K::TooManyKeys { .. }
            | K::RecordTooLong { .. } => C::Unreadable,
            K::ErrorCell | K::IdNotScalar | K::FormulasNeutralised { .. } => C::InvalidValue,
            K::Dates1904 => C::MalformedDate,
            K::MoreUnknownColumns { .. } => C::UnknownColumn,
            K::Utf8AfterWindows1252 => C::Encoding,
            K::AmbiguousIdColumns { .. } => C::DuplicateColumn,
            K::ExportLacksQuestions { .. } => C::MissingColumn,
            K::OptionalValueIgnored { why, .. } => why.code(),
            K::OptionalColumnsAbsent { .. } | K::LooksLikeOtherFile { .. } => C::MissingColumn,
        }
    }

    /// How serious this kind is: warnings for what leaves the data usable
    /// as read, errors for the rest.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::ReadAsWindows1252
            | ProblemKind::UnusedColumn { .. }
            | ProblemKind::DuplicateEnrolment { identical: true, .. }
            | ProblemKind::PostExitWithoutExit
            | ProblemKind::NotApplicableAtAge { .. }
            | ProblemKind::DuplicateObservation { .. }
            | ProblemKind::ConflictingDuplicates { .. }
            | ProblemKind::MissingReasonIgnored
            | ProblemKind::Dates1904
            | ProblemKind::MoreUnknownColumns { .. }
            | ProblemKind::Utf8AfterWindows1252
            | ProblemKind::FormulasNeutralised { .. }
            | ProblemKind::ExportLacksQuestions { .. }
            | ProblemKind::OptionalValueIgnored { .. }
            | ProblemKind::OptionalColumnsAbsent { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Location {
    /// The file as a whole.
    File,
    /// A line of a text file (1-based; the header is line 1 of a CSV file).
    /// For a CSV record spread over several lines, the line where it starts.
    Line(u64),
    /// A record of a JSON array (1-based), and the line where it starts.
    Record {
        /// 1-based record number.
        index: u64,
        /// 1-based line where the record starts.
        line: u64,
    },
    /// A row of a worksheet, numbered as the spreadsheet shows it.
    SheetRow {
        /// The sheet's name.
        sheet: String,
        /// 1-based row number.
        row: u64,
    },
}

impl Location {
    /// The location in words.
    pub fn describe(&self, lang: Lang) -> String {
        locale::ingest(lang).location(self)
    }

    /// The line or row number, when there is one.
    pub fn line(&self) -> Option<u64> {
        match self {
            Location::File => None,
            Location::Line(l) | Location::Record { line: l, .. } | Location::SheetRow { row: l, .. } => Some(*l),
        }
    }
}

/// A cell's text that a message may show. It can only be made from a
/// column other than the beneficiary's, so no problem can carry a raw id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownValue(String);

impl ShownValue {
    /// The text of `field`, or `None` for the beneficiary column.
    pub(crate) fn of(field: Field, text: &str) -> Option<ShownValue> {
        (field != Field::Beneficiary).then(|| ShownValue(text.to_string()))
    }

    /// The text as read.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One problem in the data, located, its kind carrying the facts; the
/// words are written on demand in a language.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    kind: ProblemKind,
    file: PathBuf,
    location: Location,
    column: Option<String>,
    value: Option<ShownValue>,
}

/// Longest value shown in full in a message; longer ones are cut.
const SHOWN_VALUE_CHARS: usize = 60;

impl Problem {
    /// A problem of `kind` in `file` at `location`.
    pub(crate) fn new(kind: ProblemKind, file: &Path, location: Location) -> Problem {
        Problem { kind, file: file.to_path_buf(), location, column: None, value: None }
    }

    /// Names the column (as written in the file, or the JSON key).
    pub(crate) fn with_column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(column.into());
        self
    }

    /// Names a column that may be no field at all (`None`: an indicator
    /// or unknown column) and keeps its text, unless it is the
    /// beneficiary's.
    // Only workbooks (feature `xlsx`) have error cells to report this way.
    #[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
    pub(crate) fn with_cell_of(mut self, field: Option<Field>, column: impl Into<String>, text: &str) -> Self {
        self.column = Some(column.into());
        self.value = match field {
            Some(f) => ShownValue::of(f, text),
            None => Some(ShownValue(text.to_string())),
        }
        .filter(|_| !text.is_empty());
        self
    }

    /// Names the column of `field` and keeps its text, unless the field is
    /// the beneficiary's.
    pub(crate) fn with_cell(mut self, field: Field, column: impl Into<String>, text: &str) -> Self {
        self.column = Some(column.into());
        // An empty cell has nothing to show.
        self.value = Some(text).filter(|t| !t.is_empty()).and_then(|t| ShownValue::of(field, t));
        self
    }

    /// What is wrong.
    pub fn kind(&self) -> &ProblemKind {
        &self.kind
    }

    /// The stable code of the kind.
    pub fn code(&self) -> ProblemCode {
        self.kind.code()
    }

    /// How serious it is.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The file it is in.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Where in the file.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The column (or JSON key) as written in the file, when the problem is
    /// in one column.
    pub fn column(&self) -> Option<&str> {
        self.column.as_deref()
    }

    /// The offending value as read; never the beneficiary column's.
    pub fn value(&self) -> Option<&ShownValue> {
        self.value.as_ref()
    }

    /// The value as shown in messages: control characters escaped, cut after
    /// 60 characters with the full length said in `lang`.
    pub fn shown_value(&self, lang: Lang) -> Option<String> {
        self.value.as_ref().map(|v| shown(v.as_str(), lang))
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        locale::ingest(lang).problem(&self.kind)
    }

    /// What would have been accepted, in `lang`, when it can be said.
    pub fn accepted(&self, lang: Lang) -> Option<String> {
        locale::ingest(lang).accepted(&self.kind)
    }

    /// The problem on one line, in `lang`:
    /// `file, line 12, column "valeur": error [value_not_accepted]: … (value "12"). Accepted: …`.
    pub fn render(&self, lang: Lang) -> String {
        let shown = self.shown_value(lang);
        let accepted = self.accepted(lang);
        locale::ingest(lang).problem_line(&locale::ingest::ProblemLine {
            file: &self.file,
            location: &self.location,
            column: self.column.as_deref(),
            severity: self.severity(),
            code: self.code(),
            message: &self.message(lang),
            value: shown.as_deref(),
            accepted: accepted.as_deref(),
        })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(locale::ERROR_LANG))
    }
}

impl std::error::Error for Problem {}

/// A value made safe to print on one line.
pub(crate) fn shown(v: &str, lang: Lang) -> String {
    let total = v.chars().count();
    let mut out: String = v
        .chars()
        .take(SHOWN_VALUE_CHARS)
        .flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect();
    if total > SHOWN_VALUE_CHARS {
        out.push_str(&locale::ingest(lang).cut(total));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_controls_escaped() {
        let p = Problem::new(ProblemKind::InvalidSex, Path::new("a.csv"), Location::Line(3)).with_cell(
            Field::Sex,
            "sexe",
            &("a\nb".to_string() + &"z".repeat(10_000)),
        );
        let shown = p.shown_value(Lang::En).unwrap_or_default();
        assert!(shown.starts_with("a\\nb"));
        assert!(shown.ends_with("(10,003 characters)"), "{shown}");
        assert!(p.shown_value(Lang::Fr).unwrap_or_default().ends_with("(10\u{202F}003 caractères)"));
        assert!(!p.render(Lang::En).contains('\n'));
    }

    #[test]
    fn beneficiary_problems_carry_no_value() {
        let p = Problem::new(ProblemKind::MissingValue, Path::new("a.csv"), Location::Line(3)).with_cell(
            Field::Beneficiary,
            "beneficiary",
            "B7000001",
        );
        assert_eq!(p.value(), None);
        assert_eq!(ShownValue::of(Field::Beneficiary, "B7000001"), None);
        for lang in Lang::ALL {
            assert!(!p.render(lang).contains("B7000001"));
        }
    }

    #[test]
    fn severity_follows_the_kind() {
        let first = Location::Line(2);
        let same = ProblemKind::DuplicateEnrolment { first: first.clone(), identical: true };
        let other = ProblemKind::DuplicateEnrolment { first, identical: false };
        assert_eq!((same.severity(), other.severity()), (Severity::Warning, Severity::Error));
        assert_eq!(same.code(), ProblemCode::DuplicateEnrolment);
    }
}
