//! `impact report`: from collected data to the report, in JSON, HTML or
//! Markdown; with `--sroi MODEL`, the HTML and Markdown report end their
//! results with the avoided-cost section of that model; with `--summary`,
//! they are the board summary of two to four pages instead.
//!
//! The steps themselves are the library's
//! [`pipeline::report_from_files`](social_impact::pipeline::report_from_files);
//! `impact demo` runs the same function through [`run`].

use crate::cli_error::CliError;
use crate::flags::{parse_date, parse_set, parse_share, ReadArgs};
use crate::locale::{words, ReportFacts};
use crate::progress;
use crate::sroi_cmd;
use clap::{Args, ValueEnum};
use social_impact::analysis::AnalysisOptions;
use social_impact::costs::render::ReportSection;
use social_impact::costs::{KnownIndicators, SroiOptions};
use social_impact::data::Date;
use social_impact::ingest::IngestOptions;
use social_impact::pipeline::{report_from_files_tolerating, PipelineError, RejectedShare, ReportRun};
use social_impact::report::render::{self, Logo, LogoError, RenderOptions};
use social_impact::report::Report;
use social_impact::set::{ReferenceSet, SetSource};
use social_impact::Lang;
use std::path::{Path, PathBuf};

/// Output format of a report.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    /// The JSON contract `impact-report/1`, for programs.
    Json,
    /// A self-contained HTML document with charts, for people.
    Html,
    /// Markdown, for documents and wikis.
    #[value(alias = "markdown")]
    Md,
}

#[derive(Args)]
pub struct ReportArgs {
    /// Reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    set: SetSource,
    #[command(flatten)]
    definitions: crate::flags::DefinitionsArg,
    /// Enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    enrolments: PathBuf,
    /// Observations file (CSV, JSON Lines, JSON or XLSX; long or wide form).
    #[arg(long)]
    observations: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Json)]
    format: ReportFormat,
    /// Write the report here (written whole or not at all); standard output otherwise.
    #[arg(long, short = 'o', visible_alias = "out")]
    output: Option<PathBuf>,
    /// Smallest group shown; smaller groups are suppressed. Below 11 only for internal use.
    #[arg(long, default_value_t = 11)]
    min_cell: u32,
    /// Confidence level of intervals.
    #[arg(long, default_value_t = 0.95)]
    confidence: f64,
    /// Censoring date for support still going on (YYYY-MM-DD); default: latest date in the data.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<Date>,
    /// How the files are read (the same options as `impact validate`).
    #[command(flatten)]
    read: ReadArgs,
    /// Make the report even though some rows have errors, when the rows
    /// left out are at most this share of the rows read (`2%` or `0.02`,
    /// at most 10 %); the report says what was left out.
    #[arg(long, value_parser = parse_share)]
    accept_rejected: Option<RejectedShare>,
    /// Replace the output file if it exists (never an input or the key).
    #[arg(long)]
    force: bool,
    /// Write the board summary (two to four pages): who was served, the key results, how organisations compare, the caveats; HTML or Markdown.
    #[arg(long)]
    summary: bool,
    /// The association's name, shown above the title of the first page.
    #[arg(long)]
    association: Option<String>,
    /// The association's logo on the first page of the HTML report (PNG or JPEG, at most 512 KiB).
    #[arg(long)]
    logo: Option<PathBuf>,
    // Avoided costs (SROI): a section computed from this report, HTML and
    // Markdown only (the JSON report stays `impact-report/1`; the result as
    // JSON is `impact sroi`'s).
    #[command(flatten)]
    costs: SroiSectionArgs,
}

/// The flags of the avoided-cost section, as `impact sroi` names them.
#[derive(Args)]
pub struct SroiSectionArgs {
    /// Avoided-cost model (impact-sroi-model/1), or a bundled set id for its
    /// illustrative model: adds its section to the HTML or Markdown report.
    #[arg(long, value_name = "MODEL")]
    sroi: Option<String>,
    /// Monte Carlo draws of the avoided-cost section.
    #[arg(long, default_value_t = 10_000, requires = "sroi")]
    draws: u64,
    /// Seed of the avoided-cost section's draws.
    #[arg(long, default_value_t = 1, requires = "sroi")]
    seed: u64,
    /// Read the avoided-cost quantities from this organisation instead of the whole network.
    #[arg(long, requires = "sroi")]
    organisation: Option<String>,
}

impl SroiSectionArgs {
    /// The computation's options; its confidence level is the report's.
    fn options(&self) -> SroiOptions {
        let mut options = SroiOptions::default();
        options.draws = self.draws;
        options.seed = self.seed;
        options.organisation = self.organisation.clone();
        options
    }
}

