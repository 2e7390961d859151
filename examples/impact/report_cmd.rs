//! `impact report`: from collected data to the report, in JSON, HTML or Markdown.

use crate::cli_error::CliError;
use crate::progress;
use clap::{Args, ValueEnum};
use social_impact::analysis::{analyse_with_progress, AnalysisOptions};
use social_impact::catalogue::{Catalogue, ReferenceSet};
use social_impact::data::{Date, PseudonymKey, Pseudonymiser};
use social_impact::ingest::{self, IngestOptions};
use social_impact::report::render::{self, RenderOptions};
use social_impact::report::{DataQuality, Report, WarningCount};
use social_impact::Lang;
use std::path::PathBuf;

/// Output format of a report.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    /// The JSON contract `impact-report/1`, for programs.
    Json,
    /// A self-contained HTML document with charts, for people.
    Html,
    /// Markdown, for documents and wikis.
    Md,
}

#[derive(Args)]
pub struct ReportArgs {
    /// Reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long)]
    pub set: String,
    /// Enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    pub enrolments: PathBuf,
    /// Observations file (CSV, JSON Lines, JSON or XLSX; long or wide form).
    #[arg(long)]
    pub observations: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Json)]
    pub format: ReportFormat,
    /// Write the report here (written whole or not at all); standard output otherwise.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Smallest group shown; smaller groups are suppressed. Below 11 only for internal use.
    #[arg(long, default_value_t = 11)]
    pub min_cell: u32,
    /// Confidence level of intervals.
    #[arg(long, default_value_t = 0.95)]
    pub confidence: f64,
    /// Censoring date for support still going on (YYYY-MM-DD); default: latest date in the data.
    #[arg(long)]
    pub as_of: Option<String>,
    /// Key file for pseudonymising beneficiary ids (HMAC-SHA-256).
    #[arg(long)]
    pub pseudonymise_key: Option<PathBuf>,
    /// Language of the report and messages.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// Sheet to read in XLSX files (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Replace the output file if it exists (never an input or the key).
    #[arg(long)]
    pub force: bool,
}

/// Reads, validates and analyses: the steps every report shares.
pub fn compute(args: &ReportArgs) -> Result<(ReferenceSet, Report, Vec<String>), CliError> {
    let set = Catalogue::bundled()?.load_set(&args.set)?;
    let as_of = match &args.as_of {
        Some(s) => Some(s.parse::<Date>().map_err(|_| {
            CliError::new(format!("--as-of {s:?} is not a date: expected YYYY-MM-DD, e.g. 2025-12-31"))
        })?),
        None => None,
    };
    let pseudonymiser = match &args.pseudonymise_key {
        Some(path) => Pseudonymiser::new(&PseudonymKey::from_file(path)?),
        None => Pseudonymiser::ephemeral(),
    };
    let display = progress::Display::new(args.lang);
    let options = IngestOptions {
        pseudonymiser,
        sheet: args.sheet.clone(),
        progress: display.reading(),
        ..IngestOptions::default()
    };
    let loaded = ingest::load(&set, &args.enrolments, &args.observations, &options);
    display.finish();
    let loaded = loaded?;
    if loaded.validation.has_errors() {
        eprint!("{}", loaded.validation.render(args.lang));
        return Err(CliError::new(match args.lang {
            Lang::Fr => "les données contiennent des erreurs : aucun rapport n'a été écrit (voir `impact validate`)",
            Lang::En => "the data have errors: no report was written (see `impact validate`)",
        }));
    }
    let analysis = AnalysisOptions { confidence: args.confidence, min_cell: args.min_cell, as_of };
    let report = analyse_with_progress(&set, &loaded.dataset, &analysis, &display.analysing());
    display.finish();
    let mut report = report?;
    fill_data_quality(&loaded.validation, &mut report.data_quality);
    Ok((set, report, validation_notes(&loaded.validation, args.lang)))
}

/// Renders a report in a format.
pub fn render(
    report: &Report,
    set: &ReferenceSet,
    format: ReportFormat,
    options: &RenderOptions,
) -> Result<String, CliError> {
    Ok(match format {
        ReportFormat::Json => {
            let mut s = serde_json::to_string_pretty(report)?;
            s.push('\n');
            s
        }
        ReportFormat::Html => render::html(report, set, options),
        ReportFormat::Md => render::markdown(report, set, options),
    })
}

pub fn report(args: ReportArgs) -> Result<(), CliError> {
    if let Some(path) = &args.out {
        // Refused before reading anything: a wrong --out costs nothing.
        let set_file = crate::output::set_file(&args.set);
        let inputs = [Some(args.enrolments.as_path()), Some(args.observations.as_path())]
            .into_iter()
            .chain([args.pseudonymise_key.as_deref(), set_file.as_deref()])
            .flatten();
        crate::output::policy(args.force, inputs).check(path).map_err(|e| CliError::new(e.message(args.lang)))?;
    }
    let (set, report, notes) = compute(&args)?;
    let mut options = RenderOptions::new(args.lang);
    options.notes = notes;
    let text = render(&report, &set, args.format, &options)?;
    match &args.out {
        Some(path) => {
            let set_file = crate::output::set_file(&args.set);
            let inputs = [Some(args.enrolments.as_path()), Some(args.observations.as_path())]
                .into_iter()
                .chain([args.pseudonymise_key.as_deref(), set_file.as_deref()])
                .flatten();
            crate::output::write(path, text.as_bytes(), &crate::output::policy(args.force, inputs), args.lang)?
        }
        None => print!("{text}"),
    }
    Ok(())
}

/// The data-quality section from what validation saw: rows read and left
/// out, and warnings by kind (validation already counts the fold's).
fn fill_data_quality(validation: &ingest::ValidationReport, quality: &mut DataQuality) {
    quality.enrolments = validation.enrolments.rows_read;
    quality.observations = validation.observations.rows_read;
    quality.rejected = validation.enrolments.rows_left_out() + validation.observations.rows_left_out();
    quality.warnings = validation
        .counts_by_code()
        .into_iter()
        .filter(|(_, _, warnings)| *warnings > 0)
        .map(|(kind, _, warnings)| WarningCount { kind: kind.as_str().to_string(), count: warnings })
        .collect();
}

/// One line per file for the data-quality section: what was read and kept.
/// File names only (no folder), and never a value from the data.
pub fn validation_notes(validation: &ingest::ValidationReport, lang: Lang) -> Vec<String> {
    [&validation.enrolments, &validation.observations]
        .into_iter()
        .map(|file| {
            let name = file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            match lang {
                Lang::Fr => format!(
                    "{name} : {} lignes lues, {} retenues, {} écartées.",
                    file.rows_read,
                    file.rows_accepted,
                    file.rows_left_out()
                ),
                Lang::En => format!(
                    "{name}: {} rows read, {} kept, {} left out.",
                    file.rows_read,
                    file.rows_accepted,
                    file.rows_left_out()
                ),
            }
        })
        .collect()
}
