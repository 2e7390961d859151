//! The `impact-validation/1` format: a validation report as JSON for
//! programs, typed here and published as a JSON Schema
//! (`indicators/schema/validation.schema.json`, see [`validation_schema`]).
//!
//! The texts (`message`, `accepted`) are in the language asked for; every
//! other field is a stable code or a number, the same in every language.
//! No field holds a raw beneficiary id: problem values come from
//! [`ShownValue`](super::ShownValue), which the beneficiary column cannot give.

use super::problem::{Location, Problem, ProblemCode, Severity};
use super::record::Form;
use super::report::{FileSummary, ValidationReport};
use super::source::FileFormat;
use crate::locale::Lang;
use schemars::JsonSchema;
use serde::Serialize;

/// The `$id` of the validation output schema.
pub const VALIDATION_SCHEMA_ID: &str = "urn:social-impact:schema:validation:1";

/// The version tag of the format, always `impact-validation/1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum ValidationFormat {
    /// The first version.
    #[serde(rename = "impact-validation/1")]
    V1,
}

/// What validating an enrolments file and an observations file found.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(
    title = "Validation report",
    description = "What `impact validate --format json` writes (format impact-validation/1): per-file summaries, \
counts by problem code and every problem kept, located. Texts are in the language asked for; no field holds a raw \
beneficiary id."
)]
#[schemars(extend("additionalProperties" = false))]
#[non_exhaustive]
pub struct ValidationOutput {
    /// Always `impact-validation/1`.
    pub format: ValidationFormat,
    /// The language of `message` and `accepted`.
    pub lang: Lang,
    /// The enrolments file.
    pub enrolments: FileOutput,
    /// The observations file.
    pub observations: FileOutput,
    /// Observations left out silently because their person's enrolment had errors.
    pub left_out_with_enrolment: u64,
    /// Errors found (all counted, kept or not).
    pub errors: u64,
    /// Warnings found.
    pub warnings: u64,
    /// Errors and warnings by problem code, codes with none left out.
    pub counts: Vec<CodeCount>,
    /// The problems kept, in reading order (enrolments first).
    pub problems: Vec<ProblemOutput>,
    /// Problems found beyond the most kept.
    pub problems_not_kept: u64,
}

/// What was read from one file.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
#[non_exhaustive]
pub struct FileOutput {
    /// The file, as given.
    pub path: String,
    /// The format detected, when the file could be opened.
    pub format: Option<FileFormat>,
    /// The text encoding (`UTF-8`, `UTF-16`, `Windows-1252`), for text formats.
    pub encoding: Option<String>,
    /// The CSV delimiter (`,`, `;` or a tab).
    pub delimiter: Option<String>,
    /// The worksheet read, for workbooks.
    pub sheet: Option<String>,
    /// Long or wide form, for observations.
    pub form: Option<Form>,
    /// Data rows read.
    pub rows_read: u64,
    /// Rows kept in the data.
    pub rows_accepted: u64,
    /// Rows left out because of errors.
    pub rows_left_out: u64,
    /// Records kept (a wide row holds several).
    pub records_accepted: u64,
}

/// The errors and warnings of one problem code.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
#[non_exhaustive]
pub struct CodeCount {
    /// The code.
    pub kind: ProblemCode,
    /// Errors of that code.
    pub errors: u64,
    /// Warnings of that code.
    pub warnings: u64,
}

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
#[non_exhaustive]
pub struct ProblemOutput {
    /// How serious it is.
    pub severity: Severity,
    /// Its code.
    pub kind: ProblemCode,
    /// The file.
    pub file: String,
    /// 1-based line (of a text file) or row (of a sheet); null for the whole file.
    #[schemars(range(min = 1))]
    pub line: Option<u64>,
    /// 1-based record of a JSON array.
    #[schemars(range(min = 1))]
    pub record: Option<u64>,
    /// The sheet, for workbooks.
    pub sheet: Option<String>,
    /// The column (or JSON key) as written in the file.
    pub column: Option<String>,
    /// The offending value as shown (control characters escaped, long values
    /// cut); never a beneficiary id.
    pub value: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What would have been accepted, when it can be said.
    pub accepted: Option<String>,
}

impl FileOutput {
    fn new(f: &FileSummary) -> Self {
        let info = f.info.as_ref();
        FileOutput {
            path: f.path.display().to_string(),
            format: info.map(|i| i.format),
            encoding: info.and_then(|i| i.encoding).map(|e| e.as_str().to_string()),
            delimiter: info.and_then(|i| i.delimiter).map(|d| (d as char).to_string()),
            sheet: info.and_then(|i| i.sheet.clone()),
            form: f.form,
            rows_read: f.rows_read,
            rows_accepted: f.rows_accepted,
            rows_left_out: f.rows_left_out(),
            records_accepted: f.records_accepted,
        }
    }
}

impl ProblemOutput {
    /// The problem with its texts in `lang`.
    pub fn new(p: &Problem, lang: Lang) -> Self {
        let (line, record, sheet) = match p.location() {
            Location::File => (None, None, None),
            Location::Line(l) => (Some(*l), None, None),
            Location::Record { index, line } => (Some(*line).filter(|l| *l > 0), Some(*index), None),
            Location::SheetRow { sheet, row } => (Some(*row), None, Some(sheet.clone())),
        };
        ProblemOutput {
            severity: p.severity(),
            kind: p.code(),
            file: p.file().display().to_string(),
            line,
            record,
            sheet,
            column: p.column().map(str::to_string),
            value: p.shown_value(lang),
            message: p.message(lang),
            accepted: p.accepted(lang),
        }
    }
}

impl ValidationOutput {
    pub(crate) fn new(report: &ValidationReport, lang: Lang) -> Self {
        ValidationOutput {
            format: ValidationFormat::V1,
            lang,
            enrolments: FileOutput::new(&report.enrolments),
            observations: FileOutput::new(&report.observations),
            left_out_with_enrolment: report.left_out_with_enrolment,
            errors: report.error_count(),
            warnings: report.warning_count(),
            counts: report
                .counts_by_code()
                .into_iter()
                .map(|(kind, errors, warnings)| CodeCount { kind, errors, warnings })
                .collect(),
            problems: report.problems().iter().map(|p| ProblemOutput::new(p, lang)).collect(),
            problems_not_kept: report.problems_not_kept(),
        }
    }
}

/// The JSON Schema (2020-12) of the `impact-validation/1` format, as
/// published under `indicators/schema/validation.schema.json`.
///
/// ```
/// let schema = social_impact::ingest::validation_schema();
/// assert_eq!(schema["title"], "Validation report");
/// assert_eq!(schema["$id"], social_impact::ingest::VALIDATION_SCHEMA_ID);
/// ```
pub fn validation_schema() -> serde_json::Value {
    crate::catalogue::schema::published::<ValidationOutput>(VALIDATION_SCHEMA_ID)
}
