//! Loading both files into a dataset, with the checks across records.

use super::problem::{Location, Problem, ProblemKind, SupportBound};
use super::report::{FileSummary, ValidationReport};
use super::{read_enrolments, read_observations, Field, FileRole, IngestError, IngestOptions, PersonKey, Progress};
use crate::catalogue::Wave;
use crate::data::{Dataset, DatasetBuilder, Enrolment, FoldWarning, Observation};
use crate::set::ReferenceSet;
use foldhash::{HashMap, HashSet};
use std::path::Path;

/// The data read, and what validation found.
#[derive(Debug)]
pub struct Loaded {
    /// The accepted records, folded. Rows with errors are left out.
    pub dataset: Dataset,
    /// Counts and problems of both files.
    pub validation: ValidationReport,
}

/// Counts one more record read, and tells `progress` every
/// [`Progress::EVERY`] records.
fn tick(progress: Option<&Progress>, file: FileRole, items: &mut u64) {
    *items += 1;
    if let Some(p) = progress.filter(|_| *items % Progress::EVERY == 0) {
        p.tell(file, *items, false);
    }
}

/// Counts rows left out among the records of a file, row by row.
#[derive(Default)]
struct RowTally {
    current: u64,
    current_bad: bool,
    bad_rows: u64,
}

impl RowTally {
    fn record(&mut self, row: u64, bad: bool) {
        if row != self.current {
            self.finish();
            self.current = row;
        }
        self.current_bad |= bad;
    }

    fn finish(&mut self) -> u64 {
        if self.current_bad {
            self.bad_rows += 1;
            self.current_bad = false;
        }
        self.bad_rows
    }
}

/// Most earlier rows a conflict warning names one by one; the rest are
/// counted.
const NAMED_ROWS: usize = 10;

/// Set in a tag that is not a line number but an index into
/// [`SameDateRows::spilled`].
const SPILLED: u32 = 1 << 31;

/// The rows that gave an answer (person, indicator, wave) its latest date,
/// so that a row disagreeing on that date can name them.
///
/// The fold keeps, with each answer it holds, the tag of the first row on
/// its date: the line number (CSV and JSON Lines files). Only the answers
/// that met a second row on the same date have an entry here, with the
/// next rows. Rows of other files (records of a JSON array, worksheet
/// rows) are kept in `spilled`, one per row folded, and tagged with their
/// index.
#[derive(Default)]
struct SameDateRows {
    next: HashMap<(u32, crate::ids::IndicatorId, Wave), Next>,
    spilled: Vec<Location>,
}

/// An answer folded: whose, to what, at which wave, on which date.
#[derive(Clone, Copy)]
struct Answer<'a> {
    person: u32,
    indicator: &'a crate::ids::IndicatorId,
    wave: Wave,
    date: crate::data::Date,
}

struct Next {
    date: crate::data::Date,
    /// The rows after the first on that date (up to [`NAMED_ROWS`] − 1),
    /// then a count.
    named: Vec<Location>,
    beyond: u64,
}

impl SameDateRows {
    /// The tag of the row at `location`, for the fold.
    fn tag(&mut self, location: &Location) -> u32 {
        if let Location::Line(line) = location {
            if let Ok(tag) = u32::try_from(*line) {
                if tag < SPILLED {
                    return tag;
                }
            }
        }
        let index = u32::try_from(self.spilled.len()).unwrap_or(u32::MAX);
        self.spilled.push(location.clone());
        SPILLED | index
    }

    fn location(&self, tag: u32) -> Location {
        if tag & SPILLED == 0 {
            return Location::Line(u64::from(tag));
        }
        self.spilled.get((tag & !SPILLED) as usize).cloned().unwrap_or(Location::File)
    }

    /// The row at `location` was folded on the date of an answer the row
    /// tagged `first` gave first: returns the earlier rows on that date
    /// (named, then how many more), and keeps this one.
    fn same_date(&mut self, answer: Answer<'_>, first: u32, location: &Location) -> (Vec<Location>, u64) {
        let first = self.location(first);
        let Answer { person, indicator, wave, date } = answer;
        let fresh = || Next { date, named: Vec::new(), beyond: 0 };
        let next = self.next.entry((person, indicator.clone(), wave)).or_insert_with(fresh);
        if next.date != date {
            // Rows of an earlier latest date.
            *next = fresh();
        }
        let mut earlier = vec![first];
        earlier.extend(next.named.iter().cloned());
        let beyond = next.beyond;
        if next.named.len() + 1 < NAMED_ROWS {
            next.named.push(location.clone());
        } else {
            next.beyond += 1;
        }
        (earlier, beyond)
    }
}

