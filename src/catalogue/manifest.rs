//! The reference-set manifest format (BRIEF section 4): a versioned bundle
//! of indicators with the waves to compare and the events to time.
//!
//! An on-disk format, like [`IndicatorDefinition`]: names are an API.

use super::age_bands::AgeBands;
use super::definition::IndicatorDefinition;
use super::vocabulary::{Domain, Wave};
use crate::ids::{IndicatorId, SetId, Version};
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A reference set (*référentiel*) as written in a manifest file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Reference set manifest")]
pub struct SetManifest {
    /// Stable id, e.g. `exclusion-2023`.
    pub id: SetId,
    /// Semantic version of the set.
    pub version: Version,
    /// Title shown in reports.
    pub title: LocalizedText,
    /// Who it is for and how it was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Field of social action.
    pub domain: Domain,
    /// The indicators: ids resolved in the catalogue, or full inline definitions.
    #[schemars(length(min = 1))]
    pub indicators: Vec<IndicatorEntry>,
    /// The two waves between which change is measured.
    #[serde(default)]
    pub change: ChangeSpec,
    /// The wave at which organisations are compared.
    #[serde(default = "default_comparison_wave")]
    pub comparison_wave: Wave,
    /// Times from entry to a first positive observation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time_to_event: Vec<TimeToEventSpec>,
    /// Lower bounds of the age bands the report breaks people down by, in
    /// whole years of age at entry (strictly increasing, the first 0). When
    /// absent, [`DEFAULT_AGE_BANDS`](super::DEFAULT_AGE_BANDS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_bands: Option<AgeBands>,
    /// The set's key outcomes: indicators of the set shown first in the
    /// report and the board summary, whatever the size of their change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headline: Vec<IndicatorId>,
    /// The factors the comparison across organisations may be standardised
    /// on (direct standardisation to the network's mix).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standardise: Vec<StandardiseFactor>,
}

/// A factor the comparison across organisations may be standardised on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StandardiseFactor {
    /// The age band at entry (the set's [`AgeBands`]).
    AgeBand,
    /// Sex, as recorded at enrolment.
    Sex,
}

impl StandardiseFactor {
    /// Every factor, in the order of the format.
    pub const ALL: [StandardiseFactor; 2] = [StandardiseFactor::AgeBand, StandardiseFactor::Sex];

    /// The name in manifests: `age_band`, `sex`.
    pub fn as_str(self) -> &'static str {
        match self {
            StandardiseFactor::AgeBand => "age_band",
            StandardiseFactor::Sex => "sex",
        }
    }
}

fn default_comparison_wave() -> Wave {
    Wave::Exit
}

/// An indicator named by id, or defined inline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum IndicatorEntry {
    /// An id resolved in the catalogue.
    Id(IndicatorId),
    /// A full definition carried by the manifest itself.
    Inline(Box<IndicatorDefinition>),
}

impl IndicatorEntry {
    /// The id, whichever form the entry takes.
    pub fn id(&self) -> &IndicatorId {
        match self {
            IndicatorEntry::Id(id) => id,
            IndicatorEntry::Inline(def) => &def.id,
        }
    }
}

/// Change is measured from one wave to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeSpec {
    /// The earlier wave (default `entry`).
    pub from: Wave,
    /// The later wave (default `exit`).
    pub to: Wave,
}

impl Default for ChangeSpec {
    fn default() -> Self {
        ChangeSpec { from: Wave::Entry, to: Wave::Exit }
    }
}

/// A time-to-event analysis: days from entry to the first observation,
/// after entry, whose score is positive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeToEventSpec {
    /// Stable id of the analysis, e.g. `excl.housing.time_to_stable`.
    pub id: IndicatorId,
    /// The indicator whose first positive observation is the event.
    pub indicator: IndicatorId,
    /// What is timed, for reports.
    pub label: LocalizedText,
}