/// The avoided-cost section of `model` on `report`, computed as `impact
/// sroi` would on the JSON of the same report.
pub fn sroi_section(
    model: &str,
    set: &ReferenceSet,
    report: &Report,
    options: &SroiOptions,
    lang: Lang,
) -> Result<ReportSection, CliError> {
    let (model, result) = sroi_cmd::compute_on_report(model, &KnownIndicators::of_set(set), report, options, lang)?;
    Ok(ReportSection::new(result, model))
}

/// Reads, checks and analyses with the library's pipeline, showing progress
/// on a terminal; when the data have errors, prints them (as `impact
/// validate` would) and writes nothing.
pub fn run(
    set: &ReferenceSet,
    enrolments: &Path,
    observations: &Path,
    ingest: IngestOptions,
    analysis: &AnalysisOptions,
    accept: Option<RejectedShare>,
    lang: Lang,
) -> Result<ReportRun, CliError> {
    let display = progress::Display::new(lang);
    let ingest = ingest.with_progress(display.progress());
    let run = report_from_files_tolerating(set, enrolments, observations, &ingest, analysis, accept);
    display.finish();
    match run {
        Ok(run) => {
            if run.tolerated.is_some() {
                // The errors are still shown: the report goes ahead, it
                // does not hide what it left out.
                eprint!("{}", run.validation.render(lang));
            }
            Ok(run)
        }
        Err(PipelineError::Invalid(validation)) => {
            eprint!("{}", validation.render(lang));
            Err(CliError::new(words(lang).data_have_errors()))
        }
        Err(e) => Err(e.into()),
    }
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

pub fn report(args: ReportArgs, lang: Lang) -> Result<(), CliError> {
    // The JSON contract has no place for the section: refused rather than
    // silently left out.
    if args.costs.sroi.is_some() && args.format == ReportFormat::Json {
        return Err(CliError::new(words(lang).sroi_not_in_json()));
    }
    if args.summary && args.format == ReportFormat::Json {
        return Err(CliError::new(words(lang).summary_not_in_json()));
    }
    // The output may replace none of the inputs, the key, the manifest or
    // the model; refused before anything is read, so a wrong --output
    // costs nothing.
    let model_file = args.costs.sroi.as_deref().map(Path::new).filter(|p| p.is_file());
    let inputs = [args.enrolments.as_path(), args.observations.as_path()]
        .into_iter()
        .chain(args.read.key.as_deref())
        .chain(model_file)
        .chain(args.logo.as_deref());
    let policy = crate::output::checked(args.force, Some(&args.set), inputs, args.output.as_deref(), lang)?;
    // The logo is checked before the data are read, like the output.
    let logo = args.logo.as_deref().map(|path| read_logo(path, lang)).transpose()?;
    let set = args.definitions.open(&args.set)?;
    let analysis = AnalysisOptions { confidence: args.confidence, min_cell: args.min_cell, as_of: args.as_of };
    let run =
        run(&set, &args.enrolments, &args.observations, args.read.options()?, &analysis, args.accept_rejected, lang)?;
    let mut options = RenderOptions::new(lang);
    options.notes = run.notes(lang);
    options.summary = args.summary;
    options.association = args.association.clone();
    options.logo = logo;
    if let Some(model) = &args.costs.sroi {
        options.sroi = Some(sroi_section(model, &set, &run.report, &args.costs.options(), lang)?);
    }
    let text = render(&run.report, &set, args.format, &options)?;
    match &args.output {
        Some(path) => {
            crate::output::write(path, text.as_bytes(), &policy, lang)?;
            let quality = &run.report.data_quality;
            let facts = ReportFacts {
                path: &path.display().to_string(),
                people: quality.beneficiaries,
                indicators: run.report.indicators.len() as u64,
                rejected: quality.rejected,
                warnings: run.validation.warning_count(),
            };
            eprintln!("{}", words(lang).report_written(&facts));
        }
        None => print!("{text}"),
    }
    Ok(())
}

/// The logo file, read once and only when it is a regular file small
/// enough to be a logo.
fn read_logo(path: &Path, lang: Lang) -> Result<Logo, CliError> {
    let worded = |e: LogoError| CliError::new(format!("{}: {}", path.display(), e.message(lang)));
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(worded(LogoError::NotAnImage));
    }
    if meta.len() > Logo::MAX_BYTES as u64 {
        return Err(worded(LogoError::TooLarge { size: meta.len() as usize, limit: Logo::MAX_BYTES }));
    }
    Logo::from_bytes(std::fs::read(path)?).map_err(worded)
}
