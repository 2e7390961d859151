//! `impact generate-sample`: synthetic enrolments and observations for a set.

use crate::cli_error::CliError;
use clap::Args;
use social_impact::catalogue::Catalogue;
use social_impact::sample::{write_csv_with, SampleSpec, DEFAULT_AS_OF};
use std::path::PathBuf;

#[derive(Args)]
pub struct GenerateSampleArgs {
    /// The reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long)]
    set: String,
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
    #[arg(long)]
    out: PathBuf,
    /// Last day of the data, YYYY-MM-DD (default 2025-12-31).
    #[arg(long)]
    as_of: Option<String>,
    /// Replace enrolments.csv and observations.csv if they exist.
    #[arg(long)]
    force: bool,
}

pub fn generate_sample(args: GenerateSampleArgs) -> Result<(), CliError> {
    let set = Catalogue::bundled()?.load_set(&args.set)?;
    let as_of = match &args.as_of {
        None => DEFAULT_AS_OF,
        Some(text) => {
            text.trim().parse().map_err(|e| CliError::new(format!("--as-of {text:?} is not a date YYYY-MM-DD: {e}")))?
        }
    };
    let spec = SampleSpec::new(args.organisations, args.beneficiaries, args.seed).with_as_of(as_of);
    let set_file = crate::output::set_file(&args.set);
    let policy = crate::output::policy(args.force, set_file.as_deref());
    let summary = write_csv_with(&set, &spec, &args.out, &policy)?;
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
