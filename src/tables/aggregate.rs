//! Shareable aggregates (`impact-aggregate/1`, BRIEF section 10) and the
//! network report merged from them.
//!
//! An aggregate holds, for each organisation code of the data, the tables
//! of [`OrganisationTables`] of every shown group and only the size of the
//! hidden ones: no id, no pseudonym, no row, no person's date.
//!
//! ```
//! use social_impact::analysis::AnalysisOptions;
//! use social_impact::catalogue::{Catalogue, Wave};
//! use social_impact::data::{DatasetBuilder, Enrolment, Observation, Pseudonymiser};
//! use social_impact::tables::{network_report, Aggregate};
//! use social_impact::{IndicatorId, OrganisationCode};
//! use jiff::civil::date;
//!
//! let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
//! let ids = Pseudonymiser::ephemeral();
//! let housing = IndicatorId::new("excl.housing.situation")?;
//! let options = AnalysisOptions { as_of: Some(date(2024, 12, 31)), ..AnalysisOptions::default() };
//! let mut aggregates = Vec::new();
//! for code in ["ASSO-A", "ASSO-B"] {
//!     let org = OrganisationCode::new(code)?;
//!     let mut data = DatasetBuilder::new(&set);
//!     for i in 0..12 {
//!         let person = ids.pseudonymise(&format!("{code}-{i}"));
//!         data.add_enrolment(Enrolment {
//!             organisation: org.clone(), beneficiary: person, entry_date: date(2024, 1, 1),
//!             exit_date: Some(date(2024, 7, 1 + i)), age_at_entry: None, sex: None, service: None,
//!         });
//!         data.add_observation(Observation {
//!             organisation: org.clone(), beneficiary: person, indicator: housing.clone(),
//!             wave: Wave::Exit, date: date(2024, 7, 1 + i), value: "tenancy".into(), missing_reason: None,
//!         })?;
//!     }
//!     aggregates.push(Aggregate::from_dataset(&set, &data.build(), &options, 0)?);
//! }
//! let report = network_report(&set, &aggregates)?;
//! assert_eq!(report.indicators[0].groups.len(), 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::OrganisationTables;
use crate::analysis::{analyse_tables, AnalysisError, AnalysisOptions};
use crate::data::{Dataset, Date};
use crate::ingest::ProblemCode;
use crate::report::{GroupId, Report};
use crate::set::ReferenceSet;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The value of the `format` field.
pub const AGGREGATE_FORMAT: &str = "impact-aggregate/1";

/// One aggregate file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Impact aggregate")]
#[non_exhaustive]
pub struct Aggregate {
    /// Always `impact-aggregate/1`.
    pub format: String,
    /// The program that wrote it: `social-impact <version>`.
    pub producer: String,
    /// The reference set the data were measured against.
    pub reference_set: AggregateSet,
    /// The parameters of the tables.
    pub parameters: AggregateParameters,
    /// Records set aside as invalid while reading, all organisations together.
    pub rejected: u64,
    /// One entry per organisation code, sorted.
    pub organisations: Vec<OrganisationTables>,
}

/// Which set, which version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AggregateSet {
    /// Set id.
    pub id: String,
    /// Set version.
    pub version: String,
}

/// Parameters the tables were made with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AggregateParameters {
    /// Confidence level of every interval.
    pub confidence: f64,
    /// Smallest group shown; smaller groups carry only their size.
    pub min_cell: u32,
    /// The date support still going on was censored at (ISO 8601).
    pub as_of: Option<String>,
}

