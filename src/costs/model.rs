//! The avoided-cost model format, `impact-sroi-model/1` (BRIEF section 8).
//!
//! A model links outcomes measured in a report to what they save public
//! budgets: how many people (a quantity read from the report, or a fixed
//! number with its source), a financial proxy per person and year, the
//! usual SROI discounts (deadweight, attribution, displacement, drop-off),
//! a duration, a discount rate and the investment. Every number is either
//! plain (certain) or a range `{ "low", "central", "high", "source" }`.
//!
//! These types are the contract: the published JSON Schema is generated
//! from them ([`model_schema`](super::model_schema)).

use crate::catalogue::Wave;
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The value of the `format` field of a model.
pub const SROI_MODEL_FORMAT: &str = "impact-sroi-model/1";

/// An avoided-cost model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Avoided-cost (SROI) model")]
pub struct SroiModel {
    /// Always `impact-sroi-model/1`.
    pub format: String,
    /// Model id, e.g. `exclusion-2023.avoided-costs`.
    pub id: String,
    /// Model version (semantic version).
    pub version: String,
    /// Title, in French and English.
    pub title: LocalizedText,
    /// What the model covers and what it leaves out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// The reference set whose report the quantities are read from.
    pub reference_set: String,
    /// ISO 4217 code of every amount, e.g. `EUR`.
    pub currency: String,
    /// True unless every figure has a source: the reader is then warned
    /// that the result illustrates the method, not a measured return.
    pub illustrative: bool,
    /// What was spent on the support, in `currency`.
    pub investment: Amount,
    /// Annual discount rate, e.g. 0.025 for 2.5 % a year.
    pub discount_rate: Amount,
    /// The outcomes valued.
    pub outcomes: Vec<Outcome>,
}

/// One outcome and what it is worth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Outcome id, unique in the model (lowercase letters, digits, `_`).
    pub id: String,
    /// What changes for people, in French and English.
    pub label: LocalizedText,
    /// How many people.
    pub quantity: Quantity,
    /// Public spending avoided per person and year, in `currency`.
    pub proxy: Amount,
    /// Share of the outcome that would have happened anyway (0 to 1).
    pub deadweight: Amount,
    /// Share owed to others than the association (0 to 1).
    pub attribution: Amount,
    /// Share that only moves the cost elsewhere (0 to 1).
    pub displacement: Amount,
    /// Share of the outcome lost each year after the first (0 to 1).
    pub drop_off: Amount,
    /// Years the outcome lasts, at least 1.
    pub duration_years: u32,
}

/// How many people an outcome counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Quantity {
    /// Read from the report, for one indicator.
    FromReport {
        /// The indicator (a proportion measure of the set).
        indicator: String,
        /// Which count.
        count: Count,
        /// The wave, for `positive_at` only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wave: Option<Wave>,
    },
    /// A fixed number with its source.
    Fixed {
        /// The number of people.
        value: f64,
        /// Where it comes from.
        source: Source,
    },
}

/// Which count of the report a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Count {
    /// People not positive at the change's `from` wave and positive at its `to`.
    Gained,
    /// `gained` minus the people positive at `from` and not at `to`.
    NetGained,
    /// People positive at one wave (`wave`).
    PositiveAt,
}

/// A number: certain (plain), or uncertain with its range and source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Amount {
    /// A value taken as certain.
    Certain(f64),
    /// A value known within a range, drawn from the triangular distribution
    /// on (low, central, high) by the Monte Carlo simulation.
    Uncertain(Range),
}

/// A range and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// Lowest plausible value.
    pub low: f64,
    /// Best estimate, used for the central result.
    pub central: f64,
    /// Highest plausible value.
    pub high: f64,
    /// Where the figures come from.
    pub source: Source,
}

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The citation (title, publisher, year, page), or why the figure is an
    /// assumption, in French and English.
    pub citation: LocalizedText,
    /// True when the figure is an assumption made for the example and
    /// attributed to no one.
    #[serde(default)]
    pub illustrative: bool,
}

impl Amount {
    /// The value the central result uses.
    pub fn central(&self) -> f64 {
        match self {
            Amount::Certain(v) => *v,
            Amount::Uncertain(r) => r.central,
        }
    }

    /// The range, when the value is uncertain.
    pub fn range(&self) -> Option<&Range> {
        match self {
            Amount::Certain(_) => None,
            Amount::Uncertain(r) => Some(r),
        }
    }
}

/// The fields of an outcome that hold an [`Amount`], in model order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `proxy`.
    Proxy,
    /// `deadweight`.
    Deadweight,
    /// `attribution`.
    Attribution,
    /// `displacement`.
    Displacement,
    /// `drop_off`.
    DropOff,
}

impl Field {
    /// Every field, in model order.
    pub const ALL: [Field; 5] =
        [Field::Proxy, Field::Deadweight, Field::Attribution, Field::Displacement, Field::DropOff];

    /// The field's name in the model file.
    pub fn name(self) -> &'static str {
        match self {
            Field::Proxy => "proxy",
            Field::Deadweight => "deadweight",
            Field::Attribution => "attribution",
            Field::Displacement => "displacement",
            Field::DropOff => "drop_off",
        }
    }

    /// Whether the field is a fraction in [0, 1].
    pub fn is_fraction(self) -> bool {
        self != Field::Proxy
    }
}

impl Outcome {
    /// The amount held in `field`.
    pub fn amount(&self, field: Field) -> &Amount {
        match field {
            Field::Proxy => &self.proxy,
            Field::Deadweight => &self.deadweight,
            Field::Attribution => &self.attribution,
            Field::Displacement => &self.displacement,
            Field::DropOff => &self.drop_off,
        }
    }
}

impl SroiModel {
    /// Reads a model from JSON text.
    ///
    /// Only the structure is checked here (types, required and unknown
    /// fields); [`check`](super::check) finds every semantic problem at once.
    ///
    /// # Errors
    ///
    /// A [`ModelProblem`](super::ModelProblem) located at the line and
    /// column where the text stops being a model.
    pub fn from_json(text: &str) -> Result<SroiModel, super::ModelProblem> {
        serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let message = message.rfind(" at line ").map_or(message.as_str(), |i| &message[..i]).to_string();
            super::ModelProblem {
                pointer: String::new(),
                line: Some(e.line()),
                column: Some(e.column()),
                kind: super::ProblemKind::Structure { message },
            }
        })
    }
}
