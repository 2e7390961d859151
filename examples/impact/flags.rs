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
use crate::locale::FlagReason;
use clap::Args;
use social_impact::catalogue::{Catalogue, Dimension, Wave};
use social_impact::data::{Date, PseudonymKey};
use social_impact::ingest::IngestOptions;
use social_impact::pipeline::RejectedShare;
use social_impact::set::{ReferenceSet, SetSource};
use social_impact::text::UnknownLang;
use social_impact::{Lang, SetId};
use std::fmt;
use std::path::{Path, PathBuf};

/// A flag value the program's own parsers refuse: why, as data the
/// locale layer words (`help::failure` finds it behind clap's error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagError(pub FlagReason);

impl fmt::Display for FlagError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl std::error::Error for FlagError {}

/// Why clap's value parser refused a value, from the error it kept.
pub fn reason_of(source: &(dyn std::error::Error + 'static)) -> FlagReason {
    if let Some(FlagError(reason)) = source.downcast_ref::<FlagError>() {
        reason.clone()
    } else if source.is::<std::num::ParseIntError>() {
        FlagReason::WholeNumber
    } else if source.is::<std::num::ParseFloatError>() {
        FlagReason::Number
    } else if source.is::<UnknownLang>() {
        FlagReason::Lang { accepted: Lang::ALL.map(|l| l.code()).join(", ") }
    } else {
        FlagReason::Other(source.to_string())
    }
}

/// `--set`: a bundled set's id, or the path of a manifest file.
///
/// An id of the bundled catalogue wins; then anything that names a file or
/// looks like a path is a path; anything else is taken as an id (so that a
/// misspelt id gets a "did you mean" from the catalogue).
pub fn parse_set(text: &str) -> Result<SetSource, FlagError> {
    let bundled = Catalogue::bundled().map_err(|e| FlagError(FlagReason::Other(e.to_string())))?;
    let path = Path::new(text);
    if bundled.manifest(text).is_none() && (path.is_file() || text.contains(['/', '\\']) || text.ends_with(".json")) {
        return Ok(SetSource::Path(path.to_path_buf()));
    }
    text.parse::<SetId>().map(SetSource::Id).map_err(|_| {
        let known: Vec<String> = bundled.manifests().map(|m| m.id.to_string()).collect();
        FlagError(FlagReason::Set { known: known.join(", ") })
    })
}

/// `--definitions DIR`: a folder of the researcher's own indicator
/// definitions, added to the bundled catalogue before the set is opened, on
/// every command that opens a set.
#[derive(Args, Debug, Clone, Default)]
pub struct DefinitionsArg {
    /// A folder of your own indicator definitions (every `.json` file in it, searched recursively), added to the bundled ones before the set is opened, so that a manifest can name them by id; one of the same id as a bundled definition replaces it.
    #[arg(long, value_name = "DIR")]
    pub definitions: Option<PathBuf>,
}

impl DefinitionsArg {
    /// The bundled catalogue, with the folder's definitions when one is given.
    pub fn catalogue(&self) -> Result<std::borrow::Cow<'static, Catalogue>, CliError> {
        let bundled = Catalogue::bundled()?;
        Ok(match &self.definitions {
            Some(dir) => std::borrow::Cow::Owned(bundled.with_definitions(dir)?),
            None => std::borrow::Cow::Borrowed(bundled),
        })
    }

    /// The set `source` names, its ids resolved in [`Self::catalogue`].
    pub fn open(&self, source: &SetSource) -> Result<ReferenceSet, CliError> {
        Ok(self.catalogue()?.open_set(source)?)
    }
}

/// `--wave`: `entry`, `follow_up`, `exit` or `post_exit` (French names too).
pub fn parse_wave(text: &str) -> Result<Wave, FlagError> {
    Wave::parse(text).ok_or_else(|| FlagError(FlagReason::Wave { accepted: Wave::accepted() }))
}

/// `--dimension`: an outcome area (`housing`, `rights`, `health`, ...).
pub fn parse_dimension(text: &str) -> Result<Dimension, FlagError> {
    Dimension::parse(text).ok_or_else(|| FlagError(FlagReason::Dimension { accepted: Dimension::accepted() }))
}

/// `--as-of`: a calendar date, `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, FlagError> {
    text.trim().parse::<Date>().map_err(|_| FlagError(FlagReason::Date))
}

/// `--accept-rejected`: a share of rows, `2%` or `0.02`, above 0 and at
/// most [`RejectedShare::MAX`].
pub fn parse_share(text: &str) -> Result<RejectedShare, FlagError> {
    let text = text.trim();
    let (number, scale) = match text.strip_suffix('%') {
        Some(n) => (n.trim(), 100.0),
        None => (text, 1.0),
    };
    number
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .and_then(|n| RejectedShare::new(n / scale))
        .ok_or(FlagError(FlagReason::Share { max_percent: (RejectedShare::MAX * 100.0).round() as u32 }))
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
