//! `impact validate` and `impact pseudonymise`: checking and protecting
//! collected data.

use crate::cli_error::CliError;
use clap::{Args, ValueEnum};
use social_impact::catalogue::Catalogue;
use social_impact::data::{PseudonymKey, Pseudonymiser};
use social_impact::fsio::WriteError;
use social_impact::ingest::{load, pseudonymise_file_with, IngestError, IngestOptions, Limits};
use social_impact::Lang;
use std::path::PathBuf;

/// Output format of a validation.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    /// A summary and one line per problem, for people.
    Text,
    /// JSON (`impact-validation/1`), for programs.
    Json,
}

#[derive(Args)]
pub struct ValidateArgs {
    /// The reference set: a bundled id (exclusion-2023) or a manifest path.
    #[arg(long)]
    set: String,
    /// The enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    enrolments: PathBuf,
    /// The observations file (long or wide form).
    #[arg(long)]
    observations: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Language of messages.
    #[arg(long, default_value = "fr")]
    lang: Lang,
    /// The worksheet to read in workbooks (default: the first).
    #[arg(long)]
    sheet: Option<String>,
    /// A file holding the pseudonymisation key (never printed); without it a
    /// random key is used for this run only.
    #[arg(long)]
    pseudonymise_key: Option<PathBuf>,
    /// Days an observation may fall before entry or after exit.
    #[arg(long, default_value_t = 7)]
    date_tolerance_days: u32,
    /// Most problems listed (all are counted); 0 lists them all.
    #[arg(long, default_value_t = 10_000)]
    max_problems: usize,
}

#[derive(Args)]
pub struct PseudonymiseArgs {
    /// A file holding the pseudonymisation key (never printed).
    #[arg(long)]
    key: PathBuf,
    /// The worksheet to read when the input is a workbook.
    #[arg(long)]
    sheet: Option<String>,
    /// Language of messages.
    #[arg(long, default_value = "fr")]
    lang: Lang,
    /// The file to read (CSV, JSON Lines, JSON or XLSX).
    input: PathBuf,
    /// The file to write (a workbook is written as CSV).
    output: PathBuf,
    /// Replace the output file if it exists (never the input or the key).
    #[arg(long)]
    force: bool,
}

pub fn validate(args: ValidateArgs) -> Result<(), CliError> {
    let set = Catalogue::bundled()?.load_set(&args.set)?;
    let mut options = IngestOptions {
        date_tolerance_days: args.date_tolerance_days,
        sheet: args.sheet,
        max_problems: (args.max_problems > 0).then_some(args.max_problems),
        ..IngestOptions::default()
    };
    if let Some(key_file) = &args.pseudonymise_key {
        options = options.with_key(&PseudonymKey::from_file(key_file)?);
    }
    let loaded = load(&set, &args.enrolments, &args.observations, &options)?;
    let report = &loaded.validation;
    match args.format {
        OutputFormat::Text => print!("{}", report.render(args.lang)),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&report.to_output(args.lang))?),
    }
    if let Some(refusal) = report.refusal(args.lang) {
        return Err(CliError::new(refusal));
    }
    Ok(())
}

pub fn pseudonymise(args: PseudonymiseArgs) -> Result<(), CliError> {
    let key = PseudonymKey::from_file(&args.key)?;
    let is_workbook_name = args
        .output
        .extension()
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].iter().any(|w| e.eq_ignore_ascii_case(w)));
    if is_workbook_name {
        return Err(CliError::new(match args.lang {
            Lang::Fr => "la sortie est écrite en CSV : donnez un nom de fichier en .csv",
            Lang::En => "the output is written as CSV: give a .csv file name",
        }));
    }
    let policy = crate::output::policy(args.force, [args.input.as_path(), args.key.as_path()]);
    let done = pseudonymise_file_with(
        &args.input,
        &args.output,
        &Pseudonymiser::new(&key),
        args.sheet.as_deref(),
        &policy,
        &Limits::default(),
    )
    .map_err(|e| match e {
        // A refused output says why in the person's language.
        IngestError::Io { source, .. } if source.get_ref().is_some_and(|s| s.is::<WriteError>()) => {
            let message = source
                .get_ref()
                .and_then(|s| s.downcast_ref::<WriteError>())
                .map(|w| w.message(args.lang))
                .unwrap_or_default();
            CliError::new(message)
        }
        other => CliError::from(other),
    })?;
    for p in &done.problems {
        eprintln!("{}", p.render(args.lang));
    }
    let outcome = done.outcome(&args.output, args.lang);
    if !done.written {
        return Err(CliError::new(outcome));
    }
    eprintln!("{outcome}");
    Ok(())
}
