//! Problems found while reading and validating data, each saying where.
//!
//! A [`Problem`] names the file, the place in it ([`Location`]: a line, a
//! record or a sheet row), the column as written in the file, the offending
//! value and what would have been accepted, in French and English. It never
//! holds a raw beneficiary id: a problem in the beneficiary column carries
//! the line and the column only (see [`Problem::value`]).

use crate::text::{Lang, LocalizedText};
use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
        match (self, lang) {
            (Severity::Error, Lang::Fr) => "erreur",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::Fr) => "avertissement",
            (Severity::Warning, Lang::En) => "warning",
        }
    }
}

macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident = $text:literal),+ $(,)?) => {
        /// What kind of problem it is; reports count problems by kind.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ProblemKind {
            $($(#[$doc])* $variant),+
        }

        impl ProblemKind {
            /// Every kind, in the order reports list them.
            pub const ALL: &'static [ProblemKind] = &[$(ProblemKind::$variant),+];

            /// The kind as a stable snake_case code, as written in JSON output.
            pub fn as_str(self) -> &'static str {
                match self { $(ProblemKind::$variant => $text),+ }
            }
        }
    };
}

kinds!(
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
    /// A missing reason given beside an answer (the answer is kept).
    MissingReasonIgnored = "missing_reason_ignored",
);

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
        match (self, lang) {
            (Location::File, Lang::Fr) => "fichier".to_string(),
            (Location::File, Lang::En) => "file".to_string(),
            (Location::Line(l), Lang::Fr) => format!("ligne {l}"),
            (Location::Line(l), Lang::En) => format!("line {l}"),
            (Location::Record { index, line }, Lang::Fr) => format!("enregistrement {index} (ligne {line})"),
            (Location::Record { index, line }, Lang::En) => format!("record {index} (line {line})"),
            (Location::SheetRow { sheet, row }, Lang::Fr) => format!("feuille « {sheet} », ligne {row}"),
            (Location::SheetRow { sheet, row }, Lang::En) => format!("sheet \"{sheet}\", row {row}"),
        }
    }

    /// The line or row number, when there is one.
    pub fn line(&self) -> Option<u64> {
        match self {
            Location::File => None,
            Location::Line(l) | Location::Record { line: l, .. } | Location::SheetRow { row: l, .. } => Some(*l),
        }
    }
}

/// One problem in the data, located and explained.
///
/// Build problems with [`Problem::error`] or [`Problem::warning`] and the
/// `with_*` methods; the value of a beneficiary-column problem is never
/// stored ([`Problem::beneficiary_column`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// How serious it is.
    pub severity: Severity,
    /// What kind of problem it is.
    pub kind: ProblemKind,
    /// The file it is in.
    pub file: PathBuf,
    /// Where in the file.
    pub location: Location,
    /// The column (or JSON key) as written in the file, when the problem is
    /// in one column.
    pub column: Option<String>,
    /// The offending value, as read. Never set for the beneficiary column.
    pub value: Option<String>,
    /// What is wrong.
    pub message: LocalizedText,
    /// What would have been accepted, when it can be said.
    pub accepted: Option<LocalizedText>,
}

/// Longest value shown in full in a message; longer ones are cut.
const SHOWN_VALUE_CHARS: usize = 60;

impl Problem {
    fn new(severity: Severity, kind: ProblemKind, file: &Path, location: Location, message: LocalizedText) -> Problem {
        Problem {
            severity,
            kind,
            file: file.to_path_buf(),
            location,
            column: None,
            value: None,
            message,
            accepted: None,
        }
    }

    /// An error.
    pub fn error(
        kind: ProblemKind,
        file: &Path,
        location: Location,
        fr: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        Problem::new(Severity::Error, kind, file, location, LocalizedText::new(fr, en))
    }

    /// A warning.
    pub fn warning(
        kind: ProblemKind,
        file: &Path,
        location: Location,
        fr: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        Problem::new(Severity::Warning, kind, file, location, LocalizedText::new(fr, en))
    }

