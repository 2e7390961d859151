//! How each indicator of a set is generated: which waves, for whom, and how
//! a latent level becomes a raw answer valid for its measure.

use crate::catalogue::{Applicability, Direction, Measure, Wave};
use crate::set::ReferenceSet;
use std::fmt::Write as _;

/// The standard normal distribution function, Φ.
pub(super) fn phi(x: f64) -> f64 {
    0.5 * statrs::function::erf::erfc(-x / std::f64::consts::SQRT_2)
}

/// How a latent level (higher is better, about N(0, 1) at entry) becomes an answer.
#[derive(Debug, Clone)]
pub(super) enum Kind {
    /// `1` when the latent level is above 0 (`0` for lower-is-better ones).
    Binary { higher_good: bool },
    /// Whole numbers `lo..=hi`, climbing with the latent level (or falling,
    /// for lower-is-better ones).
    Ordinal { lo: i64, hi: i64, higher_good: bool },
    /// Category codes ordered from worst to best by their score.
    Ladder { codes: Vec<String> },
    /// A Poisson count whose mean falls (lower-is-better) or rises with the level.
    Count { higher_good: bool, max: Option<u64> },
    /// A quantity within its bounds.
    Continuous { higher_good: bool, min: Option<f64>, max: Option<f64>, scale: f64, income: bool },
    /// An item of a composite scale: its contribution climbs with the scale's
    /// latent level (falls, when the scale is lower-is-better), and the raw
    /// answer is reversed when the item is reverse-coded.
    Item { lo: i64, hi: i64, scale_higher_good: bool, reverse: bool, group: usize },
    /// A composite scale: not written, computed from its items.
    Composite,
}

/// One indicator's generation plan.
#[derive(Debug, Clone)]
pub(super) struct Plan {
    pub id: String,
    /// Allowed at entry, follow-up, exit, post-exit.
    pub waves: [bool; 4],
    pub applies: Option<Applicability>,
    pub kind: Kind,
    /// Latent level at entry, before personal variation (below 0: room to improve).
    pub base: f64,
    /// How strongly support moves this indicator.
    pub gain: f64,
    /// Timed by a time-to-event analysis: gets extra interim follow-ups.
    pub timed: bool,
}

/// The plans of a whole set, in the set's order.
#[derive(Debug, Clone)]
pub(super) struct Plans {
    pub plans: Vec<Plan>,
}

pub(super) fn wave_index(wave: Wave) -> usize {
    match wave {
        Wave::Entry => 0,
        Wave::FollowUp => 1,
        Wave::Exit => 2,
        Wave::PostExit => 3,
    }
}

impl Plans {
    pub(crate) fn new(set: &ReferenceSet) -> Plans {
        let registry = set.registry();
        let ids: Vec<String> = registry.ids().map(|id| id.to_string()).collect();
        let timed: Vec<&str> = set.time_to_event().iter().map(|t| t.indicator.as_str()).collect();
        let mut plans: Vec<Plan> = registry
            .iter()
            .enumerate()
            .map(|(i, ind)| {
                let def = ind.definition();
                let higher_good = def.direction == Direction::HigherIsBetter;
                let kind = match &def.measure {
                    Measure::Binary { .. } => Kind::Binary { higher_good },
                    Measure::Ordinal { min, max, .. } => {
                        Kind::Ordinal { lo: *min.min(max), hi: *max.max(min), higher_good }
                    }
                    Measure::Categorical { categories } => {
                        let mut sorted: Vec<_> = categories.iter().collect();
                        // A stable sort keeps the offered order among equal scores.
                        sorted.sort_by(|a, b| a.score.total_cmp(&b.score));
                        if !higher_good {
                            sorted.reverse();
                        }
                        Kind::Ladder { codes: sorted.into_iter().map(|c| c.code.clone()).collect() }
                    }
                    Measure::Count { max } => Kind::Count { higher_good, max: *max },
                    Measure::Continuous { unit, min, max } => {
                        let money = unit.eq_ignore_ascii_case("eur") || unit == "€";
                        let scale = match (min, max) {
                            (Some(lo), Some(hi)) => (hi - lo).abs(),
                            _ if money => 700.0,
                            _ => 10.0,
                        };
                        Kind::Continuous { higher_good, min: *min, max: *max, scale, income: money && higher_good }
                    }
                };
                let mut waves = [false; 4];
                for w in &def.waves {
                    waves[wave_index(*w)] = true;
                }
                // Spread indicators' starting points and responsiveness
                // deterministically from their position in the set.
                let f = ((i * 7 + 3) % 11) as f64 / 10.0;
                Plan {
                    id: ids.get(i).cloned().unwrap_or_default(),
                    waves,
                    applies: def.applies_to.clone(),
                    kind,
                    base: -1.0 + 0.8 * f,
                    gain: 0.8 + 0.5 * (1.0 - f),
                    timed: timed.contains(&def.id.as_str()),
                }
            })
            .collect();
        // Composite scales: their items follow the scale's latent level.
        let mut group_of: Vec<Option<(usize, bool, bool)>> = vec![None; plans.len()];
        for (g, ind) in registry.iter().enumerate() {
            let Some(composite) = &ind.definition().composite else { continue };
            let scale_higher_good = ind.definition().direction == Direction::HigherIsBetter;
            for item in &composite.items {
                if let Some(k) = ids.iter().position(|id| id == item.indicator.as_str()) {
                    if k != g && group_of[k].is_none() {
                        group_of[k] = Some((g, item.reverse, scale_higher_good));
                    }
                }
            }
        }
        for (k, group) in group_of.into_iter().enumerate() {
            let Some((g, reverse, scale_higher_good)) = group else { continue };
            if let Kind::Ordinal { lo, hi, .. } = plans[k].kind {
                plans[k].kind = Kind::Item { lo, hi, scale_higher_good, reverse, group: g };
            }
        }
        for (plan, ind) in plans.iter_mut().zip(registry.iter()) {
            if ind.definition().composite.is_some() {
                plan.kind = Kind::Composite;
            }
        }
        Plans { plans }
    }
}

