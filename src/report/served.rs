//! Who was served (the report's `served` section, and the tables it is
//! merged from): people with an enrolment by age band at entry, by sex and
//! by service, each with an unknown group of its own.
//!
//! A breakdown is a list of cells, one per group with people, sorted with
//! the unknown group last. A cell below `min_cell` is hidden
//! (`"suppressed": true`, no count), and so is the next smallest cell when
//! only one would be, so that no hidden count follows from the total
//! minus the shown ones; a breakdown that cannot be protected so (a single
//! group) is withheld whole (absent). See
//! [`tables::served`](crate::tables) for the rules.

use super::{GroupId, Suppressible};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How many people are in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Count {
    /// People.
    pub count: u64,
}

/// The sex recorded at enrolment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ServedSex {
    /// Women and girls.
    Female,
    /// Men and boys.
    Male,
    /// Other or not disclosed.
    Other,
}

/// People of one age band at entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgeCell {
    /// The band (0-based, in the section's `age_bands`); `null` for people
    /// whose age is unknown.
    pub age_band: Option<u32>,
    /// The count, or `"suppressed": true`.
    #[serde(flatten)]
    pub count: Suppressible<Count>,
}

/// People of one sex.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SexCell {
    /// The sex; `null` when not recorded.
    pub sex: Option<ServedSex>,
    /// The count, or `"suppressed": true`.
    #[serde(flatten)]
    pub count: Suppressible<Count>,
}

/// People of one service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ServiceCell {
    /// The enrolment's service; `null` when not recorded.
    pub service: Option<String>,
    /// The count, or `"suppressed": true`.
    #[serde(flatten)]
    pub count: Suppressible<Count>,
}

/// The breakdowns of one group of people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Breakdowns {
    /// People with an enrolment.
    pub n: u64,
    /// By age band at entry; absent when withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<Vec<AgeCell>>,
    /// By sex; absent when withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Vec<SexCell>>,
    /// By service; absent when withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Vec<ServiceCell>>,
}

/// The breakdowns of one organisation, or of the network (`*`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ServedGroup {
    /// Organisation code, or `*` for the network.
    pub organisation: GroupId,
    /// Its breakdowns. The network's cells add the cells each organisation
    /// shows: people in a cell hidden in their organisation are in the
    /// network's `n` and in none of its cells.
    #[serde(flatten)]
    pub breakdowns: Breakdowns,
}

/// Who was served.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Served {
    /// The lower bounds of the set's age bands, in years.
    pub age_bands: Vec<u32>,
    /// One group per organisation, in code order, then the network.
    pub groups: Vec<ServedGroup>,
}
