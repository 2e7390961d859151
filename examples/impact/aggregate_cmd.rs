//! `impact aggregate`: the shareable sufficient statistics of collected
//! data (`impact-aggregate/1`), for the network.

use crate::cli_error::CliError;
use clap::Args;
use social_impact::analysis::AnalysisOptions;
use social_impact::catalogue::Catalogue;
use social_impact::data::{Date, PseudonymKey, Pseudonymiser};
use social_impact::ingest::{self, IngestOptions};
use social_impact::tables::Aggregate;
use social_impact::Lang;
use std::path::PathBuf;

#[derive(Args)]
pub struct AggregateArgs {
    /// Reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long)]
    pub set: String,
    /// Enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    pub enrolments: PathBuf,
    /// Observations file (CSV, JSON Lines, JSON or XLSX; long or wide form).
    #[arg(long)]
    pub observations: PathBuf,
    /// Write the aggregate here (written whole or not at all); standard output otherwise.
    #[arg(long, short, visible_alias = "out")]
    pub output: Option<PathBuf>,
    /// Smallest group shown; smaller groups carry only their size.
    #[arg(long, default_value_t = 11)]
    pub min_cell: u32,
    /// Confidence level of intervals.
    #[arg(long, default_value_t = 0.95)]
    pub confidence: f64,
    /// Censoring date for support still going on (YYYY-MM-DD); default: latest date in the data.
    #[arg(long)]
    pub as_of: Option<Date>,
    /// Key file for pseudonymising beneficiary ids (HMAC-SHA-256).
    #[arg(long)]
    pub pseudonymise_key: Option<PathBuf>,
    /// Language of the messages.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// Sheet to read in XLSX files (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
}

pub fn aggregate(args: AggregateArgs) -> Result<(), CliError> {
    let set = Catalogue::bundled()?.load_set(&args.set)?;
    let pseudonymiser = match &args.pseudonymise_key {
        Some(path) => Pseudonymiser::new(&PseudonymKey::from_file(path)?),
        None => Pseudonymiser::ephemeral(),
    };
    let options = IngestOptions { pseudonymiser, sheet: args.sheet.clone(), ..IngestOptions::default() };
    let loaded = ingest::load(&set, &args.enrolments, &args.observations, &options)?;
    if loaded.validation.has_errors() {
        eprint!("{}", loaded.validation.render(args.lang));
        return Err(CliError::new(social_impact::locale::network::data_errors(args.lang)));
    }
    let rejected = loaded.validation.enrolments.rows_left_out() + loaded.validation.observations.rows_left_out();
    let analysis = AnalysisOptions { confidence: args.confidence, min_cell: args.min_cell, as_of: args.as_of };
    let aggregate = Aggregate::from_dataset(&set, &loaded.dataset, &analysis, rejected)?;
    let mut text = serde_json::to_string_pretty(&aggregate)?;
    text.push('\n');
    match &args.output {
        Some(path) => social_impact::fsio::write_atomic(path, text.as_bytes())
            .map_err(|e| CliError::new(format!("{}: {e}", path.display())))?,
        None => print!("{text}"),
    }
    Ok(())
}