/// Why aggregates cannot be merged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum NetworkError {
    /// No aggregate was given.
    #[error("no aggregate to merge")]
    Empty,
    /// A file is not of the format `impact-aggregate/1`.
    #[error("aggregate {index}: format {found:?}, expected {AGGREGATE_FORMAT:?}")]
    Format {
        /// Position of the aggregate in the input (from 0).
        index: usize,
        /// The format found.
        found: String,
    },
    /// An aggregate was made for another set or another major version.
    #[error("aggregate {index}: set {found}, expected {expected} (same id and major version)")]
    Set {
        /// Position of the aggregate.
        index: usize,
        /// `id version` found.
        found: String,
        /// `id version` expected.
        expected: String,
    },
    /// Aggregates made with different parameters.
    #[error(
        "aggregate {index}: {what} {found}, the first aggregate has {expected}: every aggregate must use the same"
    )]
    Parameter {
        /// Position of the aggregate.
        index: usize,
        /// `min_cell` or `confidence`.
        what: &'static str,
        /// Value found.
        found: String,
        /// Value of the first aggregate.
        expected: String,
    },
    /// One organisation code in two aggregates (or twice in one).
    #[error("organisation {0} is met twice: each organisation must come from one aggregate only")]
    DuplicateOrganisation(String),
    /// An aggregate's tables do not match the set, or a table contradicts its size.
    #[error("aggregate {index}, organisation {organisation}: {what}")]
    Inconsistent {
        /// Position of the aggregate.
        index: usize,
        /// The organisation.
        organisation: String,
        /// What does not hold.
        what: String,
    },
    /// The analysis refused.
    #[error(transparent)]
    Analysis(#[from] AnalysisError),
}

fn major(version: &str) -> &str {
    version.split('.').next().unwrap_or(version)
}

impl Aggregate {
    /// The aggregate of a dataset: each organisation's tables, suppressed at
    /// `options.min_cell`, censored at `options.as_of` (default: the latest
    /// date in the data). `rejected` is the number of records set aside.
    ///
    /// # Errors
    ///
    /// [`AnalysisError`] when the options are out of range or the dataset
    /// was built for another set.
    pub fn from_dataset(
        set: &ReferenceSet,
        data: &Dataset,
        options: &AnalysisOptions,
        rejected: u64,
    ) -> Result<Aggregate, AnalysisError> {
        // Checks the options and the dataset the same way as a report.
        crate::analysis::check(set, data, options)?;
        let as_of: Option<Date> = options.as_of.or(data.max_date());
        let mut organisations = super::fold(set, data, as_of);
        for t in &mut organisations {
            t.suppress(set, u64::from(options.min_cell));
            t.strip_private();
        }
        Ok(Aggregate {
            format: AGGREGATE_FORMAT.to_string(),
            producer: format!("social-impact {}", env!("CARGO_PKG_VERSION")),
            reference_set: AggregateSet { id: set.id().to_string(), version: set.version().to_string() },
            parameters: AggregateParameters {
                confidence: options.confidence,
                min_cell: options.min_cell,
                as_of: as_of.map(|d| d.to_string()),
            },
            rejected,
            organisations,
        })
    }

