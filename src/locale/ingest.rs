//! The words of reading and validating data: every problem of
//! `crate::ingest` (from its kind's facts), what a scoring refusal expected,
//! and the validation summary.

use super::Lang;
use crate::indicator::{Expected, ScoreError};
use crate::ingest::{Field, FileRole, FileSummary, Form, Location, ProblemCode, ProblemKind, Severity};
use std::path::Path;

/// The parts of a problem's one-line rendering.
pub(crate) struct ProblemLine<'a> {
    pub file: &'a Path,
    pub location: &'a Location,
    pub column: Option<&'a str>,
    pub severity: Severity,
    pub code: ProblemCode,
    pub message: &'a str,
    /// The value, already made safe to show.
    pub value: Option<&'a str>,
    pub accepted: Option<&'a str>,
}

/// The words of reading and validating data, in one language.
pub(crate) trait IngestWords: Sync {
    /// `erreur` / `error`.
    fn severity(&self, severity: Severity) -> &'static str;
    /// A place in a file: `ligne 12`, `sheet "x", row 3`.
    fn location(&self, location: &Location) -> String;
    /// What follows a value cut short: `… (10 003 caractères)`.
    fn cut(&self, total_chars: usize) -> String;
    /// What is wrong.
    fn problem(&self, kind: &ProblemKind) -> String;
    /// What would have been accepted, when it can be said.
    fn accepted(&self, kind: &ProblemKind) -> Option<String>;
    /// A problem on one line.
    fn problem_line(&self, line: &ProblemLine<'_>) -> String;
    /// What an indicator accepts.
    fn expected(&self, expected: &Expected) -> String;
    /// A scoring refusal as one sentence (the `Display` of [`ScoreError`]).
    fn score_error(&self, error: &ScoreError) -> String;

    /// The name of a file's role: `Inscriptions`, `Observations`.
    fn file_role(&self, role: FileRole) -> &'static str;
    /// The heading line of one file: its role, path and what was detected.
    fn file_heading(&self, role: FileRole, path: &Path, detected: &[String]) -> String;
    /// The CSV delimiter detected.
    fn delimiter(&self, delimiter: u8) -> String;
    /// The worksheet read.
    fn sheet(&self, sheet: &str) -> String;
    /// The observation form detected.
    fn form(&self, form: Form) -> String;
    /// Rows read, accepted and left out, and records kept, of one file.
    fn rows(&self, file: &FileSummary) -> String;
    /// Observations left out with their person's enrolment.
    fn left_out_with_enrolment(&self, n: u64) -> String;
    /// The error and warning totals.
    fn totals(&self, errors: u64, warnings: u64) -> String;
    /// `erreur`/`erreurs` as `n` asks, for the table of counts.
    fn errors_word(&self, n: u64) -> &'static str;
    /// `avertissement`/`avertissements` as `n` asks.
    fn warnings_word(&self, n: u64) -> &'static str;
    /// The heading of the list of problems.
    fn problems_heading(&self) -> &'static str;
    /// The heading of the list of errors (all of them).
    fn errors_heading(&self) -> &'static str;
    /// The heading of the examples of warnings, `examples` per kind.
    fn warnings_heading(&self, examples: usize) -> String;
    /// The warnings of one kind not shown as examples.
    fn more_of_kind(&self, n: u64, code: &str) -> String;
    /// Problems found but not listed.
    fn not_shown(&self, n: u64) -> String;
    /// Why a program refuses to go on: `n` errors to fix first.
    fn refusal(&self, errors: u64) -> String;
    /// How many rows a pseudonymised copy holds, and where it is.
    fn pseudonymised(&self, rows: u64, output: &Path) -> String;
    /// A pseudonymised copy was not written.
    fn not_written(&self, output: &Path) -> String;
    /// The column name a template writes for `field`: the canonical name
    /// in English, the name French staff use in French (`Date d'entrée`);
    /// the readers map both back ([`crate::ingest::Field::from_header`]).
    fn column_name(&self, field: Field) -> &'static str;
}

/// The words of reading and validating data in `lang`.
pub(crate) fn ingest(lang: Lang) -> &'static dyn IngestWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}

/// A whole number with the grouping of `lang`: `10 003`, `10,003`.
pub(crate) fn whole(n: u64, lang: Lang) -> String {
    super::numbers::int(n, lang)
}

/// The items joined with `, ` and, before the last, `last` (` ou `, ` or `).
pub(crate) fn list(items: &[String], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., end] => format!("{}{last}{end}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Date;
    use crate::ids::IndicatorId;
    use crate::ingest::DateError;

    /// One kind of every shape, for the checks below.
    fn kinds() -> Result<Vec<ProblemKind>, Box<dyn std::error::Error>> {
        let id = IndicatorId::new("t.housing.ladder")?;
        Ok(vec![
            ProblemKind::PdfDocument,
            ProblemKind::FieldCount { found: 1, expected: 3 },
            ProblemKind::MissingColumns { form: Some(Form::Long), missing: vec![crate::ingest::Field::Date] },
            ProblemKind::MalformedDate(DateError::TwoDigitYear),
            ProblemKind::UnknownIndicator { set: "s".into(), suggestion: Some(id.clone()), known: vec![] },
            ProblemKind::ValueNotAccepted {
                indicator: id.clone(),
                expected: Expected::WholeNumber { min: 1, max: Some(10) },
            },
            ProblemKind::DuplicateEnrolment { first: Location::Line(2), identical: false },
            ProblemKind::OutsideSupport {
                days: 1,
                bound: crate::ingest::SupportBound::AfterExit(Date::new(2024, 1, 15)?),
                tolerance: 7,
            },
            ProblemKind::NotApplicableAtAge { indicator: id, min_age: Some(16), max_age: None, age: 1 },
            ProblemKind::ReadAsWindows1252,
            ProblemKind::OptionalValueIgnored {
                field: crate::ingest::Field::AgeAtEntry,
                why: Box::new(ProblemKind::InvalidAge { max: 130 }),
            },
            ProblemKind::OptionalColumnsAbsent {
                missing: vec![crate::ingest::Field::ExitDate, crate::ingest::Field::AgeAtEntry],
            },
            ProblemKind::LooksLikeOtherFile {
                given_as: FileRole::Observations,
                found: vec![crate::ingest::Field::EntryDate],
            },
        ])
    }

    #[test]
    fn french_sets_no_break_spaces_and_agrees_plurals() -> Result<(), Box<dyn std::error::Error>> {
        let fr = ingest(Lang::Fr);
        for kind in kinds()? {
            for text in [fr.problem(&kind), fr.accepted(&kind).unwrap_or_default()] {
                for bad in [" :", " ;", " ?", " !", "« ", " »"] {
                    assert!(!text.contains(bad), "{bad:?} with a plain space in {text:?}");
                }
            }
        }
        assert!(fr.problem(&ProblemKind::FieldCount { found: 1, expected: 3 }).contains("1 champ,"));
        assert_eq!(fr.errors_word(1), "erreur");
        assert_eq!(fr.errors_word(2), "erreurs");
        assert_eq!(ingest(Lang::En).errors_word(0), "errors");
        assert!(fr.refusal(1).starts_with("1 erreur\u{a0}:"));
        Ok(())
    }

    #[test]
    fn every_kind_is_said_in_every_language() -> Result<(), Box<dyn std::error::Error>> {
        for kind in kinds()? {
            for lang in Lang::ALL {
                assert!(!ingest(lang).problem(&kind).trim().is_empty(), "{kind:?} in {lang}");
            }
        }
        Ok(())
    }

    #[test]
    fn template_column_names_are_read_back() {
        for lang in Lang::ALL {
            for field in Field::ALL {
                let name = ingest(lang).column_name(field);
                assert_eq!(Field::from_header(name), Some(field), "{name:?} in {lang}");
            }
        }
        assert_eq!(ingest(Lang::Fr).column_name(Field::EntryDate), "Date d'entrée");
        assert_eq!(ingest(Lang::En).column_name(Field::EntryDate), "entry_date");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(whole(1974, Lang::Fr), "1974");
        assert_eq!(whole(10_003, Lang::Fr), "10\u{202F}003");
        assert_eq!(whole(1974, Lang::En), "1,974");
        assert_eq!(whole(1_234_567, Lang::En), "1,234,567");
    }
}
