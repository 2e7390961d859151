//! The validation report: what was read, what was kept, and every problem.

use super::output::ValidationOutput;
use super::problem::{Problem, ProblemCode, Severity};
use super::record::Form;
use super::source::FileInfo;
use super::FileRole;
use crate::locale::{self, Lang};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What was read from one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileSummary {
    /// The file.
    pub path: PathBuf,
    /// Its format, encoding and delimiter as detected.
    pub info: Option<FileInfo>,
    /// Long or wide form (observations).
    pub form: Option<Form>,
    /// Data rows read (header and blank rows not counted).
    pub rows_read: u64,
    /// Rows kept in the data: every record of the row passed every check.
    pub rows_accepted: u64,
    /// Records kept: enrolments, or observations (a wide row holds several).
    pub records_accepted: u64,
}

impl FileSummary {
    /// Rows left out because of errors.
    pub fn rows_left_out(&self) -> u64 {
        self.rows_read - self.rows_accepted.min(self.rows_read)
    }
}

/// Everything validation found, for both files at once.
///
/// Problems are counted exactly; at most `max_problems` of them are kept
/// (see [`super::IngestOptions::max_problems`]), so that a file wrong on
/// every one of a million rows does not fill the memory.
#[derive(Debug, Clone, Default)]
pub struct ValidationReport {
    /// The enrolments file.
    pub enrolments: FileSummary,
    /// The observations file.
    pub observations: FileSummary,
    /// Observations left out silently because their person's enrolment row
    /// had errors (the enrolment's problems say why).
    pub left_out_with_enrolment: u64,
    problems: Vec<Problem>,
    counts: BTreeMap<(ProblemCode, Severity), u64>,
    not_kept: u64,
    max_problems: Option<usize>,
}

impl ValidationReport {
    pub(crate) fn new(max_problems: Option<usize>) -> Self {
        ValidationReport { max_problems, ..Default::default() }
    }

    pub(crate) fn push(&mut self, problem: Problem) {
        *self.counts.entry((problem.code(), problem.severity())).or_default() += 1;
        match self.max_problems {
            Some(m) if self.problems.len() >= m => self.not_kept += 1,
            _ => self.problems.push(problem),
        }
    }

    /// The record a reader yielded, or `None` once the problem it yielded
    /// instead is kept.
    pub(crate) fn record_of<T>(&mut self, item: super::ReadItem<T>) -> Option<super::ReadRecord<T>> {
        match item {
            super::ReadItem::Record(r) => Some(r),
            super::ReadItem::Problem(p) => {
                self.push(p);
                None
            }
        }
    }

    /// Whether any error was found: the report command refuses to run then.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// How many errors.
    pub fn error_count(&self) -> u64 {
        self.count(Severity::Error)
    }

