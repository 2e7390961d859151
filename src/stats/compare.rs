//! Comparisons across k groups: chi-square on a k×2 table, Kruskal–Wallis.

use super::dist::{chi2_sf, finite};
use super::ranks::{ranks_and_ties, tie_sum};
use serde::Serialize;

/// A test statistic referred to a chi-square distribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestResult {
    /// The test statistic (chi-square, H, or log-rank).
    pub statistic: f64,
    /// Degrees of freedom of the reference chi-square distribution.
    pub df: u32,
    /// Upper-tail p-value `P(χ²(df) >= statistic)`.
    pub p: f64,
}

impl TestResult {
    /// Builds a result with `p = P(χ²(df) >= statistic)`; `None` when the
    /// statistic is not finite or `df == 0`.
    pub(crate) fn chi_square(statistic: f64, df: usize) -> Option<TestResult> {
        let statistic = finite(statistic)?.max(0.0);
        let df = u32::try_from(df).ok().filter(|&d| d > 0)?;
        let p = chi2_sf(statistic, f64::from(df))?;
        Some(TestResult { statistic, df, p })
    }
}

/// Pearson chi-square test of independence on a k×2 table of counts
/// `(positive, negative)` per group, without Yates' correction, as
/// `scipy.stats.chi2_contingency(table, correction=False)`:
///
/// ```text
/// E_ij = R_i·C_j / N,   X² = Σ_ij (O_ij - E_ij)² / E_ij,   df = k - 1
/// ```
///
/// `None` when `k < 2`, or when a row total or a column total is 0 (some
/// expected count would be 0).
pub fn chi_square_k_by_2(table: &[(u64, u64)]) -> Option<TestResult> {
    let k = table.len();
    if k < 2 {
        return None;
    }
    // Totals in u128 so that no sum of u64 counts can overflow.
    let rows: Vec<u128> = table.iter().map(|&(a, b)| u128::from(a) + u128::from(b)).collect();
    let col0: u128 = table.iter().map(|&(a, _)| u128::from(a)).sum();
    let col1: u128 = table.iter().map(|&(_, b)| u128::from(b)).sum();
    if col0 == 0 || col1 == 0 || rows.contains(&0) {
        return None;
    }
    let total = (col0 + col1) as f64;
    let mut x2 = 0.0;
    for (&(a, b), &r) in table.iter().zip(&rows) {
        for (obs, col) in [(a, col0), (b, col1)] {
            // The product of the margins is formed exactly, then divided,
            // as scipy does with its integer margins.
            let expected = (r * col) as f64 / total;
            let diff = obs as f64 - expected;
            x2 += diff * diff / expected;
        }
    }
    TestResult::chi_square(x2, k - 1)
}

/// Kruskal–Wallis H test with tie correction, as `scipy.stats.kruskal`:
///
/// ```text
/// H = [12 / (N(N+1)) · Σ_i R_i²/n_i - 3(N+1)] / [1 - Σ(t³-t)/(N³-N)],   df = k - 1
/// ```
///
/// with `R_i` the sum of the (average) ranks of group `i` in the pooled
/// sample and `t` the sizes of the tie groups.
///
/// `None` when `k < 2`, a group is empty, a value is NaN or infinite, or
/// all values are equal.
pub fn kruskal_wallis(groups: &[&[f64]]) -> Option<TestResult> {
    let k = groups.len();
    if k < 2 || groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let pooled: Vec<f64> = groups.iter().flat_map(|g| g.iter().copied()).collect();
    if pooled.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let (ranks, ties) = ranks_and_ties(&pooled);
    let n = pooled.len() as f64;
    let correction = 1.0 - tie_sum(&ties) / (n * n * n - n);
    if !(correction > 0.0) {
        return None;
    }
    let mut ssbn = 0.0;
    let mut start = 0;
    for g in groups {
        let sum: f64 = ranks[start..start + g.len()].iter().sum();
        ssbn += sum * sum / g.len() as f64;
        start += g.len();
    }
    let h = 12.0 / (n * (n + 1.0)) * ssbn - 3.0 * (n + 1.0);
    TestResult::chi_square(h / correction, k - 1)
}
