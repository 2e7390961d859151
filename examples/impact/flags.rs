//! Flags several commands share, declared once so that they read the same
//! everywhere: how files are read (`validate` and `report`), and typed
//! parsers for sets, waves, outcome areas and dates (clap value parsers, so
//! a wrong value is refused before the command runs, with what is accepted).
//!
//! Conventions every command follows: what a command writes goes to
//! `--output`/`-o` (`--out` still works); the pseudonymisation key file is
//! `--key`; the format for people is `text`; `--lang` is global (default
//! French).

use crate::cli_error::CliError;
use clap::Args;
use social_impact::catalogue::{Catalogue, Dimension, Wave};
use social_impact::data::{Date, PseudonymKey};
use social_impact::ingest::IngestOptions;
use social_impact::set::SetSource;
use social_impact::SetId;
use std::path::{Path, PathBuf};

/// `--set`: a bundled set's id, or the path of a manifest file.
///
/// An id of the bundled catalogue wins; then anything that names a file or
/// looks like a path is a path; anything else is taken as an id (so that a
/// misspelt id gets a "did you mean" from the catalogue).
pub fn parse_set(text: &str) -> Result<SetSource, String> {
    let bundled = Catalogue::bundled().map_err(|e| e.to_string())?;
    let path = Path::new(text);
    if bundled.manifest(text).is_none() && (path.is_file() || text.contains(['/', '\\']) || text.ends_with(".json")) {
        return Ok(SetSource::Path(path.to_path_buf()));
    }
    text.parse::<SetId>().map(SetSource::Id).map_err(|e| e.to_string())
}

/// `--wave`: `entry`, `follow_up`, `exit` or `post_exit` (French names too).
pub fn parse_wave(text: &str) -> Result<Wave, String> {
    Wave::parse(text).ok_or_else(|| format!("expected one of {}", Wave::accepted()))
}

/// `--dimension`: an outcome area (`housing`, `rights`, `health`, ...).
pub fn parse_dimension(text: &str) -> Result<Dimension, String> {
    Dimension::parse(text).ok_or_else(|| format!("expected one of {}", Dimension::accepted()))
}

/// `--as-of`: a calendar date, `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    text.trim().parse::<Date>().map_err(|_| "expected a date YYYY-MM-DD, e.g. 2025-12-31".to_string())
}

/// How the enrolment and observation files are read and checked: the same
/// options for `impact validate` and `impact report`.
#[derive(Args, Debug, Clone)]
pub struct ReadArgs {
    /// The worksheet to read in workbooks (default: `inscriptions`/`enrolments` and `observations`, else the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// A file holding the pseudonymisation key (never printed); without it a
    /// random key is used for this run only.
    #[arg(long, visible_alias = "pseudonymise-key")]
    pub key: Option<PathBuf>,
    /// Days an observation may fall before entry or after exit.
    #[arg(long, default_value_t = 7)]
    pub date_tolerance_days: u32,
    /// Most problems listed (all are counted); 0 lists them all.
    #[arg(long, default_value_t = 10_000)]
    pub max_problems: usize,
}

impl ReadArgs {
    /// The library's reading options for these flags.
    pub fn options(&self) -> Result<IngestOptions, CliError> {
        let mut options = IngestOptions::default()
            .with_date_tolerance_days(self.date_tolerance_days)
            .with_max_problems((self.max_problems > 0).then_some(self.max_problems));
        if let Some(sheet) = &self.sheet {
            options = options.with_sheet(sheet);
        }
        if let Some(key_file) = &self.key {
            options = options.with_key(&PseudonymKey::from_file(key_file)?);
        }
        Ok(options)
    }
}
