//! The indicator definition format (BRIEF section 3): one JSON file per
//! indicator, the unit researchers write, review and validate.
//!
//! These types are an on-disk format: their field names are an API and change
//! only with a new format version.

use super::vocabulary::{DefinitionStatus, Dimension, Direction, Domain, Respondent, Wave};
use crate::ids::{IndicatorId, Version};
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One indicator: what is asked, how the answer is scored, which way is better.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Indicator definition")]
pub struct IndicatorDefinition {
    /// Stable dotted id, lowercase.
    pub id: IndicatorId,
    /// Semantic version of this definition.
    pub version: Version,
    /// Life-cycle stage.
    pub status: DefinitionStatus,
    /// Field of social action.
    pub domain: Domain,
    /// Outcome area.
    pub dimension: Dimension,
    /// Short name, as shown in reports.
    pub label: LocalizedText,
    /// What the indicator means, in a sentence or two.
    pub definition: LocalizedText,
    /// What is asked at collection, worded for the person who answers.
    pub question: LocalizedText,
    /// Why an association would want it, and how a change would show an effect of the support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<LocalizedText>,
    /// Who answers.
    pub respondent: Respondent,
    /// How an answer is scored.
    pub measure: Measure,
    /// Which way is better.
    pub direction: Direction,
    /// The collection waves where it is asked.
    #[schemars(length(min = 1))]
    pub waves: Vec<Wave>,
    /// For a multi-item scale: how the items combine into this indicator's score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub composite: Option<Composite>,
    /// Who it applies to, when not everyone (e.g. schooling 3-16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<Applicability>,
    /// Links to public goals or to the concepts it measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// How an answer is scored. Each measure type carries its own parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Measure {
    /// Yes or no; score 1 or 0, positive when 1.
    Binary {
        /// Optional labels for the yes (1) and no (0) answers, when a plain yes/no is not clear.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        labels: Option<BinaryLabels>,
    },
    /// A whole number on a bounded scale, e.g. 1 to 10.
    Ordinal {
        /// Lowest point of the scale.
        min: i64,
        /// Highest point of the scale.
        max: i64,
        /// Scores at or beyond it (by direction) are positive.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        positive_threshold: Option<i64>,
        /// Labels of the scale points, keyed by the point ("1", "5", ...).
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        levels: BTreeMap<String, LocalizedText>,
    },
    /// One category among a list, each with a score and a positive flag.
    Categorical {
        /// The categories, in the order they are offered.
        #[schemars(length(min = 2))]
        categories: Vec<Category>,
    },
    /// A count of events, 0 or more.
    Count {
        /// The largest plausible count, when there is one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u64>,
    },
    /// A quantity in a unit, e.g. a monthly income in EUR.
    Continuous {
        /// Unit of the quantity, e.g. `EUR`, `days`.
        unit: String,
        /// Lowest accepted value.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        /// Highest accepted value.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
    },
}

/// Labels of the two answers of a binary indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BinaryLabels {
    /// The answer scored 1.
    pub yes: LocalizedText,
    /// The answer scored 0.
    pub no: LocalizedText,
}

/// One category of a categorical measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Code as collected, e.g. `street`.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9_]*$"))]
    pub code: String,
    /// Score given to the category (its rung on a ladder).
    pub score: f64,
    /// Whether being in this category counts as a positive outcome.
    pub positive: bool,
    /// What respondents see.
    pub label: LocalizedText,
}

/// How several items combine into one scale score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Composite {
    /// The items, each an ordinal indicator of the catalogue.
    #[schemars(length(min = 2))]
    pub items: Vec<CompositeItem>,
    /// Mean or sum of the (reverse-coded where needed) item scores.
    pub aggregation: Aggregation,
    /// Fewest answered items for the scale to have a score.
    #[schemars(range(min = 1))]
    pub min_answered: usize,
}

/// One item of a composite scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompositeItem {
    /// The item's own indicator id.
    pub indicator: IndicatorId,
    /// Reverse-coded: a score `x` on `min..=max` counts as `min + max - x`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
}

/// How item scores combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// Mean of the answered items.
    Mean,
    /// Sum of the answered items, prorated when some are missing
    /// (mean × number of items), so that scores stay comparable.
    Sum,
}

/// Who an indicator applies to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applicability {
    /// Youngest age (in years, at the observation) it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// Oldest age (in years, at the observation) it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u32>,
}

impl Applicability {
    /// Whether a person of `age` years is in the range.
    pub fn contains(&self, age: u32) -> bool {
        self.min_age.is_none_or(|m| age >= m) && self.max_age.is_none_or(|m| age <= m)
    }
}

/// A link from an indicator to a public goal or a measured concept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// What kind of reference.
    pub kind: ReferenceKind,
    /// The code within that kind, e.g. SDG target `11.1`.
    pub code: String,
    /// A short description, when the code alone is not clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<LocalizedText>,
}

/// Kinds of reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// A UN Sustainable Development Goal target, e.g. `1.3`.
    Sdg,
    /// A widely used public concept the indicator measures in its own words.
    Concept,
    /// A public statistical series the indicator can be set beside.
    Statistic,
    /// Anything else.
    Other,
}

impl IndicatorDefinition {
    /// Whether scores of this indicator are summarised as a proportion
    /// positive (binary, categorical) rather than as a mean.
    pub fn is_proportion(&self) -> bool {
        matches!(self.measure, Measure::Binary { .. } | Measure::Categorical { .. })
    }
}

/// The type of a [`Measure`], without its parameters: the `type` field of
/// definition files and the `measure_type` of reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeasureType {
    /// [`Measure::Binary`].
    Binary,
    /// [`Measure::Ordinal`].
    Ordinal,
    /// [`Measure::Categorical`].
    Categorical,
    /// [`Measure::Count`].
    Count,
    /// [`Measure::Continuous`].
    Continuous,
}

impl MeasureType {
    /// The name as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureType::Binary => "binary",
            MeasureType::Ordinal => "ordinal",
            MeasureType::Categorical => "categorical",
            MeasureType::Count => "count",
            MeasureType::Continuous => "continuous",
        }
    }
}

impl Measure {
    /// The measure's type.
    pub fn measure_type(&self) -> MeasureType {
        match self {
            Measure::Binary { .. } => MeasureType::Binary,
            Measure::Ordinal { .. } => MeasureType::Ordinal,
            Measure::Categorical { .. } => MeasureType::Categorical,
            Measure::Count { .. } => MeasureType::Count,
            Measure::Continuous { .. } => MeasureType::Continuous,
        }
    }

    /// The name of the measure type as written in files.
    pub fn type_name(&self) -> &'static str {
        self.measure_type().as_str()
    }
}
