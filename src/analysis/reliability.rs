//! Cronbach's alpha of each composite scale at each wave.

use super::{Context, WAVES};
use crate::catalogue::{Measure, ReferenceSet};
use crate::report::Reliability;
use crate::stats::cronbach_alpha;

pub(super) fn reliability(ctx: &Context<'_>, set: &ReferenceSet) -> Vec<Reliability> {
    let ids: Vec<&str> = set.registry().ids().map(|i| i.as_str()).collect();
    let mut out = Vec::new();
    for ind in set.registry().iter() {
        let Some(composite) = &ind.definition().composite else { continue };
        // (position, reverse, scale bounds) of each item; items are checked
        // to be in the set when it is resolved.
        let items: Vec<(usize, bool, Option<(i64, i64)>)> = composite
            .items
            .iter()
            .filter_map(|item| {
                let k = ids.iter().position(|id| *id == item.indicator.as_str())?;
                let bounds = match &set.registry().get(item.indicator.as_str())?.definition().measure {
                    Measure::Ordinal { min, max, .. } => Some((*min, *max)),
                    _ => None,
                };
                Some((k, item.reverse, bounds))
            })
            .collect();
        for wave in WAVES {
            let rows: Vec<Vec<Option<f64>>> = ctx
                .members(None)
                .map(|p| {
                    items
                        .iter()
                        .map(|&(k, reverse, bounds)| {
                            let v = p.answers(k)?.score(wave)?.value;
                            Some(match (reverse, bounds) {
                                (true, Some((lo, hi))) => (lo + hi) as f64 - v,
                                _ => v,
                            })
                        })
                        .collect::<Vec<_>>()
                })
                .filter(|row| row.iter().any(Option::is_some))
                .collect();
            if rows.is_empty() {
                continue;
            }
            let n_complete = rows.iter().filter(|r| r.iter().all(Option::is_some)).count() as u64;
            let suppressed = ctx.suppressed(n_complete);
            out.push(Reliability {
                indicator: ind.id().to_string(),
                wave,
                n_complete,
                alpha: if suppressed { None } else { cronbach_alpha(&rows) },
                suppressed,
            });
        }
    }
    out
}
