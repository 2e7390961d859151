//! Paired comparisons of two waves: t-test, Wilcoxon signed-rank, McNemar.

use super::describe::{mean, sample_sd};
use super::dist::{finite, normal_two_sided_p, t_two_sided_p};
use super::ranks::{ranks_and_ties, tie_sum};
use serde::Serialize;
use statrs::distribution::{Binomial, DiscreteCDF};

/// Result of a one-sample t-test on paired differences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairedT {
    /// `t = mean(d) / (sd(d)/sqrt(n))`.
    pub t: f64,
    /// Two-sided p-value, Student t with `n - 1` degrees of freedom.
    pub p: f64,
    /// Cohen's `d_z = mean(d) / sd(d)`.
    pub cohens_dz: f64,
}

/// Paired t-test on the differences `d = to - from`.
///
/// ```text
/// t = m / (s / sqrt(n)),   p = 2·P(T(n-1) >= |t|),   d_z = m / s
/// ```
///
/// with `m` the mean and `s` the sample sd (divisor `n-1`) of `d`, as
/// `scipy.stats.ttest_1samp(d, 0)`. `None` when `n < 2`, when `s == 0`, or
/// when `d` holds a NaN or an infinity.
pub fn paired_t(d: &[f64]) -> Option<PairedT> {
    if d.len() < 2 || d.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let m = mean(d)?;
    let s = sample_sd(d, m)?;
    if s.is_nan() || s <= 0.0 {
        return None;
    }
    let n = d.len() as f64;
    let t = finite(m / (s / n.sqrt()))?;
    let p = t_two_sided_p(t, n - 1.0)?;
    let cohens_dz = finite(m / s)?;
    Some(PairedT { t, p, cohens_dz })
}

/// How the Wilcoxon p-value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WilcoxonMethod {
    /// Exact null distribution of the signed-rank sum (at most 50 non-zero
    /// differences, no ties among their absolute values).
    Exact,
    /// Normal approximation with tie correction, no continuity correction.
    NormalApprox,
}

/// Result of the Wilcoxon signed-rank test.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wilcoxon {
    /// `min(W+, W-)`, the smaller of the rank sums of positive and negative
    /// differences (what `scipy.stats.wilcoxon` reports as `statistic`).
    pub statistic: f64,
    /// Two-sided p-value.
    pub p: f64,
    /// Number of non-zero differences, the effective sample size.
    pub n_nonzero: usize,
    /// Exact distribution or normal approximation.
    pub method: WilcoxonMethod,
}

/// Largest number of non-zero differences for which the exact distribution
/// is used.
const EXACT_MAX_N: usize = 50;

/// Wilcoxon signed-rank test on the differences `d`, zero differences
/// dropped (Wilcoxon's method).
///
/// The `n` non-zero differences are ranked by `|d|` (average ranks for
/// ties); `W+` and `W-` are the rank sums of the positive and the negative
/// differences, and the statistic is `min(W+, W-)`.
///
/// * **Exact**, when `n <= 50` and no two `|d|` are equal: the null
///   distribution of `W+` (every sign pattern equally likely) is counted by
///   dynamic programming over the subset sums of `{1..n}`, and
///   `p = min(1, 2·P(W <= min(W+, W-)))`, which is scipy's
///   `2·min(P(W >= W+), P(W <= W+))` by symmetry. The counts are exact
///   integers and `2ⁿ` a power of two, so `p` is exact to one rounding.
/// * **Normal approximation** otherwise, as
///   `scipy.stats.wilcoxon(nz, zero_method="wilcox", correction=False,
///   method="approx")`:
///
/// ```text
/// μ = n(n+1)/4,   σ² = (n(n+1)(2n+1) - Σ(t³-t)/2) / 24,   z = (W+ - μ)/σ,
/// p = 2·Φ(-|z|)
/// ```
///
/// with `t` the sizes of the groups of tied `|d|`.
///
/// `None` when there is no non-zero difference, or when `d` holds a NaN or
/// an infinity.
pub fn wilcoxon_signed_rank(d: &[f64]) -> Option<Wilcoxon> {
    if d.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let nz: Vec<f64> = d.iter().copied().filter(|&x| x != 0.0).collect();
    let n = nz.len();
    if n == 0 {
        return None;
    }
    let abs: Vec<f64> = nz.iter().map(|x| x.abs()).collect();
    let (ranks, ties) = ranks_and_ties(&abs);
    let r_plus: f64 = nz.iter().zip(&ranks).filter(|(x, _)| **x > 0.0).map(|(_, r)| r).sum();
    let r_minus: f64 = nz.iter().zip(&ranks).filter(|(x, _)| **x < 0.0).map(|(_, r)| r).sum();
    let statistic = r_plus.min(r_minus);
    let has_ties = ties.iter().any(|&t| t > 1);
    let (p, method) = if n <= EXACT_MAX_N && !has_ties {
        // Without ties every rank is an integer, so the statistic is too.
        (exact_lower_tail(n, statistic as usize).map(|c| (2.0 * c).min(1.0))?, WilcoxonMethod::Exact)
    } else {
        let nf = n as f64;
        let mn = nf * (nf + 1.0) * 0.25;
        let var = nf * (nf + 1.0) * (2.0 * nf + 1.0);
        let se = ((var - tie_sum(&ties) / 2.0) / 24.0).sqrt();
        let z = (r_plus - mn) / se;
        (normal_two_sided_p(z)?, WilcoxonMethod::NormalApprox)
    };
    Some(Wilcoxon { statistic, p, n_nonzero: n, method })
}

