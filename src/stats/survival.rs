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
    let median = curve.iter().find(|p| p.survival <= 0.5).map(|p| p.t);
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
    let mut z = vec![0.0; k];
    let mut v = vec![vec![0.0; k]; k];
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
                for h in 0..k {
                    let delta = if g == h { n } else { 0.0 };
                    v[g][h] += factor * at_risk[g] * (delta - at_risk[h]);
                }
            }
        }
        for g in 0..k {
            at_risk[g] -= leaving[g];
        }
    }
    let m = k - 1;
    let sub: Vec<Vec<f64>> = v.iter().take(m).map(|row| row[..m].to_vec()).collect();
    let x = solve_spd(sub, &z[..m])?;
    let stat: f64 = z[..m].iter().zip(&x).map(|(a, b)| a * b).sum();
    TestResult::chi_square(stat, m)
}

/// Solves `A x = b` for a symmetric positive definite `A` by Cholesky
/// factorisation; `None` when `A` is singular or not positive definite
/// (a pivot below `1e-10` times the largest diagonal entry).
fn solve_spd(mut a: Vec<Vec<f64>>, b: &[f64]) -> Option<Vec<f64>> {
    let m = b.len();
    let scale = (0..m).map(|i| a[i][i].abs()).fold(0.0_f64, f64::max);
    if !(scale > 0.0) || !scale.is_finite() {
        return None;
    }
    // In-place Cholesky: the lower triangle of `a` becomes L with A = L Lᵀ.
    for j in 0..m {
        let mut diag = a[j][j];
        for p in 0..j {
            diag -= a[j][p] * a[j][p];
        }
        if !(diag > 1e-10 * scale) {
            return None;
        }
        let l_jj = diag.sqrt();
        a[j][j] = l_jj;
        for i in j + 1..m {
            let mut s = a[i][j];
            for p in 0..j {
                s -= a[i][p] * a[j][p];
            }
            a[i][j] = s / l_jj;
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
