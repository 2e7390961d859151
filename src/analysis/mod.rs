//! From folded data to the report object: status, change, comparison,
//! duration effect, time to event and scale reliability, exactly as defined
//! in BRIEF section 6.
//!
//! Pure: no file is read or written here. The statistics themselves live in
//! [`crate::stats`]; this layer picks the values each one is computed on,
//! applies small-cell suppression and fills the report contract.
//!
//! ```
//! use social_impact::analysis::{analyse, AnalysisOptions};
//! use social_impact::catalogue::{Catalogue, Wave};
//! use social_impact::data::{DatasetBuilder, Enrolment, Observation, Pseudonymiser};
//! use social_impact::{IndicatorId, OrganisationCode};
//! use jiff::civil::date;
//!
//! let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
//! let ids = Pseudonymiser::ephemeral();
//! let org = OrganisationCode::new("ASSO-A")?;
//! let housing = IndicatorId::new("excl.housing.situation")?;
//! let mut data = DatasetBuilder::new(&set);
//! for i in 0..12 {
//!     let person = ids.pseudonymise(&format!("P{i}"));
//!     data.add_enrolment(Enrolment {
//!         organisation: org.clone(),
//!         beneficiary: person,
//!         entry_date: date(2024, 1, 1),
//!         exit_date: Some(date(2024, 7, 1 + i)),
//!         age_at_entry: Some(30),
//!         sex: None,
//!         service: None,
//!     });
//!     for (wave, day, value) in [(Wave::Entry, date(2024, 1, 1), "street"), (Wave::Exit, date(2024, 7, 1 + i), "tenancy")] {
//!         data.add_observation(Observation {
//!             organisation: org.clone(),
//!             beneficiary: person,
//!             indicator: housing.clone(),
//!             wave,
//!             date: day,
//!             value: value.into(),
//!             missing_reason: None,
//!         })?;
//!     }
//! }
//! let report = analyse(&set, &data.build(), &AnalysisOptions::default())?;
//! let housing = &report.indicators[0];
//! let network = housing.groups.last().expect("network group");
//! assert!(network.organisation.is_network());
//! assert_eq!(network.change.n_pairs, 12);
//! println!("{}", serde_json::to_string_pretty(&report)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod activity;
mod change;
mod comparison;
mod quality;
mod reliability;
mod served;
mod standardised;
mod status;
mod survival;

use crate::catalogue::{Measure, Wave};
use crate::data::{Dataset, Date};
use crate::report::{GroupId, IndicatorReport, MeasureKind, Parameters, Report, SetRef, REPORT_FORMAT};
use crate::set::ReferenceSet;
use crate::stats::Confidence;
use crate::tables::{OrganisationTables, ScoreCount};

/// Parameters of an analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisOptions {
    /// Confidence level of every interval (default 0.95).
    pub confidence: f64,
    /// Smallest group shown; smaller groups are suppressed (default 11).
    pub min_cell: u32,
    /// Date at which support still going on is censored; default: the
    /// latest date in the data.
    pub as_of: Option<Date>,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions { confidence: 0.95, min_cell: 11, as_of: None }
    }
}

/// Why an analysis could not run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum AnalysisError {
    /// The confidence level is not strictly between 0 and 1.
    #[error("confidence level {0}: expected a number strictly between 0 and 1, e.g. 0.95")]
    Confidence(f64),
    /// The minimum cell size is 0.
    #[error("minimum cell size 0: expected 1 or more (11 by default; below 11 only for internal use)")]
    MinCell,
    /// The dataset was built for another set.
    #[error("the dataset was built for other indicators than set {0}")]
    DatasetMismatch(String),
}

impl AnalysisError {
    /// The error in `lang`, for the person at the terminal.
    pub fn message(&self, lang: crate::Lang) -> String {
        let words = crate::locale::errors(lang);
        match self {
            AnalysisError::Confidence(value) => words.confidence(*value),
            AnalysisError::MinCell => words.min_cell(),
            AnalysisError::DatasetMismatch(set) => words.dataset_mismatch(set),
        }
    }
}

/// Everything an indicator's computations share.
pub(crate) struct Context<'a> {
    pub confidence: Confidence,
    pub min_cell: u64,
    /// Each organisation's tables, sorted by code, hidden groups already
    /// reduced to their size.
    pub organisations: &'a [OrganisationTables],
}

impl Context<'_> {
    pub fn suppressed(&self, n: u64) -> bool {
        n < self.min_cell
    }
}

/// The organisation code standing for the whole network.
pub const NETWORK: &str = crate::report::NETWORK;

/// Runs the whole analysis of BRIEF section 6 and fills the report contract.
///
/// # Errors
///
/// [`AnalysisError`] when the options are out of range or the dataset was
/// built for another set.
pub fn analyse(set: &ReferenceSet, data: &Dataset, options: &AnalysisOptions) -> Result<Report, AnalysisError> {
    analyse_with_progress(set, data, options, &|_, _| {})
}

/// [`analyse`], telling `progress(done, total)` after each indicator and
/// each time-to-event analysis, for a progress display.
///
/// The data are folded into each organisation's tables ([`crate::tables`]),
/// groups below `min_cell` are reduced to their size, and every figure is
/// computed from the tables: the same path as a network report from
/// aggregates.
///
/// # Errors
///
/// As [`analyse`].
pub fn analyse_with_progress(
    set: &ReferenceSet,
    data: &Dataset,
    options: &AnalysisOptions,
    progress: &dyn Fn(usize, usize),
) -> Result<Report, AnalysisError> {
    check(set, data, options)?;
    let as_of = options.as_of.or(data.max_date());
    let mut tables = crate::tables::fold(set, data, as_of);
    for t in &mut tables {
        t.suppress(set, u64::from(options.min_cell));
    }
    let options = AnalysisOptions { as_of, ..options.clone() };
    analyse_tables_with_progress(set, &tables, &options, 0, progress)
}

