//! The report object (BRIEF section 7), format `impact-report/1`.
//!
//! These types are the JSON contract: field names and meanings are stable,
//! fields may be added. Undefined statistics are `null`; suppressed groups
//! carry `"suppressed": true` and no estimate fields at all, which the types
//! hold: a group's figures are a [`Suppressible`], either shown or absent.

use super::{GroupId, Suppressible};
use crate::catalogue::{Dimension, Direction, MeasureType, Wave};
use crate::data::{Date, MissingReason};
use crate::ingest::ProblemCode;
use crate::text::LocalizedText;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The value of the `format` field.
pub const REPORT_FORMAT: &str = "impact-report/1";

/// A whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Impact report")]
#[non_exhaustive]
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
    /// Entries, exits, people still supported or lost to follow-up, and
    /// the response rate at each wave; absent when an aggregate merged
    /// into the report does not carry them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<super::Activity>,
    /// Who was served: people by age band, sex and service at entry;
    /// absent when no one has an enrolment, or when an aggregate merged
    /// into the report does not carry them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<super::Served>,
}

/// Which set, which version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SetRef {
    /// Set id.
    pub id: String,
    /// Set version.
    pub version: String,
    /// Set title.
    pub title: LocalizedText,
    /// The set's headline indicators (its key outcomes), in the manifest's
    /// order: the report shows them first, whatever the size of their
    /// change. Absent when the set names none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headline: Vec<String>,
}

/// Analysis parameters, as used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Parameters {
    /// Confidence level of every interval, e.g. 0.95.
    pub confidence: f64,
    /// Smallest group size shown; smaller groups are suppressed.
    pub min_cell: u32,
    /// The date support still going on is censored at (ISO 8601).
    #[serde(default, with = "iso_date")]
    #[schemars(with = "Option<String>")]
    pub as_of: Option<Date>,
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
#[non_exhaustive]
pub struct IndicatorReport {
    /// Indicator id.
    pub indicator: String,
    /// Proportion or mean.
    pub measure: MeasureKind,
    /// Measure type of the definition: binary, ordinal, categorical, count, continuous.
    pub measure_type: MeasureType,
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
#[non_exhaustive]
pub struct Group {
    /// Organisation code, or `*` for the whole network.
    pub organisation: GroupId,
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
#[non_exhaustive]
pub struct Status {
    /// The wave.
    pub wave: Wave,
    /// People with a non-missing answer.
    pub n: u64,
    /// The estimate, or suppressed when `n` is below the minimum cell size
    /// (written `"suppressed": true|false`).
    #[serde(flatten)]
    pub estimates: Suppressible<StatusEstimates>,
}

/// The figures of a status that is not suppressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StatusEstimates {
    /// Proportion positive or mean score.
    pub estimate: f64,
    /// Lower confidence limit (Wilson or t); `null` when undefined.
    pub ci_low: Option<f64>,
    /// Upper confidence limit; `null` when undefined.
    pub ci_high: Option<f64>,
    /// Sample standard deviation (n-1), for means only; `null` when undefined.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub sd: Option<Option<f64>>,
}

/// Paired change between two waves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Change {
    /// Earlier wave.
    pub from: Wave,
    /// Later wave.
    pub to: Wave,
    /// People with a score at both waves.
    pub n_pairs: u64,
    /// The estimates, or suppressed when `n_pairs` is below the minimum
    /// cell size (written `"suppressed": true|false`).
    #[serde(flatten)]
    pub estimates: Suppressible<ChangeEstimates>,
}

/// The figures of a change that is not suppressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
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
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
    /// The same comparison standardised on the set's factors (age band,
    /// sex) to the network's mix; absent when the set declares no `standardise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standardised: Option<super::StandardisedComparison>,
}

/// One organisation on the funnel plot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FunnelPoint {
    /// Organisation code (never the network).
    pub organisation: GroupId,
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

