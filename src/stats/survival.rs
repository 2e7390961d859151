//! Time to event: Kaplan–Meier estimate and the k-group log-rank test.

use super::compare::TestResult;
use super::dist::finite;
use super::Confidence;
use serde::{Deserialize, Serialize};

/// One subject's follow-up: the time of the event, or of censoring.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SurvivalObservation {
    /// Time from the origin (for instance days since entry).
    pub time: f64,
    /// `true` when the event was observed at `time`, `false` when the
    /// subject was censored then.
    pub event: bool,
}

/// The Kaplan–Meier estimate at one distinct event time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KmPoint {
    /// The event time.
    pub t: f64,
    /// Subjects at risk just before `t`: those whose time is `>= t`.
    pub at_risk: usize,
    /// Events at `t`.
    pub events: usize,
    /// `S(t) = Π_{tᵢ <= t} (1 - dᵢ/nᵢ)`.
    pub survival: f64,
    /// Lower end of the log(-log) confidence band; `None` when `S(t)` is 0 or 1.
    pub ci_low: Option<f64>,
    /// Upper end of the log(-log) confidence band; `None` when `S(t)` is 0 or 1.
    pub ci_high: Option<f64>,
}

/// A Kaplan–Meier curve with its summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KaplanMeier {
    /// Number of subjects.
    pub n: usize,
    /// Number of observed events.
    pub events: usize,
    /// One point per distinct event time, ascending (empty without events).
    pub curve: Vec<KmPoint>,
    /// Median survival time: the smallest time with `S(t) <= 0.5`; `None`
    /// when the curve never reaches 0.5.
    pub median: Option<f64>,
}

/// Subjects sorted by time, with the counts at each distinct time.
struct TimeTable {
    /// `(time, at risk just before it, events at it)`.
    rows: Vec<(f64, usize, usize)>,
}

impl TimeTable {
    /// Distinct times ascending with the number at risk and the events;
    /// `None` when a time is NaN or infinite.
    fn new(data: &[SurvivalObservation]) -> Option<TimeTable> {
        if data.iter().any(|o| !o.time.is_finite()) {
            return None;
        }
        let mut sorted: Vec<SurvivalObservation> = data.to_vec();
        sorted.sort_by(|a, b| a.time.total_cmp(&b.time));
        let mut rows = Vec::new();
        let mut at_risk = sorted.len();
        let mut i = 0;
        while i < sorted.len() {
            let t = sorted[i].time;
            let mut j = i;
            let mut events = 0;
            while j < sorted.len() && sorted[j].time == t {
                events += usize::from(sorted[j].event);
                j += 1;
            }
            rows.push((t, at_risk, events));
            at_risk -= j - i;
            i = j;
        }
        Some(TimeTable { rows })
    }
}

