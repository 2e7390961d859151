//! Confidence interval for a proportion.

use super::{Confidence, Interval};

/// Wilson score interval for `x` successes out of `n` trials, without
/// continuity correction.
///
/// With `p = x/n` and `z = Φ⁻¹(1 - (1-c)/2)`:
///
/// ```text
/// centre = (p + z²/(2n)) / (1 + z²/n)
/// half   = z·sqrt(p(1-p)/n + z²/(4n²)) / (1 + z²/n)
/// [low, high] = [centre - half, centre + half]
/// ```
///
/// The ends are clamped to `[0, 1]` (they differ from it only by rounding).
/// `None` when `n == 0` or `x > n`.
pub fn wilson(x: u64, n: u64, conf: Confidence) -> Option<Interval> {
    if n == 0 || x > n {
        return None;
    }
    let z = conf.z();
    let (x, n) = (x as f64, n as f64);
    let p = x / n;
    let den = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / den;
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / den;
    Interval::finite((centre - half).max(0.0), (centre + half).min(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::{assert_abs, assert_close, assert_wilson_cases};

    fn c95() -> Confidence {
        Confidence::default()
    }

    #[test]
    fn matches_statsmodels_wilson() {
        // statsmodels 0.15.0: proportion_confint(x, n, alpha=0.05, method="wilson")
        let cases = [
            (7, 20, 0.18119182410108203, 0.5671457233147638),
            (1, 1, 0.2065493143772374, 1.0),
            (45, 50, 0.7863976856252034, 0.9565242350681095),
            (3, 1000, 0.0010207838811386195, 0.008783014053503176),
        ];
        assert_wilson_cases(&cases, c95());
    }

    #[test]
    fn zero_successes_and_other_levels() {
        // statsmodels 0.15.0: proportion_confint(0, 12, alpha=0.05, method="wilson")
        let ci = wilson(0, 12, c95()).expect("an interval for these data");
        assert_abs(ci.low, 0.0, 1e-15);
        assert_close(ci.high, 0.24249400665524096, 1e-9);
        // statsmodels 0.15.0: proportion_confint(12, 30, alpha=0.1, method="wilson")
        let c90 = Confidence::new(0.9).unwrap_or_default();
        let ci = wilson(12, 30, c90).expect("an interval for these data");
        assert_close(ci.low, 0.26712616957413493, 1e-9);
        assert_close(ci.high, 0.549418692050885, 1e-9);
    }

    #[test]
    fn undefined_cases() {
        assert_eq!(wilson(0, 0, c95()), None);
        assert_eq!(wilson(5, 4, c95()), None);
    }
}
