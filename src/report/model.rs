//! The report object (BRIEF section 7), format `impact-report/1`.
//!
//! These types are the JSON contract: field names and meanings are stable,
//! fields may be added. Undefined statistics are `null`; suppressed groups
//! carry `"suppressed": true` and no estimate fields at all.

use crate::catalogue::{Dimension, Direction, Wave};
use crate::data::MissingReason;
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The value of the `format` field.
pub const REPORT_FORMAT: &str = "impact-report/1";

/// A whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Impact report")]
pub struct Report {
    /// Always `impact-report/1`.
    pub format: String,
    /// The reference set the data were measured against.
    pub reference_set: SetRef,
    /// The parameters of the analysis.
    pub parameters: Parameters,
    /// One entry per indicator, in the set's order.
    pub indicators: Vec<IndicatorReport>,
    /// One entry per time-to-event analysis of the set.
    pub time_to_event: Vec<TimeToEventReport>,
    /// Cronbach's alpha of each composite scale at each wave.
    #[serde(default)]
    pub reliability: Vec<Reliability>,
    /// What was read, what was missing, what was set aside.
    pub data_quality: DataQuality,
}

/// Which set, which version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SetRef {
    /// Set id.
    pub id: String,
    /// Set version.
    pub version: String,
    /// Set title.
    pub title: LocalizedText,
}

/// Analysis parameters, as used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Parameters {
    /// Confidence level of every interval, e.g. 0.95.
    pub confidence: f64,
    /// Smallest group size shown; smaller groups are suppressed.
    pub min_cell: u32,
    /// The date support still going on is censored at (ISO 8601).
    pub as_of: Option<String>,
}

/// Whether an indicator is summarised as a proportion positive or a mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    /// Proportion of positive answers (binary, categorical).
    Proportion,
    /// Mean score (ordinal, count, continuous).
    Mean,
}

/// Results for one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorReport {
    /// Indicator id.
    pub indicator: String,
    /// Proportion or mean.
    pub measure: MeasureKind,
    /// Measure type of the definition: binary, ordinal, categorical, count, continuous.
    pub measure_type: String,
    /// Short name.
    pub label: LocalizedText,
    /// Outcome area.
    pub dimension: Dimension,
    /// Which way is better.
    pub direction: Direction,
    /// One group per organisation (sorted by code), then the whole network `*`.
    pub groups: Vec<Group>,
    /// Comparison across organisations; `null` when fewer than two
    /// organisations reach the minimum cell size.
    pub comparison: Option<Comparison>,
}

/// Results of one organisation, or of the network (`*`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Group {
    /// Organisation code, or `*` for the whole network.
    pub organisation: String,
    /// Status at each wave with answers.
    pub status: Vec<Status>,
    /// Change between the set's two waves.
    pub change: Change,
    /// Correlation between support duration and change; absent when the
    /// change is suppressed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_effect: Option<DurationEffect>,
}

/// Status at one wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Status {
    /// The wave.
    pub wave: Wave,
    /// People with a non-missing answer.
    pub n: u64,
    /// True when `n` is below the minimum cell size: no estimate is given.
    pub suppressed: bool,
    /// Proportion positive or mean score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<f64>,
    /// Lower confidence limit (Wilson or t); `null` when undefined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ci_low: Option<Option<f64>>,
    /// Upper confidence limit; `null` when undefined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ci_high: Option<Option<f64>>,
    /// Sample standard deviation (n-1) for means; `null` when undefined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<Option<f64>>,
}

/// Paired change between two waves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// Earlier wave.
    pub from: Wave,
    /// Later wave.
    pub to: Wave,
    /// People with a score at both waves.
    pub n_pairs: u64,
    /// True when `n_pairs` is below the minimum cell size.
    pub suppressed: bool,
    /// The estimates; absent when suppressed.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub estimates: Option<ChangeEstimates>,
}

/// The figures of a change that is not suppressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChangeEstimates {
    /// Mean of `to - from`.
    pub mean_change: f64,
    /// Standard deviation of the differences (n-1).
    pub sd_change: Option<f64>,
    /// Lower limit of the t interval of the mean change.
    pub ci_low: Option<f64>,
    /// Upper limit of the t interval of the mean change.
    pub ci_high: Option<f64>,
    /// Paired t statistic.
    pub t: Option<f64>,
    /// Two-sided p-value of the paired t-test.
    pub p_t: Option<f64>,
    /// Two-sided p-value of the Wilcoxon signed-rank test.
    pub wilcoxon_p: Option<f64>,
    /// Cohen's d_z: mean change / sd of the changes.
    pub cohens_dz: Option<f64>,
    /// McNemar exact p-value (binary indicators only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mcnemar_p: Option<Option<f64>>,
    /// People whose score moved the better way.
    pub improved: u64,
    /// People whose score did not move.
    pub unchanged: u64,
    /// People whose score moved the worse way.
    pub worsened: u64,
    /// Proportion measures: people not positive at `from` and positive at `to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gained: Option<u64>,
    /// Proportion measures: people positive at `from` and not positive at `to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost: Option<u64>,
}

/// Spearman correlation between support duration and change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DurationEffect {
    /// Pairs with an exit date.
    pub n: u64,
    /// Spearman's rho; `null` with fewer than 3 pairs or a constant variable.
    pub spearman_rho: Option<f64>,
    /// p-value (t approximation, n-2 df).
    pub p: Option<f64>,
    /// How it was computed; absent for Spearman over the pairs.
    #[serde(default, skip_serializing_if = "DurationMethod::is_spearman")]
    pub method: DurationMethod,
}

