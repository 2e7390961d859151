//! Present value and SROI ratio of a model whose quantities are known
//! (BRIEF section 8):
//!
//! ```text
//! value_t = q · proxy · (1-deadweight) · (1-attribution) · (1-displacement) · (1-drop_off)^(t-1)
//! PV      = Σ_{t=1..duration} value_t / (1+rate)^t
//! ratio   = Σ_outcomes PV / investment
//! ```
//!
//! Only additions, multiplications and divisions are used (no `powi`),
//! which IEEE 754 rounds the same way everywhere: the same inputs give the
//! same bits on every platform.

use super::model::{Amount, Count, Field, Quantity, SroiModel};
use crate::analysis::NETWORK;
use crate::report::Report;

/// Every number the formula takes, one value each.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Values {
    pub investment: f64,
    pub rate: f64,
    pub outcomes: Vec<OutcomeValues>,
}

/// One outcome's numbers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OutcomeValues {
    pub quantity: f64,
    /// proxy, deadweight, attribution, displacement, drop_off (as [`Field::ALL`]).
    pub fields: [f64; 5],
    pub duration_years: u32,
}

/// Where an uncertain input sits in [`Values`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Investment,
    Rate,
    Outcome(usize, usize),
}

/// An uncertain input: its name (`investment`, `discount_rate`,
/// `<outcome id>.<field>`), its range and where it goes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Input {
    pub name: String,
    pub low: f64,
    pub central: f64,
    pub high: f64,
    pub slot: Slot,
}

impl Values {
    /// The central values of `model`, with the quantities given.
    pub fn central(model: &SroiModel, quantities: &[f64]) -> Values {
        Values {
            investment: model.investment.central(),
            rate: model.discount_rate.central(),
            outcomes: model
                .outcomes
                .iter()
                .zip(quantities)
                .map(|(o, q)| OutcomeValues {
                    quantity: *q,
                    fields: Field::ALL.map(|f| o.amount(f).central()),
                    duration_years: o.duration_years,
                })
                .collect(),
        }
    }

    /// Sets the input at `slot` to `v`.
    pub fn set(&mut self, slot: Slot, v: f64) {
        match slot {
            Slot::Investment => self.investment = v,
            Slot::Rate => self.rate = v,
            Slot::Outcome(i, f) => self.outcomes[i].fields[f] = v,
        }
    }

    /// Present value of each outcome.
    pub fn present_values(&self) -> Vec<f64> {
        self.outcomes.iter().map(|o| present_value(o, self.rate)).collect()
    }

    /// Total present value over the investment.
    pub fn ratio(&self) -> f64 {
        self.present_values().iter().sum::<f64>() / self.investment
    }
}

fn present_value(o: &OutcomeValues, rate: f64) -> f64 {
    let [proxy, deadweight, attribution, displacement, drop_off] = o.fields;
    let first = o.quantity * proxy * (1.0 - deadweight) * (1.0 - attribution) * (1.0 - displacement);
    let mut kept = 1.0;
    let mut discount = 1.0;
    let mut total = 0.0;
    for _ in 0..o.duration_years {
        discount /= 1.0 + rate;
        total += first * kept * discount;
        kept *= 1.0 - drop_off;
    }
    total
}

/// The uncertain inputs of `model`, in model order: investment, discount
/// rate, then each outcome's fields.
pub(crate) fn inputs(model: &SroiModel) -> Vec<Input> {
    let mut out = Vec::new();
    let mut push = |name: String, a: &Amount, slot: Slot| {
        if let Some(r) = a.range() {
            out.push(Input { name, low: r.low, central: r.central, high: r.high, slot });
        }
    };
    push("investment".into(), &model.investment, Slot::Investment);
    push("discount_rate".into(), &model.discount_rate, Slot::Rate);
    for (i, o) in model.outcomes.iter().enumerate() {
        for (f, field) in Field::ALL.into_iter().enumerate() {
            push(format!("{}.{}", o.id, field.name()), o.amount(field), Slot::Outcome(i, f));
        }
    }
    out
}

/// Why a quantity could not be read from the report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum QuantityProblem {
    /// The report has no such indicator.
    NoIndicator,
    /// The report has no group for the organisation.
    NoGroup,
    /// The group's figures are hidden (fewer people than the minimum cell).
    Suppressed,
    /// The report has no `gained`/`lost` counts for it (a mean measure, or
    /// a report written before they existed).
    NoCounts,
    /// No status at the wave.
    NoWave,
}

/// Reads each outcome's quantity from `report`, for the group
/// `organisation` (the network `*` by default).
///
/// # Errors
///
/// Every outcome whose quantity cannot be read, with why.
pub(crate) fn quantities(
    model: &SroiModel,
    report: &Report,
    organisation: Option<&str>,
) -> Result<Vec<f64>, Vec<(usize, QuantityProblem)>> {
    let org = organisation.unwrap_or(NETWORK);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, o) in model.outcomes.iter().enumerate() {
        match quantity(&o.quantity, report, org) {
            Ok(q) => out.push(q),
            Err(p) => problems.push((i, p)),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn quantity(q: &Quantity, report: &Report, org: &str) -> Result<f64, QuantityProblem> {
    let (indicator, count, wave) = match q {
        Quantity::Fixed { value, .. } => return Ok(*value),
        Quantity::FromReport { indicator, count, wave } => (indicator, count, wave),
    };
    let ind = report.indicators.iter().find(|i| &i.indicator == indicator).ok_or(QuantityProblem::NoIndicator)?;
    let group = ind.groups.iter().find(|g| g.organisation.as_str() == org).ok_or(QuantityProblem::NoGroup)?;
    match count {
        Count::Gained | Count::NetGained => {
            let est = group.change.estimates.shown().ok_or(QuantityProblem::Suppressed)?;
            let (gained, lost) = est.gained.zip(est.lost).ok_or(QuantityProblem::NoCounts)?;
            Ok(if *count == Count::Gained { gained as f64 } else { gained as f64 - lost as f64 })
        }
        Count::PositiveAt => {
            let wave = wave.ok_or(QuantityProblem::NoWave)?;
            let status = group.status.iter().find(|s| s.wave == wave).ok_or(QuantityProblem::NoWave)?;
            let p = status.estimates.shown().ok_or(QuantityProblem::Suppressed)?.estimate;
            // The estimate is x / n exactly; rounding gives x back.
            Ok((p * status.n as f64).round())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(q: f64, fields: [f64; 5], years: u32, rate: f64, investment: f64) -> Values {
        Values { investment, rate, outcomes: vec![OutcomeValues { quantity: q, fields, duration_years: years }] }
    }

    #[test]
    fn one_year_is_the_discounted_value() {
        let v = one(10.0, [1000.0, 0.2, 0.5, 0.0, 0.3], 1, 0.05, 1000.0);
        // 10 · 1000 · 0.8 · 0.5 / 1.05
        assert!((v.present_values()[0] - 4000.0 / 1.05).abs() < 1e-9);
        assert!((v.ratio() - 4.0 / 1.05).abs() < 1e-12);
    }

    #[test]
    fn later_years_drop_off_and_are_discounted() {
        let v = one(1.0, [100.0, 0.0, 0.0, 0.0, 0.5], 3, 0.0, 50.0);
        // 100 + 50 + 25
        assert_eq!(v.present_values()[0], 175.0);
        assert_eq!(v.ratio(), 3.5);
    }
}
