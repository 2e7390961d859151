//! Internal consistency of a multi-item scale.

use super::describe::{mean, sample_variance};
use super::dist::finite;

/// Cronbach's alpha of a scale, rows = respondents, columns = items:
///
/// ```text
/// alpha = k/(k-1) · (1 - Σ_j s_j² / s_T²)
/// ```
///
/// with `k` the number of items, `s_j²` the variance (divisor `n-1`) of
/// item `j` and `s_T²` the variance of the respondents' totals.
///
/// Listwise deletion: only rows with a finite value for every one of the
/// `k` items are used, `k` being the length of the longest row (a shorter
/// row, a `None` or a NaN makes a row incomplete).
///
/// `None` when there are fewer than 2 items, fewer than 2 complete rows,
/// or the total variance is 0.
pub fn cronbach_alpha(rows: &[Vec<Option<f64>>]) -> Option<f64> {
    let k = rows.iter().map(Vec::len).max()?;
    if k < 2 {
        return None;
    }
    let complete: Vec<Vec<f64>> = rows
        .iter()
        .filter(|r| r.len() == k)
        .filter_map(|r| r.iter().map(|v| v.filter(|x| x.is_finite())).collect())
        .collect();
    if complete.len() < 2 {
        return None;
    }
    let variance = |values: &[f64]| -> Option<f64> {
        let m = mean(values)?;
        sample_variance(values, m)
    };
    let mut item_var = 0.0;
    for j in 0..k {
        let column: Vec<f64> = complete.iter().map(|r| r[j]).collect();
        item_var += variance(&column)?;
    }
    let totals: Vec<f64> = complete.iter().map(|r| r.iter().sum()).collect();
    let total_var = variance(&totals)?;
    if total_var.is_nan() || total_var <= 0.0 {
        return None;
    }
    let kf = k as f64;
    finite(kf / (kf - 1.0) * (1.0 - item_var / total_var))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::assert_close;

    fn rows(data: &[&[f64]]) -> Vec<Vec<Option<f64>>> {
        data.iter().map(|r| r.iter().map(|&x| Some(x)).collect()).collect()
    }

    #[test]
    fn matches_the_textbook_formula() {
        // numpy 2: a = np.array(rows); k = a.shape[1];
        // k/(k-1) * (1 - a.var(axis=0, ddof=1).sum() / a.sum(axis=1).var(ddof=1))
        let r = rows(&[
            &[3.0, 4.0, 3.0, 5.0],
            &[2.0, 2.0, 3.0, 2.0],
            &[5.0, 4.0, 5.0, 5.0],
            &[4.0, 4.0, 3.0, 4.0],
            &[1.0, 2.0, 1.0, 2.0],
        ]);
        assert_close(cronbach_alpha(&r).unwrap_or(f64::NAN), 0.9411764705882352, 1e-12);
        let r = rows(&[&[1.0, 2.0], &[2.0, 1.0], &[3.0, 3.0]]);
        assert_close(cronbach_alpha(&r).unwrap_or(f64::NAN), 0.6666666666666667, 1e-12);
    }

    #[test]
    fn listwise_deletion() {
        let mut r = rows(&[&[1.0, 2.0], &[2.0, 1.0], &[3.0, 3.0]]);
        r.push(vec![Some(9.0), None]);
        r.push(vec![Some(9.0)]);
        r.push(vec![Some(f64::NAN), Some(1.0)]);
        assert_close(cronbach_alpha(&r).unwrap_or(f64::NAN), 0.6666666666666667, 1e-12);
    }

    #[test]
    fn undefined_cases() {
        assert_eq!(cronbach_alpha(&[]), None);
        assert_eq!(cronbach_alpha(&rows(&[&[1.0], &[2.0]])), None);
        assert_eq!(cronbach_alpha(&rows(&[&[1.0, 2.0]])), None);
        assert_eq!(cronbach_alpha(&rows(&[&[1.0, 2.0], &[1.0, 2.0]])), None);
        let r = vec![vec![Some(1.0), None], vec![Some(2.0), Some(3.0)]];
        assert_eq!(cronbach_alpha(&r), None);
    }
}
