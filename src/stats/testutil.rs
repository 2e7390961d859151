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

/// Asserts that the Wilson interval of each `x n low high` row of a
/// reference table at `confidence` is `[low, high]` within `1e-9`
/// relative tolerance.
#[track_caller]
pub(crate) fn assert_wilson_cases(reference: &str, confidence: super::Confidence) {
    for row in table(reference) {
        let (x, n, lo, hi) = (row[0] as u64, row[1] as u64, row[2], row[3]);
        let ci = super::wilson(x, n, confidence).unwrap_or_else(|| panic!("no Wilson interval for {x} of {n}"));
        assert_close(ci.low, lo, 1e-9);
        assert_close(ci.high, hi, 1e-9);
    }
}

/// The rows of a reference table kept as data beside the tests
/// (`stats/reference/*.tsv`): numbers separated by tabs, one case a line;
/// lines starting with `#` name the call that made the values and the
/// columns.
#[track_caller]
pub(crate) fn table(text: &str) -> Vec<Vec<f64>> {
    let rows: Vec<Vec<f64>> = text
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            line.split('\t')
                .map(|x| x.trim().parse().unwrap_or_else(|e| panic!("{x:?} in the reference row {line:?}: {e}")))
                .collect()
        })
        .collect();
    // A table that lost its rows would make its test pass vacuously.
    assert!(!rows.is_empty(), "a reference table without a case");
    rows
}