/// Kaplan–Meier product-limit estimate with Greenwood variance and a
/// log(-log) confidence band, as lifelines' `KaplanMeierFitter`.
///
/// At each distinct event time `tᵢ` with `nᵢ` at risk (time `>= tᵢ`, so
/// events come before censorings at the same time) and `dᵢ` events:
///
/// ```text
/// S(t)  = exp(Σ_{tᵢ <= t} [ln(nᵢ - dᵢ) - ln nᵢ])
/// g²(t) = Σ_{tᵢ <= t} dᵢ / (nᵢ(nᵢ - dᵢ))                  (Greenwood)
/// v = ln S(t)
/// low   = exp(-exp(ln(-v) - z·g/v)),   high = exp(-exp(ln(-v) + z·g/v))
/// ```
///
/// with `z = Φ⁻¹(1 - (1-c)/2)`; the band is `None` where `S` is 0 or 1.
/// The median is the smallest event time with `S(t) <= 0.5`
/// (lifelines' `median_survival_time_`), `None` if `S` stays above 0.5.
///
/// `None` when `data` is empty or a time is NaN or infinite.
pub fn kaplan_meier(data: &[SurvivalObservation], conf: Confidence) -> Option<KaplanMeier> {
    if data.is_empty() {
        return None;
    }
    let table = TimeTable::new(data)?;
    let z = conf.z();
    let mut log_s = 0.0_f64;
    let mut greenwood = 0.0_f64;
    let mut curve = Vec::new();
    for &(t, n, d) in &table.rows {
        if d == 0 {
            continue;
        }
        // lifelines sums ln(n - d) - ln(n) and exponentiates; doing the
        // same keeps S bit-for-bit close enough that S(t) <= 0.5 picks the
        // same median.
        log_s += ((n - d) as f64).ln() - (n as f64).ln();
        if n > d {
            greenwood += d as f64 / ((n as u128) * ((n - d) as u128)) as f64;
        }
        let survival = log_s.exp();
        let (ci_low, ci_high) = if survival > 0.0 && survival < 1.0 {
            let v = survival.ln();
            let g = greenwood.sqrt();
            let low = (-((-v).ln() - z * g / v).exp()).exp();
            let high = (-((-v).ln() + z * g / v).exp()).exp();
            (finite(low), finite(high))
        } else {
            (None, None)
        };
        curve.push(KmPoint { t, at_risk: n, events: d, survival, ci_low, ci_high });
    }
    // S(t) <= 0.5 with a relative tolerance of 1e-9 (BRIEF section 6): a
    // product that is exactly one half, such as 5/6·4/5·3/4, lands a hair
    // above it in floating point.
    let median = curve.iter().find(|p| p.survival <= 0.5 * (1.0 + 1e-9)).map(|p| p.t);
    let events = data.iter().filter(|o| o.event).count();
    Some(KaplanMeier { n: data.len(), events, curve, median })
}

/// k-group log-rank test, as lifelines' `multivariate_logrank_test`.
///
/// At each distinct event time, with `n` at risk and `d` events overall and
/// `n_g`, `d_g` in group `g`:
///
/// ```text
/// Z_g   = Σ (d_g - n_g·d/n)
/// V_gh  = Σ d·(n-d)/(n-1) · (n_g/n)·(δ_gh - n_h/n)      ((n-d)/(n-1) := 1 when n = 1)
/// X²    = Zᵀ V⁻¹ Z  over the first k-1 groups,   df = k - 1
/// ```
///
/// `None` when `k < 2`, a group is empty, a time is NaN or infinite, there
/// is no event, or the (k-1)×(k-1) covariance matrix is singular (for
/// instance a group with nobody at risk at any event time).
pub fn logrank(groups: &[&[SurvivalObservation]]) -> Option<TestResult> {
    logrank_up_to(groups, DENSE_MAX)
}

