//! Tail probabilities and quantiles on top of `statrs`.
//!
//! `statrs` asserts or unwraps on some invalid arguments (a NaN handed to the
//! incomplete beta function, a probability outside `[0, 1]`), so every
//! wrapper here checks its arguments first and answers `None` instead of
//! panicking, and refuses to return NaN.

use statrs::distribution::{ChiSquared, ContinuousCDF, StudentsT};

/// Keeps `x` only when it is finite.
pub(crate) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// Whether `x` is finite and strictly positive (false for NaN).
fn positive_finite(x: f64) -> bool {
    x.is_finite() && x > 0.0
}

/// Two-sided p-value of a Student t statistic with `df` degrees of freedom:
/// `p = 2·sf(|t|)`, capped at 1. An infinite `t` gives 0.
pub(crate) fn t_two_sided_p(t: f64, df: f64) -> Option<f64> {
    if t.is_nan() || !positive_finite(df) {
        return None;
    }
    if t.is_infinite() {
        return Some(0.0);
    }
    let dist = StudentsT::new(0.0, 1.0, df).ok()?;
    let p = 2.0 * dist.sf(t.abs());
    finite(p.clamp(0.0, 1.0))
}

/// Upper quantile of Student's t: the `q` with `sf(q) = upper_tail`, for
/// `0 < upper_tail <= 0.5`.
///
/// The starting value comes from `statrs` (`inverse_cdf`); two Newton steps
/// on the survival function then polish it to full double precision, which
/// the interval half-widths need to agree with scipy to 1e-9.
pub(crate) fn t_upper_quantile(upper_tail: f64, df: f64) -> Option<f64> {
    let valid_tail = upper_tail > 0.0 && upper_tail <= 0.5;
    if !valid_tail || !positive_finite(df) {
        return None;
    }
    let dist = StudentsT::new(0.0, 1.0, df).ok()?;
    let mut q = dist.inverse_cdf(1.0 - upper_tail);
    if !q.is_finite() {
        return None;
    }
    for _ in 0..3 {
        let dens = statrs::distribution::Continuous::pdf(&dist, q);
        if dens.is_nan() || dens <= 0.0 {
            break;
        }
        let step = (dist.sf(q) - upper_tail) / dens;
        if !step.is_finite() {
            break;
        }
        q += step;
    }
    finite(q)
}

/// Upper tail of the chi-square distribution with `df` degrees of freedom:
/// `sf(x) = Q(df/2, x/2)`. A statistic at or below 0 gives 1.
pub(crate) fn chi2_sf(x: f64, df: f64) -> Option<f64> {
    if x.is_nan() || !positive_finite(df) {
        return None;
    }
    if x <= 0.0 {
        return Some(1.0);
    }
    if x.is_infinite() {
        return Some(0.0);
    }
    let dist = ChiSquared::new(df).ok()?;
    finite(dist.sf(x).clamp(0.0, 1.0))
}

/// Two-sided p-value of a standard normal statistic: `p = 2·Φ(-|z|)`.
///
/// Computed as the chi-square(1) survival function at `z²`, which is the
/// same quantity: statrs' `erfc`, behind `Normal::sf`, is only good to
/// about 1e-10 relative, while its regularised incomplete gamma function
/// agrees with scipy to about 1e-15.
pub(crate) fn normal_two_sided_p(z: f64) -> Option<f64> {
    if z.is_nan() {
        return None;
    }
    chi2_sf(z * z, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::{assert_abs, assert_close};

    #[test]
    fn t_quantiles_match_scipy() {
        // scipy 1.17.1: stats.t.ppf(1 - a, df)
        let cases = [
            (0.025, 1.0, 12.706204736174694),
            (0.025, 2.0, 4.302652729749462),
            (0.025, 9.0, 2.262157162798205),
            (0.025, 29.0, 2.045229642132703),
            (0.005, 4.0, 4.604094871349992),
            (0.05, 100.0, 1.6602343260853392),
            (0.001, 3.0, 10.214531852407383),
        ];
        for (a, df, want) in cases {
            assert_close(t_upper_quantile(a, df), want, 1e-12);
        }
        // With 1e5 degrees of freedom statrs' incomplete beta function near
        // 1 limits the precision to about 2e-11.
        // scipy 1.17.1: stats.t.ppf(0.975, 100000)
        assert_close(t_upper_quantile(0.025, 1e5), 1.9599877075346095, 1e-10);
    }

    #[test]
    fn t_p_values_match_scipy() {
        // scipy 1.17.1: 2 * stats.t.sf(abs(t), df)
        let cases = [
            (2.5, 9.0, 0.033861827682985735),
            (0.1, 3.0, 0.9266523488008059),
            (40.0, 20.0, 1.457469655431075e-20),
            (-3.2, 50.0, 0.002388060017112765),
            (0.0, 5.0, 1.0),
        ];
        for (t, df, want) in cases {
            assert_close(t_two_sided_p(t, df), want, 1e-10);
        }
        assert_eq!(t_two_sided_p(f64::INFINITY, 3.0), Some(0.0));
        assert_eq!(t_two_sided_p(f64::NAN, 3.0), None);
        assert_eq!(t_two_sided_p(1.0, 0.0), None);
    }

    #[test]
    fn chi2_and_normal_tails_match_scipy() {
        // scipy 1.17.1: stats.chi2.sf(x, df)
        let cases = [
            (3.84, 1.0, 0.05004352124870519),
            (10.0, 3.0, 0.01856613546304325),
            (80.0, 2.0, 4.248354255291595e-18),
            (0.5, 4.0, 0.9735009788392561),
        ];
        for (x, df, want) in cases {
            assert_close(chi2_sf(x, df), want, 1e-10);
        }
        assert_eq!(chi2_sf(-1.0, 2.0), Some(1.0));
        // scipy 1.17.1: 2 * stats.norm.sf(abs(z))
        assert_close(normal_two_sided_p(1.96), 0.04999579029644087, 1e-13);
        assert_close(normal_two_sided_p(-7.5), 6.381783345821769e-14, 1e-13);
        // mpmath: erfc(12/sqrt(2)), a p-value far below 1e-12.
        assert_close(normal_two_sided_p(12.0), 3.552964224155358e-33, 1e-12);
        assert_abs(normal_two_sided_p(0.0), 1.0, 1e-15);
    }
}
