//! `impact generate-sample`: synthetic enrolments and observations for a set.

use crate::cli_error::CliError;
use crate::flags::{parse_date, parse_set};
use crate::locale::{words, SampleFacts};
use clap::Args;
use social_impact::data::Date;
use social_impact::sample::{write_csv_with, SampleSpec, DEFAULT_AS_OF};
use social_impact::set::SetSource;
use social_impact::Lang;
use std::path::PathBuf;

#[derive(Args)]
pub struct GenerateSampleArgs {
    /// The reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    set: SetSource,
    #[command(flatten)]
    definitions: crate::flags::DefinitionsArg,
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

pub fn generate_sample(args: GenerateSampleArgs, lang: Lang) -> Result<(), CliError> {
    let w = words(lang);
    let set = args.definitions.open(&args.set)?;
    let as_of = args.as_of.unwrap_or(DEFAULT_AS_OF);
    let spec = SampleSpec::new(args.organisations, args.beneficiaries, args.seed).with_as_of(as_of);
    let set_file = crate::output::set_file(&args.set);
    let policy = crate::output::policy(args.force, set_file.as_deref());
    let summary = write_csv_with(&set, &spec, &args.output, &policy)?;
    let per = summary.observations as f64 / summary.enrolments.max(1) as f64;
    for (path, rows) in summary.files.iter().zip([summary.enrolments, summary.observations]) {
        println!("{}", w.wrote_rows(&path.display().to_string(), rows));
    }
    let (set_id, version, as_of) = (set.id().to_string(), set.version().to_string(), spec.as_of.to_string());
    println!(
        "{}",
        w.sample_summary(&SampleFacts {
            set: &set_id,
            version: &version,
            organisations: summary.organisations.len() as u64,
            people: summary.enrolments,
            in_support: summary.in_support,
            lost: summary.lost,
            observations: summary.observations,
            per_person: per,
            missing: summary.missing,
            duplicates: summary.duplicates,
            seed: args.seed,
            as_of: &as_of,
        })
    );
    let sizes: Vec<String> =
        summary.organisations.iter().map(|o| format!("{} ({})", o.code, o.beneficiaries)).collect();
    println!("{}", w.sample_organisations(&sizes.join(", ")));
    Ok(())
}