/// [`logrank`], building the covariance matrix up to `dense_max` groups.
fn logrank_up_to(groups: &[&[SurvivalObservation]], dense_max: usize) -> Option<TestResult> {
    let k = groups.len();
    if k < 2 || groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let mut all: Vec<(f64, usize, bool)> = Vec::new();
    for (g, obs) in groups.iter().enumerate() {
        for o in obs.iter() {
            if !o.time.is_finite() {
                return None;
            }
            all.push((o.time, g, o.event));
        }
    }
    if !all.iter().any(|o| o.2) {
        return None;
    }
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut at_risk: Vec<f64> = groups.iter().map(|g| g.len() as f64).collect();
    // Up to DENSE_MAX groups the covariance matrix is built and factorised
    // (O(k²) memory, O(k³) time); beyond, for a federation of thousands of
    // members, it is never built: a product with it costs O(k) per event
    // time, and a preconditioned conjugate gradient solves the system.
    let dense = k <= dense_max;
    let mut z = vec![0.0; k];
    let mut v = if dense { vec![vec![0.0; k]; k] } else { Vec::new() };
    let mut diag = vec![0.0; k];
    let mut steps: Vec<(f64, f64, Vec<f64>)> = Vec::new();
    let mut deaths = vec![0.0; k];
    let mut leaving = vec![0.0; k];
    let mut i = 0;
    while i < all.len() {
        let t = all[i].0;
        deaths.iter_mut().for_each(|x| *x = 0.0);
        leaving.iter_mut().for_each(|x| *x = 0.0);
        while i < all.len() && all[i].0 == t {
            let (_, g, event) = all[i];
            leaving[g] += 1.0;
            if event {
                deaths[g] += 1.0;
            }
            i += 1;
        }
        let n: f64 = at_risk.iter().sum();
        let d: f64 = deaths.iter().sum();
        if d > 0.0 {
            let ratio = if n > 1.0 { (n - d) / (n - 1.0) } else { 1.0 };
            let factor = ratio * d / (n * n);
            for g in 0..k {
                z[g] += deaths[g] - at_risk[g] * (d / n);
                diag[g] += factor * at_risk[g] * (n - at_risk[g]);
                if dense {
                    for h in 0..k {
                        let delta = if g == h { n } else { 0.0 };
                        v[g][h] += factor * at_risk[g] * (delta - at_risk[h]);
                    }
                }
            }
            if !dense {
                steps.push((factor, n, at_risk.clone()));
            }
        }
        for g in 0..k {
            at_risk[g] -= leaving[g];
        }
    }
    // lifelines computes Zᵀ V⁺ Z with the pseudo-inverse of the full k×k
    // matrix. A group nobody of which is at risk at any event time has a zero
    // row and column in V and a zero Z, so it drops out of the quadratic form;
    // among the remaining groups V has rank (active - 1), and leaving one of
    // them out gives the same form with an ordinary inverse. The degrees of
    // freedom stay k - 1, as lifelines reports them.
    let scale = diag.iter().map(|x| x.abs()).fold(0.0_f64, f64::max);
    let active: Vec<usize> = (0..k).filter(|&g| diag[g] > 1e-12 * scale).collect();
    if active.len() < 2 {
        return None;
    }
    let kept = &active[..active.len() - 1];
    let zk: Vec<f64> = kept.iter().map(|&g| z[g]).collect();
    let x = if dense {
        let sub: Vec<Vec<f64>> = kept.iter().map(|&g| kept.iter().map(|&h| v[g][h]).collect()).collect();
        solve_spd(sub, &zk)?
    } else {
        let product = |x: &[f64]| -> Vec<f64> {
            let mut out = vec![0.0; kept.len()];
            for (factor, n, a) in &steps {
                let s: f64 = kept.iter().zip(x).map(|(&h, xh)| a[h] * xh).sum();
                for ((o, &g), xg) in out.iter_mut().zip(kept).zip(x) {
                    *o += factor * a[g] * (n * xg - s);
                }
            }
            out
        };
        let pre: Vec<f64> = kept.iter().map(|&g| diag[g]).collect();
        conjugate_gradient(&product, &pre, &zk)?
    };
    let stat: f64 = zk.iter().zip(&x).map(|(a, b)| a * b).sum();
    TestResult::chi_square(stat, k - 1)
}

/// Largest number of groups for which the log-rank covariance matrix is
/// built and factorised.
const DENSE_MAX: usize = 64;

/// Solves `A x = b` for a symmetric positive definite `A` known through
/// its products, by the conjugate gradient with the diagonal `pre` as
/// preconditioner, to a residual of 1e-13 of `b`; `None` when it does not
/// converge (a singular matrix) or a pivot is not positive.
fn conjugate_gradient(product: &dyn Fn(&[f64]) -> Vec<f64>, pre: &[f64], b: &[f64]) -> Option<Vec<f64>> {
    let m = b.len();
    if pre.iter().any(|p| p.is_nan() || *p <= 0.0) {
        return None;
    }
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let norm_b = dot(b, b).sqrt();
    let mut x = vec![0.0; m];
    if norm_b == 0.0 {
        return Some(x);
    }
    let mut r = b.to_vec();
    let mut zr: Vec<f64> = r.iter().zip(pre).map(|(r, p)| r / p).collect();
    let mut p = zr.clone();
    let mut rz = dot(&r, &zr);
    for _ in 0..(10 * m).max(100) {
        let ap = product(&p);
        let pap = dot(&p, &ap);
        if pap.is_nan() || pap <= 0.0 {
            return None;
        }
        let alpha = rz / pap;
        x.iter_mut().zip(&p).for_each(|(x, p)| *x += alpha * p);
        r.iter_mut().zip(&ap).for_each(|(r, ap)| *r -= alpha * ap);
        if dot(&r, &r).sqrt() <= 1e-13 * norm_b {
            return Some(x);
        }
        zr = r.iter().zip(pre).map(|(r, p)| r / p).collect();
        let rz_next = dot(&r, &zr);
        let beta = rz_next / rz;
        rz = rz_next;
        p.iter_mut().zip(&zr).for_each(|(p, z)| *p = z + beta * *p);
    }
    None
}

