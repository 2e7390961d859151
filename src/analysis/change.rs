//! Paired change between two waves, and its link with support duration.

use super::Context;
use crate::catalogue::{ChangeSpec, Direction};
use crate::report::{Change, ChangeEstimates, DurationEffect, DurationMethod, Suppressible};
use crate::stats::{fisher_z_combine, mcnemar_exact, paired_t, summarize, wilcoxon_signed_rank};
use crate::tables::{duration_effect, merge_durations, merge_pairs, round9, ChangeTable, PairCount};

/// The change of one organisation, from its joint table.
pub(super) fn change(
    ctx: &Context<'_>,
    table: &ChangeTable,
    spec: ChangeSpec,
    direction: Direction,
    binary: bool,
    proportion: bool,
) -> (Change, Option<DurationEffect>) {
    let hidden = Change { from: spec.from, to: spec.to, n_pairs: table.n_pairs, estimates: Suppressible::Suppressed };
    if ctx.suppressed(table.n_pairs) || table.n_pairs == 0 {
        return (hidden, None);
    }
    // A shown group holds its pairs (aggregates are checked for it).
    let Some(pairs) = table.pairs.as_deref() else { return (hidden, None) };
    let estimates = Suppressible::Shown(estimates(ctx, pairs, direction, binary, proportion));
    (Change { estimates, ..hidden }, table.duration_effect.clone())
}

/// The network's change: the merged joint tables of the organisations whose
/// change is shown (BRIEF section 6). Its duration effect is Spearman over
/// the pooled pairs when every one of them holds its pairs (a single file),
/// otherwise (aggregates) the organisations' coefficients combined on
/// Fisher's z scale (BRIEF section 10).
pub(super) fn network(
    ctx: &Context<'_>,
    k: usize,
    spec: ChangeSpec,
    direction: Direction,
    binary: bool,
    proportion: bool,
) -> (Change, Option<DurationEffect>) {
    let shown: Vec<&ChangeTable> = ctx
        .organisations
        .iter()
        .map(|o| &o.indicators[k].change)
        .filter(|c| !ctx.suppressed(c.n_pairs) && c.pairs.is_some())
        .collect();
    let pairs = merge_pairs(shown.iter().filter_map(|c| c.pairs.as_deref()));
    let n_pairs = pairs.iter().map(|p| p.count).sum();
    let table = ChangeTable { n_pairs, pairs: Some(pairs), duration_effect: None, durations: None };
    let (change, _) = change(ctx, &table, spec, direction, binary, proportion);
    if change.estimates.is_suppressed() {
        return (change, None);
    }
    let effect = if shown.iter().all(|c| c.durations.is_some()) {
        duration_effect(&merge_durations(shown.iter().filter_map(|c| c.durations.as_deref())))
    } else {
        fisher_z(shown.iter().filter_map(|c| c.duration_effect.as_ref()))
    };
    (change, Some(effect))
}

fn estimates(
    ctx: &Context<'_>,
    pairs: &[PairCount],
    direction: Direction,
    binary: bool,
    proportion: bool,
) -> ChangeEstimates {
    let mut d: Vec<f64> = Vec::new();
    for p in pairs {
        d.extend(std::iter::repeat_n(round9(p.to - p.from), p.count as usize));
    }
    d.sort_by(f64::total_cmp);
    let n = d.len() as u64;
    let count = |f: &dyn Fn(&PairCount) -> bool| pairs.iter().filter(|p| f(p)).map(|p| p.count).sum::<u64>();
    let summary = summarize(&d, ctx.confidence);
    let t = paired_t(&d);
    let up = d.iter().filter(|x| **x > 0.0).count() as u64;
    let down = d.iter().filter(|x| **x < 0.0).count() as u64;
    let (improved, worsened) = match direction {
        Direction::HigherIsBetter => (up, down),
        Direction::LowerIsBetter => (down, up),
    };
    let mcnemar_p = binary.then(|| {
        let b = count(&|p| p.from == 0.0 && p.to == 1.0);
        let c = count(&|p| p.from == 1.0 && p.to == 0.0);
        mcnemar_exact(b, c)
    });
    ChangeEstimates {
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
        gained: proportion.then(|| count(&|p| !p.from_positive && p.to_positive)),
        lost: proportion.then(|| count(&|p| p.from_positive && !p.to_positive)),
    }
}

/// The organisations' duration effects combined on Fisher's z scale
/// ([`crate::stats::fisher_z_combine`]); `n` counts the pairs of the
/// organisations combined.
pub(crate) fn fisher_z<'a>(effects: impl IntoIterator<Item = &'a DurationEffect>) -> DurationEffect {
    let mut used: Vec<(u64, f64)> = effects
        .into_iter()
        .filter_map(|e| Some((e.n, e.spearman_rho?)))
        .filter(|(n, rho)| *n > 3 && rho.abs() < 1.0)
        .collect();
    // The same result whatever the order of the aggregates.
    used.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let combined = fisher_z_combine(&used);
    DurationEffect {
        n: used.iter().map(|(n, _)| n).sum(),
        spearman_rho: combined.map(|c| c.0),
        p: combined.map(|c| c.1),
        method: DurationMethod::FisherZ,
    }
}