/// How a duration effect was computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DurationMethod {
    /// Spearman's rho over the (duration, change) pairs of the group.
    #[default]
    Spearman,
    /// From aggregates: the organisations' Spearman coefficients combined on
    /// Fisher's z scale with weights n-3 (organisations with n ≤ 3 or
    /// |rho| = 1 left out); `n` counts the pairs of the organisations combined,
    /// and `p` is two-sided from the normal distribution.
    FisherZ,
}

impl DurationMethod {
    /// Whether this is the pairwise Spearman correlation (the default, not written).
    pub fn is_spearman(&self) -> bool {
        matches!(self, DurationMethod::Spearman)
    }
}

/// The test used to compare organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonTest {
    /// Pearson chi-square on the k×2 table (proportions).
    ChiSquare,
    /// Kruskal-Wallis H with tie correction (means).
    KruskalWallis,
}

/// Comparison across organisations at the comparison wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comparison {
    /// The wave compared.
    pub wave: Wave,
    /// The test.
    pub test: ComparisonTest,
    /// Test statistic; `null` when undefined.
    pub statistic: Option<f64>,
    /// Degrees of freedom, k-1.
    pub df: u32,
    /// p-value; `null` when undefined.
    pub p: Option<f64>,
    /// Holm-adjusted p-value over every indicator's comparison with a p-value.
    pub p_holm: Option<f64>,
    /// The funnel's centre line: the network value `v0` pooled over the
    /// included organisations (proportion or mean).
    pub network_estimate: f64,
    /// Funnel-plot points, one per included organisation.
    pub funnel: Vec<FunnelPoint>,
}

/// One organisation on the funnel plot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FunnelPoint {
    /// Organisation code.
    pub organisation: String,
    /// Its number of answers.
    pub n: u64,
    /// Its proportion or mean.
    pub estimate: f64,
    /// 95 % lower limit around the network value.
    pub limit95_low: f64,
    /// 95 % upper limit.
    pub limit95_high: f64,
    /// 99.8 % lower limit.
    pub limit998_low: f64,
    /// 99.8 % upper limit.
    pub limit998_high: f64,
    /// Where the point falls.
    pub flag: FunnelFlag,
}

/// Where an organisation falls on the funnel plot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum FunnelFlag {
    /// Inside the 95 % limits.
    #[serde(rename = "within")]
    Within,
    /// Above the 95 % limit, inside the 99.8 % one.
    #[serde(rename = "above_95")]
    Above95,
    /// Below the 95 % limit, inside the 99.8 % one.
    #[serde(rename = "below_95")]
    Below95,
    /// Above the 99.8 % limit.
    #[serde(rename = "above_998")]
    Above998,
    /// Below the 99.8 % limit.
    #[serde(rename = "below_998")]
    Below998,
}

/// A time-to-event analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimeToEventReport {
    /// Analysis id.
    pub id: String,
    /// The indicator whose first positive answer is the event.
    pub indicator: String,
    /// What is timed.
    pub label: LocalizedText,
    /// One group per organisation, then the network `*`.
    pub groups: Vec<SurvivalGroup>,
    /// Log-rank test across organisations reaching the minimum cell size.
    pub logrank: Option<TestStatistic>,
}

/// Kaplan-Meier results of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SurvivalGroup {
    /// Organisation code or `*`.
    pub organisation: String,
    /// People at risk at entry.
    pub n: u64,
    /// Events observed; absent when suppressed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<u64>,
    /// True when `n` is below the minimum cell size.
    pub suppressed: bool,
    /// Median time to event in days; `null` when the curve stays above 0.5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_days: Option<Option<f64>>,
    /// The curve, one point per event time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curve: Option<Vec<CurvePoint>>,
}

/// One step of a Kaplan-Meier curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CurvePoint {
    /// Days since entry.
    pub t: f64,
    /// People still at risk just before `t`.
    pub at_risk: u64,
    /// Events at `t`.
    pub events: u64,
    /// Probability of no event yet, just after `t`.
    pub survival: f64,
    /// Lower limit (log-log band); `null` where survival is 0 or 1.
    pub ci_low: Option<f64>,
    /// Upper limit; `null` where survival is 0 or 1.
    pub ci_high: Option<f64>,
}

/// A test statistic with its degrees of freedom and p-value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TestStatistic {
    /// The statistic.
    pub statistic: f64,
    /// Degrees of freedom.
    pub df: u32,
    /// p-value.
    pub p: f64,
}

/// Cronbach's alpha of a composite scale at one wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reliability {
    /// The composite indicator.
    pub indicator: String,
    /// The wave.
    pub wave: Wave,
    /// People who answered every item.
    pub n_complete: u64,
    /// Cronbach's alpha; `null` when undefined or suppressed.
    pub alpha: Option<f64>,
    /// True when `n_complete` is below the minimum cell size.
    pub suppressed: bool,
}

/// What was read and what was missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DataQuality {
    /// Enrolment records read.
    pub enrolments: u64,
    /// Observation records read.
    pub observations: u64,
    /// People (organisation and beneficiary pairs).
    pub beneficiaries: u64,
    /// Records set aside as invalid.
    pub rejected: u64,
    /// Missing answers by indicator, wave and reason.
    pub missing: Vec<MissingCount>,
    /// Warnings by kind.
    pub warnings: Vec<WarningCount>,
}

/// A count of missing answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MissingCount {
    /// The indicator.
    pub indicator: String,
    /// The wave.
    pub wave: Wave,
    /// The reason given; `null` when none was.
    pub reason: Option<MissingReason>,
    /// How many answers.
    pub count: u64,
}

/// A count of warnings of one kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WarningCount {
    /// Kind of warning, e.g. `duplicate_observation`.
    pub kind: String,
    /// How many.
    pub count: u64,
}
