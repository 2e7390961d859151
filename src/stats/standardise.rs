//! Direct standardisation: a group's figure as if it had the standard
//! population's mix of strata (for instance the network's mix of age bands
//! and sexes), and its comparison with the standard's own figure.
//!
//! With standard weights `w_k` (the standard population's share of each
//! stratum, `Σ w_k = 1`), a group's stratum sizes `n_k` and stratum figures
//! `p_k` (proportions) or `m_k` (means, with sample sd `s_k`):
//!
//! ```text
//! standardised figure   D  = Σ w_k·p_k                       (or Σ w_k·m_k)
//! standard error        se = sqrt(Σ w_k²·p_k(1-p_k)/n_k)      (or sqrt(Σ w_k²·s_k²/n_k))
//! confidence interval   D ± z·se, z = Φ⁻¹(1-(1-c)/2); clipped to [0, 1] for proportions
//! ```
//!
//! The variance is that of a weighted sum of independent binomial (or
//! sample-mean) estimates with fixed weights: Breslow & Day, *Statistical
//! Methods in Cancer Research*, vol. II (IARC, 1987), chapter 2, and
//! Rothman, Greenland & Lash, *Modern Epidemiology* (3rd ed., 2008),
//! chapter 15. The interval is the normal one on the standardised figure:
//! the figures standardised here are proportions and means of groups of at
//! least `min_cell` people per stratum, not rates of rare events, so the
//! gamma interval of Fay & Feuer (1997), made for Poisson counts, is not
//! needed.
//!
//! **Comparison with the standard.** The standard's own figure
//! `v0 = Σ w_k·P_k` (its stratum figures `P_k` under its own mix, which is
//! its crude figure) is the centre line. Like the raw funnel plot, the
//! limits use the standard error the group would have if each of its
//! strata had the standard's figure: `se0 = sqrt(Σ w_k²·P_k(1-P_k)/n_k)`
//! (means: `sqrt(Σ w_k²·S_k²/n_k)`, `S_k` the standard's stratum sd), so
//! `z = (D - v0)/se0`, the two-sided p-value is `2·Φ(-|z|)`, the limits are
//! `v0 ± 1.959964·se0` and `v0 ± 3.090232·se0` (clipped to [0, 1] for
//! proportions) and the flag is the raw funnel's ([`funnel_flag`]).

use super::dist::{finite, normal_two_sided_p};
use super::funnel::{funnel_flag, funnel_limits, FunnelFlag, FunnelLimits};
use super::{Confidence, Interval};

/// One stratum of a group to standardise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stratum {
    /// The standard population's weight for the stratum (its size or its
    /// share: weights are divided by their sum).
    pub weight: f64,
    /// The group's people in the stratum.
    pub n: u64,
    /// The group's figure in the stratum: a proportion or a mean.
    pub estimate: f64,
    /// The variance of one person's value in the stratum: `p(1-p)` for a
    /// proportion, the sample variance `s²` (n-1) for a mean; `None` when
    /// undefined (a mean over one person).
    pub variance: Option<f64>,
}

impl Stratum {
    /// A proportion stratum: `positive` of `n` people, standard weight `weight`.
    pub fn proportion(weight: f64, positive: u64, n: u64) -> Stratum {
        let p = if n == 0 { 0.0 } else { positive as f64 / n as f64 };
        Stratum { weight, n, estimate: p, variance: Some(p * (1.0 - p)) }
    }

    /// A mean stratum: `n` people with mean `mean` and sample sd `sd`.
    pub fn mean(weight: f64, n: u64, mean: f64, sd: Option<f64>) -> Stratum {
        Stratum { weight, n, estimate: mean, variance: sd.map(|s| s * s) }
    }
}

/// A directly standardised figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standardised {
    /// `Σ w_k·p_k` over the strata of positive weight.
    pub estimate: f64,
    /// `sqrt(Σ w_k²·v_k/n_k)`; `None` when a stratum's variance is undefined.
    pub se: Option<f64>,
    /// The normal interval `estimate ± z·se` (clipped to [0, 1] for
    /// proportions); `None` with `se`.
    pub ci: Option<Interval>,
}

/// The normalised weights of `strata`, or `None` when a weight is negative
/// or not finite, or none is positive.
fn weights(strata: &[Stratum]) -> Option<Vec<f64>> {
    if strata.iter().any(|s| !s.weight.is_finite() || s.weight < 0.0) {
        return None;
    }
    let total: f64 = strata.iter().map(|s| s.weight).sum();
    if !(total > 0.0 && total.is_finite()) {
        return None;
    }
    Some(strata.iter().map(|s| s.weight / total).collect())
}

