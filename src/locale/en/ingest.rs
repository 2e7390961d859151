//! Reading and validating data, in English.

use super::En;
use crate::indicator::value::{BINARY_FALSE, BINARY_TRUE};
use crate::indicator::{Expected, ScoreError};
use crate::ingest::{DateError, Field, FileRole, FileSummary, Form, Location, ProblemKind, Severity, SupportBound};
use crate::locale::hardening::HardeningWords as _;
use crate::locale::ingest::{list, whole, IngestWords, ProblemLine};
use crate::locale::Lang;
use std::path::Path;

/// `n` followed by the singular or the plural (English: 1 singular).
fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{} {}", whole(n, Lang::En), if n == 1 { one } else { many })
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

fn fields(fields: &[Field]) -> String {
    fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")
}

fn date_error(e: &DateError) -> String {
    match e {
        DateError::Unreadable => "unreadable date".into(),
        DateError::TwoDigitYear => "two-digit year: the century is ambiguous, write the year with 4 digits".into(),
        DateError::YearOutOfRange { year } => format!("year {year} outside 1900-2200"),
        DateError::MonthDayOrder => {
            "month above 12: the date looks written month/day (US order); write DD/MM/YYYY".into()
        }
        DateError::NoSuchDay => "no such day".into(),
    }
}

fn suggestion(s: &impl std::fmt::Display) -> String {
    format!("did you mean {}?", quoted(&s.to_string()))
}

impl IngestWords for En {
    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    fn location(&self, location: &Location) -> String {
        match location {
            Location::File => "file".into(),
            Location::Line(l) => format!("line {l}"),
            Location::Record { index, line } => format!("record {index} (line {line})"),
            Location::SheetRow { sheet, row } => format!("sheet {}, row {row}", quoted(sheet)),
        }
    }

    fn cut(&self, total_chars: usize) -> String {
        format!("… ({})", count(total_chars as u64, "character", "characters"))
    }

    fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind as K;
        match kind {
            K::PdfDocument => "this is a PDF document, not a data table: export the data as CSV or XLSX".into(),
            K::NotData => "this is neither a text file (CSV, JSON) nor an XLSX workbook".into(),
            K::ReadStopped { reason } => format!("reading stopped: {reason}"),
            K::WorkbooksNotBuiltIn => "this workbook cannot be read: the library was built without the `xlsx` feature; save it as CSV".into(),
            K::DamagedWorkbook => "the workbook cannot be opened (truncated, damaged or password-protected?): save it again from Excel or LibreOffice, or export it as CSV".into(),
            K::NoSuchSheet { wanted, .. } => format!("the workbook has no sheet {}", quoted(wanted)),
            K::UndecidableEncoding => "the text encoding is neither UTF-8 nor Windows-1252 (Latin-1): in Excel, \"Save As\" → \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, tick \"Edit filter settings\" and choose \"Unicode (UTF-8)\"".into(),
            K::ReadAsWindows1252 => "the file is not UTF-8: it was read as Windows-1252 (Latin-1), as Excel writes it; check the accents, or save it as \"CSV UTF-8\"".into(),
            K::FieldNotUtf8 { position } => format!("field {position} holds bytes that are not UTF-8 (does the file mix encodings?): save the file as \"CSV UTF-8\""),
            K::EmptyFile => "the file is empty".into(),
            K::NoLine => "the file holds no line".into(),
            K::NoRecord => "the file holds no record".into(),
            K::EmptySheet { sheet } => format!("the sheet {} is empty", quoted(sheet)),
            K::HeaderOnly => "the file has a header line and no data".into(),
            K::MissingColumns { form, missing } => {
                let prefix = match form {
                    Some(Form::Wide) => "wide form (one column per indicator): ",
                    Some(Form::Long) => "long form: ",
                    None => "",
                };
                let what = if missing.len() > 1 { "required columns missing" } else { "required column missing" };
                format!("{prefix}{what}: {}", fields(missing))
            }
            K::NoBeneficiaryColumn => "no beneficiary column to pseudonymise".into(),
            K::DuplicateColumn { name, first, first_position } => {
                format!("column {} repeats column {} (column {first_position})", quoted(name), quoted(first))
            }
            K::UnusedColumn { field: Some(f), .. } => format!("column {} is not used in this file: ignored", quoted(f.as_str())),
            K::UnusedColumn { field: None, .. } => "unknown column: ignored".into(),
            K::UnknownIndicatorColumn { .. } => "indicator column not in the reference set: its values are left out".into(),
            K::FieldCount { found, expected } => {
                format!("the row has {}, the header has {expected}", count(*found as u64, "field", "fields"))
            }
            K::CellsBeyondHeader => "the row has filled cells to the right of the last named column".into(),
            K::NotAnArray => "a .json file must hold an array of objects `[{…}, {…}]` (or one object per line, as JSON Lines)".into(),
            K::MalformedJson { line, column, reason } => format!("malformed JSON (line {line}, column {column}): {reason}"),
            K::NotAnObject => "a record must be a JSON object `{\"organisation\": …}`".into(),
            K::UnreadableRecord => "unreadable record".into(),
            K::NestedValue => "nested value (array or object) not accepted".into(),
            K::MissingValue => "required value missing".into(),
            K::InvalidOrganisation => "invalid organisation code".into(),
            K::InvalidAge { .. } => "invalid age".into(),
            K::InvalidSex => "sex not recognised".into(),
            K::UnknownMissingReason => "unknown missing reason".into(),
            K::MalformedDate(e) => date_error(e),
            K::UnknownIndicator { set, .. } => format!("indicator not in the reference set {}", quoted(set)),
            K::UnknownWave => "unknown wave".into(),
            K::WaveNotAllowed { indicator, .. } => format!("{indicator} is not collected at this wave"),
            K::ValueNotAccepted { indicator, .. } => format!("answer not accepted for {indicator}"),
            K::ExitBeforeEntry { entry } => format!("exit date before the entry date ({entry})"),
            K::DuplicateEnrolment { first, identical: true } => {
                format!("enrolment identical to the one at {}: kept once", self.location(first))
            }
            K::DuplicateEnrolment { first, identical: false } => format!(
                "second enrolment of this person in this organisation (first at {}), with other dates or details",
                self.location(first)
            ),
            K::ObservationWithoutEnrolment { organisation, enrolments } => {
                format!("no enrolment of this person in organisation {organisation} (file {})", enrolments.display())
            }
            K::OutsideSupport { days, bound, .. } => {
                let days = count(days.unsigned_abs(), "day", "days");
                match bound {
                    SupportBound::BeforeEntry(d) => format!("observation dated {days} before entry ({d})"),
                    SupportBound::PostExitBeforeExit(d) => format!("post-exit observation dated {days} before exit ({d})"),
                    SupportBound::AfterExit(d) => {
                        format!("observation dated {days} after exit ({d}); use wave post_exit if it follows exit")
                    }
                }
            }
            K::PostExitWithoutExit => "post-exit observation while the enrolment has no exit date".into(),
            K::NotApplicableAtAge { indicator, min_age, max_age, age } => {
                let range = match (min_age, max_age) {
                    (Some(a), Some(b)) => format!("aged {a} to {b}"),
                    (Some(a), None) => format!("aged {a} or more"),
                    (None, Some(b)) => format!("aged {b} or less"),
                    (None, None) => String::new(),
                };
                format!("{indicator} applies to people {range}; this person is {age} on that date")
            }
            K::DuplicateObservation { indicator, wave } => {
                format!("{indicator} already has an observation at wave {wave} for this person: the latest by date counts")
            }
            K::ConflictingDuplicates { indicator, wave, others, more } => {
                let mut rows: Vec<String> = others.iter().map(|l| self.location(l)).collect();
                if *more > 0 {
                    rows.push(format!("{} more", whole(*more, Lang::En)));
                }
                let rows = match rows.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                    _ => rows.concat(),
                };
                if others.len() as u64 + more > 1 {
                    format!("{indicator} has other observations at wave {wave} on the same date for this person ({rows}) that do not all say the same: the answer counts as missing, whatever the order of the rows")
                } else {
                    format!("{indicator} has another observation at wave {wave} on the same date for this person ({rows}) that says something else: the answer counts as missing, whatever the order of the rows")
                }
            }
            K::MissingReasonIgnored => "missing reason given beside an answer: the answer is kept".into(),
            K::NotRegularFile { kind } => self.input_not_regular(*kind),
            K::FileTooLarge { size, limit } => self.input_too_large(*size, *limit),
            K::WorkbookPartTooLarge { part, size, limit } => self.workbook_part_too_large(part, *size, *limit),
            K::SheetTooLarge { sheet, cells, limit } => self.sheet_too_large(sheet, *cells, *limit),
            K::UnboundedWorkbook { container } => self.unbounded_workbook(*container),
            K::CellTooLong { column, limit } => self.cell_too_long(*column, *limit),
            K::UnreadableCell => self.unreadable_cell(),
            K::WorkbookReaderFailed => self.workbook_reader_failed(),
            K::ErrorCell => self.error_cell(),
            K::Dates1904 => self.date_1904(),
            K::TooManyColumns { count, limit } => self.too_many_columns(*count, *limit),
            K::TooManyKeys { limit } => self.too_many_keys(*limit),
            K::RecordTooLong { limit } => self.record_too_long(*limit),
            K::MoreUnknownColumns { more } => self.more_unknown_columns(*more),
            K::Utf8AfterWindows1252 => self.utf8_after_cp1252(),
            K::AmbiguousIdColumns { candidates } => self.ambiguous_id_columns(candidates),
            K::IdNotScalar => self.id_not_scalar(),
            K::FormulasNeutralised { cells } => self.formulas_neutralised(*cells),
            K::ExportLacksQuestions { wave, form_version, set_version, missing } => {
                crate::locale::form::FormWords::export_lacks(self, *wave, form_version, set_version, missing)
            }
            K::OptionalValueIgnored { field, why } => {
                let read_as = match field {
                    Field::ExitDate => "the exit date is read as empty (support ongoing)",
                    Field::AgeAtEntry => "the age is read as unknown",
                    Field::Sex => "the sex is read as unknown",
                    _ => "the value is read as empty",
                };
                format!("{}; {read_as}, the person is kept", self.problem(why))
            }
            K::OptionalColumnsAbsent { missing } => {
                let mut consequences = Vec::new();
                if missing.contains(&Field::ExitDate) {
                    consequences.push(
                        "without exit dates, every support is counted as ongoing and post-exit observations are not \
                         matched with an exit",
                    );
                }
                if missing.contains(&Field::AgeAtEntry) {
                    consequences.push("without ages, indicators meant for certain ages are not checked");
                }
                let columns = if missing.len() == 1 { "no column" } else { "no columns" };
                format!("{columns} {}: {}", fields(missing), consequences.join("; "))
            }
            K::LooksLikeOtherFile { given_as, found } => {
                let (other, this) = match given_as {
                    FileRole::Enrolments => ("an observations", "an enrolments"),
                    FileRole::Observations => ("an enrolments", "an observations"),
                };
                format!(
                    "this header is that of {other} file (columns {}), not {this} file: were the two files swapped?",
                    fields(found)
                )
            }
        }
    }

    fn accepted(&self, kind: &ProblemKind) -> Option<String> {
        use ProblemKind as K;
        Some(match kind {
            K::FileTooLarge { limit, .. } => self.raise_limit("Limits::max_workbook_file_bytes", *limit),
            K::WorkbookPartTooLarge { limit, .. } => self.raise_limit("Limits::max_workbook_part_bytes", *limit),
            K::SheetTooLarge { limit, .. } => self.raise_limit("Limits::max_sheet_cells", *limit),
            K::CellTooLong { limit, .. } => self.raise_limit("Limits::max_cell_chars", *limit as u64),
            K::TooManyColumns { limit, .. } | K::TooManyKeys { limit } => {
                self.raise_limit("Limits::max_columns", *limit as u64)
            }
            K::RecordTooLong { limit } => self.raise_limit("Limits::max_record_bytes", *limit),
            K::AmbiguousIdColumns { .. } => self.ambiguous_id_accepted(),
            K::ExportLacksQuestions { .. } => crate::locale::form::FormWords::export_lacks_advice(self).into(),
            K::OptionalValueIgnored { why, .. } => return self.accepted(why),
            K::OptionalColumnsAbsent { missing } => {
                format!("a column for {} (or one of its French names), even if empty in places", fields(missing))
            }
            K::LooksLikeOtherFile { given_as: FileRole::Enrolments, .. } => {
                "the enrolments file here (organisation, beneficiary, entry_date…), and the observations file in \
                 its place"
                    .into()
            }
            K::LooksLikeOtherFile { given_as: FileRole::Observations, .. } => {
                "the observations file here (organisation, beneficiary, indicator, wave, date, value…), and the \
                 enrolments file in its place"
                    .into()
            }
            K::NoSuchSheet { sheets, .. } => {
                format!("one of the sheets {}", sheets.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", "))
            }
            K::MissingColumns { missing, .. } => {
                let aliases: Vec<String> =
                    missing.iter().map(|f| format!("{f} ({})", f.aliases().join(", "))).collect();
                format!("these names or their equivalents: {}", aliases.join("; "))
            }
            K::NoBeneficiaryColumn => format!("beneficiary or {}", Field::Beneficiary.aliases().join(", ")),
            K::DuplicateColumn { .. } => "one column per field: remove or rename one of them".into(),
            K::UnusedColumn { used, .. } => fields(used),
            K::UnknownIndicatorColumn { suggestion: Some(s) } => suggestion(s),
            K::FieldCount { .. } => "as many fields as columns; a field holding the delimiter must be quoted".into(),
            K::CellsBeyondHeader => "a column named in the header row for every filled cell".into(),
            K::NestedValue => "a string, a number, true/false or null".into(),
            K::InvalidOrganisation => {
                "1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit (e.g. ASSO1)".into()
            }
            K::InvalidAge { max } => format!("a whole number of years from 0 to {max}, or empty"),
            K::InvalidSex => "F, M or X (also female/male/other, femme/homme/autre), or empty".into(),
            K::UnknownMissingReason => {
                let codes: Vec<&str> = crate::data::MissingReason::ALL.iter().map(|r| r.as_str()).collect();
                let names: Vec<&str> = crate::data::MissingReason::ALL
                    .iter()
                    .map(|r| crate::locale::report::report(Lang::Fr).missing_reason(Some(*r)))
                    .collect();
                format!(
                    "{} (also in French: {}, in any case, with or without accents), or empty",
                    codes.join(", "),
                    names.join(", ")
                )
            }
            K::MalformedDate(_) => {
                "a date as YYYY-MM-DD (2024-01-15) or DD/MM/YYYY (15/01/2024), with a 4-digit year".into()
            }
            K::UnknownIndicator { suggestion: Some(s), .. } => suggestion(s),
            K::UnknownIndicator { known, .. } => {
                format!("one of: {}", known.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(", "))
            }
            K::UnknownWave => {
                let names: Vec<&str> = crate::catalogue::Wave::ALL
                    .iter()
                    .map(|w| crate::locale::report::report(Lang::Fr).wave_name(*w))
                    .collect();
                format!(
                    "{} (also in French: {}, in any case, with or without accents)",
                    crate::catalogue::Wave::accepted(),
                    names.join(", ")
                )
            }
            K::WaveNotAllowed { allowed, .. } => allowed.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(", "),
            K::ValueNotAccepted { expected: e @ (Expected::Described(_) | Expected::IndicatorOfTheSet), .. } => {
                self.expected(e)
            }
            K::ValueNotAccepted { expected, .. } => {
                format!("{}; empty when the answer is missing", self.expected(expected))
            }
            K::ExitBeforeEntry { .. } => "an exit date on or after entry, or empty while support goes on".into(),
            K::DuplicateEnrolment { identical: false, .. } => {
                "one enrolment per person and organisation in a file".into()
            }
            K::ObservationWithoutEnrolment { .. } => {
                "a person enrolled in the same organisation, with the same id".into()
            }
            K::OutsideSupport { tolerance, .. } => format!(
                "a date between entry and exit, give or take {} (the date tolerance)",
                count(tolerance.unsigned_abs(), "day", "days")
            ),
            _ => return None,
        })
    }

    fn problem_line(&self, p: &ProblemLine<'_>) -> String {
        let mut out = format!("{}, {}", p.file.display(), self.location(p.location));
        if let Some(c) = p.column {
            out.push_str(&format!(", column {}", quoted(c)));
        }
        out.push_str(&format!(": {} [{}]: {}", self.severity(p.severity), p.code, p.message));
        if let Some(v) = p.value {
            out.push_str(&format!(" (value {})", quoted(v)));
        }
        if let Some(a) = p.accepted {
            out.push_str(&format!(". Accepted: {a}"));
        }
        out
    }

    fn expected(&self, expected: &Expected) -> String {
        match expected {
            Expected::YesNo => {
                let pairs: Vec<String> =
                    BINARY_TRUE.iter().zip(BINARY_FALSE).map(|(t, f)| format!("{t}/{f}")).collect();
                list(&pairs, " or ")
            }
            Expected::WholeNumber { min, max: Some(max) } => format!("a whole number from {min} to {max}"),
            Expected::WholeNumber { min, max: None } => format!("a whole number, {min} or more"),
            Expected::OneOfCodes(codes) => format!("one of the codes {}", codes.join(", ")),
            Expected::Number { unit, min, max } => {
                let range = match (min, max) {
                    (Some(a), Some(b)) => format!(" from {a} to {b}"),
                    (Some(a), None) => format!(" of at least {a}"),
                    (None, Some(b)) => format!(" of at most {b}"),
                    (None, None) => String::new(),
                };
                format!("a number{range} (in {unit}); a decimal comma is fine")
            }
            Expected::IndicatorOfTheSet => "an indicator of the reference set".into(),
            Expected::Described(text) => text.en.clone(),
        }
    }

    fn score_error(&self, e: &ScoreError) -> String {
        format!("value {:?} is not accepted for {}: expected {}", e.value, e.indicator, self.expected(&e.expected))
    }

    fn column_name(&self, field: Field) -> &'static str {
        field.as_str()
    }

    fn file_role(&self, role: FileRole) -> &'static str {
        match role {
            FileRole::Enrolments => "Enrolments",
            FileRole::Observations => "Observations",
        }
    }

    fn file_heading(&self, role: FileRole, path: &Path, detected: &[String]) -> String {
        format!("{}: {} ({})", self.file_role(role), path.display(), detected.join(", "))
    }

    fn delimiter(&self, delimiter: u8) -> String {
        match delimiter {
            b'\t' => "delimiter tab".into(),
            d => format!("delimiter '{}'", d as char),
        }
    }

    fn sheet(&self, sheet: &str) -> String {
        format!("sheet {}", quoted(sheet))
    }

    fn form(&self, form: Form) -> String {
        match form {
            Form::Long => "long form".into(),
            Form::Wide => "wide form".into(),
        }
    }

    fn rows(&self, f: &FileSummary) -> String {
        let n = |n: u64| whole(n, Lang::En);
        format!(
            "{} read, {} accepted, {} left out; {} kept",
            count(f.rows_read, "row", "rows"),
            n(f.rows_accepted),
            n(f.rows_left_out()),
            count(f.records_accepted, "record", "records"),
        )
    }

    fn left_out_with_enrolment(&self, n: u64) -> String {
        format!("{} left out with their person's enrolment in error", count(n, "observation", "observations"))
    }

    fn totals(&self, errors: u64, warnings: u64) -> String {
        format!("Errors: {}; warnings: {}", whole(errors, Lang::En), whole(warnings, Lang::En))
    }

    fn errors_word(&self, n: u64) -> &'static str {
        if n == 1 {
            "error"
        } else {
            "errors"
        }
    }

    fn warnings_word(&self, n: u64) -> &'static str {
        if n == 1 {
            "warning"
        } else {
            "warnings"
        }
    }

    fn errors_heading(&self) -> &'static str {
        "Errors to fix:"
    }

    fn warnings_heading(&self, examples: usize) -> String {
        format!(
            "Warnings ({} per kind at most; --all-warnings lists them all):",
            count(examples as u64, "example", "examples")
        )
    }

    fn more_of_kind(&self, n: u64, code: &str) -> String {
        format!("… and {} of this kind ({code})", count(n, "other", "others"))
    }

    fn problems_heading(&self) -> &'static str {
        "Problems:"
    }

    fn not_shown(&self, n: u64) -> String {
        format!("… and {} not shown", count(n, "more problem", "more problems"))
    }

    fn refusal(&self, errors: u64) -> String {
        format!("{}: fix the files before producing a report", count(errors, "error", "errors"))
    }

    fn pseudonymised(&self, rows: u64, output: &Path) -> String {
        format!("{} pseudonymised into {}", count(rows, "row", "rows"), output.display())
    }

    fn not_written(&self, output: &Path) -> String {
        format!("{} was not written", output.display())
    }
}
