//! The reference-set manifest format (BRIEF section 4): a versioned bundle
//! of indicators with the waves to compare and the events to time.
//!
//! An on-disk format, like [`IndicatorDefinition`]: names are an API.

use super::age_bands::AgeBands;
use super::definition::IndicatorDefinition;
use super::entry::{self, Form};
use super::vocabulary::{Domain, Wave};
use crate::ids::{IndicatorId, SetId, Version};
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use std::sync::Arc;

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
    /// The indicators: ids resolved in the catalogue, definition files
    /// (`{"file": "definitions/housing.json"}`, relative to the manifest's
    /// folder), or full inline definitions.
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

/// An indicator named by id, read from a definition file, or defined inline.
///
/// Told apart by the JSON: text is an id, an object with a `file` field a
/// definition file, any other object an inline definition (a definition has
/// no `file` field).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum IndicatorEntry {
    /// An id resolved in the catalogue.
    Id(IndicatorId),
    /// A definition file in the manifest's folder or below it:
    /// `{"file": "definitions/housing.json"}`.
    File(DefinitionFile),
    /// A full definition carried by the manifest itself.
    Inline(Box<IndicatorDefinition>),
}

impl IndicatorEntry {
    /// The id, whichever form the entry takes; `None` for a definition file
    /// not read (a manifest deserialised by hand rather than opened from
    /// its path).
    pub fn id(&self) -> Option<&IndicatorId> {
        match self {
            IndicatorEntry::Id(id) => Some(id),
            IndicatorEntry::File(file) => file.definition().map(|d| &d.id),
            IndicatorEntry::Inline(def) => Some(&def.id),
        }
    }
}

// By hand rather than `untagged`, so that an entry of no form is refused
// with what the three forms are, never serde's "did not match any variant".
impl<'de> Deserialize<'de> for IndicatorEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let value = serde_json::Value::deserialize(deserializer)?;
        let inner = |e: serde_json::Error| D::Error::custom(e);
        match entry::form(&value) {
            Some(Form::Id(_)) => IndicatorId::deserialize(value).map(IndicatorEntry::Id).map_err(inner),
            Some(Form::File(_)) => DefinitionFile::deserialize(value).map(IndicatorEntry::File).map_err(inner),
            Some(Form::Inline(_)) => {
                IndicatorDefinition::deserialize(value).map(|d| IndicatorEntry::Inline(Box::new(d))).map_err(inner)
            }
            None => Err(D::Error::custom(
                crate::locale::loading(crate::locale::ERROR_LANG).entry_problem(&entry::not_an_entry(&value)),
            )),
        }
    }
}

/// A definition file named by a manifest: `{"file": "definitions/housing.json"}`.
///
/// The path is relative to the manifest's folder, written with `/`, and
/// stays in that folder or below it (no absolute path, no `..`, no symbolic
/// link leading out). The file holds one indicator definition, in the
/// format of the bundled ones (indicator.schema.json). It is read
/// when the set is opened from its manifest's path, and checked with it by
/// check-definitions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DefinitionFile {
    /// Path of the definition file, relative to the manifest's folder, with
    /// `/` between folders: `definitions/housing.json`.
    #[schemars(length(min = 1))]
    pub file: String,
    /// The definition read from the file, once the manifest is opened from
    /// its path.
    #[serde(skip)]
    #[schemars(skip)]
    definition: Option<Arc<IndicatorDefinition>>,
}

impl DefinitionFile {
    /// An entry naming `file`, not read yet.
    pub fn new(file: impl Into<String>) -> Self {
        DefinitionFile { file: file.into(), definition: None }
    }

    /// The definition read from the file, once the manifest was opened
    /// from its path ([`Catalogue::reference_set_at`](crate::catalogue::Catalogue::reference_set_at),
    /// [`Catalogue::from_dir`](crate::catalogue::Catalogue::from_dir)).
    pub fn definition(&self) -> Option<&Arc<IndicatorDefinition>> {
        self.definition.as_ref()
    }

    /// The entry with the definition read from its file.
    pub(crate) fn read(&mut self, definition: IndicatorDefinition) {
        self.definition = Some(Arc::new(definition));
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
