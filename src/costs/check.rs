//! The rules of a model that its types cannot express, each broken rule a
//! located problem, every problem found at once.

use super::model::{Amount, Count, Field, Quantity, SroiModel, SROI_MODEL_FORMAT};
use crate::locale::{sroi::sroi, Lang};
use crate::report::{MeasureKind, Report};
use crate::set::ReferenceSet;
use crate::text::LocalizedText;
use std::collections::BTreeSet;
use std::fmt;

/// One problem in a model, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelProblem {
    /// Where, as a JSON pointer (RFC 6901): `/outcomes/1/deadweight/high`.
    /// Empty for the whole document.
    pub pointer: String,
    /// 1-based line, when known (structure errors).
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong, with the data to say it.
    pub kind: ProblemKind,
}

/// What is wrong in a model.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The text is not JSON or does not have the model's structure.
    Structure {
        /// The reader's message (field names, expected types).
        message: String,
    },
    /// `format` is not `impact-sroi-model/1`.
    Format {
        /// What the file says.
        given: String,
    },
    /// A number is NaN or infinite.
    NotFinite,
    /// A fraction outside [0, 1].
    FractionOutside {
        /// The value given.
        value: f64,
    },
    /// A range whose low, central and high are not in order.
    RangeOrder {
        /// Low.
        low: f64,
        /// Central.
        central: f64,
        /// High.
        high: f64,
    },
    /// An amount that must not be negative is.
    Negative {
        /// The value given.
        value: f64,
    },
    /// The investment is not above zero.
    InvestmentNotPositive {
        /// The value given.
        value: f64,
    },
    /// The discount rate is outside [0, 1].
    DiscountRate {
        /// The value given.
        value: f64,
    },
    /// A currency that is not a three-letter ISO 4217 code.
    Currency {
        /// What the file says.
        given: String,
    },
    /// An outcome lasting less than a year.
    Duration {
        /// The value given.
        given: u32,
    },
    /// An indicator that is not in the set.
    UnknownIndicator {
        /// The id given.
        indicator: String,
        /// The closest id of the set, when one is close.
        suggestion: Option<String>,
    },
    /// An indicator with no positive definition (a mean measure), whose
    /// people cannot be counted as positive.
    NoPositiveDefinition {
        /// The indicator.
        indicator: String,
    },
    /// `positive_at` without a wave.
    MissingWave,
    /// A wave given for `gained` or `net_gained`, which use the change's waves.
    UnexpectedWave,
    /// Two outcomes share one id.
    DuplicateOutcome {
        /// The id.
        id: String,
    },
    /// An outcome id not written in lowercase letters, digits and `_`.
    InvalidOutcomeId {
        /// The id.
        id: String,
    },
    /// A model with no outcome.
    NoOutcome,
    /// A text lacking its French or English version.
    MissingText {
        /// The language missing.
        lang: Lang,
    },
    /// `illustrative` is false but a figure has no source, or only an
    /// illustrative one.
    UnsourcedFigure,
    /// A model for another reference set than the report's.
    SetMismatch {
        /// The model's set.
        model: String,
        /// The report's set.
        report: String,
    },
}

impl ModelProblem {
    fn at(pointer: impl Into<String>, kind: ProblemKind) -> ModelProblem {
        ModelProblem { pointer: pointer.into(), line: None, column: None, kind }
    }

    /// What is wrong and what would be accepted, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        sroi(lang).problem(&self.kind)
    }

    /// `pointer: message` (or `line:column: message`) in `lang`.
    pub fn located(&self, lang: Lang) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{l}:{c}: {}", self.message(lang)),
            _ if self.pointer.is_empty() => self.message(lang),
            _ => format!("{}: {}", self.pointer, self.message(lang)),
        }
    }
}

impl std::error::Error for ModelProblem {}

impl fmt::Display for ModelProblem {
    /// In English; [`ModelProblem::located`] writes other languages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located(crate::locale::ERROR_LANG))
    }
}

/// The indicators a model may name: each id with whether it has a positive
/// definition (a proportion measure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownIndicators {
    set: String,
    ids: Vec<(String, bool)>,
}

impl KnownIndicators {
    /// The indicators of a reference set.
    pub fn of_set(set: &ReferenceSet) -> KnownIndicators {
        let ids =
            set.registry().iter().map(|i| (i.definition().id.to_string(), i.definition().is_proportion())).collect();
        KnownIndicators { set: set.id().to_string(), ids }
    }

    /// No indicator: for models whose quantities are all fixed.
    pub fn none(set: &str) -> KnownIndicators {
        KnownIndicators { set: set.to_string(), ids: Vec::new() }
    }

    /// The indicators of a report (for a set that is not at hand).
    pub fn of_report(report: &Report) -> KnownIndicators {
        let ids =
            report.indicators.iter().map(|i| (i.indicator.clone(), i.measure == MeasureKind::Proportion)).collect();
        KnownIndicators { set: report.reference_set.id.clone(), ids }
    }
}

