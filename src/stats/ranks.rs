//! Ranks with ties averaged, as `scipy.stats.rankdata(method="average")`.

/// Ranks of `values`, 1-based, ties receiving the mean of the ranks they
/// span: `[10, 20, 20, 30]` gives `[1, 2.5, 2.5, 4]`.
///
/// The order is `f64::total_cmp`, so the function never panics; a NaN is
/// never equal to anything and gets a rank of its own above every number.
/// The statistics in this module reject NaN before ranking.
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    ranks_and_ties(values).0
}

/// Average ranks and the sizes of the tie groups (groups of one included).
pub(crate) fn ranks_and_ties(values: &[f64]) -> (Vec<f64>, Vec<usize>) {
    let n = values.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; n];
    let mut ties = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end + 1 < n && values[order[end + 1]] == values[order[start]] {
            end += 1;
        }
        // Positions start..=end hold ranks start+1 ..= end+1; their mean is
        // (start + end + 2) / 2, exact in floating point.
        let rank = (start + end + 2) as f64 / 2.0;
        for &i in &order[start..=end] {
            ranks[i] = rank;
        }
        ties.push(end - start + 1);
        start = end + 1;
    }
    (ranks, ties)
}

/// `Σ (t³ - t)` over tie groups of sizes `t`, the usual tie correction term.
pub(crate) fn tie_sum(ties: &[usize]) -> f64 {
    ties.iter()
        .map(|&t| {
            let t = t as f64;
            t * t * t - t
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_match_scipy_rankdata() {
        // scipy 1.17.1: stats.rankdata([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
        let got = average_ranks(&[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0]);
        let want = [4.5, 1.5, 6.0, 1.5, 8.0, 11.0, 3.0, 10.0, 8.0, 4.5, 8.0];
        assert_eq!(got, want);
    }

    #[test]
    fn empty_single_and_all_tied() {
        assert!(average_ranks(&[]).is_empty());
        assert_eq!(average_ranks(&[7.0]), vec![1.0]);
        assert_eq!(average_ranks(&[2.0, 2.0, 2.0, 2.0]), vec![2.5; 4]);
        let (_, ties) = ranks_and_ties(&[2.0, 2.0, 1.0]);
        assert_eq!(tie_sum(&ties), 6.0);
    }

    #[test]
    fn negative_zero_ties_with_zero_and_nan_does_not_panic() {
        assert_eq!(average_ranks(&[0.0, -0.0, 1.0]), vec![1.5, 1.5, 3.0]);
        let r = average_ranks(&[f64::NAN, 1.0, f64::NAN]);
        assert_eq!(r[1], 1.0);
    }
}
