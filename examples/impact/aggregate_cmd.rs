//! `impact aggregate`: the shareable sufficient statistics of collected
//! data (`impact-aggregate/1`), for the network.

use crate::cli_error::CliError;
use crate::flags::{parse_date, parse_set, ReadArgs};
use clap::Args;
use social_impact::analysis::AnalysisOptions;
use social_impact::data::Date;
use social_impact::ingest;
use social_impact::set::SetSource;
use social_impact::tables::Aggregate;
use social_impact::Lang;
use std::path::PathBuf;

#[derive(Args)]
pub struct AggregateArgs {
    /// Reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    pub set: SetSource,
    #[command(flatten)]
    pub definitions: crate::flags::DefinitionsArg,
    /// Enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    pub enrolments: PathBuf,
    /// Observations file (CSV, JSON Lines, JSON or XLSX; long or wide form).
    #[arg(long)]
    pub observations: PathBuf,
    /// Write the aggregate here (written whole or not at all); standard output otherwise.
    #[arg(long, short = 'o', visible_alias = "out")]
    pub output: Option<PathBuf>,
    /// Smallest group shown; smaller groups carry only their size.
    #[arg(long, default_value_t = 11)]
    pub min_cell: u32,
    /// Confidence level of intervals.
    #[arg(long, default_value_t = 0.95)]
    pub confidence: f64,
    /// Censoring date for support still going on (YYYY-MM-DD); default: latest date in the data.
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// How the files are read (the same options as `impact validate`).
    #[command(flatten)]
    read: ReadArgs,
    /// Replace the output file if it exists (never an input or the key).
    #[arg(long)]
    force: bool,
    /// Language of messages: the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
}

pub fn aggregate(args: AggregateArgs) -> Result<(), CliError> {
    let inputs = [args.enrolments.as_path(), args.observations.as_path()].into_iter().chain(args.read.key.as_deref());
    let policy = crate::output::checked(args.force, Some(&args.set), inputs, args.output.as_deref(), args.lang)?;
    let set = args.definitions.open(&args.set)?;
    let options = args.read.options()?;
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
        Some(path) => crate::output::write(path, text.as_bytes(), &policy, args.lang)?,
        None => print!("{text}"),
    }
    Ok(())
}