/// Every semantic problem of `model` against the indicators of its set,
/// sorted by position in the file. Empty when the model is sound.
///
/// Checks that fractions lie in [0, 1], ranges are ordered (low ≤ central ≤
/// high), named indicators are in the set and have a positive definition,
/// the currency is a code, durations are at least a year, outcome ids are
/// unique, texts are in both languages, and that a model that says it is
/// not illustrative has a source for every figure.
pub fn check(model: &SroiModel, known: &KnownIndicators) -> Vec<ModelProblem> {
    let mut out = Vec::new();
    if model.format != SROI_MODEL_FORMAT {
        out.push(ModelProblem::at("/format", ProblemKind::Format { given: model.format.clone() }));
    }
    text(&model.title, "/title", &mut out);
    if let Some(d) = &model.description {
        text(d, "/description", &mut out);
    }
    if model.reference_set != known.set {
        out.push(ModelProblem::at(
            "/reference_set",
            ProblemKind::SetMismatch { model: model.reference_set.clone(), report: known.set.clone() },
        ));
    }
    let c = model.currency.as_bytes();
    if c.len() != 3 || !c.iter().all(u8::is_ascii_uppercase) {
        out.push(ModelProblem::at("/currency", ProblemKind::Currency { given: model.currency.clone() }));
    }
    amount(&model.investment, "/investment", Kind::Investment, &mut out);
    amount(&model.discount_rate, "/discount_rate", Kind::Rate, &mut out);
    if model.outcomes.is_empty() {
        out.push(ModelProblem::at("/outcomes", ProblemKind::NoOutcome));
    }
    let mut seen = BTreeSet::new();
    for (i, o) in model.outcomes.iter().enumerate() {
        let at = format!("/outcomes/{i}");
        if !seen.insert(o.id.as_str()) {
            out.push(ModelProblem::at(format!("{at}/id"), ProblemKind::DuplicateOutcome { id: o.id.clone() }));
        }
        if o.id.is_empty() || !o.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            out.push(ModelProblem::at(format!("{at}/id"), ProblemKind::InvalidOutcomeId { id: o.id.clone() }));
        }
        text(&o.label, &format!("{at}/label"), &mut out);
        match &o.quantity {
            Quantity::FromReport { indicator, count, wave } => {
                match known.ids.iter().find(|(id, _)| id == indicator) {
                    None => out.push(ModelProblem::at(
                        format!("{at}/quantity/indicator"),
                        ProblemKind::UnknownIndicator {
                            indicator: indicator.clone(),
                            suggestion: crate::text::closest(indicator, known.ids.iter().map(|(id, _)| id.as_str()))
                                .map(str::to_string),
                        },
                    )),
                    Some((_, false)) => out.push(ModelProblem::at(
                        format!("{at}/quantity/indicator"),
                        ProblemKind::NoPositiveDefinition { indicator: indicator.clone() },
                    )),
                    Some((_, true)) => {}
                }
                match (count, wave) {
                    (Count::PositiveAt, None) => {
                        out.push(ModelProblem::at(format!("{at}/quantity"), ProblemKind::MissingWave))
                    }
                    (Count::Gained | Count::NetGained, Some(_)) => {
                        out.push(ModelProblem::at(format!("{at}/quantity/wave"), ProblemKind::UnexpectedWave))
                    }
                    _ => {}
                }
            }
            Quantity::Fixed { value, source } => {
                let p = format!("{at}/quantity/value");
                if !value.is_finite() {
                    out.push(ModelProblem::at(p, ProblemKind::NotFinite));
                } else if *value < 0.0 {
                    out.push(ModelProblem::at(p, ProblemKind::Negative { value: *value }));
                }
                text(&source.citation, &format!("{at}/quantity/source/citation"), &mut out);
            }
        }
        for field in Field::ALL {
            let kind = if field.is_fraction() { Kind::Fraction } else { Kind::NonNegative };
            amount(o.amount(field), &format!("{at}/{}", field.name()), kind, &mut out);
        }
        if o.duration_years < 1 {
            out.push(ModelProblem::at(
                format!("{at}/duration_years"),
                ProblemKind::Duration { given: o.duration_years },
            ));
        }
    }
    if !model.illustrative {
        for pointer in unsourced(model) {
            out.push(ModelProblem::at(pointer, ProblemKind::UnsourcedFigure));
        }
    }
    out.sort_by(|a, b| document_order(&a.pointer, &b.pointer));
    out
}

/// What an amount must satisfy.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Investment,
    Rate,
    Fraction,
    NonNegative,
}

