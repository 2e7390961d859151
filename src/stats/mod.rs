//! Statistics: pure functions behind every number in a report.
//!
//! # Layout
//!
//! One file per concern, each holding the functions of one family of
//! statistics and the unit tests that pin them to reference values computed
//! with scipy, statsmodels and lifelines (the conformance oracle in
//! `shared/conformance/oracle.py`):
//!
//! | file | what it holds |
//! |------|---------------|
//! | `mod.rs` | [`Confidence`], [`Interval`], [`StatsError`] and the re-exports |
//! | `proportion.rs` | [`wilson`] score interval |
//! | `describe.rs` | [`summarize`]: mean, sd (n-1), Student t interval |
//! | `paired.rs` | [`paired_t`], [`wilcoxon_signed_rank`], [`mcnemar_exact`] |
//! | `compare.rs` | [`chi_square_k_by_2`], [`kruskal_wallis`] |
//! | `funnel.rs` | funnel plot limits and flags |
//! | `standardise.rs` | [`direct_standardise`] to a standard mix of strata, and its [`standardised_test`] against the standard |
//! | `correlation.rs` | [`spearman`] rank correlation |
//! | `ranks.rs` | [`average_ranks`] (ties averaged) |
//! | `survival.rs` | [`kaplan_meier`] and the k-group [`logrank`] test |
//! | `multiple.rs` | [`holm`] adjusted p-values |
//! | `reliability.rs` | [`cronbach_alpha`] |
//! | `dist.rs` (private) | tail probabilities and quantiles on top of `statrs` |
//! | `testutil.rs`, `proptests.rs`, `conformance.rs` (tests only) | tolerance helpers, property tests, worked cases of `conformance/cases/c1` |
//!
//! # Invariants
//!
//! * No I/O and no knowledge of indicators, organisations or files: inputs
//!   are numbers, outputs are numbers.
//! * No result ever holds NaN or an infinity. When a statistic is undefined
//!   (too few values, zero variance, non-finite input) the function returns
//!   `None`, or the affected field is `None`.
//! * No function panics, whatever the input: empty slices, NaN and
//!   infinities are answered with `None`.
//! * Distribution functions (cdf, survival function, quantiles) come from
//!   `statrs`; p-values use the survival function rather than `1 - cdf`, so
//!   that small p-values keep their relative precision.
//! * [`StatsError`] is only for invalid parameters chosen by the caller
//!   (a confidence level outside `(0, 1)`), never for data that happen to
//!   make a statistic undefined.

mod compare;
mod correlation;
mod describe;
mod dist;
mod funnel;
mod multiple;
mod paired;
mod proportion;
mod ranks;
mod reliability;
mod standardise;
mod survival;

#[cfg(test)]
mod conformance;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod testutil;

pub use compare::{chi_square_k_by_2, kruskal_wallis, TestResult};
pub use correlation::{fisher_z_combine, spearman, Correlation};
pub use describe::{summarize, Summary};
pub use funnel::{funnel_flag, funnel_limits, mean_se, proportion_se, FunnelFlag, FunnelLimits, Z95, Z998};
pub use multiple::holm;
pub use paired::{mcnemar_exact, paired_t, wilcoxon_signed_rank, PairedT, Wilcoxon, WilcoxonMethod};
pub use proportion::wilson;
pub use ranks::average_ranks;
pub use reliability::{cronbach_alpha, cronbach_alpha_from_moments};
pub use standardise::{
    direct_standardise, standardised_se, standardised_test, Standardised, StandardisedTest, Stratum,
};
pub use survival::{kaplan_meier, logrank, KaplanMeier, KmPoint, SurvivalObservation};

use serde::Serialize;
use statrs::distribution::{ContinuousCDF, Normal};

/// Errors for invalid parameters chosen by the caller.
///
/// Data that leave a statistic undefined (too few values, zero variance)
/// are not errors: the functions return `None` for them.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum StatsError {
    /// The confidence level is not a number strictly between 0 and 1.
    #[error("confidence level must be strictly between 0 and 1, got {0}")]
    InvalidConfidence(f64),
}

/// A confidence level `c`, validated to lie strictly between 0 and 1.
///
/// The default is 0.95.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Confidence(f64);

impl Confidence {
    /// Validates a confidence level: `0 < c < 1` (NaN is rejected).
    ///
    /// # Errors
    ///
    /// [`StatsError::InvalidConfidence`] when `c` is not strictly between 0
    /// and 1.
    pub fn new(c: f64) -> Result<Self, StatsError> {
        if c > 0.0 && c < 1.0 {
            Ok(Confidence(c))
        } else {
            Err(StatsError::InvalidConfidence(c))
        }
    }

    /// The level `c` itself, for instance 0.95.
    pub fn level(self) -> f64 {
        self.0
    }

    /// The two-sided normal quantile `z = Φ⁻¹(1 - (1 - c)/2)`
    /// (1.959963984540054 for `c = 0.95`).
    pub fn z(self) -> f64 {
        // Computed from the upper tail `(1 - c)/2` so that levels close to 1
        // keep their precision: `Φ⁻¹(1 - a) = -Φ⁻¹(a)`.
        let upper_tail = (1.0 - self.0) / 2.0;
        -Normal::standard().inverse_cdf(upper_tail)
    }

    /// The upper tail probability `(1 - c)/2` of a two-sided interval.
    pub(crate) fn upper_tail(self) -> f64 {
        (1.0 - self.0) / 2.0
    }
}

impl Default for Confidence {
    /// The conventional 95 % level.
    fn default() -> Self {
        Confidence(0.95)
    }
}

/// A closed interval `[low, high]`, both ends finite, `low <= high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower end.
    pub low: f64,
    /// Upper end.
    pub high: f64,
}

impl Interval {
    /// Builds an interval when both ends are finite, `None` otherwise.
    pub(crate) fn finite(low: f64, high: f64) -> Option<Interval> {
        (low.is_finite() && high.is_finite()).then_some(Interval { low, high })
    }

    /// Whether `x` lies in `[low, high]`.
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::assert_close;
    use super::*;

    #[test]
    fn confidence_validates() {
        assert!(Confidence::new(0.95).is_ok());
        for bad in [0.0, 1.0, -0.5, 1.5, f64::NAN, f64::INFINITY] {
            assert!(Confidence::new(bad).is_err(), "{bad}");
        }
        assert_eq!(Confidence::default().level(), 0.95);
    }

    #[test]
    fn confidence_z_matches_scipy() {
        // scipy 1.17.1: stats.norm.ppf(1 - (1 - c)/2) for c = 0.95, 0.9, 0.99, 0.998
        let cases = [
            (0.95, 1.959963984540054),
            (0.9, 1.6448536269514722),
            (0.99, 2.5758293035489004),
            (0.998, 3.090232306167813),
        ];
        for (c, want) in cases {
            let z = Confidence::new(c).map(Confidence::z);
            assert_close(z, want, 1e-12);
        }
    }
}