/// The standard error `sqrt(Σ w_k²·v_k/n_k)` over the strata of positive
/// weight; `None` when weights are invalid, a stratum of positive weight
/// has no one or no variance.
pub fn standardised_se(strata: &[Stratum]) -> Option<f64> {
    let w = weights(strata)?;
    let mut var = 0.0;
    for (s, w) in strata.iter().zip(w).filter(|(_, w)| *w > 0.0) {
        let v = s.variance.filter(|v| v.is_finite() && *v >= 0.0)?;
        if s.n == 0 {
            return None;
        }
        var += w * w * v / s.n as f64;
    }
    finite(var.sqrt())
}

/// The group's figure standardised to the weights of `strata`, with its
/// standard error and normal interval at `confidence` (module docs).
/// `clip_unit` clips the interval to [0, 1] (proportions).
///
/// `None` when the weights are invalid (negative, not finite, none
/// positive), when a stratum of positive weight has no one in the group
/// (its figure is unknown, so the standardised figure is undefined), or
/// when a figure is not finite. Strata of weight 0 are left out.
pub fn direct_standardise(strata: &[Stratum], confidence: Confidence, clip_unit: bool) -> Option<Standardised> {
    let w = weights(strata)?;
    let mut estimate = 0.0;
    for (s, w) in strata.iter().zip(&w).filter(|(_, w)| **w > 0.0) {
        if s.n == 0 || !s.estimate.is_finite() {
            return None;
        }
        estimate += w * s.estimate;
    }
    let estimate = finite(estimate)?;
    let se = standardised_se(strata);
    let clip = |x: f64| if clip_unit { x.clamp(0.0, 1.0) } else { x };
    let ci = se.and_then(|se| {
        let z = confidence.z();
        Interval::finite(clip(estimate - z * se), clip(estimate + z * se))
    });
    Some(Standardised { estimate, se, ci })
}

/// A standardised figure against the standard's own figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StandardisedTest {
    /// `(D - v0)/se0`; `None` when `se0` is 0.
    pub z: Option<f64>,
    /// Two-sided p-value `2·Φ(-|z|)`; `None` with `z`.
    pub p: Option<f64>,
    /// The 95 % and 99.8 % limits `v0 ± z·se0`.
    pub limits: FunnelLimits,
    /// Where `D` falls, as on the raw funnel plot.
    pub flag: FunnelFlag,
}

