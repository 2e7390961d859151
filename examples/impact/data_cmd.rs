//! `impact validate` and `impact pseudonymise`: checking and protecting
//! collected data.

use crate::cli_error::CliError;
use crate::flags::{parse_set, ReadArgs};
use clap::{Args, ValueEnum};
use social_impact::catalogue::Catalogue;
use social_impact::data::{PseudonymKey, Pseudonymiser};
use social_impact::ingest::{load, pseudonymise_file};
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
    /// The enrolments file (CSV, JSON Lines, JSON or XLSX).
    #[arg(long)]
    enrolments: PathBuf,
    /// The observations file (long or wide form).
    #[arg(long)]
    observations: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
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
}

pub fn validate(args: ValidateArgs) -> Result<(), CliError> {
    let set = Catalogue::bundled()?.open_set(&args.set)?;
    let options = args.read.options()?;
    let loaded = load(&set, &args.enrolments, &args.observations, &options)?;
    let report = &loaded.validation;
    match args.format {
        OutputFormat::Text => print!("{}", report.render(args.lang)),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&report.to_json(args.lang))?),
    }
    if report.has_errors() {
        let n = report.error_count();
        return Err(CliError::new(match args.lang {
            Lang::Fr => format!("{n} erreur(s) : corrigez les fichiers avant de produire un rapport"),
            Lang::En => format!("{n} error(s): fix the files before producing a report"),
        }));
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
        return Err(CliError::new(match args.lang {
            Lang::Fr => "la sortie est écrite en CSV : donnez un nom de fichier en .csv",
            Lang::En => "the output is written as CSV: give a .csv file name",
        }));
    }
    let done = pseudonymise_file(&args.input, &output, &Pseudonymiser::new(&key), args.sheet.as_deref())?;
    for p in &done.problems {
        eprintln!("{}", p.render(args.lang));
    }
    if !done.written {
        return Err(CliError::new(match args.lang {
            Lang::Fr => format!("{} n'a pas été écrit", output.display()),
            Lang::En => format!("{} was not written", output.display()),
        }));
    }
    match args.lang {
        Lang::Fr => eprintln!("{} lignes pseudonymisées dans {}", done.rows, output.display()),
        Lang::En => eprintln!("{} rows pseudonymised into {}", done.rows, output.display()),
    }
    Ok(())
}