    /// How many warnings.
    pub fn warning_count(&self) -> u64 {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> u64 {
        self.counts.iter().filter(|((_, s), _)| *s == severity).map(|(_, n)| n).sum()
    }

    /// The problems kept, in reading order (enrolments first).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Problems found but not kept, beyond `max_problems`.
    pub fn problems_not_kept(&self) -> u64 {
        self.not_kept
    }

    /// Counts by code: `(code, errors, warnings)`, in [`ProblemCode::ALL`]
    /// order, codes with no problem left out.
    pub fn counts_by_code(&self) -> Vec<(ProblemCode, u64, u64)> {
        ProblemCode::ALL
            .iter()
            .filter_map(|k| {
                let e = self.counts.get(&(*k, Severity::Error)).copied().unwrap_or(0);
                let w = self.counts.get(&(*k, Severity::Warning)).copied().unwrap_or(0);
                (e + w > 0).then_some((*k, e, w))
            })
            .collect()
    }

    /// The count of one code (errors and warnings together).
    pub fn count_of(&self, code: ProblemCode) -> u64 {
        self.counts.iter().filter(|((k, _), _)| *k == code).map(|(_, n)| n).sum()
    }

    /// How many warnings of each kind [`render`](Self::render) shows as
    /// examples.
    pub const WARNING_EXAMPLES: usize = 3;

    /// A summary for people at a terminal: rows read and accepted per file,
    /// problems by kind, then every error kept, then a few examples of each
    /// kind of warning (a file with 1,114 duplicates shows three of them and
    /// says how many more). [`render_all`](Self::render_all) lists every
    /// problem kept.
    pub fn render(&self, lang: Lang) -> String {
        let words = locale::ingest(lang);
        let mut out = self.render_summary(lang);
        let errors: Vec<&Problem> = self.problems.iter().filter(|p| p.severity() == Severity::Error).collect();
        if !errors.is_empty() {
            out.push_str(words.errors_heading());
            out.push('\n');
            for p in errors {
                out.push_str(&format!("  {}\n", p.render(lang)));
            }
        }
        let warned: Vec<(ProblemCode, u64)> =
            self.counts_by_code().into_iter().filter(|(_, _, w)| *w > 0).map(|(code, _, w)| (code, w)).collect();
        if !warned.is_empty() {
            out.push_str(&words.warnings_heading(Self::WARNING_EXAMPLES));
            out.push('\n');
            for (code, total) in warned {
                let kept = self.problems.iter().filter(|p| p.severity() == Severity::Warning && p.code() == code);
                let mut shown = 0u64;
                for p in kept.take(Self::WARNING_EXAMPLES) {
                    out.push_str(&format!("  {}\n", p.render(lang)));
                    shown += 1;
                }
                if total > shown {
                    out.push_str(&format!("    {}\n", words.more_of_kind(total - shown, code.as_str())));
                }
            }
        }
        out
    }

    /// The summary, then every problem kept, one per line, in reading
    /// order (what `impact validate --all-warnings` prints).
    pub fn render_all(&self, lang: Lang) -> String {
        let words = locale::ingest(lang);
        let mut out = self.render_summary(lang);
        if !self.problems.is_empty() {
            out.push_str(words.problems_heading());
            out.push('\n');
            for p in &self.problems {
                out.push_str(&format!("  {}\n", p.render(lang)));
            }
        }
        if self.not_kept > 0 {
            out.push_str(&words.not_shown(self.not_kept));
            out.push('\n');
        }
        out
    }

    /// Rows read and accepted per file, the totals and the counts by kind.
    fn render_summary(&self, lang: Lang) -> String {
        let words = locale::ingest(lang);
        let mut out = String::new();
        for (role, file) in [(FileRole::Enrolments, &self.enrolments), (FileRole::Observations, &self.observations)] {
            let mut detected = Vec::new();
            if let Some(info) = &file.info {
                detected.push(info.format.as_str().to_string());
                if let Some(e) = info.encoding {
                    detected.push(e.as_str().to_string());
                }
                if let Some(d) = info.delimiter {
                    detected.push(words.delimiter(d));
                }
                if let Some(s) = &info.sheet {
                    detected.push(words.sheet(s));
                }
            }
            if let Some(f) = file.form {
                detected.push(words.form(f));
            }
            out.push_str(&words.file_heading(role, &file.path, &detected));
            out.push('\n');
            out.push_str(&format!("  {}\n", words.rows(file)));
        }
        if self.left_out_with_enrolment > 0 {
            out.push_str(&words.left_out_with_enrolment(self.left_out_with_enrolment));
            out.push('\n');
        }
        out.push_str(&words.totals(self.error_count(), self.warning_count()));
        out.push('\n');
        let counts = self.counts_by_code();
        if !counts.is_empty() {
            let width = counts.iter().map(|(k, _, _)| k.as_str().len()).max().unwrap_or(0);
            // The plural is the longer word: padding to it keeps the columns.
            let errors_width = words.errors_word(2).chars().count();
            for (code, e, w) in counts {
                out.push_str(&format!(
                    "  {:<width$}  {e:>7} {:<errors_width$}  {w:>7} {}\n",
                    code.as_str(),
                    words.errors_word(e),
                    words.warnings_word(w)
                ));
            }
        }
        out
    }

    /// Why a program should not go on to a report, in `lang`, when the data
    /// hold errors: `3 erreurs : corrigez les fichiers…`.
    pub fn refusal(&self, lang: Lang) -> Option<String> {
        self.has_errors().then(|| locale::ingest(lang).refusal(self.error_count()))
    }

    /// The report in the documented `impact-validation/1` format, texts in
    /// `lang` (see [`ValidationOutput`] and [`validation_schema`](super::validation_schema)).
    /// It holds no raw beneficiary id.
    pub fn to_output(&self, lang: Lang) -> ValidationOutput {
        ValidationOutput::new(self, lang)
    }
}
