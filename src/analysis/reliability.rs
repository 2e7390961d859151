//! Cronbach's alpha of each composite scale at each wave.

use super::{Context, WAVES};
use crate::report::Reliability;
use crate::set::ReferenceSet;
use crate::stats::cronbach_alpha;

pub(super) fn reliability(ctx: &Context<'_>, set: &ReferenceSet) -> Vec<Reliability> {
    let mut out = Vec::new();
    for (k, ind) in set.registry().iter().enumerate() {
        if ind.definition().composite.is_none() {
            continue;
        }
        let items = set.scale_items(k);
        for wave in WAVES {
            let rows: Vec<Vec<Option<f64>>> = ctx
                .members(None)
                .map(|p| {
                    items
                        .iter()
                        .map(|item| Some(item.aligned(p.answers(item.position)?.score(wave)?.value)))
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
