//! `impact generate-sample`: synthetic enrolments and observations for a set.

use crate::cli_error::CliError;
use crate::flags::{parse_date, parse_set};
use clap::Args;
use social_impact::catalogue::Catalogue;
use social_impact::data::Date;
use social_impact::sample::{write_csv_with, SampleSpec, DEFAULT_AS_OF};
use social_impact::set::SetSource;
use std::path::PathBuf;

#[derive(Args)]
pub struct GenerateSampleArgs {
    /// The reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    set: SetSource,
    /// Number of organisations (fictional codes ASSO-A, ASSO-B, ...).
    #[arg(long, default_value_t = 5)]
    organisations: usize,
    /// Number of people over all organisations (organisations get unequal shares).
    #[arg(long, default_value_t = 400)]
    beneficiaries: usize,
    /// Seed: the same seed gives byte-identical files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Folder to write enrolments.csv and observations.csv into (created if needed).
    #[arg(long, short = 'o', visible_alias = "out")]
    output: PathBuf,
    /// Last day of the data, YYYY-MM-DD (default 2025-12-31).
    #[arg(long, value_parser = parse_date)]
    as_of: Option<Date>,
    /// Replace enrolments.csv and observations.csv if they exist.
    #[arg(long)]
    force: bool,
}

pub fn generate_sample(args: GenerateSampleArgs) -> Result<(), CliError> {
    let set = Catalogue::bundled()?.open_set(&args.set)?;
    let as_of = args.as_of.unwrap_or(DEFAULT_AS_OF);
    let spec = SampleSpec::new(args.organisations, args.beneficiaries, args.seed).with_as_of(as_of);
    let set_file = crate::output::set_file(&args.set);
    let policy = crate::output::policy(args.force, set_file.as_deref());
    let summary = write_csv_with(&set, &spec, &args.output, &policy)?;
    let per = summary.observations as f64 / summary.enrolments.max(1) as f64;
    for (path, rows) in summary.files.iter().zip([summary.enrolments, summary.observations]) {
        println!("wrote {} ({rows} rows)", path.display());
    }
    println!(
        "synthetic sample of set {} {}: {} organisations, {} people ({} still in support, {} lost before exit), \
         {} observations ({per:.1} per person; {} missing answers, {} duplicates), seed {}, as of {}",
        set.id(),
        set.version(),
        summary.organisations.len(),
        summary.enrolments,
        summary.in_support,
        summary.lost,
        summary.observations,
        summary.missing,
        summary.duplicates,
        args.seed,
        spec.as_of
    );
    let sizes: Vec<String> =
        summary.organisations.iter().map(|o| format!("{} ({})", o.code, o.beneficiaries)).collect();
    println!("organisations: {}", sizes.join(", "));
    Ok(())
}
