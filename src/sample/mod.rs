//! Synthetic sample data for any reference set: enrolments and long-form
//! observations in the canonical CSV format (BRIEF section 5), generated
//! from a seed.
//!
//! The samples exist so that the pipeline can be tried, tested, benchmarked
//! and demonstrated without personal data. Everything in them is fictional:
//! organisations are `ASSO-A`, `ASSO-B`, …, people are `B000001`, ….
//!
//! ```
//! use social_impact::catalogue::Catalogue;
//! use social_impact::sample::{generate, SampleSpec};
//!
//! let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
//! let spec = SampleSpec::new(3, 60, 7);
//! let (mut enrolments, mut observations) = (Vec::new(), Vec::new());
//! let summary = generate(&set, &spec, &mut enrolments, &mut observations)?;
//! assert_eq!(summary.enrolments, 60);
//! assert!(String::from_utf8(observations)?.starts_with("organisation,beneficiary,indicator,wave,date,value"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # How the data are made to look real
//!
//! Each organisation gets a size, an effect strength and a small intake
//! shift. Each person gets a general situation (a latent level shared by all
//! indicators, so indicators correlate), a personal offset per indicator and
//! a responsiveness to support. At every collection the latent level of an
//! indicator is
//!
//! ```text
//! base + shift(org) + 0.55·general + personal + resp·effect(org)·gain·1.6·(1 - e^(-days/300)) + noise
//! ```
//!
//! so outcomes improve with support, more in some organisations than others,
//! and more the longer the support lasts (the duration effect). The latent
//! level is then turned into a raw answer valid for the measure, in the
//! direction the definition says is better: binary `1`/`0`; ordinal points
//! within `min..=max`; categorical codes climbing the ladder of category
//! scores; counts drawn from a Poisson law that falls as things improve
//! (for lower-is-better counts); continuous values within `min`/`max`
//! (an income is log-normal, with some people at zero at entry).
//! Items of a composite scale share one latent level per collection
//! (reverse-coded items reversed), so the scale's Cronbach's alpha is high;
//! the composite itself is not written, it is computed from its items.
//!
//! Support episodes start over the `history_days` before `as_of`; about a
//! third are still going on (empty `exit_date`); about one exited person in
//! eight is lost before the end (no exit answers). Answers are collected at
//! entry (on the entry date), every ~6 months (± 20 days), at exit (on the
//! exit date) and, for about 30 % of those who exited, 2 to 12 months after
//! exit, never after `as_of`, and only at the waves each indicator allows and
//! for people whose age fits its `applies_to`. A few answers are missing,
//! with a `missing_reason`; about 1.5 % of entry, exit and post-exit answers
//! come with an earlier copy (a duplicate, to exercise "the latest counts").
//! Indicators timed by a time-to-event analysis get extra interim follow-ups
//! on irregular dates, so events arrive at varied times.
//!
//! # Size
//!
//! Rows per beneficiary, measured on 60,000 people: about **2.3 per
//! indicator** asked at entry, follow-up and exit (0.99 at entry, 0.76 at
//! follow-up, 0.56 at exit), **1.6** per indicator asked at entry and exit
//! only, about 0.1 more per indicator also asked after exit, and about 1
//! more for an indicator timed by a time-to-event analysis. The conformance
//! set `c1` (7 indicators) gives **15.7 rows per beneficiary**:
//! `--organisations 20 --beneficiaries 60000` writes about 940,000 rows in
//! about a second (release build). A 20-indicator set gives about 45 rows
//! per beneficiary, so about 22,000 beneficiaries make a million rows.
//! [`SampleSummary`] reports the exact counts.
//!
//! Output is deterministic: the same set, spec and seed give byte-identical
//! files (with this crate's version of `rand`).

mod model;
mod output;
mod plan;

#[cfg(test)]
mod tests;

use crate::data::Date;
use crate::set::ReferenceSet;
use std::io::Write;
use std::path::{Path, PathBuf};

pub use output::{ENROLMENT_HEADER, OBSERVATION_HEADER};

