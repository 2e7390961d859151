//! The words of reading and validating data: every problem of
//! `crate::ingest` (from its kind's facts), what a scoring refusal expected,
//! and the validation summary. The words are in `<lang>/ingest.ftl`.

use super::messages::{messages, say, Messages};
use super::numbers::plain;
use super::Lang;
use crate::indicator::value::{BINARY_FALSE, BINARY_TRUE};
use crate::indicator::{Expected, ScoreError};
use crate::ingest::{
    DateError, Field, FileRole, FileSummary, Form, Location, ProblemCode, ProblemKind, Severity, SupportBound,
};
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
#[derive(Clone, Copy)]
pub(crate) struct IngestWords {
    m: &'static Messages,
    lang: Lang,
}

/// The words of reading and validating data in `lang`.
pub(crate) fn ingest(lang: Lang) -> IngestWords {
    IngestWords { m: messages(lang), lang }
}

/// The names of fields, joined with `, `.
fn fields(fields: &[Field]) -> String {
    fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")
}

/// The key of a file role in message ids and selectors.
fn role_key(role: FileRole) -> &'static str {
    match role {
        FileRole::Enrolments => "enrolments",
        FileRole::Observations => "observations",
    }
}

impl IngestWords {
    /// Message `id` with `$n` (the number written) and `$count` (the number).
    fn count(&self, id: &str, count: u64) -> String {
        let n = whole(count, self.lang);
        self.m.say(id, &[("n", &n), ("count", &count)])
    }

    /// The Fluent plural category of `n` in the language (`one`, `other`…).
    fn plural(&self, count: u64) -> String {
        say!(self.m, "ingest-plural-category", count)
    }

    /// A text between the language's quotes.
    fn quoted(&self, text: &str) -> String {
        say!(self.m, "ingest-quoted", text)
    }

    fn suggestion(&self, suggestion: &impl std::fmt::Display) -> String {
        let suggestion = suggestion.to_string();
        say!(self.m, "ingest-suggestion", suggestion)
    }

    fn date_error(&self, e: &DateError) -> String {
        let m = self.m;
        match e {
            DateError::Unreadable => m.text("ingest-date-unreadable").to_string(),
            DateError::TwoDigitYear => m.text("ingest-date-two-digit-year").to_string(),
            DateError::YearOutOfRange { year } => {
                let year = year.to_string();
                say!(m, "ingest-date-year-out-of-range", year)
            }
            DateError::MonthDayOrder => m.text("ingest-date-month-day-order").to_string(),
            DateError::NoSuchDay => m.text("ingest-date-no-such-day").to_string(),
        }
    }

