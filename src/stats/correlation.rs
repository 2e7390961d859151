//! Rank correlation.

use super::dist::t_two_sided_p;
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
