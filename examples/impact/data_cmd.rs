//! `impact validate` and `impact pseudonymise`: checking and protecting
//! collected data.

use crate::cli_error::CliError;
use crate::flags::{parse_set, ReadArgs};
use crate::locale::words;
use clap::{Args, ValueEnum};
use social_impact::data::{PseudonymKey, Pseudonymiser};
use social_impact::fsio::WriteError;
use social_impact::ingest::{load, pseudonymise_file_with, IngestError, Limits};
use social_impact::set::SetSource;
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
    #[arg(long, value_parser = parse_set)]
    set: SetSource,
    #[command(flatten)]
    definitions: crate::flags::DefinitionsArg,
    /// The enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    enrolments: PathBuf,
    /// The observations file (long or wide form).
    #[arg(long)]
    observations: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// List every warning kept (by default a few examples of each kind).
    #[arg(long)]
    all_warnings: bool,
    /// How the files are read.
    #[command(flatten)]
    read: ReadArgs,
    /// Language of messages: the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
}

#[derive(Args)]
pub struct PseudonymiseArgs {
    /// A file holding the pseudonymisation key (never printed).
    #[arg(long, visible_alias = "pseudonymise-key")]
    key: PathBuf,
    /// The worksheet to read when the input is a workbook.
    #[arg(long)]
    sheet: Option<String>,
    /// Language of messages: the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
    /// The file to read (CSV, JSON Lines, JSON or XLSX).
    input: PathBuf,
    /// The file to write (a workbook is written as CSV).
    #[arg(long, short = 'o', visible_alias = "out", required_unless_present = "output_positional")]
    output: Option<PathBuf>,
    /// The file to write, given after the input (the older form of `--output`).
    #[arg(conflicts_with = "output", value_name = "OUTPUT")]
    output_positional: Option<PathBuf>,
    /// Replace the output file if it exists (never the input or the key).
    #[arg(long)]
    force: bool,
}

pub fn validate(args: ValidateArgs) -> Result<(), CliError> {
    let set = args.definitions.open(&args.set)?;
    let options = args.read.options()?;
    let loaded = load(&set, &args.enrolments, &args.observations, &options)?;
    let report = &loaded.validation;
    match args.format {
        OutputFormat::Text if args.all_warnings => print!("{}", report.render_all(args.lang)),
        OutputFormat::Text => print!("{}", report.render(args.lang)),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&report.to_output(args.lang))?),
    }
    if let Some(refusal) = report.refusal(args.lang) {
        return Err(CliError::new(refusal));
    }
    Ok(())
}

pub fn pseudonymise(args: PseudonymiseArgs) -> Result<(), CliError> {
    // clap requires one of the two forms.
    let output = args.output.or(args.output_positional).unwrap_or_default();
    let key = PseudonymKey::from_file(&args.key)?;
    let is_workbook_name =
        output.extension().is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].iter().any(|w| e.eq_ignore_ascii_case(w)));
    if is_workbook_name {
        return Err(CliError::new(words(args.lang).csv_output_only()));
    }
    let policy = crate::output::policy(args.force, [args.input.as_path(), args.key.as_path()]);
    let done = pseudonymise_file_with(
        &args.input,
        &output,
        &Pseudonymiser::new(&key),
        args.sheet.as_deref(),
        &policy,
        &Limits::default(),
    )
    .map_err(|e| match e {
        // A refused output says why in the person's language.
        IngestError::Io { path, source } => match source.get_ref().and_then(|s| s.downcast_ref::<WriteError>()) {
            Some(refusal) => crate::output::refused(refusal, args.lang),
            None => CliError::from(IngestError::Io { path, source }),
        },
        other => CliError::from(other),
    })?;
    for p in &done.problems {
        eprintln!("{}", p.render(args.lang));
    }
    let outcome = done.outcome(&output, args.lang);
    if !done.written {
        return Err(CliError::new(outcome));
    }
    eprintln!("{outcome}");
    Ok(())
}
