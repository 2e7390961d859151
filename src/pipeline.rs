//! From collected files to a report in one call: read and check both files,
//! refuse data with errors, analyse, and fill the data-quality section from
//! what the checks saw. `impact report` and `impact demo` are this function
//! plus a renderer, so an embedder who calls it gets the same report.
//!
//! ```
//! use social_impact::analysis::AnalysisOptions;
//! use social_impact::ingest::IngestOptions;
//! use social_impact::pipeline::report_from_files;
//! use social_impact::sample::{write_csv, SampleSpec};
//! use social_impact::Catalogue;
//!
//! let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
//! let dir = tempfile::tempdir()?;
//! write_csv(&set, &SampleSpec::new(3, 120, 1), dir.path())?;
//! let run = report_from_files(
//!     &set,
//!     &dir.path().join("enrolments.csv"),
//!     &dir.path().join("observations.csv"),
//!     &IngestOptions::default(),
//!     &AnalysisOptions::default(),
//! )?;
//! assert_eq!(run.report.data_quality.enrolments, run.validation.enrolments.rows_read);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::analysis::{analyse_with_progress, AnalysisError, AnalysisOptions};
use crate::ingest::{self, IngestError, IngestOptions, ValidationReport};
use crate::locale::report::report as words;
use crate::report::{DataQuality, Report, WarningCount};
use crate::set::ReferenceSet;
use crate::text::Lang;
use std::path::Path;

/// A share of rows, from 0 (exclusive) to [`RejectedShare::MAX`]: how many
/// rows with errors a report may leave out and still be made.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct RejectedShare(f64);

impl RejectedShare {
    /// The largest share accepted: past a tenth of the rows, figures
    /// describe another population than the one collected.
    pub const MAX: f64 = 0.10;

    /// `share` (a fraction: 0.02 for 2 %) when it is above 0 and at most
    /// [`Self::MAX`].
    pub fn new(share: f64) -> Option<RejectedShare> {
        (share > 0.0 && share <= Self::MAX).then_some(RejectedShare(share))
    }

    /// The share as a fraction.
    pub fn get(self) -> f64 {
        self.0
    }
}

/// What a report tolerated: files with errors whose left-out rows stayed
/// within the accepted share.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Tolerated {
    /// Errors found in the files.
    pub errors: u64,
    /// Rows left out: rows with errors, and observations of people whose
    /// enrolment was left out.
    pub left_out: u64,
    /// Rows read in both files.
    pub rows: u64,
    /// The share that was accepted.
    pub limit: RejectedShare,
}

/// A report and the checks of the files it was computed from.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReportRun {
    /// The report, its data-quality section filled.
    pub report: Report,
    /// What the checks of both files found: warnings only, unless the run
    /// tolerated errors ([`report_from_files_tolerating`]).
    pub validation: ValidationReport,
    /// Set when the files had errors that the accepted share allowed.
    pub tolerated: Option<Tolerated>,
}

impl ReportRun {
    /// One line per file for a rendered report's data-quality section
    /// ([`RenderOptions::notes`](crate::report::render::RenderOptions)):
    /// rows read, kept and left out. File names only (no folder), and never
    /// a value from the data.
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        [&self.validation.enrolments, &self.validation.observations]
            .into_iter()
            .map(|file| {
                let name = file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                words(lang).file_note(&name, file.rows_read, file.rows_accepted, file.rows_left_out())
            })
            .chain(self.tolerated.map(|t| {
                let share = if t.rows == 0 { 0.0 } else { t.left_out as f64 / t.rows as f64 };
                words(lang).tolerated_note(
                    t.errors,
                    t.left_out,
                    t.rows,
                    &crate::locale::numbers::pct_fine(share, lang),
                    &crate::locale::numbers::pct_fine(t.limit.get(), lang),
                )
            }))
            .collect()
    }
}