/// Where an organisation falls on the funnel plot (the statistics' own
/// flag: one type from the computation to the JSON).
pub use crate::stats::FunnelFlag;

/// A time-to-event analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
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
///
/// Written as `organisation`, `n`, `events`, `suppressed`, `median_days`,
/// `curve` (the order of `impact-report/1`); a suppressed group writes only
/// `organisation`, `n` and `suppressed`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "SurvivalGroupRepr", try_from = "SurvivalGroupRepr")]
#[non_exhaustive]
pub struct SurvivalGroup {
    /// Organisation code or `*`.
    pub organisation: GroupId,
    /// People at risk at entry.
    pub n: u64,
    /// The results, or suppressed when `n` is below the minimum cell size.
    pub estimates: Suppressible<SurvivalEstimates>,
}

/// The Kaplan-Meier results of a group that is not suppressed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SurvivalEstimates {
    /// Events observed.
    pub events: u64,
    /// Median time to event in days; `None` when the curve stays above 0.5.
    pub median_days: Option<f64>,
    /// The curve, one point per event time.
    pub curve: Vec<CurvePoint>,
}

impl SurvivalGroup {
    /// A group's results.
    pub fn new(organisation: GroupId, n: u64, estimates: Suppressible<SurvivalEstimates>) -> Self {
        SurvivalGroup { organisation, n, estimates }
    }
}

impl SurvivalEstimates {
    /// The results of a shown group.
    pub fn new(events: u64, median_days: Option<f64>, curve: Vec<CurvePoint>) -> Self {
        SurvivalEstimates { events, median_days, curve }
    }
}

/// The JSON form of a [`SurvivalGroup`], field for field.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "SurvivalGroup", description = "Kaplan-Meier results of one group.")]
struct SurvivalGroupRepr {
    /// Organisation code or `*`.
    organisation: GroupId,
    /// People at risk at entry.
    n: u64,
    /// Events observed; absent when suppressed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    events: Option<u64>,
    /// True when `n` is below the minimum cell size.
    suppressed: bool,
    /// Median time to event in days; `null` when the curve stays above 0.5.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    median_days: Option<Option<f64>>,
    /// The curve, one point per event time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    curve: Option<Vec<CurvePoint>>,
}

impl From<SurvivalGroup> for SurvivalGroupRepr {
    fn from(g: SurvivalGroup) -> Self {
        let suppressed = g.estimates.is_suppressed();
        let shown = g.estimates.into_shown();
        SurvivalGroupRepr {
            organisation: g.organisation,
            n: g.n,
            events: shown.as_ref().map(|s| s.events),
            suppressed,
            median_days: shown.as_ref().map(|s| s.median_days),
            curve: shown.map(|s| s.curve),
        }
    }
}

impl TryFrom<SurvivalGroupRepr> for SurvivalGroup {
    type Error = &'static str;
    fn try_from(r: SurvivalGroupRepr) -> Result<Self, Self::Error> {
        let estimates = match (r.suppressed, r.events, r.median_days, r.curve) {
            (true, None, None, None) => Suppressible::Suppressed,
            (false, Some(events), Some(median_days), Some(curve)) => {
                Suppressible::Shown(SurvivalEstimates { events, median_days, curve })
            }
            (true, ..) => return Err("a suppressed survival group carries figures"),
            (false, ..) => return Err("a survival group that is not suppressed needs events, median_days and curve"),
        };
        Ok(SurvivalGroup { organisation: r.organisation, n: r.n, estimates })
    }
}

impl JsonSchema for SurvivalGroup {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        SurvivalGroupRepr::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        SurvivalGroupRepr::json_schema(generator)
    }
}

/// One step of a Kaplan-Meier curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct TestStatistic {
    /// The statistic.
    pub statistic: f64,
    /// Degrees of freedom.
    pub df: u32,
    /// p-value.
    pub p: f64,
}

