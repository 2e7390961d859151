//! `impact check-definitions`: validating indicator definitions and set
//! manifests for the people who write them.

use crate::cli_error::CliError;
use clap::{Args, ValueEnum};
use social_impact::catalogue::check::check_paths;
use social_impact::Lang;
use std::path::PathBuf;

/// Output format of a check.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum CheckFormat {
    /// One line per problem (`file:pointer: message`), then a summary.
    Text,
    /// One JSON object (`files_checked`, `definitions`, `sets`, `problems`) for programs.
    Json,
}

#[derive(Args)]
pub struct CheckArgs {
    /// Definition files, set manifests, or folders holding them (searched recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
}

/// Prints every problem; fails (exit code 1) when there is any.
pub fn check_definitions(args: CheckArgs, lang: Lang) -> Result<(), CliError> {
    let report = check_paths(&args.paths);
    match args.format {
        CheckFormat::Json => {
            let mut value = serde_json::to_value(&report)?;
            if let Some(obj) = value.as_object_mut() {
                obj.insert("ok".into(), report.is_ok().into());
            }
            println!("{}", serde_json::to_string_pretty(&value)?);
        }
        CheckFormat::Text => {
            for p in &report.problems {
                println!("{}", p.render(lang));
            }
            if report.is_ok() {
                println!("{}", report.summary(lang));
            }
        }
    }
    if report.is_ok() {
        Ok(())
    } else {
        // The summary goes to standard error with the failure, so that a
        // script piping the problem lines still sees why it stopped.
        Err(CliError::new(report.summary(lang)))
    }
}
