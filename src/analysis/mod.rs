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
//! assert_eq!(network.organisation, "*");
//! assert_eq!(network.change.n_pairs, 12);
//! println!("{}", serde_json::to_string_pretty(&report)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod change;
mod comparison;
mod quality;
mod reliability;
mod status;
mod survival;

use crate::catalogue::{Measure, Wave};
use crate::data::{Dataset, Date, PersonView};
use crate::ids::OrganisationCode;
use crate::indicator::Score;
use crate::report::{IndicatorReport, MeasureKind, Parameters, Report, SetRef, REPORT_FORMAT};
use crate::set::ReferenceSet;
use crate::stats::Confidence;

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

/// Everything an indicator's computations share.
pub(crate) struct Context<'a> {
    pub data: &'a Dataset,
    pub confidence: Confidence,
    pub min_cell: u64,
    pub as_of: Option<Date>,
    pub organisations: Vec<OrganisationCode>,
}

impl Context<'_> {
    /// The people of a group: one organisation, or everyone (`None`).
    pub fn members<'s>(&'s self, org: Option<&'s OrganisationCode>) -> impl Iterator<Item = PersonView<'s>> + 's {
        self.data.people().filter(move |p| org.is_none_or(|o| p.organisation() == o))
    }

    /// The groups of a report: each organisation, then the network.
    pub fn groups(&self) -> impl Iterator<Item = (String, Option<&OrganisationCode>)> {
        self.organisations.iter().map(|o| (o.to_string(), Some(o))).chain(std::iter::once((NETWORK.to_string(), None)))
    }

    pub fn suppressed(&self, n: u64) -> bool {
        n < self.min_cell
    }
}

/// The organisation code standing for the whole network.
pub const NETWORK: &str = "*";

/// How a score enters status and comparison: 1/0 for proportion measures,
/// the score itself for mean measures.
pub(crate) fn status_value(score: Score, proportion: bool) -> f64 {
    if proportion {
        if score.positive == Some(true) {
            1.0
        } else {
            0.0
        }
    } else {
        score.value
    }
}

/// Runs the whole analysis of BRIEF section 6 and fills the report contract.
pub fn analyse(set: &ReferenceSet, data: &Dataset, options: &AnalysisOptions) -> Result<Report, AnalysisError> {
    analyse_with_progress(set, data, options, &|_, _| {})
}

/// [`analyse`], telling `progress(done, total)` after each indicator and
/// each time-to-event analysis, for a progress display.
pub fn analyse_with_progress(
    set: &ReferenceSet,
    data: &Dataset,
    options: &AnalysisOptions,
    progress: &dyn Fn(usize, usize),
) -> Result<Report, AnalysisError> {
    let confidence = Confidence::new(options.confidence).map_err(|_| AnalysisError::Confidence(options.confidence))?;
    if options.min_cell == 0 {
        return Err(AnalysisError::MinCell);
    }
    let ids: Vec<&str> = set.registry().ids().map(|i| i.as_str()).collect();
    if ids.len() != data.indicators().len() || ids.iter().zip(data.indicators()).any(|(a, b)| *a != b.as_str()) {
        return Err(AnalysisError::DatasetMismatch(set.id().to_string()));
    }
    let ctx = Context {
        data,
        confidence,
        min_cell: u64::from(options.min_cell),
        as_of: options.as_of.or(data.max_date()),
        organisations: data.organisations(),
    };
    let change_spec = set.change();
    let total = set.registry().len() + set.time_to_event().len();
    let mut indicators = Vec::new();
    for (k, ind) in set.registry().iter().enumerate() {
        let def = ind.definition();
        let proportion = def.is_proportion();
        let binary = matches!(def.measure, Measure::Binary { .. });
        let groups = ctx
            .groups()
            .map(|(name, org)| {
                let status = status::status(&ctx, org, k, proportion);
                let (change, duration_effect) =
                    change::change(&ctx, org, k, change_spec, def.direction, binary, proportion);
                crate::report::Group { organisation: name, status, change, duration_effect }
            })
            .collect();
        indicators.push(IndicatorReport {
            indicator: def.id.to_string(),
            measure: if proportion { MeasureKind::Proportion } else { MeasureKind::Mean },
            measure_type: def.measure.type_name().to_string(),
            label: def.label.clone(),
            dimension: def.dimension,
            direction: def.direction,
            groups,
            comparison: comparison::comparison(&ctx, k, set.comparison_wave(), proportion),
        });
        progress(k + 1, total);
    }
    comparison::adjust_holm(&mut indicators);
    let time_to_event = set
        .time_to_event()
        .iter()
        .enumerate()
        .filter_map(|(i, spec)| {
            let k = set.registry().ids().position(|id| *id == spec.indicator)?;
            let result = survival::time_to_event(&ctx, spec, k);
            progress(set.registry().len() + i + 1, total);
            Some(result)
        })
        .collect();
    Ok(Report {
        format: REPORT_FORMAT.to_string(),
        reference_set: SetRef {
            id: set.id().to_string(),
            version: set.version().to_string(),
            title: set.title().clone(),
        },
        parameters: Parameters {
            confidence: options.confidence,
            min_cell: options.min_cell,
            as_of: ctx.as_of.map(|d| d.to_string()),
        },
        indicators,
        time_to_event,
        reliability: reliability::reliability(&ctx, set),
        data_quality: quality::data_quality(data, set),
    })
}

/// The waves in report order.
pub(crate) const WAVES: [Wave; 4] = [Wave::Entry, Wave::FollowUp, Wave::Exit, Wave::PostExit];
