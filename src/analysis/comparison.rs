//! Comparison across organisations: chi-square or Kruskal-Wallis, the funnel
//! plot, and Holm's adjustment over every indicator's test.

use super::{expand, Context};
use crate::catalogue::Wave;
use crate::ids::OrganisationCode;
use crate::report::{Comparison, ComparisonTest, FunnelPoint, GroupId, IndicatorReport};
use crate::stats::{
    chi_square_k_by_2, funnel_flag, funnel_limits, holm, kruskal_wallis, mean_se, proportion_se, summarize,
};
use crate::tables::{merge_scores, ScoreCount};

pub(super) fn comparison(ctx: &Context<'_>, k: usize, wave: Wave, proportion: bool) -> Option<Comparison> {
    let shown: Vec<(&OrganisationCode, &[ScoreCount])> = ctx
        .organisations
        .iter()
        .filter_map(|o| {
            let s = o.indicators[k].status.iter().find(|s| s.wave == wave && !ctx.suppressed(s.n))?;
            Some((&o.organisation, s.scores.as_deref()?))
        })
        .collect();
    let included: Vec<(&OrganisationCode, Vec<f64>)> = shown.iter().map(|(o, s)| (*o, expand(s, proportion))).collect();
    if included.len() < 2 {
        return None;
    }
    let df = (included.len() - 1) as u32;
    let all: Vec<f64> = expand(&merge_scores(shown.iter().map(|(_, s)| *s)), proportion);
    let (test, result) = if proportion {
        let table: Vec<(u64, u64)> = included
            .iter()
            .map(|(_, v)| {
                let x = v.iter().filter(|x| **x == 1.0).count() as u64;
                (x, v.len() as u64 - x)
            })
            .collect();
        (ComparisonTest::ChiSquare, chi_square_k_by_2(&table))
    } else {
        let groups: Vec<&[f64]> = included.iter().map(|(_, v)| v.as_slice()).collect();
        (ComparisonTest::KruskalWallis, kruskal_wallis(&groups))
    };
    let v0 = all.iter().sum::<f64>() / all.len() as f64;
    let s0 = if proportion { None } else { summarize(&all, ctx.confidence).and_then(|s| s.sd) };
    let funnel = included
        .iter()
        .filter_map(|(org, v)| {
            let n = v.len();
            let estimate = v.iter().sum::<f64>() / n as f64;
            let se = if proportion { proportion_se(v0, n) } else { s0.and_then(|s0| mean_se(s0, n)) }?;
            let limits = funnel_limits(v0, se, proportion)?;
            Some(FunnelPoint {
                organisation: GroupId::Organisation((*org).clone()),
                n: n as u64,
                estimate,
                limit95_low: limits.low95,
                limit95_high: limits.high95,
                limit998_low: limits.low998,
                limit998_high: limits.high998,
                flag: funnel_flag(estimate, &limits),
            })
        })
        .collect();
    Some(Comparison {
        wave,
        test,
        statistic: result.as_ref().map(|r| r.statistic),
        df,
        p: result.as_ref().map(|r| r.p),
        p_holm: None,
        network_estimate: v0,
        funnel,
        standardised: None,
    })
}

/// Fills `p_holm` over the family of every comparison that has a p-value,
/// in indicator order.
pub(super) fn adjust_holm(indicators: &mut [IndicatorReport]) {
    let raw: Vec<f64> = indicators.iter().filter_map(|i| i.comparison.as_ref()?.p).collect();
    let adjusted = holm(&raw);
    let mut next = adjusted.into_iter();
    for comparison in indicators.iter_mut().filter_map(|i| i.comparison.as_mut()) {
        if comparison.p.is_some() {
            comparison.p_holm = next.next();
        }
    }
}
