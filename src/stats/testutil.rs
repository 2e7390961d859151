//! Helpers shared by the unit tests of the statistics module.

/// Asserts that `got` equals `want` within `rel` relative tolerance
/// (with an absolute floor of `1e-300` so that zeros compare).
#[track_caller]
pub(crate) fn assert_close(got: f64, want: f64, rel: f64) {
    let tol = rel * want.abs().max(1e-300);
    assert!((got - want).abs() <= tol, "got {got:e}, want {want:e} (diff {:e}, rel tol {rel:e})", (got - want).abs());
}

/// Asserts that `got` equals `want` within `abs` absolute tolerance, for
/// p-values near 0 where relative precision is not required.
#[track_caller]
pub(crate) fn assert_abs(got: f64, want: f64, abs: f64) {
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
