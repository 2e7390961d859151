//! The validation report: what was read, what was kept, and every problem.

use super::problem::{Problem, ProblemKind, Severity};
use super::record::Form;
use super::source::FileInfo;
use crate::text::Lang;
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
    counts: BTreeMap<(ProblemKind, Severity), u64>,
    not_kept: u64,
    max_problems: Option<usize>,
}

impl ValidationReport {
    pub(crate) fn new(max_problems: Option<usize>) -> Self {
        ValidationReport { max_problems, ..Default::default() }
    }

    pub(crate) fn push(&mut self, problem: Problem) {
        *self.counts.entry((problem.kind, problem.severity)).or_default() += 1;
        match self.max_problems {
            Some(m) if self.problems.len() >= m => self.not_kept += 1,
            _ => self.problems.push(problem),
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

    /// Counts by kind: `(kind, errors, warnings)`, in [`ProblemKind::ALL`] order,
    /// kinds with no problem left out.
    pub fn counts_by_kind(&self) -> Vec<(ProblemKind, u64, u64)> {
        ProblemKind::ALL
            .iter()
            .filter_map(|k| {
                let e = self.counts.get(&(*k, Severity::Error)).copied().unwrap_or(0);
                let w = self.counts.get(&(*k, Severity::Warning)).copied().unwrap_or(0);
                (e + w > 0).then_some((*k, e, w))
            })
            .collect()
    }

    /// The count of one kind (errors and warnings together).
    pub fn count_of(&self, kind: ProblemKind) -> u64 {
        self.counts.iter().filter(|((k, _), _)| *k == kind).map(|(_, n)| n).sum()
    }

    /// A summary (rows read and accepted per file, problems by kind) and
    /// every problem kept, one per line, for people.
    pub fn render(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        let mut out = String::new();
        for (label, file) in
            [(if fr { "Inscriptions" } else { "Enrolments" }, &self.enrolments), ("Observations", &self.observations)]
        {
            let mut what = Vec::new();
            if let Some(info) = &file.info {
                what.push(info.format.as_str().to_string());
                if let Some(e) = info.encoding {
                    what.push(e.as_str().to_string());
                }
                if let Some(d) = info.delimiter {
                    let d = if d == b'\t' { "tab".to_string() } else { (d as char).to_string() };
                    what.push(if fr { format!("séparateur « {d} »") } else { format!("delimiter '{d}'") });
                }
                if let Some(s) = &info.sheet {
                    what.push(if fr { format!("feuille « {s} »") } else { format!("sheet \"{s}\"") });
                }
            }
            if let Some(f) = file.form {
                what.push(match (fr, f) {
                    (true, Form::Long) => "forme longue".to_string(),
                    (true, Form::Wide) => "forme large".to_string(),
                    (false, f) => format!("{} form", f.as_str()),
                });
            }
            out.push_str(&format!("{label}: {} ({})\n", file.path.display(), what.join(", ")));
            if fr {
                out.push_str(&format!(
                    "  {} lignes lues, {} acceptées, {} écartées ; {} enregistrements gardés\n",
                    file.rows_read,
                    file.rows_accepted,
                    file.rows_left_out(),
                    file.records_accepted
                ));
            } else {
                out.push_str(&format!(
                    "  {} rows read, {} accepted, {} left out; {} records kept\n",
                    file.rows_read,
                    file.rows_accepted,
                    file.rows_left_out(),
                    file.records_accepted
                ));
            }
        }
        if self.left_out_with_enrolment > 0 {
            out.push_str(&if fr {
                format!(
                    "{} observations écartées avec l'inscription en erreur de leur bénéficiaire\n",
                    self.left_out_with_enrolment
                )
            } else {
                format!(
                    "{} observations left out with their person's enrolment in error\n",
                    self.left_out_with_enrolment
                )
            });
        }
        out.push_str(&if fr {
            format!("Erreurs : {} ; avertissements : {}\n", self.error_count(), self.warning_count())
        } else {
            format!("Errors: {}; warnings: {}\n", self.error_count(), self.warning_count())
        });
        let counts = self.counts_by_kind();
        if !counts.is_empty() {
            let width = counts.iter().map(|(k, _, _)| k.as_str().len()).max().unwrap_or(0);
            let (e_word, w_word) = if fr { ("erreurs", "avertissements") } else { ("errors", "warnings") };
            for (kind, e, w) in counts {
                out.push_str(&format!("  {:<width$}  {e:>7} {e_word}  {w:>7} {w_word}\n", kind.as_str()));
            }
        }
        if !self.problems.is_empty() {
            out.push_str(if fr { "Problèmes :\n" } else { "Problems:\n" });
            for p in &self.problems {
                out.push_str(&format!("  {}\n", p.render(lang)));
            }
        }
        if self.not_kept > 0 {
            out.push_str(&if fr {
                format!("… et {} autres problèmes non affichés\n", self.not_kept)
            } else {
                format!("… and {} more problems not shown\n", self.not_kept)
            });
        }
        out
    }

    /// The report as JSON (`"format": "impact-validation/1"`): per-file
    /// summaries, counts by kind, and the problems with texts in `lang`.
    /// It holds no raw beneficiary id.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let file = |f: &FileSummary| {
            serde_json::json!({
                "path": f.path.display().to_string(),
                "format": f.info.as_ref().map(|i| i.format.as_str()),
                "encoding": f.info.as_ref().and_then(|i| i.encoding).map(|e| e.as_str()),
                "delimiter": f.info.as_ref().and_then(|i| i.delimiter).map(|d| (d as char).to_string()),
                "sheet": f.info.as_ref().and_then(|i| i.sheet.clone()),
                "form": f.form.map(|f| f.as_str()),
                "rows_read": f.rows_read,
                "rows_accepted": f.rows_accepted,
                "rows_left_out": f.rows_left_out(),
                "records_accepted": f.records_accepted,
            })
        };
        let counts: Vec<serde_json::Value> = self
            .counts_by_kind()
            .into_iter()
            .map(|(k, e, w)| serde_json::json!({ "kind": k.as_str(), "errors": e, "warnings": w }))
            .collect();
        serde_json::json!({
            "format": "impact-validation/1",
            "enrolments": file(&self.enrolments),
            "observations": file(&self.observations),
            "left_out_with_enrolment": self.left_out_with_enrolment,
            "errors": self.error_count(),
            "warnings": self.warning_count(),
            "counts": counts,
            "problems": self.problems.iter().map(|p| p.to_json(lang)).collect::<Vec<_>>(),
            "problems_not_kept": self.not_kept,
        })
    }
}
