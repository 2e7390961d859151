//! Funnel plot control limits for comparing organisations of different sizes.

use super::dist::finite;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Two-sided 95 % normal quantile used for the inner funnel limits.
pub const Z95: f64 = 1.959964;
/// Two-sided 99.8 % normal quantile used for the outer funnel limits.
pub const Z998: f64 = 3.090232;

/// Where an organisation's estimate falls relative to its funnel limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum FunnelFlag {
    /// Within the 95 % limits (inclusive).
    #[serde(rename = "within")]
    Within,
    /// Above the 95 % upper limit but not above the 99.8 % one.
    #[serde(rename = "above_95")]
    Above95,
    /// Below the 95 % lower limit but not below the 99.8 % one.
    #[serde(rename = "below_95")]
    Below95,
    /// Above the 99.8 % upper limit.
    #[serde(rename = "above_998")]
    Above998,
    /// Below the 99.8 % lower limit.
    #[serde(rename = "below_998")]
    Below998,
}

/// The 95 % and 99.8 % control limits around the network value `v0`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FunnelLimits {
    /// `v0 - Z95·se` (clipped at 0 for proportions).
    pub low95: f64,
    /// `v0 + Z95·se` (clipped at 1 for proportions).
    pub high95: f64,
    /// `v0 - Z998·se` (clipped at 0 for proportions).
    pub low998: f64,
    /// `v0 + Z998·se` (clipped at 1 for proportions).
    pub high998: f64,
}

/// Funnel limits `v0 ± z·se` for `z = Z95` and `z = Z998`; with
/// `clip_unit` (proportions) each limit is clipped to `[0, 1]`.
///
/// `None` when `v0` or `se` is not finite, `se < 0`, or a limit overflows.
pub fn funnel_limits(v0: f64, se: f64, clip_unit: bool) -> Option<FunnelLimits> {
    if !v0.is_finite() || !se.is_finite() || se < 0.0 {
        return None;
    }
    let clip = |x: f64| if clip_unit { x.clamp(0.0, 1.0) } else { x };
    Some(FunnelLimits {
        low95: clip(finite(v0 - Z95 * se)?),
        high95: clip(finite(v0 + Z95 * se)?),
        low998: clip(finite(v0 - Z998 * se)?),
        high998: clip(finite(v0 + Z998 * se)?),
    })
}

/// Flags `estimate` against `limits`, testing in this order (as the
/// oracle does): above the 99.8 % upper limit, above the 95 % upper limit,
/// below the 99.8 % lower limit, below the 95 % lower limit, otherwise
/// within. Comparisons are strict, so an estimate on a limit is inside it.
/// A NaN estimate compares false everywhere and is flagged `Within`.
pub fn funnel_flag(estimate: f64, limits: &FunnelLimits) -> FunnelFlag {
    if estimate > limits.high998 {
        FunnelFlag::Above998
    } else if estimate > limits.high95 {
        FunnelFlag::Above95
    } else if estimate < limits.low998 {
        FunnelFlag::Below998
    } else if estimate < limits.low95 {
        FunnelFlag::Below95
    } else {
        FunnelFlag::Within
    }
}

/// Standard error of a proportion under the network value:
/// `se = sqrt(v0(1 - v0)/n)`.
///
/// `None` when `n == 0` or `v0` is not in `[0, 1]` (NaN included).
pub fn proportion_se(v0: f64, n: usize) -> Option<f64> {
    if n == 0 || !(0.0..=1.0).contains(&v0) {
        return None;
    }
    finite((v0 * (1.0 - v0) / n as f64).sqrt())
}

/// Standard error of a mean under the network sd: `se = s0/sqrt(n)`.
///
/// `None` when `n == 0` or `s0` is negative or not finite.
pub fn mean_se(s0: f64, n: usize) -> Option<f64> {
    if n == 0 || !s0.is_finite() || s0 < 0.0 {
        return None;
    }
    finite(s0 / (n as f64).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::assert_close;

    #[test]
    fn limits_follow_the_oracle_formula() {
        // oracle.py: se = sqrt(v0 (1 - v0) / n); v0 ± z·se clipped to [0, 1].
        let se = proportion_se(0.3, 25).expect("a standard error for n > 0");
        assert_close(se, (0.3_f64 * 0.7 / 25.0).sqrt(), 1e-15);
        let l = funnel_limits(0.3, se, true).expect("limits for a finite standard error");
        assert_close(l.low95, 0.3 - 1.959964 * se, 1e-15);
        assert_close(l.high95, 0.3 + 1.959964 * se, 1e-15);
        assert_close(l.high998, 0.3 + 3.090232 * se, 1e-15);
        assert_eq!(l.low998, 0.3 - 3.090232 * se);
        // A proportion near 0 is clipped at 0; a mean is not.
        let se = proportion_se(0.02, 10).expect("a standard error for n > 0");
        assert_eq!(funnel_limits(0.02, se, true).map(|l| l.low95), Some(0.0));
        let se = mean_se(2.0, 4).expect("a standard error for n > 1");
        assert_eq!(se, 1.0);
        assert_eq!(funnel_limits(0.5, se, false).map(|l| l.low998), Some(0.5 - 3.090232));
    }

    #[test]
    fn flags_in_oracle_order() {
        let l = FunnelLimits { low95: 0.4, high95: 0.6, low998: 0.3, high998: 0.7 };
        assert_eq!(funnel_flag(0.5, &l), FunnelFlag::Within);
        assert_eq!(funnel_flag(0.6, &l), FunnelFlag::Within);
        assert_eq!(funnel_flag(0.65, &l), FunnelFlag::Above95);
        assert_eq!(funnel_flag(0.71, &l), FunnelFlag::Above998);
        assert_eq!(funnel_flag(0.35, &l), FunnelFlag::Below95);
        assert_eq!(funnel_flag(0.3, &l), FunnelFlag::Below95);
        assert_eq!(funnel_flag(0.1, &l), FunnelFlag::Below998);
        // Clipped limits: an estimate of 1 on a limit clipped to 1 is within.
        let l = FunnelLimits { low95: 0.8, high95: 1.0, low998: 0.7, high998: 1.0 };
        assert_eq!(funnel_flag(1.0, &l), FunnelFlag::Within);
        assert_eq!(funnel_flag(f64::NAN, &l), FunnelFlag::Within);
    }

    #[test]
    fn flags_serialise_as_in_the_report() {
        let names: Vec<String> =
            [FunnelFlag::Within, FunnelFlag::Above95, FunnelFlag::Below95, FunnelFlag::Above998, FunnelFlag::Below998]
                .iter()
                .map(|f| serde_json::to_string(f).unwrap_or_default())
                .collect();
        assert_eq!(names, ["\"within\"", "\"above_95\"", "\"below_95\"", "\"above_998\"", "\"below_998\""]);
    }

    #[test]
    fn undefined_standard_errors_and_limits() {
        assert_eq!(proportion_se(0.5, 0), None);
        assert_eq!(proportion_se(1.5, 10), None);
        assert_eq!(proportion_se(f64::NAN, 10), None);
        assert_eq!(proportion_se(1.0, 10), Some(0.0));
        assert_eq!(mean_se(1.0, 0), None);
        assert_eq!(mean_se(-1.0, 3), None);
        assert_eq!(funnel_limits(f64::NAN, 0.1, false), None);
        assert_eq!(funnel_limits(0.5, f64::INFINITY, false), None);
        assert_eq!(funnel_limits(0.5, -0.1, false), None);
        assert_eq!(funnel_limits(f64::MAX, f64::MAX, false), None);
    }
}