/// Solves `A x = b` for a symmetric positive definite `A` by Cholesky
/// factorisation; `None` when `A` is singular or not positive definite
/// (a pivot below `1e-10` times the largest diagonal entry).
fn solve_spd(mut a: Vec<Vec<f64>>, b: &[f64]) -> Option<Vec<f64>> {
    let m = b.len();
    let scale = (0..m).map(|i| a[i][i].abs()).fold(0.0_f64, f64::max);
    if !scale.is_finite() || scale <= 0.0 {
        return None;
    }
    // In-place Cholesky: the lower triangle of `a` becomes L with A = L Lᵀ.
    for j in 0..m {
        let row_j = a[j][..j].to_vec();
        let diag = a[j][j] - row_j.iter().map(|x| x * x).sum::<f64>();
        if diag.is_nan() || diag <= 1e-10 * scale {
            return None;
        }
        let l_jj = diag.sqrt();
        a[j][j] = l_jj;
        for row in a.iter_mut().skip(j + 1) {
            let s = row[j] - row[..j].iter().zip(&row_j).map(|(x, y)| x * y).sum::<f64>();
            row[j] = s / l_jj;
        }
    }
    // Forward substitution L y = b, then back substitution Lᵀ x = y.
    let mut y = vec![0.0; m];
    for i in 0..m {
        let s: f64 = (0..i).map(|p| a[i][p] * y[p]).sum();
        y[i] = (b[i] - s) / a[i][i];
    }
    let mut x = vec![0.0; m];
    for i in (0..m).rev() {
        let s: f64 = (i + 1..m).map(|p| a[p][i] * x[p]).sum();
        x[i] = (y[i] - s) / a[i][i];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testutil::assert_close;

    fn obs(times: &[f64], events: &[u8]) -> Vec<SurvivalObservation> {
        times.iter().zip(events).map(|(&time, &e)| SurvivalObservation { time, event: e == 1 }).collect()
    }

    /// `(t, at_risk, events, survival, ci_low, ci_high)`; NaN marks a null band.
    type Row = (f64, usize, usize, f64, f64, f64);

    fn check_km(data: &[SurvivalObservation], c: f64, rows: &[Row], median: Option<f64>) {
        let conf = Confidence::new(c).unwrap_or_default();
        let km = kaplan_meier(data, conf).unwrap_or_else(|| panic!("km of {data:?}"));
        assert_eq!(km.n, data.len());
        assert_eq!(km.events, data.iter().filter(|o| o.event).count());
        assert_eq!(km.median, median);
        assert_eq!(km.curve.len(), rows.len());
        for (p, &(t, at_risk, events, s, lo, hi)) in km.curve.iter().zip(rows) {
            assert_eq!((p.t, p.at_risk, p.events), (t, at_risk, events));
            assert_close(p.survival, s, 1e-12);
            if lo.is_nan() {
                assert_eq!((p.ci_low, p.ci_high), (None, None));
            } else {
                assert_close(p.ci_low, lo, 1e-9);
                assert_close(p.ci_high, hi, 1e-9);
            }
        }
    }

    #[test]
    fn km_matches_lifelines_with_ties_and_censoring() {
        // lifelines 0.30.3: KaplanMeierFitter(alpha=0.05).fit(T, E):
        // survival_function_, confidence_interval_ (lower, upper), median_survival_time_.
        // Times 4 and 7 hold both an event and a censoring (events first).
        let data = obs(
            &[5., 3., 9., 8., 7., 4., 4., 3., 2., 5., 6., 7., 10., 12.],
            &[1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1],
        );
        let nan = f64::NAN;
        let rows = [
            (2.0, 14, 1, 0.9285714285714287, 0.5907668674267574, 0.98961982313685),
            (3.0, 13, 1, 0.8571428571428573, 0.5394481776231688, 0.9622318564063292),
            (4.0, 11, 1, 0.7792207792207795, 0.45896042240836143, 0.9232023848740564),
            (5.0, 9, 2, 0.6060606060606061, 0.29221068664345384, 0.8155957913877173),
            (6.0, 7, 1, 0.5194805194805195, 0.22336284538732437, 0.7511492978348742),
            (7.0, 6, 1, 0.43290043290043295, 0.16216453217266272, 0.6802213659994881),
            (8.0, 4, 1, 0.32467532467532473, 0.08896300886098218, 0.5927274128832144),
            (9.0, 3, 1, 0.2164502164502165, 0.03689593776160292, 0.4917404988146686),
            (12.0, 1, 1, 0.0, nan, nan),
        ];
        check_km(&data, 0.95, &rows, Some(7.0));
    }

    #[test]
    fn km_all_events_and_other_levels() {
        // lifelines 0.30.3: KaplanMeierFitter(alpha=0.05).fit([1, 2, 2, 3], [1, 1, 1, 1])
        let nan = f64::NAN;
        let rows = [
            (1.0, 4, 1, 0.7500000000000001, 0.12794691759514565, 0.9605486422850785),
            (2.0, 3, 2, 0.25, 0.008947824416603157, 0.6653253427888655),
            (3.0, 1, 1, 0.0, nan, nan),
        ];
        check_km(&obs(&[1., 2., 2., 3.], &[1, 1, 1, 1]), 0.95, &rows, Some(2.0));
        // lifelines 0.30.3: KaplanMeierFitter(alpha=0.1).fit([2, 4, 4, 6, 8], [1, 1, 0, 0, 1])
        let rows = [
            (2.0, 5, 1, 0.8, 0.3135195075246689, 0.957979430601115),
            (4.0, 4, 1, 0.6000000000000001, 0.19101417842541898, 0.8541652929302085),
            (8.0, 1, 1, 0.0, nan, nan),
        ];
        check_km(&obs(&[2., 4., 4., 6., 8.], &[1, 1, 0, 0, 1]), 0.9, &rows, Some(8.0));
        // lifelines 0.30.3: KaplanMeierFitter(alpha=0.05).fit([1, 1, 2, 2], [1, 0, 1, 0]);
        // S ends at 0.375, the median is the first time with S <= 0.5.
        let rows = [
            (1.0, 4, 1, 0.7500000000000001, 0.12794691759514565, 0.9605486422850785),
            (2.0, 2, 1, 0.37500000000000006, 0.010971121574844577, 0.8080010724813436),
        ];
        check_km(&obs(&[1., 1., 2., 2.], &[1, 0, 1, 0]), 0.95, &rows, Some(2.0));
    }

    #[test]
    fn km_without_events_or_data() {
        let conf = Confidence::default();
        // lifelines 0.30.3: median_survival_time_ is inf when S never reaches 0.5.
        let km = kaplan_meier(&obs(&[3., 5.], &[0, 0]), conf);
        assert_eq!(km, Some(KaplanMeier { n: 2, events: 0, curve: vec![], median: None }));
        let one = kaplan_meier(&obs(&[4.], &[1]), conf).map(|k| (k.curve.len(), k.median));
        assert_eq!(one, Some((1, Some(4.0))));
        assert_eq!(kaplan_meier(&[], conf), None);
        assert_eq!(kaplan_meier(&obs(&[1., f64::NAN], &[1, 1]), conf), None);
    }

    fn check_lr(groups: &[Vec<SurvivalObservation>], stat: f64, df: u32, p: f64) {
        let refs: Vec<&[SurvivalObservation]> = groups.iter().map(Vec::as_slice).collect();
        let r = logrank(&refs).expect("a test result for these data");
        assert_close(r.statistic, stat, 1e-10);
        assert_eq!(r.df, df);
        assert_close(r.p, p, 1e-9);
    }

    #[test]
    fn logrank_matches_lifelines() {
        // lifelines 0.30.3: multivariate_logrank_test(T, G, E) -> (test_statistic, p_value)
        let g = [
            obs(&[5., 3., 9., 8.], &[1, 1, 1, 1]),
            obs(&[7., 4., 4., 3., 2.], &[1, 1, 0, 0, 1]),
            obs(&[5., 6., 7.], &[1, 1, 0]),
        ];
        check_lr(&g, 1.0800467314891906, 2, 0.5827346361862382);
        let g = [
            obs(&[1., 2., 3., 4., 5., 6., 7., 8.], &[1, 1, 0, 1, 1, 0, 1, 1]),
            obs(&[2., 4., 6., 8., 10., 12., 14., 16.], &[1, 0, 1, 1, 0, 1, 1, 0]),
        ];
        check_lr(&g, 4.244850836441226, 1, 0.0393695280255718);
        // A tiny p-value, 3e-17.
        let early: Vec<f64> = (1..=30).map(f64::from).collect();
        let late: Vec<f64> = (101..=130).map(f64::from).collect();
        let g = [obs(&early, &[1; 30]), obs(&late, &[1; 30])];
        check_lr(&g, 71.35108825823883, 1, 2.989929271820773e-17);
        // k = 4 with ties across groups.
        let g = [
            obs(&[1., 3., 5., 7.], &[1, 0, 1, 1]),
            obs(&[2., 4., 6., 8.], &[1, 1, 0, 1]),
            obs(&[3., 3., 9., 9.], &[1, 1, 1, 0]),
            obs(&[4., 10., 11., 12.], &[0, 1, 1, 1]),
        ];
        check_lr(&g, 6.794431951267497, 3, 0.07874670486913246);
    }

    #[test]
    fn logrank_drops_groups_never_at_risk_like_lifelines() {
        // lifelines 0.30.3: multivariate_logrank_test(
        //   [10, 20, 50, 60, 150, 180, 200, 300, 180, 200, 250, 400],
        //   ["A"] * 4 + ["B"] * 4 + ["C"] * 4,
        //   [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0])
        //   -> test_statistic 1.333333333333333, p_value 0.5134171190325924
        // Group A leaves before the only event, so V is singular; lifelines'
        // pseudo-inverse still gives a statistic, with df = k - 1 (the shape
        // of the oracle's case c2).
        let a = obs(&[10., 20., 50., 60.], &[0, 0, 0, 0]);
        let b = obs(&[150., 180., 200., 300.], &[0, 1, 0, 0]);
        let c = obs(&[180., 200., 250., 400.], &[0, 0, 0, 0]);
        check_lr(&[a, b, c], 1.333333333333333, 2, 0.5134171190325924);
    }

    #[test]
    fn logrank_undefined() {
        let a = obs(&[1., 2.], &[1, 0]);
        let none = obs(&[1., 2.], &[0, 0]);
        assert_eq!(logrank(&[]), None);
        assert_eq!(logrank(&[&a]), None);
        assert_eq!(logrank(&[&a, &[]]), None);
        assert_eq!(logrank(&[&none, &none]), None);
        // Nobody of the second group is at risk at the only event time:
        // only one group is left to compare.
        let gone = obs(&[0.5], &[0]);
        assert_eq!(logrank(&[&a, &gone]), None);
        assert_eq!(logrank(&[&a, &obs(&[f64::INFINITY], &[1])]), None);
    }

    #[test]
    fn logrank_without_the_matrix_matches_the_factorised_one() {
        // 90 groups of 6 to 14 people with times and events from a fixed LCG.
        let mut state = 12345u64;
        let mut next = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            state >> 33
        };
        let groups: Vec<Vec<SurvivalObservation>> = (0..90)
            .map(|_| {
                let n = 6 + next() % 9;
                (0..n).map(|_| SurvivalObservation { time: (1 + next() % 40) as f64, event: next() % 3 != 0 }).collect()
            })
            .collect();
        let slices: Vec<&[SurvivalObservation]> = groups.iter().map(Vec::as_slice).collect();
        let dense = logrank_up_to(&slices, usize::MAX).expect("defined");
        let iterative = logrank_up_to(&slices, 2).expect("defined");
        assert!((dense.statistic - iterative.statistic).abs() <= 1e-9 * dense.statistic, "{dense:?} {iterative:?}");
        assert_eq!(dense.df, iterative.df);
        assert!((dense.p - iterative.p).abs() <= 1e-9);
        // The bundled path picks the iterative one beyond DENSE_MAX groups.
        assert_eq!(logrank(&slices).map(|r| r.df), Some(89));
    }
}