/// Compares a standardised figure `estimate` with the standard's figure
/// `v0`, under the null standard error `se0` (module docs). `clip_unit`
/// clips the limits to [0, 1] (proportions).
///
/// `None` when an input is not finite or `se0` is negative.
pub fn standardised_test(estimate: f64, v0: f64, se0: f64, clip_unit: bool) -> Option<StandardisedTest> {
    if !estimate.is_finite() {
        return None;
    }
    let limits = funnel_limits(v0, se0, clip_unit)?;
    let z = (se0 > 0.0).then(|| finite((estimate - v0) / se0)).flatten();
    Some(StandardisedTest { z, p: z.and_then(normal_two_sided_p), limits, flag: funnel_flag(estimate, &limits) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::{assert_abs, assert_close};

    // Reference values from numpy 2.4.6 and scipy 1.17.1:
    //
    // ```python
    // import numpy as np
    // from scipy import stats
    // z95c = stats.norm.ppf(0.975)
    // def dsr(W, n, p, var):
    //     w = np.array(W, float) / np.sum(W); n = np.array(n, float)
    //     est = np.sum(w * np.array(p, float))
    //     se = np.sqrt(np.sum(w**2 * np.array(var, float) / n))
    //     return w, est, se
    // N = [120, 300, 180]; X = [30, 120, 108]          # the standard
    // x = [6, 45, 54]; n = [20, 150, 60]               # the organisation
    // P = np.array(X) / np.array(N); p = np.array(x) / np.array(n)
    // w, est, se = dsr(N, n, p, p * (1 - p))
    // v0 = np.sum(w * P)
    // _, _, se0 = dsr(N, n, P, P * (1 - P))
    // zz = (est - v0) / se0
    // print(est, se, est - z95c * se, est + z95c * se)
    // print(v0, se0, zz, 2 * stats.norm.sf(abs(zz)))
    // print(v0 - 1.959964 * se0, v0 + 1.959964 * se0, v0 - 3.090232 * se0, v0 + 3.090232 * se0)
    // Nm = [40, 80, 30]; Mm = [4.2, 5.1, 6.3]; Sm = [1.1, 1.4, 0.9]   # the standard, means
    // nm = [12, 25, 14]; mm = [3.9, 5.6, 6.0]; sm = [1.3, 1.2, 1.0]   # the organisation
    // w, est, se = dsr(Nm, nm, mm, np.array(sm)**2)
    // v0 = np.sum(w * np.array(Mm))
    // _, _, se0 = dsr(Nm, nm, Mm, np.array(Sm)**2)
    // # then the same prints
    // x = [15, 110, 50]                                # an organisation far above
    // ```
    //
    // Output:
    //
    // ```text
    // prop est 0.48 se 0.030083217912982647 ci 0.42103797635148377 0.5389620236485162
    // prop v0 0.43 se0 0.033689761055846035 z 1.4841304429888116 p 0.13777431829216255
    // prop limits 0.3639692811619398 0.4960307188380602 0.3258908223128708 0.5341091776871292
    // mean est 5.226666666666667 se 0.17104373029128447 ci 4.891427115514366 5.561906217818967
    // mean v0 5.1 se0 0.17828376406476426 z 0.7104778572021474 p 0.47740785737420843
    // mean limits 4.750570240648568 5.449429759351431 4.549061807206615 5.650938192793384
    // far est 0.7666666666666666 se 0.030153926100248692 z 9.993144982791332 p 1.6331627924227128e-23
    // ```

    const N: [u64; 3] = [120, 300, 180];
    const X: [u64; 3] = [30, 120, 108];
    const SIZES: [u64; 3] = [20, 150, 60];

    fn org(x: [u64; 3]) -> Vec<Stratum> {
        (0..3).map(|k| Stratum::proportion(N[k] as f64, x[k], SIZES[k])).collect()
    }

    /// The organisation's strata with the standard's figures: the null.
    fn null() -> Vec<Stratum> {
        (0..3)
            .map(|k| {
                let p = X[k] as f64 / N[k] as f64;
                Stratum { weight: N[k] as f64, n: SIZES[k], estimate: p, variance: Some(p * (1.0 - p)) }
            })
            .collect()
    }

    fn standard_v0() -> f64 {
        let total: u64 = N.iter().sum();
        (0..3).map(|k| N[k] as f64 / total as f64 * (X[k] as f64 / N[k] as f64)).sum()
    }

    #[test]
    fn a_proportion_matches_numpy() {
        let d = direct_standardise(&org([6, 45, 54]), Confidence::default(), true).expect("defined");
        assert_close(d.estimate, 0.48, 1e-9);
        assert_close(d.se, 0.030083217912982647, 1e-9);
        let ci = d.ci.expect("interval");
        assert_close(ci.low, 0.42103797635148377, 1e-9);
        assert_close(ci.high, 0.5389620236485162, 1e-9);
        let v0 = standard_v0();
        assert_close(v0, 0.43, 1e-12);
        let se0 = standardised_se(&null()).expect("defined");
        assert_close(se0, 0.033689761055846035, 1e-9);
        let t = standardised_test(d.estimate, v0, se0, true).expect("defined");
        assert_close(t.z, 1.4841304429888116, 1e-9);
        assert_close(t.p, 0.13777431829216255, 1e-9);
        assert_close(t.limits.low95, 0.3639692811619398, 1e-9);
        assert_close(t.limits.high95, 0.4960307188380602, 1e-9);
        assert_close(t.limits.low998, 0.3258908223128708, 1e-9);
        assert_close(t.limits.high998, 0.5341091776871292, 1e-9);
        assert_eq!(t.flag, FunnelFlag::Within);
    }

    #[test]
    fn a_group_far_above_is_flagged_beyond_998() {
        let d = direct_standardise(&org([15, 110, 50]), Confidence::default(), true).expect("defined");
        assert_close(d.estimate, 0.7666666666666666, 1e-9);
        assert_close(d.se, 0.030153926100248692, 1e-9);
        let se0 = standardised_se(&null()).expect("defined");
        let t = standardised_test(d.estimate, standard_v0(), se0, true).expect("defined");
        assert_close(t.z, 9.993144982791332, 1e-9);
        assert_close(t.p, 1.6331627924227128e-23, 1e-6);
        assert_eq!(t.flag, FunnelFlag::Above998);
    }

    #[test]
    fn a_mean_matches_numpy() {
        let standard = [(40.0, 4.2, 1.1), (80.0, 5.1, 1.4), (30.0, 6.3, 0.9)];
        let own = [(12, 3.9, 1.3), (25, 5.6, 1.2), (14, 6.0, 1.0)];
        let strata: Vec<Stratum> =
            standard.iter().zip(own).map(|((w, _, _), (n, m, s))| Stratum::mean(*w, n, m, Some(s))).collect();
        let d = direct_standardise(&strata, Confidence::default(), false).expect("defined");
        assert_close(d.estimate, 5.226666666666667, 1e-9);
        assert_close(d.se, 0.17104373029128447, 1e-9);
        let ci = d.ci.expect("interval");
        assert_close(ci.low, 4.891427115514366, 1e-9);
        assert_close(ci.high, 5.561906217818967, 1e-9);
        let null: Vec<Stratum> =
            standard.iter().zip(own).map(|((w, m, s), (n, _, _))| Stratum::mean(*w, n, *m, Some(*s))).collect();
        let v0 = direct_standardise(&null, Confidence::default(), false).expect("defined").estimate;
        assert_close(v0, 5.1, 1e-12);
        let se0 = standardised_se(&null).expect("defined");
        assert_close(se0, 0.17828376406476426, 1e-9);
        let t = standardised_test(d.estimate, v0, se0, false).expect("defined");
        assert_close(t.z, 0.7104778572021474, 1e-9);
        assert_close(t.p, 0.47740785737420843, 1e-9);
        assert_close(t.limits.low95, 4.750570240648568, 1e-9);
        assert_close(t.limits.high998, 5.650938192793384, 1e-9);
        assert_eq!(t.flag, FunnelFlag::Within);
    }

    #[test]
    fn the_same_figure_in_every_stratum_is_that_figure_whatever_the_mix() {
        // By hand: p_k = 0.25 everywhere gives D = 0.25 for any weights, and
        // se² = Σ w_k²·0.1875/n_k = (0.25²/10 + 0.75²/30)·0.1875 = 0.00234375.
        let strata = [Stratum::proportion(1.0, 5, 20), Stratum::proportion(3.0, 15, 60)];
        let d = direct_standardise(&strata, Confidence::default(), true).expect("defined");
        assert_close(d.estimate, 0.25, 1e-15);
        // (0.0625/20 + 0.5625/60)·0.1875
        assert_close(d.se, ((0.0625 / 20.0 + 0.5625 / 60.0) * 0.1875_f64).sqrt(), 1e-15);
        // The standard's own figure under its own mix is its crude figure.
        let v0 = direct_standardise(
            &[Stratum::proportion(30.0, 6, 30), Stratum::proportion(70.0, 49, 70)],
            Confidence::default(),
            true,
        );
        assert_close(v0.map(|d| d.estimate), 55.0 / 100.0, 1e-15);
    }

    #[test]
    fn undefined_is_none_never_nan() {
        let c = Confidence::default();
        // A stratum of positive weight with no one: undefined.
        assert_eq!(
            direct_standardise(&[Stratum::proportion(1.0, 0, 0), Stratum::proportion(1.0, 3, 10)], c, true),
            None
        );
        // A stratum of weight 0 with no one is left out.
        let d = direct_standardise(&[Stratum::proportion(0.0, 0, 0), Stratum::proportion(1.0, 3, 10)], c, true);
        assert_close(d.map(|d| d.estimate), 0.3, 1e-15);
        // Bad weights.
        assert_eq!(direct_standardise(&[], c, true), None);
        assert_eq!(direct_standardise(&[Stratum::proportion(0.0, 1, 2)], c, true), None);
        assert_eq!(direct_standardise(&[Stratum::proportion(-1.0, 1, 2)], c, true), None);
        assert_eq!(direct_standardise(&[Stratum::proportion(f64::NAN, 1, 2)], c, true), None);
        assert_eq!(direct_standardise(&[Stratum::mean(1.0, 3, f64::INFINITY, Some(1.0))], c, false), None);
        // A mean over one person: a figure, no standard error, no interval.
        let d =
            direct_standardise(&[Stratum::mean(1.0, 1, 4.0, None), Stratum::mean(1.0, 5, 6.0, Some(1.0))], c, false)
                .expect("defined");
        assert_eq!((d.estimate, d.se, d.ci), (5.0, None, None));
        // A null standard error of 0: limits on the centre, no z.
        let t = standardised_test(0.5, 0.5, 0.0, true).expect("defined");
        assert_eq!((t.z, t.p, t.flag), (None, None, FunnelFlag::Within));
        assert_eq!(standardised_test(0.6, 0.5, 0.0, true).map(|t| t.flag), Some(FunnelFlag::Above998));
        assert_eq!(standardised_test(f64::NAN, 0.5, 0.1, true), None);
        assert_eq!(standardised_test(0.5, 0.5, -0.1, true), None);
        // A proportion interval is clipped to [0, 1].
        let d = direct_standardise(&[Stratum::proportion(1.0, 1, 11)], c, true).expect("defined");
        assert_abs(d.ci.map(|i| i.low), 0.0, 0.0);
    }
}
