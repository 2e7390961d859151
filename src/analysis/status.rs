//! Status at each wave: proportion positive with a Wilson interval, or mean
//! with a Student t interval.

use super::{expand, Context, WAVES};
use crate::report::{Status, StatusEstimates, Suppressible};
use crate::stats::{summarize, wilson};
use crate::tables::{merge_scores, StatusTable};

/// The status of one organisation, from its tables.
pub(super) fn organisation(ctx: &Context<'_>, tables: &[StatusTable], proportion: bool) -> Vec<Status> {
    tables.iter().map(|t| status(ctx, t, proportion)).collect()
}

/// The network's status at each wave where anyone answered: the merged
/// tables of the organisations shown at that wave (BRIEF section 6), so
/// that nothing hidden is counted.
pub(super) fn network(ctx: &Context<'_>, k: usize, proportion: bool) -> Vec<Status> {
    let mut out = Vec::new();
    for wave in WAVES {
        let at_wave: Vec<&StatusTable> =
            ctx.organisations.iter().filter_map(|o| o.indicators[k].status.iter().find(|s| s.wave == wave)).collect();
        if at_wave.is_empty() {
            continue;
        }
        let shown: Vec<&[crate::tables::ScoreCount]> =
            at_wave.iter().filter(|s| !ctx.suppressed(s.n)).filter_map(|s| s.scores.as_deref()).collect();
        let scores = merge_scores(shown);
        let n = scores.iter().map(|s| s.count).sum();
        out.push(status(ctx, &StatusTable { wave, n, scores: Some(scores) }, proportion));
    }
    out
}

fn status(ctx: &Context<'_>, table: &StatusTable, proportion: bool) -> Status {
    let n = table.n;
    let estimates = table.scores.as_deref().filter(|_| !ctx.suppressed(n)).and_then(|scores| {
        if proportion {
            let x: u64 = scores.iter().filter(|s| s.positive).map(|s| s.count).sum();
            let ci = wilson(x, n, ctx.confidence);
            Some(StatusEstimates {
                estimate: x as f64 / n as f64,
                ci_low: ci.map(|c| c.low),
                ci_high: ci.map(|c| c.high),
                sd: None,
            })
        } else {
            summarize(&expand(scores, false), ctx.confidence).map(|s| StatusEstimates {
                estimate: s.mean,
                ci_low: s.ci.map(|c| c.low),
                ci_high: s.ci.map(|c| c.high),
                sd: Some(s.sd),
            })
        }
    });
    // A shown group has at least one answer (min_cell >= 1), so its
    // estimate is defined: no estimate means suppressed.
    Status { wave: table.wave, n, estimates: Suppressible::from(estimates) }
}