/// What to generate: how many organisations and people, from which seed,
/// up to which date. Built with [`SampleSpec::new`] and the `with_` methods.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SampleSpec {
    /// Number of organisations (`ASSO-A`, `ASSO-B`, …), at least 1.
    pub organisations: usize,
    /// Number of people (support episodes) over all organisations, at least
    /// one per organisation. Organisations get unequal shares.
    pub beneficiaries: usize,
    /// The seed: the same seed gives the same files.
    pub seed: u64,
    /// The last day of the data: nothing is dated after it, and support
    /// going on at that date has an empty `exit_date`.
    pub as_of: Date,
    /// How far back entries go, in days before `as_of` (default 1,000,
    /// a little under three years).
    pub history_days: u32,
}

/// The `as_of` date used when none is given: 31 December 2025. A fixed date,
/// not today's, so that samples do not change from one day to the next.
pub const DEFAULT_AS_OF: Date = jiff::civil::date(2025, 12, 31);

impl SampleSpec {
    /// A spec with the default `as_of` ([`DEFAULT_AS_OF`]) and history (1,000 days).
    pub fn new(organisations: usize, beneficiaries: usize, seed: u64) -> SampleSpec {
        SampleSpec { organisations, beneficiaries, seed, as_of: DEFAULT_AS_OF, history_days: 1000 }
    }

    /// The same spec with another `as_of` date.
    pub fn with_as_of(mut self, as_of: Date) -> SampleSpec {
        self.as_of = as_of;
        self
    }

    /// The same spec with entries going back `days` before `as_of`.
    pub fn with_history_days(mut self, days: u32) -> SampleSpec {
        self.history_days = days;
        self
    }

    fn check(&self) -> Result<(), SampleError> {
        let invalid = |message: String| Err(SampleError::InvalidSpec { message });
        if self.organisations == 0 {
            return invalid("at least one organisation is needed".into());
        }
        if self.beneficiaries > MAX_BENEFICIARIES {
            return invalid(format!(
                "{} beneficiaries asked for, past the limit of {MAX_BENEFICIARIES}: a sample is for demos, tests and benchmarks",
                self.beneficiaries
            ));
        }
        if self.beneficiaries < self.organisations {
            return invalid(format!(
                "{} beneficiaries cannot fill {} organisations: ask for at least one per organisation",
                self.beneficiaries, self.organisations
            ));
        }
        if !(60..=20_000).contains(&self.history_days) {
            return invalid(format!("history of {} days: choose from 60 to 20000 days", self.history_days));
        }
        Ok(())
    }
}

/// One organisation of a sample.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationSummary {
    /// Its fictional code, e.g. `ASSO-C`.
    pub code: String,
    /// How many people it supports in the sample.
    pub beneficiaries: usize,
    /// The strength of its effect on outcomes (1 is average), so that
    /// comparisons can be checked against what was put in.
    pub effect: f64,
}

/// What a generation wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleSummary {
    /// The organisations, in order.
    pub organisations: Vec<OrganisationSummary>,
    /// Enrolment rows written (one per person).
    pub enrolments: u64,
    /// Observation rows written, duplicates and missing answers included.
    pub observations: u64,
    /// People still in support at `as_of` (empty `exit_date`).
    pub in_support: u64,
    /// People who left support and were lost before it ended (no exit answers).
    pub lost: u64,
    /// Observation rows that are earlier copies of another answer at the same wave.
    pub duplicates: u64,
    /// Observation rows with an empty value and a `missing_reason`.
    pub missing: u64,
    /// The files written, when written to a folder: enrolments, then observations.
    pub files: Vec<PathBuf>,
}

