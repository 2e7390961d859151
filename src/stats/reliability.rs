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

/// Cronbach's alpha from the sufficient statistics of the complete rows:
/// `n` rows, the item sums `Σ x_j` and the cross-products `Σ x_i·x_j`
/// (`i ≤ j`, the upper triangle row by row), so that alphas can be computed
/// from merged tables:
///
/// ```text
/// s_ij = (Σ x_i·x_j - Σ x_i·Σ x_j / n) / (n-1),   s_T² = Σ_ij s_ij
/// ```
///
/// `None` as [`cronbach_alpha`], or when the lengths do not match.
///
/// ```
/// use social_impact::stats::{cronbach_alpha, cronbach_alpha_from_moments};
/// let rows = [[1.0, 2.0], [2.0, 2.0], [3.0, 4.0]];
/// let sums = [6.0, 8.0];
/// let cross = [14.0, 18.0, 24.0];
/// let direct = cronbach_alpha(&rows.map(|r| r.map(Some).to_vec())).expect("defined");
/// let merged = cronbach_alpha_from_moments(3, &sums, &cross).expect("defined");
/// assert!((direct - merged).abs() < 1e-12);
/// ```
pub fn cronbach_alpha_from_moments(n: u64, sums: &[f64], cross: &[f64]) -> Option<f64> {
    let k = sums.len();
    if k < 2 || n < 2 || cross.len() != k * (k + 1) / 2 {
        return None;
    }
    let nf = n as f64;
    let mut item_var = 0.0;
    let mut total_var = 0.0;
    let mut at = 0;
    for i in 0..k {
        for j in i..k {
            let cov = (cross[at] - sums[i] * sums[j] / nf) / (nf - 1.0);
            if i == j {
                item_var += cov;
                total_var += cov;
            } else {
                total_var += 2.0 * cov;
            }
            at += 1;
        }
    }
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
        assert_close(cronbach_alpha(&r), 0.9411764705882352, 1e-12);
        let r = rows(&[&[1.0, 2.0], &[2.0, 1.0], &[3.0, 3.0]]);
        assert_close(cronbach_alpha(&r), 0.6666666666666667, 1e-12);
    }

    fn moments(data: &[&[f64]]) -> (Vec<f64>, Vec<f64>) {
        let k = data[0].len();
        let sums = (0..k).map(|j| data.iter().map(|r| r[j]).sum()).collect();
        let cross = (0..k)
            .flat_map(|i| (i..k).map(move |j| (i, j)))
            .map(|(i, j)| data.iter().map(|r| r[i] * r[j]).sum())
            .collect();
        (sums, cross)
    }

    #[test]
    fn from_moments_matches_the_textbook_formula() {
        // Same data and numpy reference values as above.
        let (s, c) = moments(&[
            &[3.0, 4.0, 3.0, 5.0],
            &[2.0, 2.0, 3.0, 2.0],
            &[5.0, 4.0, 5.0, 5.0],
            &[4.0, 4.0, 3.0, 4.0],
            &[1.0, 2.0, 1.0, 2.0],
        ]);
        assert_close(cronbach_alpha_from_moments(5, &s, &c), 0.9411764705882352, 1e-12);
        let (s, c) = moments(&[&[1.0, 2.0], &[2.0, 1.0], &[3.0, 3.0]]);
        assert_close(cronbach_alpha_from_moments(3, &s, &c), 0.6666666666666667, 1e-12);
        let (s, c) = moments(&[&[1.0, 2.0], &[1.0, 2.0]]);
        assert_eq!(cronbach_alpha_from_moments(2, &s, &c), None);
        assert_eq!(cronbach_alpha_from_moments(1, &[1.0, 2.0], &[1.0, 2.0, 4.0]), None);
        assert_eq!(cronbach_alpha_from_moments(3, &[1.0, 2.0], &[1.0]), None);
    }

    #[test]
    fn listwise_deletion() {
        let mut r = rows(&[&[1.0, 2.0], &[2.0, 1.0], &[3.0, 3.0]]);
        r.push(vec![Some(9.0), None]);
        r.push(vec![Some(9.0)]);
        r.push(vec![Some(f64::NAN), Some(1.0)]);
        assert_close(cronbach_alpha(&r), 0.6666666666666667, 1e-12);
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
