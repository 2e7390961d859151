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

/// A report and the checks of the files it was computed from.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReportRun {
    /// The report, its data-quality section filled.
    pub report: Report,
    /// What the checks of both files found (warnings only: a run with
    /// errors is [`PipelineError::Invalid`]).
    pub validation: ValidationReport,
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
    let loaded = ingest::load(set, enrolments, observations, ingest)?;
    if loaded.validation.has_errors() {
        return Err(PipelineError::Invalid(Box::new(loaded.validation)));
    }
    let progress = ingest.progress.clone();
    let mut report = analyse_with_progress(set, &loaded.dataset, analysis, &|done, total| {
        if let Some(p) = &progress {
            p.analysed(done, total);
        }
    })?;
    fill_data_quality(&loaded.validation, &mut report.data_quality);
    Ok(ReportRun { report, validation: loaded.validation })
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