    /// `erreur` / `error`.
    pub(crate) fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.m.text("ingest-severity-error"),
            Severity::Warning => self.m.text("ingest-severity-warning"),
        }
    }

    /// A place in a file: `ligne 12`, `sheet "x", row 3`.
    pub(crate) fn location(&self, location: &Location) -> String {
        let m = self.m;
        match location {
            Location::File => m.text("ingest-location-file").to_string(),
            Location::Line(line) => {
                let line = line.to_string();
                say!(m, "ingest-location-line", line)
            }
            Location::Record { index, line } => {
                let (index, line) = (index.to_string(), line.to_string());
                say!(m, "ingest-location-record", index, line)
            }
            Location::SheetRow { sheet, row } => {
                let row = row.to_string();
                say!(m, "ingest-location-sheet-row", sheet, row)
            }
        }
    }

    /// What follows a value cut short: `… (10 003 caractères)`.
    pub(crate) fn cut(&self, total_chars: usize) -> String {
        let (count, chars) = (total_chars as u64, whole(total_chars as u64, self.lang));
        say!(self.m, "ingest-cut", chars, count)
    }

    /// What is wrong.
    pub(crate) fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind as K;
        let m = self.m;
        let hardening = super::hardening::hardening_words(self.lang);
        let days_word = |id: &str, days: &i64, date: &crate::data::Date| {
            let (count, days, date) = (days.unsigned_abs(), whole(days.unsigned_abs(), self.lang), date.to_string());
            m.say(id, &[("days", &days), ("count", &count), ("date", &date)])
        };
        match kind {
            K::PdfDocument => m.text("ingest-problem-pdf-document").to_string(),
            K::NotData => m.text("ingest-problem-not-data").to_string(),
            K::ReadStopped { reason } => say!(m, "ingest-problem-read-stopped", reason),
            K::WorkbooksNotBuiltIn => m.text("ingest-problem-workbooks-not-built-in").to_string(),
            K::DamagedWorkbook => m.text("ingest-problem-damaged-workbook").to_string(),
            K::NoSuchSheet { wanted, .. } => say!(m, "ingest-problem-no-such-sheet", wanted),
            K::UndecidableEncoding => m.text("ingest-problem-undecidable-encoding").to_string(),
            K::ReadAsWindows1252 => m.text("ingest-problem-read-as-windows1252").to_string(),
            K::FieldNotUtf8 { position } => {
                let position = position.to_string();
                say!(m, "ingest-problem-field-not-utf8", position)
            }
            K::EmptyFile => m.text("ingest-problem-empty-file").to_string(),
            K::NoLine => m.text("ingest-problem-no-line").to_string(),
            K::NoRecord => m.text("ingest-problem-no-record").to_string(),
            K::EmptySheet { sheet } => say!(m, "ingest-problem-empty-sheet", sheet),
            K::HeaderOnly => m.text("ingest-problem-header-only").to_string(),
            K::MissingColumns { form, missing } => {
                let form = match form {
                    Some(Form::Wide) => "wide",
                    Some(Form::Long) => "long",
                    None => "none",
                };
                let (count, missing) = (missing.len(), fields(missing));
                say!(m, "ingest-problem-missing-columns", form, count, missing)
            }
            K::NoBeneficiaryColumn => m.text("ingest-problem-no-beneficiary-column").to_string(),
            K::DuplicateColumn { name, first, first_position } => {
                let first_position = first_position.to_string();
                say!(m, "ingest-problem-duplicate-column", name, first, first_position)
            }
            K::UnusedColumn { field: Some(f), .. } => {
                let field = f.as_str();
                say!(m, "ingest-problem-unused-column", field)
            }
            K::UnusedColumn { field: None, .. } => m.text("ingest-problem-unknown-column").to_string(),
            K::UnknownIndicatorColumn { .. } => m.text("ingest-problem-unknown-indicator-column").to_string(),
            K::FieldCount { found, expected } => {
                let (count, found, expected) = (*found as u64, whole(*found as u64, self.lang), expected.to_string());
                say!(m, "ingest-problem-field-count", found, count, expected)
            }
            K::CellsBeyondHeader => m.text("ingest-problem-cells-beyond-header").to_string(),
            K::NotAnArray => m.text("ingest-problem-not-an-array").to_string(),
            K::MalformedJson { line, column, reason } => {
                let (line, column) = (line.to_string(), column.to_string());
                say!(m, "ingest-problem-malformed-json", line, column, reason)
            }
            K::NotAnObject => m.text("ingest-problem-not-an-object").to_string(),
            K::UnreadableRecord => m.text("ingest-problem-unreadable-record").to_string(),
            K::NestedValue => m.text("ingest-problem-nested-value").to_string(),
            K::MissingValue => m.text("ingest-problem-missing-value").to_string(),
            K::InvalidOrganisation => m.text("ingest-problem-invalid-organisation").to_string(),
            K::InvalidAge { .. } => m.text("ingest-problem-invalid-age").to_string(),
            K::InvalidSex => m.text("ingest-problem-invalid-sex").to_string(),
            K::UnknownMissingReason => m.text("ingest-problem-unknown-missing-reason").to_string(),
            K::MalformedDate(e) => self.date_error(e),
            K::UnknownIndicator { set, .. } => say!(m, "ingest-problem-unknown-indicator", set),
            K::UnknownWave => m.text("ingest-problem-unknown-wave").to_string(),
            K::WaveNotAllowed { indicator, .. } => {
                let indicator = indicator.to_string();
                say!(m, "ingest-problem-wave-not-allowed", indicator)
            }
            K::ValueNotAccepted { indicator, .. } => {
                let indicator = indicator.to_string();
                say!(m, "ingest-problem-value-not-accepted", indicator)
            }
            K::ExitBeforeEntry { entry } => {
                let entry = entry.to_string();
                say!(m, "ingest-problem-exit-before-entry", entry)
            }
            K::DuplicateEnrolment { first, identical: true } => {
                let first = self.location(first);
                say!(m, "ingest-problem-identical-enrolment", first)
            }
            K::DuplicateEnrolment { first, identical: false } => {
                let first = self.location(first);
                say!(m, "ingest-problem-duplicate-enrolment", first)
            }
            K::ObservationWithoutEnrolment { organisation, enrolments } => {
                let (organisation, enrolments) = (organisation.to_string(), enrolments.display().to_string());
                say!(m, "ingest-problem-observation-without-enrolment", organisation, enrolments)
            }
            K::OutsideSupport { days, bound, .. } => match bound {
                SupportBound::BeforeEntry(d) => days_word("ingest-problem-before-entry", days, d),
                SupportBound::PostExitBeforeExit(d) => days_word("ingest-problem-post-exit-before-exit", days, d),
                SupportBound::AfterExit(d) => days_word("ingest-problem-after-exit", days, d),
            },
            K::PostExitWithoutExit => m.text("ingest-problem-post-exit-without-exit").to_string(),
            K::NotApplicableAtAge { indicator, min_age, max_age, age } => {
                let written = |n: &u32| whole(u64::from(*n), self.lang);
                let range = match (min_age, max_age) {
                    (Some(a), Some(b)) => {
                        let (min, max, count) = (a.to_string(), written(b), *b);
                        say!(m, "ingest-ages-between", min, max, count)
                    }
                    (Some(a), None) => {
                        let (min, count) = (written(a), *a);
                        say!(m, "ingest-ages-from", min, count)
                    }
                    (None, Some(b)) => {
                        let (max, count) = (written(b), *b);
                        say!(m, "ingest-ages-up-to", max, count)
                    }
                    (None, None) => String::new(),
                };
                let (indicator, count, age) = (indicator.to_string(), *age, written(age));
                say!(m, "ingest-problem-not-applicable-at-age", indicator, range, age, count)
            }
            K::DuplicateObservation { indicator, wave } => {
                let wave_name = super::report::report(self.lang).wave_name(*wave);
                let (indicator, wave) = (indicator.to_string(), wave.to_string());
                say!(m, "ingest-problem-duplicate-observation", indicator, wave, wave_name)
            }
            K::ConflictingDuplicates { indicator, wave, others, more } => {
                let mut rows: Vec<String> = others.iter().map(|l| self.location(l)).collect();
                if *more > 0 {
                    rows.push(self.count("ingest-more-rows", *more));
                }
                let rows = match rows.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{}{}{last}", rest.join(", "), m.text("ingest-and"))
                    }
                    _ => rows.concat(),
                };
                let (indicator, wave, total) = (indicator.to_string(), wave.to_string(), others.len() as u64 + more);
                say!(m, "ingest-problem-conflicting-duplicates", indicator, wave, rows, total)
            }
            K::MissingReasonIgnored => m.text("ingest-problem-missing-reason-ignored").to_string(),
            K::NotRegularFile { kind } => hardening.input_not_regular(*kind),
            K::FileTooLarge { size, limit } => hardening.input_too_large(*size, *limit),
            K::WorkbookPartTooLarge { part, size, limit } => hardening.workbook_part_too_large(part, *size, *limit),
            K::SheetTooLarge { sheet, cells, limit } => hardening.sheet_too_large(sheet, *cells, *limit),
            K::UnboundedWorkbook { container } => hardening.unbounded_workbook(*container),
            K::CellTooLong { column, limit } => hardening.cell_too_long(*column, *limit),
            K::UnreadableCell => hardening.unreadable_cell(),
            K::WorkbookReaderFailed => hardening.workbook_reader_failed(),
            K::ErrorCell => hardening.error_cell(),
            K::Dates1904 => hardening.date_1904(),
            K::TooManyColumns { count, limit } => hardening.too_many_columns(*count, *limit),
            K::TooManyKeys { limit } => hardening.too_many_keys(*limit),
            K::RecordTooLong { limit } => hardening.record_too_long(*limit),
            K::MoreUnknownColumns { more } => hardening.more_unknown_columns(*more),
            K::Utf8AfterWindows1252 => hardening.utf8_after_cp1252(),
            K::AmbiguousIdColumns { candidates } => hardening.ambiguous_id_columns(candidates),
            K::IdNotScalar => hardening.id_not_scalar(),
            K::FormulasNeutralised { cells } => hardening.formulas_neutralised(*cells),
            K::ExportLacksQuestions { wave, form_version, set_version, missing } => {
                super::form::form(self.lang).export_lacks(*wave, form_version, set_version, missing)
            }
            K::OptionalValueIgnored { field, why } => {
                let key = match field {
                    Field::ExitDate | Field::AgeAtEntry | Field::Sex => field.as_str(),
                    _ => "other",
                };
                let (why, read_as) = (self.problem(why), m.keyed("ingest-read-as", key));
                say!(m, "ingest-problem-optional-value-ignored", why, read_as)
            }
            K::OptionalColumnsAbsent { missing } => {
                let consequences: Vec<&str> = [Field::ExitDate, Field::AgeAtEntry]
                    .into_iter()
                    .filter(|f| missing.contains(f))
                    .map(|f| m.keyed("ingest-consequence", f.as_str()))
                    .collect();
                let consequences = consequences.join(m.text("ingest-semicolon"));
                let (count, missing) = (missing.len(), fields(missing));
                say!(m, "ingest-problem-optional-columns-absent", count, missing, consequences)
            }
            K::LooksLikeOtherFile { given_as, found } => {
                let (given_as, found) = (role_key(*given_as), fields(found));
                say!(m, "ingest-problem-looks-like-other-file", given_as, found)
            }
        }
    }

    /// What would have been accepted, when it can be said.
    pub(crate) fn accepted(&self, kind: &ProblemKind) -> Option<String> {
        use ProblemKind as K;
        let m = self.m;
        let hardening = super::hardening::hardening_words(self.lang);
        let text = |id: &str| m.text(id).to_string();
        Some(match kind {
            K::FileTooLarge { limit, .. } => hardening.raise_limit("Limits::max_workbook_file_bytes", *limit),
            K::WorkbookPartTooLarge { limit, .. } => hardening.raise_limit("Limits::max_workbook_part_bytes", *limit),
            K::SheetTooLarge { limit, .. } => hardening.raise_limit("Limits::max_sheet_cells", *limit),
            K::CellTooLong { limit, .. } => hardening.raise_limit("Limits::max_cell_chars", *limit as u64),
            K::TooManyColumns { limit, .. } | K::TooManyKeys { limit } => {
                hardening.raise_limit("Limits::max_columns", *limit as u64)
            }
            K::RecordTooLong { limit } => hardening.raise_limit("Limits::max_record_bytes", *limit),
            K::AmbiguousIdColumns { .. } => hardening.ambiguous_id_accepted(),
            K::ExportLacksQuestions { .. } => super::form::form(self.lang).export_lacks_advice().into(),
            K::OptionalValueIgnored { why, .. } => return self.accepted(why),
            K::OptionalColumnsAbsent { missing } => {
                let missing = fields(missing);
                say!(m, "ingest-accepted-optional-columns-absent", missing)
            }
            K::LooksLikeOtherFile { given_as: FileRole::Enrolments, .. } => text("ingest-accepted-enrolments-given"),
            K::LooksLikeOtherFile { given_as: FileRole::Observations, .. } => {
                text("ingest-accepted-observations-given")
            }
            K::NoSuchSheet { sheets, .. } => {
                let sheets = sheets.iter().map(|s| self.quoted(s)).collect::<Vec<_>>().join(", ");
                say!(m, "ingest-accepted-no-such-sheet", sheets)
            }
            K::MissingColumns { missing, .. } => {
                let aliases: Vec<String> =
                    missing.iter().map(|f| format!("{f} ({})", f.aliases().join(", "))).collect();
                let aliases = aliases.join(m.text("ingest-semicolon"));
                say!(m, "ingest-accepted-missing-columns", aliases)
            }
            K::NoBeneficiaryColumn => {
                let aliases = Field::Beneficiary.aliases().join(", ");
                say!(m, "ingest-accepted-no-beneficiary-column", aliases)
            }
            K::DuplicateColumn { .. } => text("ingest-accepted-duplicate-column"),
            K::UnusedColumn { used, .. } => fields(used),
            K::UnknownIndicatorColumn { suggestion: Some(s) } => self.suggestion(s),
            K::FieldCount { .. } => text("ingest-accepted-field-count"),
            K::CellsBeyondHeader => text("ingest-accepted-cells-beyond-header"),
            K::NestedValue => text("ingest-accepted-nested-value"),
            K::InvalidOrganisation => text("ingest-accepted-invalid-organisation"),
            K::InvalidAge { max } => {
                let max = max.to_string();
                say!(m, "ingest-accepted-invalid-age", max)
            }
            K::InvalidSex => text("ingest-accepted-invalid-sex"),
            K::UnknownMissingReason => {
                // The French names are accepted whatever the language.
                let codes: Vec<&str> = crate::data::MissingReason::ALL.iter().map(|r| r.as_str()).collect();
                let names: Vec<&str> = crate::data::MissingReason::ALL
                    .iter()
                    .map(|r| super::report::report(Lang::Fr).missing_reason(Some(*r)))
                    .collect();
                let (codes, names) = (codes.join(", "), names.join(", "));
                say!(m, "ingest-accepted-unknown-missing-reason", codes, names)
            }
            K::MalformedDate(_) => text("ingest-accepted-malformed-date"),
            K::UnknownIndicator { suggestion: Some(s), .. } => self.suggestion(s),
            K::UnknownIndicator { known, .. } => {
                let known = known.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(", ");
                say!(m, "ingest-accepted-unknown-indicator", known)
            }
            K::UnknownWave => {
                let names: Vec<&str> =
                    crate::catalogue::Wave::ALL.iter().map(|w| super::report::report(Lang::Fr).wave_name(*w)).collect();
                let (accepted, names) = (crate::catalogue::Wave::accepted(), names.join(", "));
                say!(m, "ingest-accepted-unknown-wave", accepted, names)
            }
            K::WaveNotAllowed { allowed, .. } => allowed.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(", "),
            K::ValueNotAccepted { expected: e @ (Expected::Described(_) | Expected::IndicatorOfTheSet), .. } => {
                self.expected(e)
            }
            K::ValueNotAccepted { expected, .. } => {
                let expected = self.expected(expected);
                say!(m, "ingest-accepted-value-not-accepted", expected)
            }
            K::ExitBeforeEntry { .. } => text("ingest-accepted-exit-before-entry"),
            K::DuplicateEnrolment { identical: false, .. } => text("ingest-accepted-duplicate-enrolment"),
            K::ObservationWithoutEnrolment { .. } => text("ingest-accepted-observation-without-enrolment"),
            K::OutsideSupport { tolerance, .. } => {
                let (count, tolerance) = (tolerance.unsigned_abs(), whole(tolerance.unsigned_abs(), self.lang));
                say!(m, "ingest-accepted-outside-support", tolerance, count)
            }
            _ => return None,
        })
    }

    /// A problem on one line.
    pub(crate) fn problem_line(&self, p: &ProblemLine<'_>) -> String {
        let m = self.m;
        let (file, location) = (p.file.display().to_string(), self.location(p.location));
        let mut out = say!(m, "ingest-line-place", file, location);
        if let Some(column) = p.column {
            out.push_str(&say!(m, "ingest-line-column", column));
        }
        let (severity, code, message) = (self.severity(p.severity), p.code.to_string(), p.message);
        out.push_str(&say!(m, "ingest-line-problem", severity, code, message));
        if let Some(value) = p.value {
            out.push_str(&say!(m, "ingest-line-value", value));
        }
        if let Some(accepted) = p.accepted {
            out.push_str(&say!(m, "ingest-line-accepted", accepted));
        }
        out
    }

    /// What an indicator accepts.
    pub(crate) fn expected(&self, expected: &Expected) -> String {
        let m = self.m;
        match expected {
            Expected::YesNo => {
                let pairs: Vec<String> =
                    BINARY_TRUE.iter().zip(BINARY_FALSE).map(|(t, f)| format!("{t}/{f}")).collect();
                list(&pairs, m.text("ingest-or"))
            }
            Expected::WholeNumber { min, max: Some(max) } => {
                let (min, max) = (min.to_string(), max.to_string());
                say!(m, "ingest-expected-whole-between", min, max)
            }
            Expected::WholeNumber { min, max: None } => {
                let min = min.to_string();
                say!(m, "ingest-expected-whole-from", min)
            }
            Expected::OneOfCodes(codes) => {
                let codes = codes.join(", ");
                say!(m, "ingest-expected-one-of-codes", codes)
            }
            Expected::Number { unit, min, max } => {
                let (min, max) = (min.map(|x| plain(x, self.lang)), max.map(|x| plain(x, self.lang)));
                let range = match (min, max) {
                    (Some(min), Some(max)) => say!(m, "ingest-expected-range-between", min, max),
                    (Some(min), None) => say!(m, "ingest-expected-range-from", min),
                    (None, Some(max)) => say!(m, "ingest-expected-range-up-to", max),
                    (None, None) => String::new(),
                };
                say!(m, "ingest-expected-number", range, unit)
            }
            Expected::IndicatorOfTheSet => m.text("ingest-expected-indicator-of-the-set").to_string(),
            Expected::Described(text) => super::pick(text, self.lang).to_string(),
        }
    }

    /// A scoring refusal as one sentence (the `Display` of [`ScoreError`]).
    pub(crate) fn score_error(&self, e: &ScoreError) -> String {
        let (value, indicator, expected) = (&e.value, e.indicator.to_string(), self.expected(&e.expected));
        say!(self.m, "ingest-score-error", value, indicator, expected)
    }

    /// The name of a file's role: `Inscriptions`, `Observations`.
    pub(crate) fn file_role(&self, role: FileRole) -> &'static str {
        self.m.keyed("ingest-file-role", role_key(role))
    }

    /// The heading line of one file: its role, path and what was detected.
    pub(crate) fn file_heading(&self, role: FileRole, path: &Path, detected: &[String]) -> String {
        let (role, path, detected) = (self.file_role(role), path.display().to_string(), detected.join(", "));
        say!(self.m, "ingest-file-heading", role, path, detected)
    }

    /// The CSV delimiter detected.
    pub(crate) fn delimiter(&self, delimiter: u8) -> String {
        match delimiter {
            b'\t' => self.m.text("ingest-delimiter-tab").to_string(),
            d => {
                let delimiter = (d as char).to_string();
                say!(self.m, "ingest-delimiter", delimiter)
            }
        }
    }

    /// The worksheet read.
    pub(crate) fn sheet(&self, sheet: &str) -> String {
        say!(self.m, "ingest-sheet", sheet)
    }

    /// The observation form detected.
    pub(crate) fn form(&self, form: Form) -> String {
        match form {
            Form::Long => self.m.text("ingest-form-long").to_string(),
            Form::Wide => self.m.text("ingest-form-wide").to_string(),
        }
    }

    /// Rows read, accepted and left out, and records kept, of one file.
    pub(crate) fn rows(&self, f: &FileSummary) -> String {
        let read = self.count("ingest-rows-read", f.rows_read);
        let accepted = self.count("ingest-rows-accepted", f.rows_accepted);
        let left_out = self.count("ingest-rows-left-out", f.rows_left_out());
        let kept = self.count("ingest-rows-kept", f.records_accepted);
        say!(self.m, "ingest-rows", read, accepted, left_out, kept)
    }

    /// Observations left out with their person's enrolment.
    pub(crate) fn left_out_with_enrolment(&self, n: u64) -> String {
        self.count("ingest-left-out-with-enrolment", n)
    }

    /// The error and warning totals.
    pub(crate) fn totals(&self, errors: u64, warnings: u64) -> String {
        let (errors, warnings) = (whole(errors, self.lang), whole(warnings, self.lang));
        say!(self.m, "ingest-totals", errors, warnings)
    }

    /// `erreur`/`erreurs` as `n` asks, for the table of counts.
    pub(crate) fn errors_word(&self, n: u64) -> &'static str {
        self.m.keyed("ingest-errors-word", &self.plural(n))
    }

    /// `avertissement`/`avertissements` as `n` asks.
    pub(crate) fn warnings_word(&self, n: u64) -> &'static str {
        self.m.keyed("ingest-warnings-word", &self.plural(n))
    }

    /// The heading of the list of problems.
    pub(crate) fn problems_heading(&self) -> &'static str {
        self.m.text("ingest-problems-heading")
    }

    /// The heading of the list of errors (all of them).
    pub(crate) fn errors_heading(&self) -> &'static str {
        self.m.text("ingest-errors-heading")
    }

    /// The heading of the examples of warnings, `examples` per kind.
    pub(crate) fn warnings_heading(&self, examples: usize) -> String {
        self.count("ingest-warnings-heading", examples as u64)
    }

    /// The warnings of one kind not shown as examples.
    pub(crate) fn more_of_kind(&self, n: u64, code: &str) -> String {
        let written = whole(n, self.lang);
        self.m.say("ingest-more-of-kind", &[("n", &written), ("count", &n), ("code", &code)])
    }

    /// Problems found but not listed.
    pub(crate) fn not_shown(&self, n: u64) -> String {
        self.count("ingest-not-shown", n)
    }

    /// Why a program refuses to go on: `n` errors to fix first.
    pub(crate) fn refusal(&self, errors: u64) -> String {
        self.count("ingest-refusal", errors)
    }

    /// How many rows a pseudonymised copy holds, and where it is.
    pub(crate) fn pseudonymised(&self, rows: u64, output: &Path) -> String {
        let (n, output) = (whole(rows, self.lang), output.display().to_string());
        self.m.say("ingest-pseudonymised", &[("n", &n), ("count", &rows), ("output", &output)])
    }

    /// A pseudonymised copy was not written.
    pub(crate) fn not_written(&self, output: &Path) -> String {
        let output = output.display().to_string();
        say!(self.m, "ingest-not-written", output)
    }

    /// The column name a template writes for `field`: the canonical name
    /// in English, the name French staff use in French (`Date d'entrée`);
    /// the readers map both back ([`crate::ingest::Field::from_header`]).
    pub(crate) fn column_name(&self, field: Field) -> &'static str {
        self.m.keyed("ingest-column", field.as_str())
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
