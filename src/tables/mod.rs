//! Mergeable sufficient statistics: what every figure of BRIEF section 6 is
//! computed from.
//!
//! Each organisation's people are folded once into small tables (frequency
//! tables of scores per indicator and wave, joint from/to tables for change,
//! life tables for time to event, item sums and cross-products for scale
//! reliability, data-quality counts). The network is the merge of the tables
//! of the organisations shown for each statistic, and the report is computed
//! from tables only: the report of one association, of a pooled file and of
//! merged aggregates cannot drift apart, and no sum follows the order of the
//! rows (every table is sorted by its key).
//!
//! Groups below `min_cell` keep only their size ([`OrganisationTables::suppress`]); their
//! tables are dropped before anything is computed or written.

mod activity;
mod aggregate;
mod fold;
mod key;
mod served;
mod strata;

pub use activity::{ActivityTable, ResponseTable, LOST_AFTER_DAYS};
pub use aggregate::{
    censoring_dates, for_member, json_schema, network_report, Aggregate, AggregateParameters, AggregateSet,
    NetworkError, AGGREGATE_FORMAT,
};
pub(crate) use fold::duration_effect;
pub use fold::fold;
pub(crate) use key::round9;
use key::Key;
pub(crate) use served::{mark_hidden as mark_hidden_served, merge as merge_served, suppress as suppress_served};
pub(crate) use strata::{collapse as collapse_strata, merge as merge_strata};
pub use strata::{collapse_chain, Collapse, StrataTable, StratumCell, StratumKey, StratumSex};

use crate::catalogue::Wave;
use crate::data::MissingReason;
use crate::ids::OrganisationCode;
use crate::report::{Breakdowns, DurationEffect};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many people answered with a score, and whether it is positive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScoreCount {
    /// The score.
    pub score: f64,
    /// Whether the score is positive (BRIEF section 6).
    pub positive: bool,
    /// How many people.
    pub count: u64,
}

/// Status of one indicator at one wave in one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StatusTable {
    /// The wave.
    pub wave: Wave,
    /// People with a score.
    pub n: u64,
    /// The frequency table of scores, sorted by score then positivity;
    /// absent when the group is hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<Vec<ScoreCount>>,
}

/// How many people went from one score to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PairCount {
    /// Score at the earlier wave.
    pub from: f64,
    /// Whether it is positive.
    pub from_positive: bool,
    /// Score at the later wave.
    pub to: f64,
    /// Whether it is positive.
    pub to_positive: bool,
    /// How many people.
    pub count: u64,
}

/// Support duration and change of people whose episode ended: kept only
/// in memory, for the pooled Spearman correlation (never written).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DurationCount {
    pub days: i64,
    pub change: f64,
    pub count: u64,
}

/// Change of one indicator in one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChangeTable {
    /// People with a score at both waves.
    pub n_pairs: u64,
    /// The joint table of (from, to) scores, sorted; absent when hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairs: Option<Vec<PairCount>>,
    /// The organisation's own duration effect; absent when hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_effect: Option<DurationEffect>,
    /// Duration and change pairs, for the pooled correlation; empty when
    /// read from an aggregate.
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) durations: Option<Vec<DurationCount>>,
}

/// The tables of one indicator in one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorTables {
    /// Indicator id.
    pub indicator: String,
    /// Status at each wave with a score, in wave order.
    pub status: Vec<StatusTable>,
    /// Change between the set's two waves.
    pub change: ChangeTable,
}

/// One row of a life table: days since entry, events and censorings then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LifeRow {
    /// Days since entry.
    pub t: i64,
    /// People whose event came on that day.
    pub events: u64,
    /// People censored on that day.
    pub censored: u64,
}

/// Time to event of one analysis in one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LifeTable {
    /// Time-to-event analysis id.
    pub id: String,
    /// People at risk at entry.
    pub n: u64,
    /// The life table by day, ascending; absent when hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<LifeRow>>,
}

/// Item sums and cross-products of one composite scale at one wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScaleTable {
    /// The composite indicator.
    pub indicator: String,
    /// The wave.
    pub wave: Wave,
    /// People who answered every item.
    pub n_complete: u64,
    /// The sums; absent when hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moments: Option<ItemMoments>,
}

/// Sums over the people who answered every item (aligned scores).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ItemMoments {
    /// Σ x_j for each item j.
    pub sums: Vec<f64>,
    /// Σ x_i·x_j for i ≤ j, row by row of the upper triangle.
    pub cross: Vec<f64>,
}

/// Missing answers of one indicator at one wave for one reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MissingTally {
    /// The indicator.
    pub indicator: String,
    /// The wave.
    pub wave: Wave,
    /// The reason given; `null` when none was.
    pub reason: Option<MissingReason>,
    /// How many answers.
    pub count: u64,
}

/// What was read for one organisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QualityCounts {
    /// Enrolment records kept.
    pub enrolments: u64,
    /// Observation records folded.
    pub observations: u64,
    /// People.
    pub beneficiaries: u64,
    /// Missing answers by indicator, wave and reason.
    pub missing: Vec<MissingTally>,
    /// Warnings by kind.
    pub warnings: BTreeMap<String, u64>,
}

