//! Time to event: Kaplan-Meier from entry to the first positive answer,
//! censored at exit or at the `as_of` date, and the log-rank test.

use super::Context;
use crate::catalogue::{TimeToEventSpec, Wave};
use crate::ids::OrganisationCode;
use crate::report::{CurvePoint, SurvivalGroup, TestStatistic, TimeToEventReport};
use crate::stats::{kaplan_meier, logrank, SurvivalObservation};

/// The survival observation of every person at risk in a group.
///
/// A person is at risk from entry unless the answer that counts at entry is
/// already positive. The event is the first positive answer dated after
/// entry and no later than the censoring date (exit, or `as_of` while
/// support goes on). People who entered after `as_of` are not yet at risk.
fn observations(ctx: &Context<'_>, org: Option<&OrganisationCode>, k: usize) -> Vec<SurvivalObservation> {
    ctx.members(org)
        .filter_map(|p| {
            let enrolment = p.enrolment()?;
            let censor = enrolment.exit_date.or(ctx.as_of)?;
            if censor < enrolment.entry_date {
                return None;
            }
            let positive_at_entry =
                p.answers(k).and_then(|a| a.score(Wave::Entry)).is_some_and(|s| s.positive == Some(true));
            if positive_at_entry {
                return None;
            }
            let event = p.positive_dates(k).iter().find(|d| **d > enrolment.entry_date && **d <= censor);
            let end = event.copied().unwrap_or(censor);
            let days = (end - enrolment.entry_date).get_days();
            Some(SurvivalObservation { time: f64::from(days), event: event.is_some() })
        })
        .collect()
}

pub(super) fn time_to_event(ctx: &Context<'_>, spec: &TimeToEventSpec, k: usize) -> TimeToEventReport {
    let mut per_org: Vec<Vec<SurvivalObservation>> = Vec::new();
    let groups = ctx
        .groups()
        .map(|(name, org)| {
            let data = observations(ctx, org, k);
            let n = data.len() as u64;
            let events = data.iter().filter(|o| o.event).count() as u64;
            let mut group = SurvivalGroup {
                organisation: name,
                n,
                events,
                suppressed: ctx.suppressed(n),
                median_days: None,
                curve: None,
            };
            if !group.suppressed {
                if let Some(km) = kaplan_meier(&data, ctx.confidence) {
                    group.median_days = Some(km.median);
                    group.curve = Some(
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
                    );
                }
            }
            if org.is_some() {
                per_org.push(data);
            }
            group
        })
        .collect();
    let included: Vec<&[SurvivalObservation]> =
        per_org.iter().filter(|d| d.len() as u64 >= ctx.min_cell).map(|d| d.as_slice()).collect();
    let logrank = if included.len() >= 2 {
        logrank(&included).map(|r| TestStatistic { statistic: r.statistic, df: r.df, p: r.p })
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
