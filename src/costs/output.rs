//! The result object, format `impact-sroi/1`, and the computation that
//! fills it.

use super::check::{check, KnownIndicators, ModelProblem};
use super::compute::{self, QuantityProblem, Values};
use super::model::SroiModel;
use super::monte_carlo::{quantile, simulate};
use super::sensitivity::sensitivity;
use crate::analysis::NETWORK;
use crate::locale::{sroi::sroi, Lang};
use crate::report::Report;
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The value of the `format` field of a result.
pub const SROI_FORMAT: &str = "impact-sroi/1";

/// Bins of the distribution of simulated ratios.
const BINS: usize = 40;

/// A social return on investment with its uncertainty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Social return on investment")]
pub struct SroiResult {
    /// Always `impact-sroi/1`.
    pub format: String,
    /// The model used.
    pub model: ModelRef,
    /// The reference set of the report the quantities were read from.
    pub reference_set: SetRef,
    /// The group the quantities were read from: an organisation code or `*`.
    pub organisation: String,
    /// The result at central values.
    pub central: Central,
    /// The seeded simulation over the ranges.
    pub monte_carlo: MonteCarlo,
    /// One entry per uncertain input, in model order.
    pub sensitivity: Vec<Sensitivity>,
}

/// Which model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ModelRef {
    /// Model id.
    pub id: String,
    /// Model version.
    pub version: String,
    /// Model title.
    pub title: LocalizedText,
    /// ISO 4217 code of every amount.
    pub currency: String,
    /// True when some figure has no source: the result illustrates the method.
    pub illustrative: bool,
}

/// Which set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SetRef {
    /// Set id.
    pub id: String,
    /// Set version.
    pub version: String,
}

/// The result at central values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Central {
    /// Total present value of the outcomes.
    pub present_value: f64,
    /// Present value minus investment.
    pub net_present_value: f64,
    /// Present value over investment.
    pub ratio: f64,
    /// Each outcome, in model order.
    pub outcomes: Vec<OutcomeValue>,
}

/// One outcome at central values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OutcomeValue {
    /// Outcome id.
    pub id: String,
    /// How many people (read from the report, or fixed).
    pub quantity: f64,
    /// Its present value.
    pub present_value: f64,
}

/// The Monte Carlo summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MonteCarlo {
    /// Number of draws.
    pub draws: u64,
    /// Seed of the ChaCha20 generator.
    pub seed: u64,
    /// Confidence level of the percentile interval.
    pub confidence: f64,
    /// Lower end of the percentile interval of the ratio.
    pub ratio_low: f64,
    /// Median simulated ratio.
    pub ratio_median: f64,
    /// Upper end of the percentile interval.
    pub ratio_high: f64,
    /// Share of draws whose ratio exceeds 1.
    pub probability_ratio_above_1: f64,
    /// The distribution of simulated ratios, for charts.
    pub histogram: Histogram,
}

/// Counts of simulated ratios in equal bins from `low` to `high`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Histogram {
    /// Lower edge of the first bin (the smallest ratio drawn).
    pub low: f64,
    /// Upper edge of the last bin (the largest ratio drawn).
    pub high: f64,
    /// Draws in each bin; one bin when every draw is the same.
    pub counts: Vec<u64>,
}

/// One-at-a-time sensitivity of one input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Sensitivity {
    /// `investment`, `discount_rate` or `<outcome id>.<field>`.
    pub input: String,
    /// The input's low value.
    pub low: f64,
    /// Its central value.
    pub central: f64,
    /// Its high value.
    pub high: f64,
    /// The ratio with this input at its low, the others central.
    pub low_ratio: f64,
    /// The ratio with this input at its high, the others central.
    pub high_ratio: f64,
    /// The value of this input at which the ratio is exactly 1; `null`
    /// when none lies in its range.
    pub break_even: Option<f64>,
}