impl Kind {
    /// Writes into `out` the raw answer for latent level `level`. `uniform` is
    /// a draw from U(0, 1) used by the random parts (Poisson counts).
    pub(crate) fn answer(&self, level: f64, uniform: &mut dyn FnMut() -> f64, out: &mut String) {
        out.clear();
        match self {
            Kind::Binary { higher_good } => {
                let good = level > 0.0;
                out.push_str(if good == *higher_good { "1" } else { "0" });
            }
            Kind::Ordinal { lo, hi, higher_good } => {
                let step = quantize(level, hi - lo + 1);
                let v = if *higher_good { lo + step } else { hi - step };
                let _ = write!(out, "{v}");
            }
            Kind::Ladder { codes } => {
                let step = quantize(level, codes.len() as i64);
                if let Some(code) = usize::try_from(step).ok().and_then(|s| codes.get(s)) {
                    out.push_str(code);
                }
            }
            Kind::Count { higher_good, max } => {
                let sign = if *higher_good { 1.0 } else { -1.0 };
                let mean = (0.8 * sign * level).exp().min(30.0);
                let mut n = poisson(mean, uniform);
                if let Some(m) = max {
                    n = n.min(*m);
                }
                let _ = write!(out, "{n}");
            }
            Kind::Continuous { higher_good, min, max, scale, income } => {
                // Bounded, so that an income stays in a plausible range (up to ~5 × scale).
                let l = (if *higher_good { level } else { -level }).clamp(-3.5, 3.5);
                let v = match (min, max) {
                    (Some(lo), Some(hi)) => lo + phi(l) * (hi - lo),
                    (Some(lo), None) if *income && l < -1.3 => *lo,
                    (Some(lo), None) => lo + scale * (0.45 * l).exp(),
                    (None, Some(hi)) => hi - scale * (-0.45 * l).exp(),
                    (None, None) => scale * (1.0 + 0.5 * l),
                };
                let mut v = (v * 100.0).round() / 100.0;
                if let Some(lo) = min {
                    v = v.max(*lo);
                }
                if let Some(hi) = max {
                    v = v.min(*hi);
                }
                // `+ 0.0` turns a negative zero into a plain `0`.
                let _ = write!(out, "{}", v + 0.0);
            }
            Kind::Item { lo, hi, scale_higher_good, reverse, .. } => {
                let step = quantize(level, hi - lo + 1);
                let contribution = if *scale_higher_good { lo + step } else { hi - step };
                let v = if *reverse { lo + hi - contribution } else { contribution };
                let _ = write!(out, "{v}");
            }
            Kind::Composite => {}
        }
    }
}

/// The step `0..n` of the scale that latent `level` falls on, by equal
/// slices of the normal distribution.
fn quantize(level: f64, n: i64) -> i64 {
    if n <= 1 {
        return 0;
    }
    ((phi(level) * n as f64).floor() as i64).clamp(0, n - 1)
}

/// A Poisson draw by inversion (means here stay below 30).
fn poisson(mean: f64, uniform: &mut dyn FnMut() -> f64) -> u64 {
    let u = uniform();
    let mut p = (-mean).exp();
    let mut cdf = p;
    let mut k = 0u64;
    while u > cdf && k < 200 {
        k += 1;
        p *= mean / k as f64;
        cdf += p;
    }
    k
}