/// The options are in range and the dataset was built for `set`.
pub(crate) fn check(set: &ReferenceSet, data: &Dataset, options: &AnalysisOptions) -> Result<(), AnalysisError> {
    check_options(options)?;
    let ids: Vec<&str> = set.registry().ids().map(|i| i.as_str()).collect();
    if ids.len() != data.indicators().len() || ids.iter().zip(data.indicators()).any(|(a, b)| *a != b.as_str()) {
        return Err(AnalysisError::DatasetMismatch(set.id().to_string()));
    }
    Ok(())
}

fn check_options(options: &AnalysisOptions) -> Result<Confidence, AnalysisError> {
    let confidence = Confidence::new(options.confidence).map_err(|_| AnalysisError::Confidence(options.confidence))?;
    if options.min_cell == 0 {
        return Err(AnalysisError::MinCell);
    }
    Ok(confidence)
}

/// The report computed from organisations' tables (from [`crate::tables::fold`]
/// or read from aggregates), already suppressed at `options.min_cell`.
/// `rejected` is the number of records set aside while reading.
///
/// # Errors
///
/// [`AnalysisError`] when the options are out of range or a table does not
/// match the set.
pub fn analyse_tables(
    set: &ReferenceSet,
    tables: &[OrganisationTables],
    options: &AnalysisOptions,
    rejected: u64,
) -> Result<Report, AnalysisError> {
    analyse_tables_with_progress(set, tables, options, rejected, &|_, _| {})
}

fn analyse_tables_with_progress(
    set: &ReferenceSet,
    tables: &[OrganisationTables],
    options: &AnalysisOptions,
    rejected: u64,
    progress: &dyn Fn(usize, usize),
) -> Result<Report, AnalysisError> {
    let confidence = check_options(options)?;
    let n_ind = set.registry().len();
    if tables.iter().any(|t| {
        t.indicators.len() != n_ind
            || t.indicators.iter().zip(set.registry().ids()).any(|(a, b)| a.indicator != b.as_str())
            || t.time_to_event.len() != set.time_to_event().len()
    }) {
        return Err(AnalysisError::DatasetMismatch(set.id().to_string()));
    }
    let ctx = Context { confidence, min_cell: u64::from(options.min_cell), organisations: tables };
    let change_spec = set.change();
    let total = n_ind + set.time_to_event().len();
    let mut indicators = Vec::new();
    for (k, ind) in set.registry().iter().enumerate() {
        let def = ind.definition();
        let proportion = def.is_proportion();
        let binary = matches!(def.measure, Measure::Binary { .. });
        let mut groups: Vec<crate::report::Group> = tables
            .iter()
            .map(|t| {
                let tab = &t.indicators[k];
                let status = status::organisation(&ctx, &tab.status, proportion);
                let (change, duration_effect) =
                    change::change(&ctx, &tab.change, change_spec, def.direction, binary, proportion);
                crate::report::Group {
                    organisation: GroupId::Organisation(t.organisation.clone()),
                    status,
                    change,
                    duration_effect,
                }
            })
            .collect();
        let status = status::network(&ctx, k, proportion);
        let (change, duration_effect) = change::network(&ctx, k, change_spec, def.direction, binary, proportion);
        groups.push(crate::report::Group { organisation: GroupId::Network, status, change, duration_effect });
        indicators.push(IndicatorReport {
            indicator: def.id.to_string(),
            measure: if proportion { MeasureKind::Proportion } else { MeasureKind::Mean },
            measure_type: def.measure.measure_type(),
            label: def.label.clone(),
            dimension: def.dimension,
            direction: def.direction,
            groups,
            comparison: comparison::comparison(&ctx, k, set.comparison_wave(), proportion).map(|mut c| {
                c.standardised = standardised::standardised(&ctx, set, k, &c, proportion);
                c
            }),
        });
        progress(k + 1, total);
    }
    comparison::adjust_holm(&mut indicators);
    let time_to_event = set
        .time_to_event()
        .iter()
        .enumerate()
        .map(|(i, spec)| {
            let result = survival::time_to_event(&ctx, spec, i);
            progress(n_ind + i + 1, total);
            result
        })
        .collect();
    Ok(Report {
        format: REPORT_FORMAT.to_string(),
        reference_set: SetRef {
            id: set.id().to_string(),
            version: set.version().to_string(),
            title: set.title().clone(),
            headline: set.headline().iter().map(ToString::to_string).collect(),
        },
        parameters: Parameters { confidence: options.confidence, min_cell: options.min_cell, as_of: options.as_of },
        indicators,
        time_to_event,
        reliability: reliability::reliability(&ctx, set),
        data_quality: quality::data_quality(tables, set, rejected),
        activity: activity::activity(tables, options.min_cell),
        served: served::served(set, tables, ctx.min_cell),
    })
}

/// A frequency table expanded into its values, sorted: 1/0 for proportion
/// measures, the score itself for mean measures.
pub(crate) fn expand(scores: &[ScoreCount], proportion: bool) -> Vec<f64> {
    let mut v = Vec::with_capacity(scores.iter().map(|s| s.count as usize).sum());
    for s in scores {
        let x = if proportion { f64::from(u8::from(s.positive)) } else { s.score };
        v.extend(std::iter::repeat_n(x, s.count as usize));
    }
    v.sort_by(f64::total_cmp);
    v
}

/// The waves in report order.
pub(crate) const WAVES: [Wave; 4] = [Wave::Entry, Wave::FollowUp, Wave::Exit, Wave::PostExit];
