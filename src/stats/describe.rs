//! Descriptive summary of a sample: mean, standard deviation, t interval.

use super::dist::{finite, t_upper_quantile};
use super::{Confidence, Interval};
use serde::Serialize;

/// Mean, sample standard deviation and Student t interval of a sample.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Number of values.
    pub n: usize,
    /// Arithmetic mean `m = Σx/n`.
    pub mean: f64,
    /// Sample standard deviation `s = sqrt(Σ(x-m)²/(n-1))`; `None` when `n < 2`.
    pub sd: Option<f64>,
    /// Student t interval `m ± t(1-(1-c)/2, n-1)·s/sqrt(n)`; `None` when `n < 2`.
    pub ci: Option<Interval>,
}

/// Arithmetic mean, `None` for an empty slice or a non-finite result.
pub(crate) fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    finite(values.iter().sum::<f64>() / values.len() as f64)
}

/// Sample standard deviation (divisor `n-1`) about `mean`, two-pass;
/// `None` when `n < 2` or the result is not finite.
pub(crate) fn sample_sd(values: &[f64], mean: f64) -> Option<f64> {
    finite(sample_variance(values, mean)?.sqrt())
}

/// Sample variance (divisor `n-1`) about `mean`; `None` when `n < 2` or
/// the result is not finite.
pub(crate) fn sample_variance(values: &[f64], mean: f64) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let ss: f64 = values.iter().map(|x| (x - mean) * (x - mean)).sum();
    finite(ss / (values.len() - 1) as f64)
}

/// Summarises a sample: `n`, mean `m`, sample sd `s` (divisor `n-1`) and the
/// Student t interval
///
/// ```text
/// m ± t(1 - (1-c)/2; n-1) · s / sqrt(n)
/// ```
///
/// `None` when `values` is empty or holds a NaN or an infinity (or when the
/// mean overflows). With a single value, `sd` and `ci` are `None`. When
/// `s = 0` the interval is `(m, m)`.
pub fn summarize(values: &[f64], conf: Confidence) -> Option<Summary> {
    if values.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let n = values.len();
    let m = mean(values)?;
    let sd = sample_sd(values, m);
    let ci = sd.and_then(|s| {
        let q = t_upper_quantile(conf.upper_tail(), (n - 1) as f64)?;
        let h = q * s / (n as f64).sqrt();
        Interval::finite(m - h, m + h)
    });
    Some(Summary { n, mean: m, sd, ci })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::assert_close;

    fn check(values: &[f64], c: f64, want: [f64; 4]) {
        let conf = Confidence::new(c).unwrap_or_default();
        let s = summarize(values, conf).unwrap_or_else(|| panic!("summary of {values:?}"));
        assert_eq!(s.n, values.len());
        assert_close(s.mean, want[0], 1e-12);
        assert_close(s.sd, want[1], 1e-12);
        let ci = s.ci.expect("an interval for these data");
        assert_close(ci.low, want[2], 1e-9);
        assert_close(ci.high, want[3], 1e-9);
    }

    #[test]
    fn matches_numpy_and_scipy_t_interval() {
        // numpy 2 / scipy 1.17.1: m = np.mean(v); s = np.std(v, ddof=1);
        // h = stats.t.ppf(1 - (1 - c)/2, n - 1) * s / sqrt(n); (m, s, m - h, m + h)
        check(
            &[2.5, 3.1, 4.7, 1.2, 5.5, 3.3],
            0.95,
            [3.3833333333333333, 1.5393721663933861, 1.7678613188562224, 4.998805347810444],
        );
        check(
            &[1.0, 2.0],
            0.95,
            [
                1.5,
                // np.std([1, 2], ddof=1) is 1/sqrt(2).
                std::f64::consts::FRAC_1_SQRT_2,
                -4.853102368087347,
                7.853102368087347,
            ],
        );
        check(
            &[10.0, 12.0, 11.0, 15.0, 9.0, 10.0, 13.0, 14.0, 12.0, 11.0],
            0.9,
            [11.7, 1.888562063228706, 10.605236062653603, 12.794763937346396],
        );
        check(
            &[1e6 + 0.1, 1e6 + 0.2, 1e6 + 0.4],
            0.95,
            [1000000.2333333333, 0.15275252319313895, 999999.8538750298, 1000000.6127916367],
        );
    }

    #[test]
    fn small_and_degenerate_samples() {
        let conf = Confidence::default();
        assert_eq!(summarize(&[], conf), None);
        let one = summarize(&[4.0], conf);
        assert_eq!(one, Some(Summary { n: 1, mean: 4.0, sd: None, ci: None }));
        let flat = summarize(&[2.0, 2.0, 2.0], conf);
        assert_eq!(flat, Some(Summary { n: 3, mean: 2.0, sd: Some(0.0), ci: Some(Interval { low: 2.0, high: 2.0 }) }));
        assert_eq!(summarize(&[1.0, f64::NAN], conf), None);
        assert_eq!(summarize(&[1.0, f64::INFINITY], conf), None);
        assert_eq!(summarize(&[f64::MAX, f64::MAX], conf), None);
    }
}