/// Why a sample could not be generated or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SampleError {
    /// The spec asks for something impossible.
    #[error("cannot generate this sample: {message}")]
    InvalidSpec {
        /// What is wrong, and what would work.
        message: String,
    },
    /// Writing to the output failed.
    #[error("cannot write the sample{}: {source}", path.as_ref().map(|p| format!(" to {}", p.display())).unwrap_or_default())]
    Io {
        /// The file, when writing to a file.
        path: Option<PathBuf>,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

impl SampleError {
    /// The error in `lang`, for the person at the terminal.
    pub fn message(&self, lang: crate::Lang) -> String {
        let words = crate::locale::errors(lang);
        match self {
            SampleError::InvalidSpec { message } => words.sample_spec(message),
            SampleError::Io { path: Some(path), source } => words.file(path, &words.io_reason(source)),
            SampleError::Io { path: None, source } => words.io_reason(source),
        }
    }
}

/// Generates a sample for `set` and streams it, as canonical CSV with a
/// header line, to `enrolments` and `observations`. Rows are written as they
/// are generated: memory does not grow with the number of rows.
///
/// The writers are buffered here; pass a `File` or a `&mut Vec<u8>` as it is.
///
/// # Errors
///
/// [`SampleError::InvalidSpec`] for a spec that cannot be generated,
/// [`SampleError::Io`] when a writer fails.
pub fn generate<E: Write, O: Write>(
    set: &ReferenceSet,
    spec: &SampleSpec,
    enrolments: E,
    observations: O,
) -> Result<SampleSummary, SampleError> {
    spec.check()?;
    let io = |source| SampleError::Io { path: None, source };
    let mut out = output::CsvOut::new(enrolments, observations, spec.as_of, spec.history_days).map_err(io)?;
    let plans = plan::Plans::new(set);
    let summary = model::run(&plans, set, spec, &mut out).map_err(io)?;
    out.finish().map_err(io)?;
    Ok(summary)
}

/// Most people a sample may hold (`generate-sample --beneficiaries`): about
/// 3 GB of CSV, so that a mistyped number cannot fill a disk.
pub const MAX_BENEFICIARIES: usize = 10_000_000;

/// Generates a sample for `set` into the folder `dir` (created if needed):
/// `dir/enrolments.csv` and `dir/observations.csv`, replacing existing files
/// of those names (never anything but regular files).
///
/// Each file is streamed to a temporary file in `dir` and renamed into place
/// only once both are complete, so an error leaves no half-written file.
///
/// # Errors
///
/// [`SampleError::InvalidSpec`] for a spec that cannot be generated,
/// [`SampleError::Io`] when the folder or a file cannot be written.
pub fn write_csv(set: &ReferenceSet, spec: &SampleSpec, dir: impl AsRef<Path>) -> Result<SampleSummary, SampleError> {
    write_csv_with(set, spec, dir, &crate::fsio::OutputPolicy::new().overwrite(true))
}

/// [`write_csv`] under an output policy (inputs it must not replace, and
/// whether existing files may be replaced).
///
/// # Errors
/// An impossible spec, a target the policy refuses, or a write error.
pub fn write_csv_with(
    set: &ReferenceSet,
    spec: &SampleSpec,
    dir: impl AsRef<Path>,
    policy: &crate::fsio::OutputPolicy,
) -> Result<SampleSummary, SampleError> {
    use crate::fsio::AtomicFile;
    spec.check()?;
    let dir = dir.as_ref();
    std::fs::create_dir_all(dir).map_err(|source| SampleError::Io { path: Some(dir.to_path_buf()), source })?;
    let create = |name: &str| {
        let target = dir.join(name);
        AtomicFile::create(&target, policy).map_err(|e| output::write_error(&target, e))
    };
    let mut enrolments = create("enrolments.csv")?;
    let mut observations = create("observations.csv")?;
    let mut summary = match generate(set, spec, &mut enrolments, &mut observations) {
        Ok(summary) => summary,
        Err(SampleError::Io { path: None, source }) => {
            return Err(SampleError::Io { path: Some(observations.target().to_path_buf()), source })
        }
        Err(e) => return Err(e),
    };
    let files = vec![enrolments.target().to_path_buf(), observations.target().to_path_buf()];
    observations.commit().map_err(|e| output::write_error(&files[1], e))?;
    enrolments.commit().map_err(|e| output::write_error(&files[0], e))?;
    summary.files = files;
    Ok(summary)
}

/// The fictional code of the organisation at `index` (0-based): `ASSO-A` …
/// `ASSO-Z`, then `ASSO-AA`, `ASSO-AB`, ….
pub fn organisation_code(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("ASSO-{}", String::from_utf8_lossy(&letters))
}
