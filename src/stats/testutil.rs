//! Helpers shared by the unit tests of the statistics module.

/// A computed value to compare: a number, or a statistic that may be
/// undefined (`None`), which fails the comparison with a message instead
/// of turning into a NaN.
pub(crate) trait Got {
    /// The number, or a panic saying that none was computed.
    #[track_caller]
    fn number(self, want: f64) -> f64;
}

impl Got for f64 {
    fn number(self, _want: f64) -> f64 {
        self
    }
}

impl Got for Option<f64> {
    #[track_caller]
    fn number(self, want: f64) -> f64 {
        self.unwrap_or_else(|| panic!("no value was computed where {want:e} is expected"))
    }
}

impl<E: std::fmt::Debug> Got for Result<f64, E> {
    #[track_caller]
    fn number(self, want: f64) -> f64 {
        self.unwrap_or_else(|e| panic!("{e:?} where {want:e} is expected"))
    }
}

/// Asserts that `got` equals `want` within `rel` relative tolerance
/// (with an absolute floor of `1e-300` so that zeros compare).
#[track_caller]
pub(crate) fn assert_close(got: impl Got, want: f64, rel: f64) {
    let got = got.number(want);
    let tol = rel * want.abs().max(1e-300);
    assert!((got - want).abs() <= tol, "got {got:e}, want {want:e} (diff {:e}, rel tol {rel:e})", (got - want).abs());
}

/// Asserts that `got` equals `want` within `abs` absolute tolerance, for
/// p-values near 0 where relative precision is not required.
#[track_caller]
pub(crate) fn assert_abs(got: impl Got, want: f64, abs: f64) {
    let got = got.number(want);
    assert!((got - want).abs() <= abs, "got {got:e}, want {want:e} (diff {:e}, abs tol {abs:e})", (got - want).abs());
}

/// Asserts that the Wilson interval of each `(x, n, low, high)` case at
/// `confidence` is `[low, high]` within `1e-9` relative tolerance.
#[track_caller]
pub(crate) fn assert_wilson_cases(cases: &[(u64, u64, f64, f64)], confidence: super::Confidence) {
    for &(x, n, lo, hi) in cases {
        let ci = super::wilson(x, n, confidence).unwrap_or_else(|| panic!("no Wilson interval for {x} of {n}"));
        assert_close(ci.low, lo, 1e-9);
        assert_close(ci.high, hi, 1e-9);
    }
}