    /// Checks that every table agrees with its size and the set: a hidden
    /// group holds no table, a shown one holds a table whose counts add up.
    fn check(&self, index: usize, set: &ReferenceSet) -> Result<(), NetworkError> {
        let min_cell = u64::from(self.parameters.min_cell);
        for org in &self.organisations {
            let bad =
                |what: String| NetworkError::Inconsistent { index, organisation: org.organisation.to_string(), what };
            if org.indicators.len() != set.registry().len()
                || org.indicators.iter().zip(set.registry().ids()).any(|(t, id)| t.indicator != id.as_str())
                || org.time_to_event.len() != set.time_to_event().len()
                || org.time_to_event.iter().zip(set.time_to_event()).any(|(t, s)| t.id != s.id.as_str())
            {
                return Err(bad("its indicators or time-to-event analyses are not those of the set".into()));
            }
            for ind in &org.indicators {
                for s in &ind.status {
                    let sum = s.scores.as_ref().map(|t| t.iter().map(|r| r.count).sum::<u64>());
                    agrees(s.n, sum, min_cell).map_err(|e| bad(format!("{} status {}: {e}", ind.indicator, s.wave)))?;
                }
                let c = &ind.change;
                let sum = c.pairs.as_ref().map(|t| t.iter().map(|r| r.count).sum::<u64>());
                agrees(c.n_pairs, sum, min_cell).map_err(|e| bad(format!("{} change: {e}", ind.indicator)))?;
                if c.pairs.is_none() && c.duration_effect.is_some() {
                    return Err(bad(format!("{} change: a hidden group carries a duration effect", ind.indicator)));
                }
            }
            let strata_expected = if set.standardise().is_empty() { 0 } else { org.indicators.len() };
            if org.strata.len() != strata_expected
                || org.strata.iter().zip(&org.indicators).any(|(s, i)| s.indicator != i.indicator)
            {
                return Err(bad("its strata tables are not one per indicator of a set that standardises".into()));
            }
            for (s, ind) in org.strata.iter().zip(&org.indicators) {
                let status_n = ind.status.iter().find(|t| t.wave == s.wave).map_or(0, |t| t.n);
                super::strata::check(s, set, status_n, min_cell).map_err(|e| bad(format!("{}: {e}", s.indicator)))?;
            }
            for t in &org.time_to_event {
                let sum = t.rows.as_ref().map(|r| r.iter().map(|r| r.events + r.censored).sum::<u64>());
                agrees(t.n, sum, min_cell).map_err(|e| bad(format!("time to event {}: {e}", t.id)))?;
            }
            for r in &org.reliability {
                if r.n_complete < min_cell && r.moments.is_some() {
                    return Err(bad(format!("{} {}: a hidden group carries item sums", r.indicator, r.wave)));
                }
            }
            if let Some(a) = &org.activity {
                a.check(min_cell).map_err(|e| bad(format!("activity: {e}")))?;
            }
            if let Some(b) = &org.served {
                super::served::check(b, set, min_cell).map_err(|e| bad(format!("served: {e}")))?;
            }
            if let Some(kind) = org.data_quality.warnings.keys().find(|k| ProblemCode::from_code(k).is_none()) {
                return Err(bad(format!("warning kind {kind:?} is not a problem code")));
            }
        }
        Ok(())
    }
}

/// A table's counts agree with its size, and it is present exactly when shown.
fn agrees(n: u64, sum: Option<u64>, min_cell: u64) -> Result<(), String> {
    match sum {
        Some(_) if n < min_cell => Err(format!("a hidden group (n = {n}) carries a table")),
        None if n >= min_cell => Err(format!("a shown group (n = {n}) has no table")),
        Some(s) if s != n => Err(format!("the table counts {s} people, its size says {n}")),
        _ => Ok(()),
    }
}

/// Merges aggregates of one set into a report of the `impact-report/1`
/// contract (BRIEF section 10). The network's duration effect is the
/// organisations' coefficients combined on Fisher's z scale
/// ([`crate::report::DurationMethod::FisherZ`]).
///
/// Aggregates may be censored at different dates (each association exports
/// when it can; BRIEF section 10 refuses only another set, `min_cell` or
/// confidence): each organisation's life table stays censored at its own
/// aggregate's `as_of`, and the report's `as_of` is the latest.
/// [`censoring_dates`] tells which dates were met, so that a program can
/// say so (`impact network` does, on standard error and in the data
/// quality of the HTML and Markdown reports).
///
/// # Errors
///
/// [`NetworkError`] when the aggregates are of another format, set or
/// major version, were made with different `min_cell` or confidence, meet
/// an organisation code twice, or hold a table that contradicts its size.
pub fn network_report(set: &ReferenceSet, aggregates: &[Aggregate]) -> Result<Report, NetworkError> {
    let first = aggregates.first().ok_or(NetworkError::Empty)?;
    let expected = format!("{} {}", set.id(), set.version());
    let mut seen = BTreeSet::new();
    let mut tables: Vec<&OrganisationTables> = Vec::new();
    for (index, a) in aggregates.iter().enumerate() {
        if a.format != AGGREGATE_FORMAT {
            return Err(NetworkError::Format { index, found: a.format.clone() });
        }
        if a.reference_set.id != set.id().as_str() || major(&a.reference_set.version) != major(set.version().as_str()) {
            return Err(NetworkError::Set {
                index,
                found: format!("{} {}", a.reference_set.id, a.reference_set.version),
                expected,
            });
        }
        // Figures made with other parameters do not pool.
        let parameters = [
            ("min_cell", a.parameters.min_cell.to_string(), first.parameters.min_cell.to_string()),
            ("confidence", a.parameters.confidence.to_string(), first.parameters.confidence.to_string()),
        ];
        if let Some((what, found, expected)) = parameters.into_iter().find(|(_, found, expected)| found != expected) {
            return Err(NetworkError::Parameter { index, what, found, expected });
        }
        a.check(index, set)?;
        for org in &a.organisations {
            if !seen.insert(org.organisation.as_str()) {
                return Err(NetworkError::DuplicateOrganisation(org.organisation.to_string()));
            }
            tables.push(org);
        }
    }
    tables.sort_by(|a, b| a.organisation.cmp(&b.organisation));
    let tables: Vec<OrganisationTables> = tables.into_iter().cloned().collect();
    let as_of = censoring_dates(aggregates).into_iter().flatten().max();
    let options =
        AnalysisOptions { confidence: first.parameters.confidence, min_cell: first.parameters.min_cell, as_of };
    let rejected = aggregates.iter().map(|a| a.rejected).sum();
    Ok(analyse_tables(set, &tables, &options, rejected)?)
}