/// Reads, validates and folds an enrolments file and an observations file
/// against `set`: enrolments first (so that observations can be checked
/// against them), then observations, one record at a time.
///
/// Every problem of both files is in the returned report; rows with errors
/// are left out of the dataset and counted. Only a file that cannot be
/// opened is an `Err`. Problems of the whole file (not a data file, missing
/// columns) leave its rows out, and the other file is read all the same.
pub fn load(
    set: &ReferenceSet,
    enrolments: &Path,
    observations: &Path,
    options: &IngestOptions,
) -> Result<Loaded, IngestError> {
    // Both are opened before anything is read, so that a missing second
    // file is said before a long read of the first.
    let mut enrolment_reader = read_enrolments(enrolments, options)?;
    let mut observation_reader = read_observations(observations, set, options)?;
    let mut report = ValidationReport::new(options.max_problems);
    let mut builder = DatasetBuilder::new(set);
    // A fast hasher: keys are pseudonyms (keyed HMACs), not chosen by the
    // person who writes the file.
    // The row of each person's first enrolment, while enrolments are read
    // (the enrolment itself is the builder's).
    let mut first_rows: HashMap<PersonKey, Location> = HashMap::default();
    let mut rejected: HashSet<PersonKey> = HashSet::default();

    let mut tally = RowTally::default();
    let mut kept = 0u64;
    let progress = options.progress.as_ref();
    let mut items = 0u64;
    for item in &mut enrolment_reader {
        tick(progress, FileRole::Enrolments, &mut items);
        let Some(r) = report.record_of(item) else { continue };
        let mut problems = r.problems;
        let mut bad = r.record.is_none();
        if let Some(e) = r.record {
            let key = (e.organisation.clone(), e.beneficiary);
            match first_rows.get(&key) {
                Some(first) => {
                    let held = builder.find(&key.0, key.1).and_then(|i| builder.enrolment_of(i));
                    let identical = held == Some(&e);
                    bad |= !identical;
                    let kind = ProblemKind::DuplicateEnrolment { first: first.clone(), identical };
                    problems.push(
                        Problem::new(kind, enrolments, r.location.clone()).with_column(column_name(Field::Beneficiary)),
                    );
                }
                None => {
                    rejected.remove(&key);
                    builder.add_enrolment(e);
                    first_rows.insert(key, r.location.clone());
                    kept += 1;
                }
            }
        } else if let Some(person) = r.person {
            if !first_rows.contains_key(&person) {
                rejected.insert(person);
            }
        }
        tally.record(r.row, bad);
        for p in problems {
            report.push(p);
        }
    }
    if let Some(p) = progress {
        p.tell(FileRole::Enrolments, enrolment_reader.rows_read(), true);
    }
    drop(first_rows);
    builder.shrink_to_fit();
    let left_out = enrolment_reader.rows_left_out() + tally.finish();
    report.enrolments = FileSummary {
        path: enrolments.to_path_buf(),
        info: Some(enrolment_reader.info().clone()),
        form: None,
        rows_read: enrolment_reader.rows_read(),
        rows_accepted: enrolment_reader.rows_read().saturating_sub(left_out),
        records_accepted: kept,
    };

    // Without an exit date column every support is ongoing: the file-level
    // warning says so once, instead of one warning per post-exit row.
    let exits_known = !enrolment_reader.lacks_column(Field::ExitDate);
    let tolerance = i64::from(options.date_tolerance_days);
    let mut tally = RowTally::default();
    let mut kept = 0u64;
    let mut silent = 0u64;
    let mut items = 0u64;
    let mut same_date_rows = SameDateRows::default();
    let mut last_person: Option<(crate::ids::OrganisationCode, crate::data::BeneficiaryKey, usize)> = None;
    while let Some((item, score)) = observation_reader.next_scored() {
        tick(progress, FileRole::Observations, &mut items);
        let Some(r) = report.record_of(item) else { continue };
        let mut problems = r.problems;
        let mut bad = r.record.is_none();
        if let Some(obs) = r.record {
            // The person of the previous row, found again without a look-up.
            let person = match &last_person {
                Some((org, key, i)) if *key == obs.beneficiary && *org == obs.organisation => Some(*i),
                _ => {
                    let found = builder.find(&obs.organisation, obs.beneficiary);
                    if let Some(i) = found {
                        last_person = Some((obs.organisation.clone(), obs.beneficiary, i));
                    }
                    found
                }
            };
            match person.and_then(|i| builder.enrolment_of(i)) {
                None if rejected.contains(&(obs.organisation.clone(), obs.beneficiary)) => {
                    silent += 1;
                    bad = true;
                }
                None => {
                    bad = true;
                    let kind = ProblemKind::ObservationWithoutEnrolment {
                        organisation: obs.organisation.clone(),
                        enrolments: enrolments.to_path_buf(),
                    };
                    problems.push(
                        Problem::new(kind, observations, r.location.clone())
                            .with_column(column_name(Field::Beneficiary)),
                    );
                }
                Some(enrolment) => {
                    let (support, warnings) =
                        check_against_enrolment(set, &obs, enrolment, tolerance, observations, &r.location);
                    if support.iter().any(Problem::is_error) {
                        bad = true;
                    }
                    problems.extend(support);
                    problems.extend(
                        warnings
                            .into_iter()
                            .filter(|w| exits_known || !matches!(w.kind(), ProblemKind::PostExitWithoutExit)),
                    );
                }
            }
            if let (false, Some(person)) = (bad, person) {
                let (indicator, wave) = (obs.indicator.clone(), obs.wave);
                let tag = same_date_rows.tag(&r.location);
                let date = obs.date;
                match builder.add_scored_observation(obs, score, tag) {
                    Ok(folded) => {
                        kept += 1;
                        let (earlier, more) = match folded.same_date_as {
                            Some(first) => {
                                let person = u32::try_from(person).unwrap_or(u32::MAX);
                                let answer = Answer { person, indicator: &indicator, wave, date };
                                same_date_rows.same_date(answer, first, &r.location)
                            }
                            None => (Vec::new(), 0),
                        };
                        let kind = match folded.warning {
                            Some(FoldWarning::DuplicateObservation { .. }) => {
                                Some(ProblemKind::DuplicateObservation { indicator, wave })
                            }
                            Some(FoldWarning::ConflictingDuplicates { .. }) => {
                                Some(ProblemKind::ConflictingDuplicates { indicator, wave, others: earlier, more })
                            }
                            _ => None,
                        };
                        if let Some(kind) = kind {
                            problems.push(
                                Problem::new(kind, observations, r.location.clone())
                                    .with_column(column_name(Field::Indicator)),
                            );
                        }
                    }
                    Err(e) => {
                        bad = true;
                        let kind = ProblemKind::ValueNotAccepted { indicator: e.indicator, expected: e.expected };
                        problems.push(Problem::new(kind, observations, r.location.clone()).with_cell(
                            Field::Value,
                            column_name(Field::Value),
                            &e.value,
                        ));
                    }
                }
            }
        }
        tally.record(r.row, bad);
        for p in problems {
            report.push(p);
        }
    }
    if let Some(p) = progress {
        p.tell(FileRole::Observations, observation_reader.rows_read(), true);
    }
    let left_out = observation_reader.rows_left_out() + tally.finish();
    report.left_out_with_enrolment = silent;
    report.observations = FileSummary {
        path: observations.to_path_buf(),
        info: Some(observation_reader.info().clone()),
        form: observation_reader.form(),
        rows_read: observation_reader.rows_read(),
        rows_accepted: observation_reader.rows_read().saturating_sub(left_out),
        records_accepted: kept,
    };
    Ok(Loaded { dataset: builder.build(), validation: report })
}

