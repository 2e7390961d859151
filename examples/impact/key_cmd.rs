//! `impact key new`: a pseudonymisation key made from the operating
//! system's random source, written for its owner only, never printed.

use crate::cli_error::CliError;
use crate::locale::words;
use clap::{Args, Subcommand};
use social_impact::data::PseudonymKey;
use social_impact::Lang;
use std::path::PathBuf;

#[derive(Args)]
pub struct KeyArgs {
    #[command(subcommand)]
    command: KeyCommand,
    /// Language of messages: the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
}

#[derive(Subcommand)]
enum KeyCommand {
    /// Write a new random key (32 bytes from the system's random source, as 64 hexadecimal digits), readable by you only.
    New(NewKeyArgs),
}

#[derive(Args)]
struct NewKeyArgs {
    /// The key file to create; an existing file is never replaced without --force.
    #[arg(long, short = 'o', visible_alias = "out")]
    output: PathBuf,
    /// Replace the file if it exists (its pseudonyms can then no longer be made again).
    #[arg(long)]
    force: bool,
}

pub fn key(args: KeyArgs) -> Result<(), CliError> {
    match args.command {
        KeyCommand::New(new) => {
            let policy = crate::output::policy(new.force, []);
            PseudonymKey::create_file(&new.output, &policy).map_err(|e| crate::output::refused(&e, args.lang))?;
            eprintln!("{}", words(args.lang).key_written(&new.output.display().to_string()));
            Ok(())
        }
    }
}