fn amount(a: &Amount, at: &str, kind: Kind, out: &mut Vec<ModelProblem>) {
    let values: Vec<(String, f64)> = match a {
        Amount::Certain(v) => vec![(at.to_string(), *v)],
        Amount::Uncertain(r) => {
            text(&r.source.citation, &format!("{at}/source/citation"), out);
            vec![(format!("{at}/low"), r.low), (format!("{at}/central"), r.central), (format!("{at}/high"), r.high)]
        }
    };
    let mut finite = true;
    for (p, v) in &values {
        let v = *v;
        let problem = if !v.is_finite() {
            finite = false;
            Some(ProblemKind::NotFinite)
        } else {
            match kind {
                Kind::Fraction if !(0.0..=1.0).contains(&v) => Some(ProblemKind::FractionOutside { value: v }),
                Kind::Rate if !(0.0..=1.0).contains(&v) => Some(ProblemKind::DiscountRate { value: v }),
                Kind::Investment if v <= 0.0 => Some(ProblemKind::InvestmentNotPositive { value: v }),
                Kind::NonNegative if v < 0.0 => Some(ProblemKind::Negative { value: v }),
                _ => None,
            }
        };
        if let Some(kind) = problem {
            out.push(ModelProblem::at(p.clone(), kind));
        }
    }
    if let (Amount::Uncertain(r), true) = (a, finite) {
        if !(r.low <= r.central && r.central <= r.high) {
            out.push(ModelProblem::at(
                at.to_string(),
                ProblemKind::RangeOrder { low: r.low, central: r.central, high: r.high },
            ));
        }
    }
}

fn text(t: &LocalizedText, at: &str, out: &mut Vec<ModelProblem>) {
    for lang in t.missing() {
        out.push(ModelProblem::at(format!("{at}/{}", lang.code()), ProblemKind::MissingText { lang }));
    }
}

/// The figures of a model without a source that is not illustrative: the
/// investment and every proxy must be ranges with a real source, and every
/// source given must be one.
fn unsourced(model: &SroiModel) -> Vec<String> {
    let sourced = |a: &Amount| a.range().is_some_and(|r| !r.source.illustrative);
    let mut out = Vec::new();
    if !sourced(&model.investment) {
        out.push("/investment".to_string());
    }
    if model.discount_rate.range().is_some_and(|r| r.source.illustrative) {
        out.push("/discount_rate".to_string());
    }
    for (i, o) in model.outcomes.iter().enumerate() {
        if !sourced(&o.proxy) {
            out.push(format!("/outcomes/{i}/proxy"));
        }
        for field in Field::ALL.into_iter().filter(|f| f.is_fraction()) {
            if o.amount(field).range().is_some_and(|r| r.source.illustrative) {
                out.push(format!("/outcomes/{i}/{}", field.name()));
            }
        }
        if let Quantity::Fixed { source, .. } = &o.quantity {
            if source.illustrative {
                out.push(format!("/outcomes/{i}/quantity"));
            }
        }
    }
    out
}

/// Document order for pointers: segment by segment, array indices as
/// numbers; a stable sort keeps a location's problems in finding order.
fn document_order(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| -> Vec<(u64, String)> {
        s.split('/').map(|seg| seg.parse::<u64>().map_or((u64::MAX, seg.to_string()), |n| (n, String::new()))).collect()
    };
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::costs::model::Quantity;

    fn bundled() -> Result<SroiModel, Box<dyn std::error::Error>> {
        Ok(crate::costs::bundled_model("exclusion-2023").ok_or("no bundled model")??)
    }

    fn kinds(model: &SroiModel) -> Vec<(String, ProblemKind)> {
        check(model, &KnownIndicators::none("exclusion-2023"))
            .into_iter()
            .filter(|p| !matches!(p.kind, ProblemKind::UnknownIndicator { .. }))
            .map(|p| (p.pointer, p.kind))
            .collect()
    }

    #[test]
    fn a_model_that_claims_sources_must_have_them() -> Result<(), Box<dyn std::error::Error>> {
        let mut model = bundled()?;
        assert!(kinds(&model).is_empty());
        model.illustrative = false;
        let found = kinds(&model);
        assert!(found.contains(&("/investment".to_string(), ProblemKind::UnsourcedFigure)), "{found:?}");
        assert!(found.contains(&("/outcomes/1/proxy".to_string(), ProblemKind::UnsourcedFigure)));
        // The housing proxy cites a public source.
        assert!(!found.iter().any(|(p, _)| p == "/outcomes/0/proxy"));
        Ok(())
    }

    #[test]
    fn waves_go_with_positive_at_only() -> Result<(), Box<dyn std::error::Error>> {
        let mut model = bundled()?;
        model.outcomes[0].quantity =
            Quantity::FromReport { indicator: "excl.housing.situation".into(), count: Count::PositiveAt, wave: None };
        model.outcomes[1].quantity = Quantity::FromReport {
            indicator: "excl.rights.health_coverage".into(),
            count: Count::Gained,
            wave: Some(crate::catalogue::Wave::Exit),
        };
        model.outcomes[2].id = "Activity".into();
        model.title.en = " ".into();
        let found = kinds(&model);
        assert_eq!(
            found,
            vec![
                ("/outcomes/0/quantity".to_string(), ProblemKind::MissingWave),
                ("/outcomes/1/quantity/wave".to_string(), ProblemKind::UnexpectedWave),
                ("/outcomes/2/id".to_string(), ProblemKind::InvalidOutcomeId { id: "Activity".into() }),
                ("/title/en".to_string(), ProblemKind::MissingText { lang: Lang::En }),
            ]
        );
        Ok(())
    }
}