fn column_name(field: Field) -> String {
    field.as_str().to_string()
}

/// The checks of an observation against its person's enrolment: dated
/// within support (give or take `tolerance` days), and the indicator
/// applicable at the person's age (a warning).
fn check_against_enrolment(
    set: &ReferenceSet,
    obs: &Observation,
    enrolment: &Enrolment,
    tolerance: i64,
    file: &Path,
    location: &Location,
) -> (Vec<Problem>, Vec<Problem>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let days = |from: crate::data::Date, to: crate::data::Date| i64::from((to - from).get_days());
    let date_problem = |days: i64, bound: SupportBound| {
        Problem::new(ProblemKind::OutsideSupport { days, bound, tolerance }, file, location.clone()).with_cell(
            Field::Date,
            column_name(Field::Date),
            &obs.date.to_string(),
        )
    };
    let before_entry = days(obs.date, enrolment.entry_date);
    if before_entry > tolerance {
        errors.push(date_problem(before_entry, SupportBound::BeforeEntry(enrolment.entry_date)));
    }
    match (obs.wave, enrolment.exit_date) {
        (Wave::PostExit, None) => warnings.push(
            Problem::new(ProblemKind::PostExitWithoutExit, file, location.clone())
                .with_column(column_name(Field::Wave)),
        ),
        (Wave::PostExit, Some(exit)) => {
            let before_exit = days(obs.date, exit);
            if before_exit > tolerance {
                errors.push(date_problem(before_exit, SupportBound::PostExitBeforeExit(exit)));
            }
        }
        (_, Some(exit)) => {
            let after_exit = days(exit, obs.date);
            if after_exit > tolerance {
                errors.push(date_problem(after_exit, SupportBound::AfterExit(exit)));
            }
        }
        (_, None) => {}
    }
    if let Some(applies) = set.registry().get(obs.indicator.as_str()).and_then(|i| i.definition().applies_to.clone()) {
        if let Some(age) = enrolment.age_on(obs.date) {
            if !applies.contains(age) {
                let kind = ProblemKind::NotApplicableAtAge {
                    indicator: obs.indicator.clone(),
                    min_age: applies.min_age,
                    max_age: applies.max_age,
                    age,
                };
                warnings.push(Problem::new(kind, file, location.clone()).with_column(column_name(Field::Indicator)));
            }
        }
    }
    (errors, warnings)
}
