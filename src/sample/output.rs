//! Writing rows: buffered CSV lines and a table of formatted dates. Files
//! are written through the crate's one writer, [`crate::fsio`].

use super::SampleError;
use crate::catalogue::Wave;
use crate::data::{Date, MissingReason};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// The header line of the enrolments file.
pub const ENROLMENT_HEADER: &str = "organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service";
/// The header line of the observations file.
pub const OBSERVATION_HEADER: &str = "organisation,beneficiary,indicator,wave,date,value,missing_reason";

/// A date as a number of days relative to `as_of` (0 is `as_of`, -1 the day
/// before). Every generated date is in `-history_days..=0`.
pub(super) type Day = i32;

/// One enrolment row, borrowed.
pub(super) struct EnrolmentRow<'a> {
    pub organisation: &'a str,
    pub beneficiary: &'a str,
    pub entry: Day,
    pub exit: Option<Day>,
    pub age: u32,
    pub sex: &'a str,
    pub service: &'a str,
}

/// Both outputs, with the ISO text of every date they can hold.
pub(super) struct CsvOut<E: Write, O: Write> {
    enrolments: BufWriter<E>,
    observations: BufWriter<O>,
    /// `dates[i]` is the ISO text of day `i - history` (so the last one is `as_of`).
    dates: Vec<String>,
    pub observation_rows: u64,
    pub enrolment_rows: u64,
}

impl<E: Write, O: Write> CsvOut<E, O> {
    pub(crate) fn new(enrolments: E, observations: O, as_of: Date, history_days: u32) -> io::Result<Self> {
        let mut dates = Vec::with_capacity(history_days as usize + 1);
        let mut d = as_of;
        dates.push(d.to_string());
        for _ in 0..history_days {
            d = d.yesterday().map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
            dates.push(d.to_string());
        }
        dates.reverse();
        let mut out = CsvOut {
            enrolments: BufWriter::with_capacity(1 << 16, enrolments),
            observations: BufWriter::with_capacity(1 << 16, observations),
            dates,
            observation_rows: 0,
            enrolment_rows: 0,
        };
        writeln!(out.enrolments, "{ENROLMENT_HEADER}")?;
        writeln!(out.observations, "{OBSERVATION_HEADER}")?;
        Ok(out)
    }

    /// The ISO text of `day`; days outside the table (which the model never
    /// makes) are clamped into it rather than written wrong.
    fn date(dates: &[String], day: Day) -> &str {
        let last = dates.len().saturating_sub(1);
        let index = usize::try_from(i64::from(day) + last as i64).unwrap_or(0).min(last);
        dates.get(index).map(String::as_str).unwrap_or("")
    }

    pub(crate) fn enrolment(&mut self, row: &EnrolmentRow<'_>) -> io::Result<()> {
        let exit = row.exit.map(|d| Self::date(&self.dates, d)).unwrap_or("");
        writeln!(
            self.enrolments,
            "{},{},{},{},{},{},{}",
            row.organisation,
            row.beneficiary,
            Self::date(&self.dates, row.entry),
            exit,
            row.age,
            row.sex,
            row.service
        )?;
        self.enrolment_rows += 1;
        Ok(())
    }

    /// One observation row; `value` is empty when the answer is missing.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn observation(
        &mut self,
        organisation: &str,
        beneficiary: &str,
        indicator: &str,
        wave: Wave,
        day: Day,
        value: &str,
        missing: Option<MissingReason>,
    ) -> io::Result<()> {
        writeln!(
            self.observations,
            "{organisation},{beneficiary},{indicator},{},{},{value},{}",
            wave.as_str(),
            Self::date(&self.dates, day),
            missing.map(MissingReason::as_str).unwrap_or("")
        )?;
        self.observation_rows += 1;
        Ok(())
    }

    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.enrolments.flush()?;
        self.observations.flush()
    }
}

/// A refusal or failure of the crate's one writer ([`crate::fsio`]) as a
/// sample error.
pub(super) fn write_error(target: &Path, e: crate::fsio::WriteError) -> SampleError {
    match e {
        crate::fsio::WriteError::Io { source, .. } => SampleError::Io { path: Some(target.to_path_buf()), source },
        other => SampleError::Io { path: Some(target.to_path_buf()), source: io::Error::other(other) },
    }
}
