//! Paired change between two waves, and its link with support duration.

use super::{status_value, Context};
use crate::catalogue::{ChangeSpec, Direction};
use crate::ids::OrganisationCode;
use crate::report::{Change, ChangeEstimates, DurationEffect};
use crate::stats::{mcnemar_exact, paired_t, spearman, summarize, wilcoxon_signed_rank};

pub(super) fn change(
    ctx: &Context<'_>,
    org: Option<&OrganisationCode>,
    k: usize,
    spec: ChangeSpec,
    direction: Direction,
    binary: bool,
    proportion: bool,
) -> (Change, Option<DurationEffect>) {
    // People who became positive and who stopped being positive, for
    // proportion measures (what avoided-cost models count).
    let mut gained = 0u64;
    let mut lost = 0u64;
    // (from score, to score, support duration in days when the episode ended)
    let pairs: Vec<(f64, f64, Option<i64>)> = ctx
        .members(org)
        .filter_map(|p| {
            let answers = p.answers(k)?;
            let from = answers.score(spec.from)?;
            let to = answers.score(spec.to)?;
            match (status_value(from, true) == 1.0, status_value(to, true) == 1.0) {
                (false, true) => gained += 1,
                (true, false) => lost += 1,
                _ => {}
            }
            Some((from.value, to.value, p.enrolment().and_then(|e| e.duration_days())))
        })
        .collect();
    let n = pairs.len() as u64;
    let mut change =
        Change { from: spec.from, to: spec.to, n_pairs: n, suppressed: ctx.suppressed(n), estimates: None };
    if change.suppressed || pairs.is_empty() {
        return (change, None);
    }
    let d: Vec<f64> = pairs.iter().map(|(a, b, _)| b - a).collect();
    let summary = summarize(&d, ctx.confidence);
    let t = paired_t(&d);
    let up = d.iter().filter(|x| **x > 0.0).count() as u64;
    let down = d.iter().filter(|x| **x < 0.0).count() as u64;
    let (improved, worsened) = match direction {
        Direction::HigherIsBetter => (up, down),
        Direction::LowerIsBetter => (down, up),
    };
    let mcnemar_p = binary.then(|| {
        let b = pairs.iter().filter(|(a, b, _)| *a == 0.0 && *b == 1.0).count() as u64;
        let c = pairs.iter().filter(|(a, b, _)| *a == 1.0 && *b == 0.0).count() as u64;
        mcnemar_exact(b, c)
    });
    change.estimates = Some(ChangeEstimates {
        mean_change: summary.as_ref().map_or(0.0, |s| s.mean),
        sd_change: summary.as_ref().and_then(|s| s.sd),
        ci_low: summary.as_ref().and_then(|s| s.ci).map(|c| c.low),
        ci_high: summary.as_ref().and_then(|s| s.ci).map(|c| c.high),
        t: t.as_ref().map(|t| t.t),
        p_t: t.as_ref().map(|t| t.p),
        wilcoxon_p: wilcoxon_signed_rank(&d).map(|w| w.p),
        cohens_dz: t.as_ref().map(|t| t.cohens_dz),
        mcnemar_p,
        improved,
        unchanged: n - up - down,
        worsened,
        gained: proportion.then_some(gained),
        lost: proportion.then_some(lost),
    });
    let (durations, changes): (Vec<f64>, Vec<f64>) =
        pairs.iter().filter_map(|(a, b, days)| days.map(|days| (days as f64, b - a))).unzip();
    let correlation = spearman(&durations, &changes);
    let effect = DurationEffect {
        n: durations.len() as u64,
        spearman_rho: correlation.as_ref().map(|c| c.rho),
        p: correlation.as_ref().map(|c| c.p),
    };
    (change, Some(effect))
}
