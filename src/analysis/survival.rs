//! Time to event: Kaplan-Meier from entry to the first positive answer,
//! censored at exit or at the `as_of` date, and the log-rank test, from
//! each organisation's life table.

use super::Context;
use crate::catalogue::TimeToEventSpec;
use crate::ids::OrganisationCode;
use crate::report::{
    CurvePoint, GroupId, Suppressible, SurvivalEstimates, SurvivalGroup, TestStatistic, TimeToEventReport,
};
use crate::stats::{kaplan_meier, logrank, SurvivalObservation};
use crate::tables::{merge_life, LifeRow};

/// A life table expanded into observations, sorted by time.
fn observations(rows: &[LifeRow]) -> Vec<SurvivalObservation> {
    let mut out = Vec::new();
    for r in rows {
        let time = r.t as f64;
        out.extend(std::iter::repeat_n(SurvivalObservation { time, event: true }, r.events as usize));
        out.extend(std::iter::repeat_n(SurvivalObservation { time, event: false }, r.censored as usize));
    }
    out
}

fn group(ctx: &Context<'_>, organisation: GroupId, n: u64, rows: Option<&[LifeRow]>) -> SurvivalGroup {
    let Some(rows) = rows.filter(|_| !ctx.suppressed(n)) else {
        return SurvivalGroup::new(organisation, n, Suppressible::Suppressed);
    };
    let events = rows.iter().map(|r| r.events).sum();
    // A shown group holds at least one person, so the curve is defined.
    let (median_days, curve) = match kaplan_meier(&observations(rows), ctx.confidence) {
        Some(km) => (
            km.median,
            km.curve
                .iter()
                .map(|p| CurvePoint {
                    t: p.t,
                    at_risk: p.at_risk as u64,
                    events: p.events as u64,
                    survival: p.survival,
                    ci_low: p.ci_low,
                    ci_high: p.ci_high,
                })
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    SurvivalGroup::new(organisation, n, Suppressible::Shown(SurvivalEstimates::new(events, median_days, curve)))
}

/// The analysis at position `i` of the set: each organisation, then the
/// network made of the organisations shown (BRIEF section 6).
pub(super) fn time_to_event(ctx: &Context<'_>, spec: &TimeToEventSpec, i: usize) -> TimeToEventReport {
    let tables: Vec<(&OrganisationCode, &crate::tables::LifeTable)> =
        ctx.organisations.iter().map(|o| (&o.organisation, &o.time_to_event[i])).collect();
    let mut groups: Vec<SurvivalGroup> = tables
        .iter()
        .map(|(org, t)| group(ctx, GroupId::Organisation((*org).clone()), t.n, t.rows.as_deref()))
        .collect();
    let shown: Vec<&[LifeRow]> =
        tables.iter().filter(|(_, t)| !ctx.suppressed(t.n)).filter_map(|(_, t)| t.rows.as_deref()).collect();
    let merged = merge_life(shown.iter().copied());
    let n = merged.iter().map(|r| r.events + r.censored).sum();
    groups.push(group(ctx, GroupId::Network, n, Some(&merged)));
    let included: Vec<Vec<SurvivalObservation>> = shown.iter().map(|rows| observations(rows)).collect();
    let logrank = if included.len() >= 2 {
        let slices: Vec<&[SurvivalObservation]> = included.iter().map(Vec::as_slice).collect();
        logrank(&slices).map(|r| TestStatistic { statistic: r.statistic, df: r.df, p: r.p })
    } else {
        None
    };
    TimeToEventReport {
        id: spec.id.to_string(),
        indicator: spec.indicator.to_string(),
        label: spec.label.clone(),
        groups,
        logrank,
    }
}