/// Every table of one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrganisationTables {
    /// Organisation code.
    pub organisation: OrganisationCode,
    /// One entry per indicator, in the set's order.
    pub indicators: Vec<IndicatorTables>,
    /// One entry per time-to-event analysis, in the set's order.
    pub time_to_event: Vec<LifeTable>,
    /// One entry per composite scale and wave with an item answered.
    pub reliability: Vec<ScaleTable>,
    /// Data-quality counts.
    pub data_quality: QualityCounts,
    /// Status by stratum at the comparison wave, one per indicator in the
    /// set's order, when the set declares `standardise` (empty otherwise);
    /// see [`StrataTable`] for what is shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strata: Vec<StrataTable>,
    /// Entries, exits, people still supported or lost to follow-up, and
    /// who answered at each wave; absent from aggregates written before
    /// it was added (the network then has no activity figures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityTable>,
    /// People with an enrolment by age band, sex and service; absent from
    /// aggregates written before it was added (the network then has no
    /// such breakdown). Small cells are hidden, see [`Breakdowns`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<Breakdowns>,
}

impl OrganisationTables {
    /// Drops every table of a group below `min_cell`, keeping its size:
    /// what is hidden can then be neither shown nor merged. The strata
    /// tables are collapsed along the set's chain ([`collapse_chain`]) to
    /// the finest step at which they may be shown.
    pub fn suppress(&mut self, set: &crate::set::ReferenceSet, min_cell: u64) {
        for ind in &mut self.indicators {
            for s in &mut ind.status {
                if s.n < min_cell {
                    s.scores = None;
                }
            }
            if ind.change.n_pairs < min_cell {
                ind.change.pairs = None;
                ind.change.duration_effect = None;
                ind.change.durations = None;
            }
        }
        for t in &mut self.time_to_event {
            if t.n < min_cell {
                t.rows = None;
            }
        }
        for r in &mut self.reliability {
            if r.n_complete < min_cell {
                r.moments = None;
            }
        }
        let chain = strata::collapse_chain(set);
        self.strata.iter_mut().for_each(|t| strata::suppress(t, &chain, min_cell));
        if let Some(a) = &mut self.activity {
            a.suppress(min_cell);
        }
        if let Some(b) = &mut self.served {
            served::suppress(b, min_cell);
        }
    }

    /// Drops what only the pooled computation needs and an aggregate must
    /// not hold (duration and change pairs).
    pub(crate) fn strip_private(&mut self) {
        for ind in &mut self.indicators {
            ind.change.durations = None;
        }
    }
}

/// Merges frequency tables of scores (sorted by score then positivity).
pub(crate) fn merge_scores<'a>(tables: impl IntoIterator<Item = &'a [ScoreCount]>) -> Vec<ScoreCount> {
    let mut m: BTreeMap<(Key, bool), u64> = BTreeMap::new();
    for t in tables {
        for r in t {
            *m.entry((Key::new(r.score), r.positive)).or_default() += r.count;
        }
    }
    m.into_iter().map(|((k, positive), count)| ScoreCount { score: k.get(), positive, count }).collect()
}

/// Merges joint tables of change.
pub(crate) fn merge_pairs<'a>(tables: impl IntoIterator<Item = &'a [PairCount]>) -> Vec<PairCount> {
    let mut m: BTreeMap<(Key, bool, Key, bool), u64> = BTreeMap::new();
    for t in tables {
        for r in t {
            *m.entry((Key::new(r.from), r.from_positive, Key::new(r.to), r.to_positive)).or_default() += r.count;
        }
    }
    pair_rows(m)
}

/// The rows of a joint table of change, in the map's (sorted) order.
pub(crate) fn pair_rows(m: BTreeMap<(Key, bool, Key, bool), u64>) -> Vec<PairCount> {
    m.into_iter()
        .map(|((f, fp, t, tp), count)| PairCount {
            from: f.get(),
            from_positive: fp,
            to: t.get(),
            to_positive: tp,
            count,
        })
        .collect()
}

/// Merges duration and change pairs.
pub(crate) fn merge_durations<'a>(tables: impl IntoIterator<Item = &'a [DurationCount]>) -> Vec<DurationCount> {
    let mut m: BTreeMap<(i64, Key), u64> = BTreeMap::new();
    for t in tables {
        for r in t {
            *m.entry((r.days, Key::new(r.change))).or_default() += r.count;
        }
    }
    m.into_iter().map(|((days, c), count)| DurationCount { days, change: c.get(), count }).collect()
}

/// Merges life tables.
pub(crate) fn merge_life<'a>(tables: impl IntoIterator<Item = &'a [LifeRow]>) -> Vec<LifeRow> {
    let mut m: BTreeMap<i64, (u64, u64)> = BTreeMap::new();
    for t in tables {
        for r in t {
            let e = m.entry(r.t).or_default();
            e.0 += r.events;
            e.1 += r.censored;
        }
    }
    m.into_iter().map(|(t, (events, censored))| LifeRow { t, events, censored }).collect()
}

/// Merges item moments of one scale (same number of items).
pub(crate) fn merge_moments<'a>(tables: impl IntoIterator<Item = &'a ItemMoments>) -> Option<ItemMoments> {
    let mut out: Option<ItemMoments> = None;
    for t in tables {
        match &mut out {
            None => out = Some(t.clone()),
            Some(acc) => {
                if acc.sums.len() != t.sums.len() || acc.cross.len() != t.cross.len() {
                    return None;
                }
                acc.sums.iter_mut().zip(&t.sums).for_each(|(a, b)| *a += b);
                acc.cross.iter_mut().zip(&t.cross).for_each(|(a, b)| *a += b);
            }
        }
    }
    out
}
