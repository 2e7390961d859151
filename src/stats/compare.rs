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
            // as scipy does with its integer margins (in floating point
            // only when it would overflow even a u128).
            let product = r.checked_mul(col).map_or(r as f64 * col as f64, |p| p as f64);
            let expected = product / total;
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
    if correction.is_nan() || correction <= 0.0 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::{assert_abs, assert_close};

    fn check(got: Option<TestResult>, stat: f64, df: u32, p: f64) {
        let r = got.expect("a test result for these data");
        assert_close(r.statistic, stat, 1e-12);
        assert_eq!(r.df, df);
        assert_close(r.p, p, 1e-10);
    }

    #[test]
    fn chi_square_matches_scipy() {
        // scipy 1.17.1: stats.chi2_contingency(np.array(table), correction=False)
        check(chi_square_k_by_2(&[(12, 8), (5, 15)]), 5.012787723785166, 1, 0.025160759200408785);
        check(chi_square_k_by_2(&[(10, 5), (3, 12), (8, 8), (20, 2)]), 19.748684678765976, 3, 0.0001913632987420849);
        // A tiny p-value: 2.09e-45.
        check(chi_square_k_by_2(&[(100, 0), (0, 100)]), 200.0, 1, 2.0884875837625688e-45);
        let r = chi_square_k_by_2(&[(1, 1), (1, 1)]);
        assert_eq!(r, Some(TestResult { statistic: 0.0, df: 1, p: 1.0 }));
    }

    #[test]
    fn chi_square_undefined() {
        assert_eq!(chi_square_k_by_2(&[]), None);
        assert_eq!(chi_square_k_by_2(&[(3, 4)]), None);
        assert_eq!(chi_square_k_by_2(&[(0, 5), (0, 7)]), None);
        assert_eq!(chi_square_k_by_2(&[(0, 0), (3, 4)]), None);
        assert!(chi_square_k_by_2(&[(u64::MAX, u64::MAX), (u64::MAX, 1)]).is_some());
    }

    #[test]
    fn kruskal_matches_scipy() {
        // scipy 1.17.1: stats.kruskal(*groups) -> (statistic, pvalue)
        let a: &[f64] = &[1.0, 2.0, 3.5, 4.0];
        let b: &[f64] = &[3.5, 5.0, 6.0, 7.0, 8.0];
        check(kruskal_wallis(&[a, b]), 4.371428571428572, 1, 0.036546340731335725);
        let g: [&[f64]; 4] = [&[1.0, 2.0, 2.0, 3.0], &[2.0, 4.0, 5.0], &[5.0, 5.0, 6.0, 7.0, 8.0], &[1.0, 1.0, 9.0]];
        check(kruskal_wallis(&g), 6.290632603406334, 3, 0.09829539519579479);
        // scipy 1.17.1: stats.kruskal(range(0, 30), range(100, 130), range(200, 230))
        let g: Vec<Vec<f64>> = (0..3).map(|i| (0..30).map(|j| f64::from(100 * i + j)).collect()).collect();
        let refs: Vec<&[f64]> = g.iter().map(Vec::as_slice).collect();
        check(kruskal_wallis(&refs), 79.12087912087912, 2, 6.593551417550709e-18);
        // scipy 1.17.1: stats.kruskal([1, 1], [1, 2])
        let r = kruskal_wallis(&[&[1.0, 1.0], &[1.0, 2.0]]);
        let r = r.expect("a test result for these data");
        assert_close(r.statistic, 0.9999999999999994, 1e-12);
        assert_abs(r.p, 0.3173105078629113, 1e-12);
    }

    #[test]
    fn kruskal_undefined() {
        let a: &[f64] = &[1.0, 2.0];
        assert_eq!(kruskal_wallis(&[]), None);
        assert_eq!(kruskal_wallis(&[a]), None);
        assert_eq!(kruskal_wallis(&[a, &[]]), None);
        assert_eq!(kruskal_wallis(&[&[3.0, 3.0], &[3.0]]), None);
        assert_eq!(kruskal_wallis(&[a, &[f64::NAN]]), None);
    }
}
