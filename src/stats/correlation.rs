//! Rank correlation.

use super::dist::{finite, normal_two_sided_p, t_two_sided_p};
use super::ranks::average_ranks;
use serde::Serialize;

/// Spearman rank correlation and its p-value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correlation {
    /// Number of pairs.
    pub n: usize,
    /// Spearman's rho, in `[-1, 1]`.
    pub rho: f64,
    /// Two-sided p-value from the t approximation with `n - 2` df.
    pub p: f64,
}

/// Spearman rank correlation, as `scipy.stats.spearmanr(x, y)`: the
/// Pearson correlation of the average ranks,
///
/// ```text
/// rho = Σ(rx - r̄x)(ry - r̄y) / sqrt(Σ(rx - r̄x)² · Σ(ry - r̄y)²)
/// t = rho · sqrt((n-2) / ((1 + rho)(1 - rho))),   p = 2·P(T(n-2) >= |t|)
/// ```
///
/// and `p = 0` when `|rho| = 1`.
///
/// `None` when `n < 3`, the lengths differ, either variable is constant,
/// or a value is NaN or infinite.
pub fn spearman(x: &[f64], y: &[f64]) -> Option<Correlation> {
    let n = x.len();
    if n < 3 || y.len() != n || x.iter().chain(y).any(|v| !v.is_finite()) {
        return None;
    }
    let constant = |v: &[f64]| v.iter().all(|&a| a == v[0]);
    if constant(x) || constant(y) {
        return None;
    }
    let rx = average_ranks(x);
    let ry = average_ranks(y);
    let nf = n as f64;
    let mx = rx.iter().sum::<f64>() / nf;
    let my = ry.iter().sum::<f64>() / nf;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in rx.iter().zip(&ry) {
        let (dx, dy) = (a - mx, b - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    // numpy.corrcoef: the covariance matrix (divisor n-1), then division by
    // each standard deviation in turn, then clipping to [-1, 1].
    let dof = nf - 1.0;
    let rho = ((sxy / dof) / (sxx / dof).sqrt() / (syy / dof).sqrt()).clamp(-1.0, 1.0);
    if !rho.is_finite() {
        return None;
    }
    let p = if rho.abs() == 1.0 {
        0.0
    } else {
        let df = nf - 2.0;
        let t = rho * (df / ((rho + 1.0) * (1.0 - rho))).max(0.0).sqrt();
        t_two_sided_p(t, df)?
    };
    Some(Correlation { n, rho, p })
}

/// Correlation coefficients of independent samples combined on Fisher's z
/// scale with weights `n - 3`:
///
/// ```text
/// z̄ = Σ(nᵢ-3)·atanh(rᵢ) / Σ(nᵢ-3),   rho = tanh(z̄),   p = 2·Φ(-|z̄|·sqrt(Σ(nᵢ-3)))
/// ```
///
/// Samples with `n ≤ 3` or `|r| ≥ 1` (infinite z) are left out. `None` when
/// none is left or a value is not finite. Returns `(rho, p)`.
///
/// ```
/// let (rho, p) = social_impact::stats::fisher_z_combine(&[(20, 0.3), (40, 0.5)]).expect("defined");
/// assert!((rho - 0.441279).abs() < 1e-6 && p < 0.001);
/// ```
pub fn fisher_z_combine(samples: &[(u64, f64)]) -> Option<(f64, f64)> {
    let used: Vec<(f64, f64)> = samples
        .iter()
        .filter(|(n, r)| *n > 3 && r.is_finite() && r.abs() < 1.0)
        .map(|(n, r)| ((*n - 3) as f64, r.atanh()))
        .collect();
    let weight: f64 = used.iter().map(|(w, _)| w).sum();
    if used.is_empty() || weight <= 0.0 {
        return None;
    }
    let z = used.iter().map(|(w, z)| w * z).sum::<f64>() / weight;
    let p = normal_two_sided_p(z * weight.sqrt())?;
    Some((finite(z.tanh())?, p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::{assert_abs, assert_close};

    fn check(x: &[f64], y: &[f64], rho: f64, p: f64) {
        let r = spearman(x, y).expect("a correlation for these data");
        assert_eq!(r.n, x.len());
        assert_close(r.rho, rho, 1e-12);
        assert_close(r.p, p, 1e-9);
    }

    #[test]
    fn matches_scipy_spearmanr() {
        // scipy 1.17.1: r = stats.spearmanr(x, y); (r.statistic, r.pvalue)
        check(
            &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
            &[2.0, 1.0, 4.0, 3.0, 6.0, 6.0, 8.0, 7.0, 10.0, 9.0],
            0.9483326481409007,
            2.9285883237761156e-05,
        );
        check(&[10.0, 20.0, 30.0], &[3.0, 1.0, 2.0], -0.5, 0.6666666666666666);
        check(
            &[1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 5.0, 5.0],
            &[0.5, 0.1, 0.9, 0.9, 0.3, 0.2, 0.8, 0.4],
            -0.16671749517247372,
            0.693148730949425,
        );
        // A tiny p-value: scipy 1.17.1: stats.spearmanr(range(40), [i + 0.5*(-1)**i for i in range(40)])
        let x: Vec<f64> = (0..40).map(f64::from).collect();
        let y: Vec<f64> = (0..40).map(|i| f64::from(i) + if i % 2 == 0 { 0.5 } else { -0.5 }).collect();
        let r = spearman(&x, &y).expect("a correlation for these data");
        assert_close(r.rho, 0.9990614732798578, 1e-12);
        assert_close(r.p, 2.00337293687251e-53, 1e-6);
    }

    #[test]
    fn perfect_correlation_has_p_zero() {
        let r = spearman(&[1.0, 2.0, 3.0, 4.0], &[10.0, 20.0, 35.0, 80.0]);
        assert_eq!(r, Some(Correlation { n: 4, rho: 1.0, p: 0.0 }));
        let r = spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]).expect("a correlation for these data");
        assert_close(r.rho, -1.0, 1e-15);
        assert_abs(r.p, 0.0, 1e-12);
    }

    #[test]
    fn undefined_cases() {
        assert_eq!(spearman(&[], &[]), None);
        assert_eq!(spearman(&[1.0, 2.0], &[1.0, 2.0]), None);
        assert_eq!(spearman(&[1.0, 2.0, 3.0], &[1.0, 2.0]), None);
        assert_eq!(spearman(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0]), None);
        assert_eq!(spearman(&[1.0, 2.0, 3.0], &[5.0, 5.0, 5.0]), None);
        assert_eq!(spearman(&[1.0, f64::NAN, 3.0], &[1.0, 2.0, 3.0]), None);
    }

    #[test]
    fn fisher_combination_matches_an_independent_computation() {
        // Python: z = (17*atanh(.3) + 37*atanh(.5)) / 54; tanh(z) = 0.44127885039113707;
        // p = erfc(abs(z)*sqrt(54)/sqrt(2)) = 0.0004979896186799855
        let (rho, p) = fisher_z_combine(&[(20, 0.3), (40, 0.5), (3, 0.9), (50, 1.0)]).expect("defined");
        let z: f64 = (17.0 * 0.3f64.atanh() + 37.0 * 0.5f64.atanh()) / 54.0;
        assert!((rho - z.tanh()).abs() < 1e-15);
        assert!((rho - 0.441_278_850_391_137_07).abs() < 1e-14, "{rho}");
        assert!((p - 0.000_497_989_618_679_985_5).abs() < 1e-12, "{p}");
        assert_eq!(fisher_z_combine(&[(3, 0.5)]), None);
    }
}