/// `P(W+ <= w)` under the null for `n` untied non-zero differences.
///
/// `counts[s]` is the number of subsets of `{1..n}` summing to `s`; the
/// total is `2ⁿ <= 2⁵⁰`, so the counts fit a `u64` exactly and convert to
/// `f64` without rounding.
fn exact_lower_tail(n: usize, w: usize) -> Option<f64> {
    if n > EXACT_MAX_N {
        return None;
    }
    let max_sum = n * (n + 1) / 2;
    let mut counts = vec![0u64; max_sum + 1];
    counts[0] = 1;
    for rank in 1..=n {
        let top = rank * (rank + 1) / 2;
        for s in (rank..=top).rev() {
            counts[s] += counts[s - rank];
        }
    }
    let below: u64 = counts.iter().take(w.min(max_sum) + 1).sum();
    let total = (1u64 << n) as f64;
    Some(below as f64 / total)
}

/// McNemar's exact test: two-sided binomial test of `b` successes in
/// `b + c` trials with probability 1/2 (`b` = changes 0→1, `c` = 1→0).
///
/// ```text
/// p = min(1, 2·P(X <= min(b, c))),   X ~ Binomial(b + c, 1/2)
/// ```
///
/// which is what `scipy.stats.binomtest(b, b + c, 0.5).pvalue` gives for a
/// symmetric null (and exactly 1 when `b == c`). `None` when `b + c == 0`
/// or `b + c` overflows.
pub fn mcnemar_exact(b: u64, c: u64) -> Option<f64> {
    let n = b.checked_add(c)?;
    if n == 0 {
        return None;
    }
    if b == c {
        return Some(1.0);
    }
    let k = b.min(c);
    let dist = Binomial::new(0.5, n).ok()?;
    finite((2.0 * dist.cdf(k)).clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::{assert_abs, assert_close};

    #[test]
    fn paired_t_matches_scipy() {
        // scipy 1.17.1: r = stats.ttest_1samp(d, 0); (r.statistic, r.pvalue, d.mean()/d.std(ddof=1))
        let cases: [(&[f64], [f64; 3]); 4] = [
            (&[1.0, 2.0, 0.0, 3.0, -1.0, 2.0, 4.0, 1.0], [2.6457513110645907, 0.03314550026377369, 0.9354143466934853]),
            (&[1.0, 2.0], [3.0, 0.20483276469913345, 2.1213203435596424]),
            (
                &[5.0, 5.1, 4.9, 5.2, 5.05, 4.95, 5.0, 5.1, 5.0, 4.98],
                [183.51505714500487, 2.154521203226745e-17, 58.032556551417244],
            ),
            (&[-0.5, 0.5, 0.1], [0.11470786693528087, 0.9191547916545557, 0.06622661785325219]),
        ];
        for (d, [t, p, dz]) in cases {
            let r = paired_t(d).unwrap_or_else(|| panic!("paired_t({d:?})"));
            assert_close(r.t, t, 1e-9);
            assert_close(r.p, p, 1e-9);
            assert_close(r.cohens_dz, dz, 1e-9);
        }
    }

    #[test]
    fn paired_t_undefined() {
        assert_eq!(paired_t(&[]), None);
        assert_eq!(paired_t(&[1.0]), None);
        assert_eq!(paired_t(&[2.0, 2.0, 2.0]), None);
        assert_eq!(paired_t(&[1.0, f64::NAN, 2.0]), None);
    }

    fn wil(d: &[f64]) -> Wilcoxon {
        wilcoxon_signed_rank(d).unwrap_or_else(|| panic!("wilcoxon({d:?})"))
    }

    #[test]
    fn wilcoxon_exact_matches_scipy() {
        // scipy 1.17.1: stats.wilcoxon(d, method="exact") -> (statistic, pvalue)
        let cases: [(&[f64], f64, f64); 3] = [
            (&[1.5, -0.5, 2.25, 3.0, -1.25, 4.0, 0.75, 2.5], 4.0, 0.0546875),
            (&[0.3], 0.0, 1.0),
            (&[-0.3, 0.7], 1.0, 1.0),
        ];
        for (d, stat, p) in cases {
            let r = wil(d);
            assert_eq!(r.method, WilcoxonMethod::Exact);
            assert_eq!(r.n_nonzero, d.len());
            assert_eq!(r.statistic, stat);
            assert_close(r.p, p, 1e-12);
        }
        // scipy 1.17.1: stats.wilcoxon(list(range(1, 21)), method="exact").pvalue
        let d: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_close(wil(&d).p, 1.9073486328125e-06, 1e-12);
        // scipy 1.17.1: stats.wilcoxon([0.1*i for i in range(1, 31)], method="exact").pvalue
        let d: Vec<f64> = (1..=30).map(|i| 0.1 * f64::from(i)).collect();
        assert_close(wil(&d).p, 1.862645149230957e-09, 1e-12);
        // scipy 1.17.1: stats.wilcoxon(list(range(1, 51)), method="exact").pvalue (= 2/2**50)
        let d: Vec<f64> = (1..=50).map(f64::from).collect();
        let r = wil(&d);
        assert_eq!(r.method, WilcoxonMethod::Exact);
        assert_close(r.p, 1.7763568394002505e-15, 1e-12);
        // scipy 1.17.1: stats.wilcoxon([i*(-1)**i for i in range(1, 51)], method="exact")
        let d: Vec<f64> = (1..=50).map(|i| f64::from(i) * if i % 2 == 0 { 1.0 } else { -1.0 }).collect();
        let r = wil(&d);
        assert_eq!(r.statistic, 625.0);
        assert_close(r.p, 0.9085978224870299, 1e-12);
    }

    #[test]
    fn wilcoxon_approx_with_ties_and_zeros_matches_scipy() {
        // scipy 1.17.1: stats.wilcoxon([x for x in d if x != 0], zero_method="wilcox",
        //     correction=False, method="approx") -> (statistic, pvalue)
        let cases: [(&[f64], usize, f64, f64); 3] = [
            (&[1.0, 2.0, -3.0, 4.0, 5.0, 5.0, 6.0, -1.5, 0.0, 0.0], 8, 6.0, 0.09249147011262995),
            (&[1.0, 1.0, 1.0, -1.0, 2.0, 2.0, -2.0, 3.0, 0.0], 8, 8.5, 0.17583403918261342),
            (&[2.0, -2.0], 2, 1.5, 1.0),
        ];
        for (d, n, stat, p) in cases {
            let r = wil(d);
            assert_eq!(r.method, WilcoxonMethod::NormalApprox);
            assert_eq!(r.n_nonzero, n);
            assert_eq!(r.statistic, stat);
            assert_close(r.p, p, 1e-10);
        }
        // More than 50 non-zero differences, no ties: normal approximation.
        // scipy 1.17.1: same call on list(range(1, 52))
        let d: Vec<f64> = (1..=51).map(f64::from).collect();
        let r = wil(&d);
        assert_eq!(r.method, WilcoxonMethod::NormalApprox);
        assert_close(r.p, 5.145276051717656e-10, 1e-9);
        // All |d| tied: scipy 1.17.1: same call on [1.0]*30
        let r = wil(&[1.0; 30]);
        assert_close(r.p, 4.320463057827488e-08, 1e-9);
    }

    #[test]
    fn wilcoxon_undefined() {
        assert_eq!(wilcoxon_signed_rank(&[]), None);
        assert_eq!(wilcoxon_signed_rank(&[0.0, 0.0, -0.0]), None);
        assert_eq!(wilcoxon_signed_rank(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn exact_distribution_is_symmetric_and_sums_to_one() {
        assert_eq!(exact_lower_tail(10, 55), Some(1.0));
        assert_eq!(exact_lower_tail(3, 0), Some(0.125));
        assert_eq!(exact_lower_tail(51, 0), None);
    }

    #[test]
    fn mcnemar_matches_scipy_binomtest() {
        // scipy 1.17.1: stats.binomtest(b, b + c, 0.5).pvalue
        let cases = [
            (0, 5, 0.0625),
            (3, 3, 1.0),
            (2, 9, 0.0654296875),
            (10, 4, 0.1795654296875),
            (25, 40, 0.08168153394154003),
            (0, 1, 1.0),
        ];
        for (b, c, p) in cases {
            assert_close(mcnemar_exact(b, c), p, 1e-9);
        }
        // Tiny p-values: scipy 1.17.1 gives 1.734723475976807e-18 (= 2/2**60)
        // and 8.04638123325432e-29.
        assert_close(mcnemar_exact(0, 60), 1.734723475976807e-18, 1e-9);
        assert_close(mcnemar_exact(1, 100), 8.04638123325432e-29, 1e-9);
        assert_abs(mcnemar_exact(100, 1), 0.0, 1e-9);
        // Larger tables: scipy 1.17.1: stats.binomtest(b, b + c, 0.5).pvalue
        let large = [
            (400, 500, 0.0009564441369189373),
            (4000, 4200, 0.027972423571324654),
            (20000, 20500, 0.013153825113144245),
        ];
        for (b, c, p) in large {
            assert_close(mcnemar_exact(b, c), p, 1e-9);
        }
        // scipy underflows to 0.0 here.
        assert_abs(mcnemar_exact(3, 2000), 0.0, 1e-300);
        assert_eq!(mcnemar_exact(0, 0), None);
    }
}