/// The date each aggregate was censored at (`parameters.as_of`), in input
/// order; `None` for an aggregate without one (or with one that is not an
/// ISO 8601 date).
pub fn censoring_dates(aggregates: &[Aggregate]) -> Vec<Option<Date>> {
    aggregates.iter().map(|a| a.parameters.as_of.as_deref().and_then(|d| d.parse::<Date>().ok())).collect()
}

/// The JSON Schema (2020-12) of the aggregate format.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Aggregate)).unwrap_or(serde_json::Value::Null)
}

/// Rewrites a network report for one member (`--for`): that organisation
/// keeps its code, every other one gets an anonymous label (`Membre 0001`,
/// ...) numbered in the order of the codes, so the labels stay the same
/// for the same members. Returns `false`, changing nothing, when
/// `organisation` is not in the report.
pub fn for_member(report: &mut Report, organisation: &str, lang: crate::Lang) -> bool {
    let mut codes: BTreeSet<String> = BTreeSet::new();
    for ind in &report.indicators {
        codes.extend(ind.groups.iter().map(|g| g.organisation.to_string()));
    }
    for t in &report.time_to_event {
        codes.extend(t.groups.iter().map(|g| g.organisation.to_string()));
    }
    if let Some(a) = &report.activity {
        codes.extend(a.groups.iter().map(|g| g.organisation.to_string()));
    }
    if let Some(s) = &report.served {
        codes.extend(s.groups.iter().map(|g| g.organisation.to_string()));
    }
    codes.remove(crate::analysis::NETWORK);
    if !codes.contains(organisation) {
        return false;
    }
    let labels: std::collections::BTreeMap<String, String> = codes
        .iter()
        .filter(|c| c.as_str() != organisation)
        .enumerate()
        .map(|(i, c)| (c.clone(), crate::locale::network::member_label(lang, i + 1)))
        .collect();
    let relabel = |group: &mut GroupId| {
        if let Some(label) = labels.get(group.as_str()) {
            *group = GroupId::Member(label.clone());
        }
    };
    for ind in &mut report.indicators {
        ind.groups.iter_mut().for_each(|g| relabel(&mut g.organisation));
        if let Some(c) = &mut ind.comparison {
            c.funnel.iter_mut().for_each(|p| relabel(&mut p.organisation));
        }
    }
    for t in &mut report.time_to_event {
        t.groups.iter_mut().for_each(|g| relabel(&mut g.organisation));
    }
    if let Some(a) = &mut report.activity {
        a.groups.iter_mut().for_each(|g| relabel(&mut g.organisation));
    }
    if let Some(s) = &mut report.served {
        s.groups.iter_mut().for_each(|g| relabel(&mut g.organisation));
    }
    true
}