/// Why no report was computed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// A file could not be read at all.
    #[error(transparent)]
    Read(#[from] IngestError),
    /// The files have errors; the report says which (render it with
    /// [`ValidationReport::render`]).
    #[error("the data have {} error(s): no report was computed", .0.error_count())]
    Invalid(Box<ValidationReport>),
    /// The analysis options are not valid.
    #[error(transparent)]
    Analysis(#[from] AnalysisError),
}

impl PipelineError {
    /// The error in `lang`, for the person at the terminal (the problems of
    /// invalid data are listed by [`ValidationReport::render`]).
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            PipelineError::Read(e) => e.message(lang),
            PipelineError::Invalid(validation) => crate::locale::errors(lang).data_invalid(validation.error_count()),
            PipelineError::Analysis(e) => e.message(lang),
        }
    }
}

/// Reads `enrolments` and `observations` with `ingest` options, refuses
/// them when they have errors, analyses them with `analysis` options, and
/// fills the report's data-quality section (rows read and left out,
/// warnings by kind). Progress, if any, is told through `ingest.progress`,
/// for the reading and the analysis alike.
///
/// # Errors
///
/// [`PipelineError::Read`] when a file cannot be read, [`PipelineError::Invalid`]
/// when the checks found errors, [`PipelineError::Analysis`] when the
/// analysis options are not valid.
pub fn report_from_files(
    set: &ReferenceSet,
    enrolments: &Path,
    observations: &Path,
    ingest: &IngestOptions,
    analysis: &AnalysisOptions,
) -> Result<ReportRun, PipelineError> {
    report_from_files_tolerating(set, enrolments, observations, ingest, analysis, None)
}

/// [`report_from_files`], but files with errors still give a report when
/// the rows they leave out are at most `accept` of the rows read (`None`:
/// no error is accepted). The report then says, in its notes
/// ([`ReportRun::notes`]) and its data-quality counts, what was left out.
///
/// # Errors
///
/// As [`report_from_files`]; [`PipelineError::Invalid`] when the errors
/// leave out more than `accept` of the rows.
pub fn report_from_files_tolerating(
    set: &ReferenceSet,
    enrolments: &Path,
    observations: &Path,
    ingest: &IngestOptions,
    analysis: &AnalysisOptions,
    accept: Option<RejectedShare>,
) -> Result<ReportRun, PipelineError> {
    let loaded = ingest::load(set, enrolments, observations, ingest)?;
    let mut tolerated = None;
    if loaded.validation.has_errors() {
        let v = &loaded.validation;
        let rows = v.enrolments.rows_read + v.observations.rows_read;
        let left_out =
            (v.enrolments.rows_left_out() + v.observations.rows_left_out() + v.left_out_with_enrolment).min(rows);
        let within = |limit: RejectedShare| rows > 0 && (left_out as f64) <= limit.get() * rows as f64;
        match accept.filter(|limit| within(*limit)) {
            Some(limit) => tolerated = Some(Tolerated { errors: v.error_count(), left_out, rows, limit }),
            None => return Err(PipelineError::Invalid(Box::new(loaded.validation))),
        }
    }
    let progress = ingest.progress.clone();
    let mut report = analyse_with_progress(set, &loaded.dataset, analysis, &|done, total| {
        if let Some(p) = &progress {
            p.analysed(done, total);
        }
    })?;
    fill_data_quality(&loaded.validation, &mut report.data_quality);
    Ok(ReportRun { report, validation: loaded.validation, tolerated })
}

/// The data-quality section from what validation saw: rows read and left
/// out, and warnings by kind (validation already counts the fold's).
fn fill_data_quality(validation: &ValidationReport, quality: &mut DataQuality) {
    quality.enrolments = validation.enrolments.rows_read;
    quality.observations = validation.observations.rows_read;
    quality.rejected = validation.enrolments.rows_left_out() + validation.observations.rows_left_out();
    quality.warnings = validation
        .counts_by_code()
        .into_iter()
        .filter(|(_, _, warnings)| *warnings > 0)
        .map(|(kind, _, warnings)| WarningCount::new(kind, warnings))
        .collect();
}
