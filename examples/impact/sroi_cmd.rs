//! `impact sroi`: avoided costs and social return on investment, with their
//! uncertainty, from a model and an outcome report.

use crate::cli_error::CliError;
use clap::{Args, ValueEnum};
use social_impact::catalogue::Catalogue;
use social_impact::costs::{self, render, KnownIndicators, SroiError, SroiModel, SroiOptions, SroiResult};
use social_impact::report::Report;
use social_impact::Lang;
use std::path::{Path, PathBuf};

/// Output format of a result.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum SroiFormat {
    /// The JSON object `impact-sroi/1`, for programs.
    Json,
    /// A self-contained HTML document with charts, for people.
    Html,
    /// Markdown, for documents and wikis.
    Md,
}

#[derive(Args)]
pub struct SroiArgs {
    /// Model file (impact-sroi-model/1), or a bundled set id for its illustrative model.
    #[arg(long)]
    pub model: String,
    /// The outcome report (impact-report/1 JSON, from `impact report --format json`).
    #[arg(long)]
    pub report: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SroiFormat::Json)]
    pub format: SroiFormat,
    /// Language of the document and messages: the global `--lang`, filled
    /// in by `main`.
    #[arg(skip)]
    pub lang: Lang,
    /// Monte Carlo draws.
    #[arg(long, default_value_t = 10_000)]
    pub draws: u64,
    /// Seed of the ChaCha20 generator: the same seed gives the same draws everywhere.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Confidence level of the interval; default the report's.
    #[arg(long)]
    pub confidence: Option<f64>,
    /// Read quantities from this organisation instead of the whole network.
    #[arg(long)]
    pub organisation: Option<String>,
    /// Write here (whole or not at all); standard output otherwise.
    #[arg(long, short = 'o', visible_alias = "out")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists (never the model or the report).
    #[arg(long)]
    pub force: bool,
}

/// Reads the model (a file, or a bundled set id for its illustrative model)
/// and the report, and computes the result.
pub fn compute(
    model: &str,
    report_path: &Path,
    options: &SroiOptions,
    lang: Lang,
) -> Result<(SroiModel, SroiResult), CliError> {
    let (model_name, model) = read_model(model, lang)?;
    let report_name = report_path.display().to_string();
    let text = std::fs::read_to_string(report_path)
        .map_err(|e| CliError::new(render::cannot_read(&report_name, &e.to_string(), lang)))?;
    let report: Report = serde_json::from_str(&text)
        .map_err(|e| CliError::new(render::not_a_report(&report_name, &e.to_string(), lang)))?;
    // The set's own definitions when it is bundled; the report's list otherwise.
    let known = Catalogue::bundled()
        .ok()
        .and_then(|c| c.reference_set(&report.reference_set.id).ok())
        .map_or_else(|| KnownIndicators::of_report(&report), |set| KnownIndicators::of_set(&set));
    compute_on(&model_name, model, &known, &report, options, lang)
}

/// Reads the model and computes the result on a report in memory (the one
/// `impact report --sroi` is writing), whose set defines `known`.
pub fn compute_on_report(
    model: &str,
    known: &KnownIndicators,
    report: &Report,
    options: &SroiOptions,
    lang: Lang,
) -> Result<(SroiModel, SroiResult), CliError> {
    let (model_name, model) = read_model(model, lang)?;
    compute_on(&model_name, model, known, report, options, lang)
}

fn compute_on(
    model_name: &str,
    model: SroiModel,
    known: &KnownIndicators,
    report: &Report,
    options: &SroiOptions,
    lang: Lang,
) -> Result<(SroiModel, SroiResult), CliError> {
    let result = costs::compute_checked(&model, known, report, options).map_err(|e| refuse(&e, model_name, lang))?;
    Ok((model, result))
}

/// Every problem on its own line (`file:pointer: message`), then the count.
fn refuse(e: &SroiError, file: &str, lang: Lang) -> CliError {
    let lines = e.lines(lang);
    for line in &lines {
        eprintln!("{file}:{line}");
    }
    CliError::new(render::refusal(lines.len(), lang))
}

fn read_model(name: &str, lang: Lang) -> Result<(String, SroiModel), CliError> {
    if !Path::new(name).exists() {
        if let Some(bundled) = costs::bundled_model(name) {
            let model = bundled.map_err(|p| CliError::new(p.located(lang)))?;
            return Ok((format!("indicators/sroi/{name}.json"), model));
        }
    }
    let text =
        std::fs::read_to_string(name).map_err(|e| CliError::new(render::cannot_read(name, &e.to_string(), lang)))?;
    let model = SroiModel::from_json(&text).map_err(|p| {
        eprintln!("{name}:{}", p.located(lang));
        CliError::new(render::refusal(1, lang))
    })?;
    Ok((name.to_string(), model))
}

/// Writes a result in a format.
pub fn write_text(result: &SroiResult, model: &SroiModel, format: SroiFormat, lang: Lang) -> Result<String, CliError> {
    Ok(match format {
        SroiFormat::Json => {
            let mut s = serde_json::to_string_pretty(result)?;
            s.push('\n');
            s
        }
        SroiFormat::Html => render::html(result, model, lang),
        SroiFormat::Md => render::markdown(result, model, lang),
    })
}

pub fn sroi(args: SroiArgs) -> Result<(), CliError> {
    let model_file = Path::new(&args.model);
    let inputs = [args.report.as_path()].into_iter().chain(model_file.is_file().then_some(model_file));
    let policy = crate::output::checked(args.force, None, inputs, args.output.as_deref(), args.lang)?;
    let mut options = SroiOptions::default();
    options.draws = args.draws;
    options.seed = args.seed;
    options.confidence = args.confidence;
    options.organisation = args.organisation.clone();
    let (model, result) = compute(&args.model, &args.report, &options, args.lang)?;
    let text = write_text(&result, &model, args.format, args.lang)?;
    match &args.output {
        Some(path) => crate::output::write(path, text.as_bytes(), &policy, args.lang)?,
        None => print!("{text}"),
    }
    Ok(())
}