/// How a result is computed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SroiOptions {
    /// Monte Carlo draws (default 10,000).
    pub draws: u64,
    /// Seed (default 1).
    pub seed: u64,
    /// Confidence level of the interval; default the report's.
    pub confidence: Option<f64>,
    /// Read quantities from this organisation; default the network `*`.
    pub organisation: Option<String>,
}

impl Default for SroiOptions {
    fn default() -> Self {
        SroiOptions { draws: 10_000, seed: 1, confidence: None, organisation: None }
    }
}

/// Why a result could not be computed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SroiError {
    /// The model has problems, all of them here.
    Model(Vec<ModelProblem>),
    /// Some quantities cannot be read from the report.
    Quantities(Vec<QuantityError>),
    /// Fewer than one draw asked for.
    NoDraws,
    /// The confidence level is not strictly between 0 and 1.
    Confidence(f64),
}

/// One quantity that cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityError {
    /// Where in the model: `/outcomes/2/quantity`.
    pub pointer: String,
    /// The outcome id.
    pub outcome: String,
    /// The group asked for.
    pub organisation: String,
    /// Why.
    pub problem: QuantityProblem,
}

impl SroiError {
    /// Every line of the error, in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let w = sroi(lang);
        match self {
            SroiError::Model(problems) => problems.iter().map(|p| p.located(lang)).collect(),
            SroiError::Quantities(errors) => {
                errors.iter().map(|e| format!("{}: {}", e.pointer, w.quantity_problem(e))).collect()
            }
            SroiError::NoDraws => vec![w.no_draws()],
            SroiError::Confidence(c) => vec![w.bad_confidence(*c)],
        }
    }
}

impl fmt::Display for SroiError {
    /// In English, one problem per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines(crate::locale::ERROR_LANG).join("\n"))
    }
}

impl std::error::Error for SroiError {}

/// Computes the social return of `model` on the outcomes of `report`:
/// central figures, Monte Carlo interval and sensitivity table.
///
/// The model is checked first against the report's indicators; every
/// problem is returned at once.
///
/// # Errors
///
/// [`SroiError::Model`] with every problem of the model,
/// [`SroiError::Quantities`] when counts are missing or hidden in the
/// report, [`SroiError::NoDraws`] or [`SroiError::Confidence`] for bad
/// options.
pub fn compute(model: &SroiModel, report: &Report, options: &SroiOptions) -> Result<SroiResult, SroiError> {
    compute_checked(model, &KnownIndicators::of_report(report), report, options)
}

/// [`compute`], checking the model against `known` (e.g. the indicators of
/// the set, [`KnownIndicators::of_set`]).
///
/// # Errors
///
/// As [`compute`].
pub fn compute_checked(
    model: &SroiModel,
    known: &KnownIndicators,
    report: &Report,
    options: &SroiOptions,
) -> Result<SroiResult, SroiError> {
    let problems = check(model, known);
    if !problems.is_empty() {
        return Err(SroiError::Model(problems));
    }
    if options.draws == 0 {
        return Err(SroiError::NoDraws);
    }
    let confidence = options.confidence.unwrap_or(report.parameters.confidence);
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(SroiError::Confidence(confidence));
    }
    let organisation = options.organisation.clone().unwrap_or_else(|| NETWORK.to_string());
    let quantities = compute::quantities(model, report, Some(&organisation)).map_err(|errors| {
        SroiError::Quantities(
            errors
                .into_iter()
                .map(|(i, problem)| QuantityError {
                    pointer: format!("/outcomes/{i}/quantity"),
                    outcome: model.outcomes[i].id.clone(),
                    organisation: organisation.clone(),
                    problem,
                })
                .collect(),
        )
    })?;
    let set = SetRef { id: report.reference_set.id.clone(), version: report.reference_set.version.clone() };
    Ok(evaluate(model, &quantities, options.draws, options.seed, confidence, organisation, set))
}

