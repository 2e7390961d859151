//! Adjustment of p-values for multiple testing.

/// Holm step-down adjusted p-values, as
/// `statsmodels.stats.multitest.multipletests(p, method="holm")[1]`.
///
/// With the `m` p-values sorted ascending, `p(1) <= … <= p(m)`:
///
/// ```text
/// p̃(i) = min(1, max_{j <= i} (m - j + 1)·p(j))
/// ```
///
/// returned in the original order. Each adjusted value is at least the raw
/// one and at most 1. An empty slice gives an empty vector. Inputs are
/// expected in `[0, 1]`; a value outside is clamped into it and a NaN is
/// treated as 1 (no evidence), so the output never holds NaN.
pub fn holm(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let clean: Vec<f64> = p.iter().map(|&x| if x.is_nan() { 1.0 } else { x.clamp(0.0, 1.0) }).collect();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| clean[a].total_cmp(&clean[b]));
    let mut out = vec![0.0; m];
    let mut running = 0.0_f64;
    for (rank, &i) in order.iter().enumerate() {
        running = running.max((m - rank) as f64 * clean[i]);
        out[i] = running.min(1.0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::assert_close;

    fn check(p: &[f64], want: &[f64]) {
        let got = holm(p);
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            assert_close(*g, *w, 1e-12);
        }
    }

    #[test]
    fn matches_statsmodels_holm() {
        // statsmodels 0.15.0: multipletests(p, method="holm")[1]
        check(&[0.01, 0.04, 0.03, 0.005, 0.5], &[0.04, 0.09, 0.09, 0.025, 0.5]);
        check(&[0.02, 0.02, 0.5], &[0.06, 0.06, 0.5]);
        check(&[0.3, 0.9], &[0.6, 0.9]);
        check(&[1e-12, 0.2, 0.04, 0.04], &[4e-12, 0.2, 0.12, 0.12]);
    }

    #[test]
    fn edge_cases() {
        assert!(holm(&[]).is_empty());
        assert_eq!(holm(&[0.7]), vec![0.7]);
        assert_eq!(holm(&[0.6, 0.7]), vec![1.0, 1.0]);
        assert_eq!(holm(&[f64::NAN, 0.01]), vec![1.0, 0.02]);
    }
}