/// Cronbach's alpha of a composite scale at one wave.
///
/// Written as `indicator`, `wave`, `n_complete`, `alpha`, `suppressed` (the
/// order of `impact-report/1`), `alpha` being `null` when suppressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "ReliabilityRepr", try_from = "ReliabilityRepr")]
#[non_exhaustive]
pub struct Reliability {
    /// The composite indicator.
    pub indicator: String,
    /// The wave.
    pub wave: Wave,
    /// People who answered every item.
    pub n_complete: u64,
    /// Cronbach's alpha (`None` when undefined), or suppressed when
    /// `n_complete` is below the minimum cell size.
    pub alpha: Suppressible<Option<f64>>,
}

impl Reliability {
    /// A scale's reliability at a wave.
    pub fn new(indicator: String, wave: Wave, n_complete: u64, alpha: Suppressible<Option<f64>>) -> Self {
        Reliability { indicator, wave, n_complete, alpha }
    }
}

/// The JSON form of a [`Reliability`], field for field.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "Reliability", description = "Cronbach's alpha of a composite scale at one wave.")]
struct ReliabilityRepr {
    /// The composite indicator.
    indicator: String,
    /// The wave.
    wave: Wave,
    /// People who answered every item.
    n_complete: u64,
    /// Cronbach's alpha; `null` when undefined or suppressed.
    alpha: Option<f64>,
    /// True when `n_complete` is below the minimum cell size.
    suppressed: bool,
}

impl From<Reliability> for ReliabilityRepr {
    fn from(r: Reliability) -> Self {
        ReliabilityRepr {
            indicator: r.indicator,
            wave: r.wave,
            n_complete: r.n_complete,
            alpha: r.alpha.shown().copied().flatten(),
            suppressed: r.alpha.is_suppressed(),
        }
    }
}

impl TryFrom<ReliabilityRepr> for Reliability {
    type Error = &'static str;
    fn try_from(r: ReliabilityRepr) -> Result<Self, Self::Error> {
        let alpha = match (r.suppressed, r.alpha) {
            (true, Some(_)) => return Err("a suppressed reliability carries an alpha"),
            (true, None) => Suppressible::Suppressed,
            (false, alpha) => Suppressible::Shown(alpha),
        };
        Ok(Reliability { indicator: r.indicator, wave: r.wave, n_complete: r.n_complete, alpha })
    }
}

impl JsonSchema for Reliability {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        ReliabilityRepr::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ReliabilityRepr::json_schema(generator)
    }
}

/// What was read and what was missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct WarningCount {
    /// Kind of warning, e.g. `duplicate_observation`.
    pub kind: ProblemCode,
    /// How many.
    pub count: u64,
}

impl WarningCount {
    /// `count` warnings of `kind`.
    pub fn new(kind: ProblemCode, count: u64) -> Self {
        WarningCount { kind, count }
    }
}

