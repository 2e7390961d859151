//! The comparison standardised on age band and sex (`comparison.standardised`),
//! written when the set declares `standardise`.
//!
//! Each organisation's figure is directly standardised to the network's mix
//! of strata: "as if every organisation served the network's mix of ages
//! and sexes" (formulas in [`crate::stats::direct_standardise`]), on the
//! strata of one step of the set's collapse chain, the same for every
//! organisation ([`StrataUsed`]). The network's mix is that of the
//! organisations whose strata tables are shown at that step or a finer one
//! ([`crate::tables::StrataTable`]).

use super::GroupId;
use crate::catalogue::StandardiseFactor;
use crate::stats::FunnelFlag;
use crate::tables::StratumSex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The comparison across organisations, standardised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StandardisedComparison {
    /// The factors standardised on, as the set declares them.
    pub factors: Vec<StandardiseFactor>,
    /// The strata used, the same for every organisation: the set's strata
    /// collapsed as far as the network's rule needs (module docs).
    pub strata: StrataUsed,
    /// The network's figure over its standard population (its crude
    /// proportion or mean, which is its standardised figure under its own
    /// mix): the centre line; `null` when no organisation's strata are shown.
    pub network_estimate: Option<f64>,
    /// The network's mix: people with a score in each stratum, over the
    /// organisations whose strata are shown at the step used or a finer
    /// one, and the stratum's weight.
    pub standard: Vec<StandardStratum>,
    /// One point per organisation of the raw funnel, in the same order.
    pub funnel: Vec<StandardisedPoint>,
}

/// The strata the comparison is standardised on: a step of the collapse
/// chain, decided once for the network.
///
/// The chain starts at the set's strata (its age bands, and sex when it
/// standardises on it); when it standardises on both, the first step drops
/// sex; then each step merges adjacent age bands two by two, from the
/// youngest, down to two age groups. An organisation's strata are shown at
/// the finest step at which each of its strata, and its group of unknown
/// age or sex, counts at least `min_cell` people. The step used is the
/// finest at which at least four in five of the organisations on the raw
/// funnel can be standardised (shown at that step or a finer one, with
/// people in every stratum of the network's mix); when no step reaches it,
/// the finest of those that standardise the most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StrataUsed {
    /// The step of the chain (0: the set's strata as declared).
    pub level: u32,
    /// How many of the set's adjacent age bands each age group merges (1:
    /// none merged; the last group may merge fewer); `null` when age band
    /// is not a factor.
    pub age_bands_merged: Option<u32>,
    /// Whether sex is a factor at this step.
    pub sex: bool,
}

/// One stratum of the network's mix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StandardStratum {
    /// The ages of the stratum (of its merged age bands), when standardised
    /// on age band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeRange>,
    /// The sex of the stratum, when standardised on sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<StratumSex>,
    /// People with a score in the stratum.
    pub n: u64,
    /// Its share of the standard population (weights add up to 1).
    pub weight: f64,
}

/// The ages of an age band, in whole years at entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AgeRange {
    /// The youngest age of the band.
    pub from: u32,
    /// The oldest age of the band; `null` for the last, open band.
    pub to: Option<u32>,
}

impl AgeRange {
    /// The band from `from` to `to` (inclusive; `None`: open).
    pub fn new(from: u32, to: Option<u32>) -> AgeRange {
        AgeRange { from, to }
    }
}

/// Why an organisation has no standardised figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotStandardised {
    /// At the step of the collapse chain used, a stratum, or its people of
    /// unknown age or sex, counts fewer than the minimum cell size: its
    /// strata are hidden there, all of them.
    SmallStratum,
    /// It has nobody in a stratum of the network's mix.
    MissingStratum,
}

/// One organisation's standardised figure against the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StandardisedPoint {
    /// Organisation code (as in the raw funnel).
    pub organisation: GroupId,
    /// Its number of answers at the wave (the raw funnel's `n`).
    pub n: u64,
    /// Its raw proportion or mean (the raw funnel's `estimate`).
    pub raw_estimate: f64,
    /// Its figure standardised to the network's mix; `null` when it cannot
    /// be (see `reason`).
    pub estimate: Option<f64>,
    /// Standard error of the standardised figure, from its own strata.
    pub se: Option<f64>,
    /// Normal confidence interval of the standardised figure (clipped to
    /// [0, 1] for proportions), at the report's level.
    pub ci_low: Option<f64>,
    /// Upper end.
    pub ci_high: Option<f64>,
    /// `(estimate - network_estimate)/se0`, `se0` the standard error the
    /// organisation's strata would have at the network's stratum figures;
    /// `null` when undefined.
    pub z: Option<f64>,
    /// Two-sided p-value of `z`.
    pub p: Option<f64>,
    /// 95 % lower limit `network_estimate - 1.959964·se0`.
    pub limit95_low: Option<f64>,
    /// 95 % upper limit.
    pub limit95_high: Option<f64>,
    /// 99.8 % lower limit `network_estimate - 3.090232·se0`.
    pub limit998_low: Option<f64>,
    /// 99.8 % upper limit.
    pub limit998_high: Option<f64>,
    /// Where the standardised figure falls, as on the raw funnel plot.
    pub flag: Option<FunnelFlag>,
    /// Why there is no standardised figure; `null` when there is one.
    pub reason: Option<NotStandardised>,
}