    /// Names the column.
    pub fn with_column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(column.into());
        self
    }

    /// Keeps the offending value.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Says what would be accepted.
    pub fn with_accepted(mut self, fr: impl Into<String>, en: impl Into<String>) -> Self {
        self.accepted = Some(LocalizedText::new(fr, en));
        self
    }

    /// Marks the problem as one of the beneficiary column: its value is
    /// dropped, so that no raw id is ever printed.
    pub fn beneficiary_column(mut self) -> Self {
        self.value = None;
        self
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The value as shown in messages: control characters escaped, cut after
    /// 60 characters with the full length said.
    pub fn shown_value(&self) -> Option<String> {
        self.value.as_deref().map(|v| shown(v, Lang::En))
    }

    /// The problem on one line, in `lang`:
    /// `file, line 12, column "valeur": error [value_not_accepted]: … (value "12"). Accepted: …`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = format!("{}, {}", self.file.display(), self.location.describe(lang));
        if let Some(c) = &self.column {
            match lang {
                Lang::Fr => out.push_str(&format!(", colonne « {c} »")),
                Lang::En => out.push_str(&format!(", column \"{c}\"")),
            }
        }
        let sep = if lang == Lang::Fr { " : " } else { ": " };
        out.push_str(&format!("{sep}{} [{}]{sep}{}", self.severity.label(lang), self.kind, self.message.get(lang)));
        if let Some(v) = self.value.as_deref().map(|v| shown(v, lang)) {
            match lang {
                Lang::Fr => out.push_str(&format!(" (valeur « {v} »)")),
                Lang::En => out.push_str(&format!(" (value \"{v}\")")),
            }
        }
        if let Some(a) = &self.accepted {
            match lang {
                Lang::Fr => out.push_str(&format!(". Accepté : {}", a.get(lang))),
                Lang::En => out.push_str(&format!(". Accepted: {}", a.get(lang))),
            }
        }
        out
    }

    /// The problem as a JSON object with stable field names: `severity`,
    /// `kind`, `file`, `line`, `record`, `sheet`, `column`, `value`,
    /// `message`, `accepted` (texts in `lang`).
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let (line, record, sheet) = match &self.location {
            Location::File => (None, None, None),
            Location::Line(l) => (Some(*l), None, None),
            Location::Record { index, line } => (Some(*line), Some(*index), None),
            Location::SheetRow { sheet, row } => (Some(*row), None, Some(sheet.clone())),
        };
        serde_json::json!({
            "severity": self.severity.as_str(),
            "kind": self.kind.as_str(),
            "file": self.file.display().to_string(),
            "line": line,
            "record": record,
            "sheet": sheet,
            "column": self.column,
            "value": self.shown_value(),
            "message": self.message.get(lang),
            "accepted": self.accepted.as_ref().map(|a| a.get(lang)),
        })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
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
        out.push_str(&match lang {
            Lang::Fr => format!("… ({total} caractères)"),
            Lang::En => format!("… ({total} characters)"),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_controls_escaped() {
        let p = Problem::error(ProblemKind::InvalidValue, Path::new("a.csv"), Location::Line(3), "x", "x")
            .with_value("a\nb".to_string() + &"z".repeat(10_000));
        let shown = p.shown_value().unwrap_or_default();
        assert!(shown.starts_with("a\\nb"));
        assert!(shown.ends_with("(10003 characters)"), "{shown}");
        assert!(!p.render(Lang::En).contains('\n'));
    }

    #[test]
    fn beneficiary_problems_carry_no_value() {
        let p = Problem::error(ProblemKind::MissingValue, Path::new("a.csv"), Location::Line(3), "x", "x")
            .with_value("B7000001")
            .beneficiary_column();
        assert!(!p.render(Lang::Fr).contains("B7000001"));
        assert!(!p.to_json(Lang::En).to_string().contains("B7000001"));
    }
}