/// A field that may be absent and, when present, may be `null`: present
/// (even `null`) reads as `Some`, absent as `None` (the field's default).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// `Option<Date>` written as an ISO 8601 date (`2025-12-31`) or `null`.
mod iso_date {
    use crate::data::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => serializer.collect_str(d),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| text.parse::<Date>().map_err(serde::de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Measure;

    #[test]
    fn measure_types_are_written_as_in_definition_files() {
        let measures = [
            Measure::Binary { labels: None },
            Measure::Ordinal { min: 1, max: 5, positive_threshold: None, levels: Default::default() },
            Measure::Count { max: None },
            Measure::Continuous { unit: "EUR".into(), min: None, max: None },
        ];
        for m in measures {
            let tag = serde_json::to_value(&m).unwrap()["type"].clone();
            assert_eq!(serde_json::to_value(m.measure_type()).unwrap(), tag);
            assert_eq!(tag, m.type_name());
        }
        assert_eq!(serde_json::to_value(MeasureType::Categorical).unwrap(), "categorical");
    }

    #[test]
    fn warning_kinds_are_written_as_their_codes_and_read_back() {
        for &code in ProblemCode::ALL {
            let text = serde_json::to_string(&WarningCount::new(code, 2)).unwrap();
            assert_eq!(text, format!(r#"{{"kind":"{}","count":2}}"#, code.as_str()));
            assert_eq!(serde_json::from_str::<WarningCount>(&text).unwrap().kind, code);
            assert_eq!(ProblemCode::from_code(code.as_str()), Some(code));
        }
        assert!(serde_json::from_str::<WarningCount>(r#"{"kind":"<b>","count":1}"#).is_err());
    }

    #[test]
    fn as_of_is_an_iso_date_or_null() {
        let p = Parameters { confidence: 0.95, min_cell: 11, as_of: Some(jiff::civil::date(2025, 12, 31)) };
        let text = serde_json::to_string(&p).unwrap();
        assert_eq!(text, r#"{"confidence":0.95,"min_cell":11,"as_of":"2025-12-31"}"#);
        assert_eq!(serde_json::from_str::<Parameters>(&text).unwrap(), p);
        let none = Parameters { as_of: None, ..p };
        assert_eq!(serde_json::to_string(&none).unwrap(), r#"{"confidence":0.95,"min_cell":11,"as_of":null}"#);
        let missing: Parameters = serde_json::from_str(r#"{"confidence":0.95,"min_cell":11}"#).unwrap();
        assert_eq!(missing.as_of, None);
        assert!(
            serde_json::from_str::<Parameters>(r#"{"confidence":0.95,"min_cell":11,"as_of":"31/12/2025"}"#).is_err()
        );
    }

    #[test]
    fn survival_groups_keep_their_field_order_and_refuse_figures_when_suppressed() {
        let shown =
            SurvivalGroup::new(GroupId::Network, 12, Suppressible::Shown(SurvivalEstimates::new(3, None, Vec::new())));
        let text = serde_json::to_string(&shown).unwrap();
        assert_eq!(text, r#"{"organisation":"*","n":12,"events":3,"suppressed":false,"median_days":null,"curve":[]}"#);
        assert_eq!(serde_json::from_str::<SurvivalGroup>(&text).unwrap(), shown);
        let hidden = SurvivalGroup::new(GroupId::Network, 4, Suppressible::Suppressed);
        let text = serde_json::to_string(&hidden).unwrap();
        assert_eq!(text, r#"{"organisation":"*","n":4,"suppressed":true}"#);
        assert_eq!(serde_json::from_str::<SurvivalGroup>(&text).unwrap(), hidden);
        let forged = r#"{"organisation":"*","n":4,"events":1,"suppressed":true}"#;
        assert!(serde_json::from_str::<SurvivalGroup>(forged).is_err());
    }

    #[test]
    fn reliability_writes_alpha_before_suppressed_and_null_when_hidden() {
        let shown = Reliability::new("x.scale".into(), Wave::Entry, 40, Suppressible::Shown(Some(0.8)));
        let text = serde_json::to_string(&shown).unwrap();
        assert_eq!(text, r#"{"indicator":"x.scale","wave":"entry","n_complete":40,"alpha":0.8,"suppressed":false}"#);
        assert_eq!(serde_json::from_str::<Reliability>(&text).unwrap(), shown);
        let hidden = Reliability::new("x.scale".into(), Wave::Entry, 4, Suppressible::Suppressed);
        let text = serde_json::to_string(&hidden).unwrap();
        assert_eq!(text, r#"{"indicator":"x.scale","wave":"entry","n_complete":4,"alpha":null,"suppressed":true}"#);
        assert_eq!(serde_json::from_str::<Reliability>(&text).unwrap(), hidden);
        let forged = r#"{"indicator":"x.scale","wave":"entry","n_complete":4,"alpha":0.8,"suppressed":true}"#;
        assert!(serde_json::from_str::<Reliability>(forged).is_err());
    }
}