/// Everything once the quantities are known.
fn evaluate(
    model: &SroiModel,
    quantities: &[f64],
    draws: u64,
    seed: u64,
    confidence: f64,
    organisation: String,
    set: SetRef,
) -> SroiResult {
    let central_values = Values::central(model, quantities);
    let pvs = central_values.present_values();
    let present_value: f64 = pvs.iter().sum();
    let inputs = compute::inputs(model);
    let ratios = simulate(&central_values, &inputs, draws, seed);
    let alpha = (1.0 - confidence) / 2.0;
    let above = ratios.iter().filter(|r| **r > 1.0).count();
    SroiResult {
        format: SROI_FORMAT.to_string(),
        model: ModelRef {
            id: model.id.clone(),
            version: model.version.clone(),
            title: model.title.clone(),
            currency: model.currency.clone(),
            illustrative: model.illustrative,
        },
        reference_set: set,
        organisation,
        central: Central {
            present_value,
            net_present_value: present_value - central_values.investment,
            ratio: present_value / central_values.investment,
            outcomes: model
                .outcomes
                .iter()
                .zip(quantities.iter().zip(&pvs))
                .map(|(o, (q, pv))| OutcomeValue { id: o.id.clone(), quantity: *q, present_value: *pv })
                .collect(),
        },
        monte_carlo: MonteCarlo {
            draws,
            seed,
            confidence,
            ratio_low: quantile(&ratios, alpha),
            ratio_median: quantile(&ratios, 0.5),
            ratio_high: quantile(&ratios, 1.0 - alpha),
            probability_ratio_above_1: above as f64 / ratios.len() as f64,
            histogram: histogram(&ratios),
        },
        sensitivity: inputs
            .iter()
            .map(|input| {
                let (low_ratio, high_ratio, break_even) = sensitivity(&central_values, input);
                Sensitivity {
                    input: input.name.clone(),
                    low: input.low,
                    central: input.central,
                    high: input.high,
                    low_ratio,
                    high_ratio,
                    break_even,
                }
            })
            .collect(),
    }
}

/// [`compute`] with the quantities given, one per outcome in model order,
/// instead of read from a report: for models whose quantities are all
/// fixed, and for testing a model against reference values.
///
/// # Errors
///
/// As [`compute`]; the model is checked against no indicator, so a model
/// naming one is refused.
pub fn compute_with_quantities(
    model: &SroiModel,
    quantities: &[f64],
    set: SetRef,
    options: &SroiOptions,
    confidence: f64,
) -> Result<SroiResult, SroiError> {
    let known = KnownIndicators::none(&set.id);
    let problems = check(model, &known);
    if !problems.is_empty() {
        return Err(SroiError::Model(problems));
    }
    if options.draws == 0 {
        return Err(SroiError::NoDraws);
    }
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(SroiError::Confidence(confidence));
    }
    let mut q = quantities.to_vec();
    q.resize(model.outcomes.len(), 0.0);
    Ok(evaluate(model, &q, options.draws, options.seed, confidence, NETWORK.to_string(), set))
}

fn histogram(sorted: &[f64]) -> Histogram {
    let (low, high) = (sorted[0], sorted[sorted.len() - 1]);
    if high <= low {
        return Histogram { low, high, counts: vec![sorted.len() as u64] };
    }
    let mut counts = vec![0u64; BINS];
    let width = (high - low) / BINS as f64;
    for r in sorted {
        let k = (((r - low) / width) as usize).min(BINS - 1);
        counts[k] += 1;
    }
    Histogram { low, high, counts }
}

/// The JSON Schema (2020-12) of the result format, as published under
/// `indicators/schema/sroi.schema.json`.
pub fn result_schema() -> serde_json::Value {
    crate::catalogue::schema::published::<SroiResult>(RESULT_SCHEMA_ID)
}

/// The `$id` of the result schema.
pub const RESULT_SCHEMA_ID: &str = "urn:social-impact:schema:sroi:1";
