//! `impact`: the command-line face of the social-impact crate.
//!
//! Run `cargo run --release --example impact -- --help`.

mod catalogue_cmd;
mod cli_error;
mod data_cmd;

use clap::{Parser, Subcommand};
use cli_error::CliError;
use std::process::ExitCode;

/// Measure the social impact of associations: browse the shared indicators,
/// produce collection schemas, validate and analyse collected data.
#[derive(Parser)]
#[command(name = "impact", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the bundled reference sets.
    Sets(catalogue_cmd::SetsArgs),
    /// List or show indicators.
    Indicators(catalogue_cmd::IndicatorsArgs),
    /// Check enrolment and observation files against a reference set.
    Validate(data_cmd::ValidateArgs),
    /// Rewrite a data file with beneficiary ids replaced by pseudonyms.
    Pseudonymise(data_cmd::PseudonymiseArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<(), CliError> = match cli.command {
        Command::Sets(args) => catalogue_cmd::sets(args),
        Command::Indicators(args) => catalogue_cmd::indicators(args),
        Command::Validate(args) => data_cmd::validate(args),
        Command::Pseudonymise(args) => data_cmd::pseudonymise(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("impact: {e}");
            ExitCode::from(e.code)
        }
    }
}
