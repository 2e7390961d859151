//! Cronbach's alpha of each composite scale at each wave, for the network
//! made of the organisations whose own count of complete answers is shown.

use super::{Context, WAVES};
use crate::report::{Reliability, Suppressible};
use crate::set::ReferenceSet;
use crate::stats::cronbach_alpha_from_moments;
use crate::tables::{merge_moments, ScaleTable};

pub(super) fn reliability(ctx: &Context<'_>, set: &ReferenceSet) -> Vec<Reliability> {
    let mut out = Vec::new();
    for ind in set.registry().iter() {
        if ind.definition().composite.is_none() {
            continue;
        }
        let id = ind.id().as_str();
        for wave in WAVES {
            let tables: Vec<&ScaleTable> = ctx
                .organisations
                .iter()
                .filter_map(|o| o.reliability.iter().find(|r| r.indicator == id && r.wave == wave))
                .collect();
            if tables.is_empty() {
                continue;
            }
            let shown: Vec<&ScaleTable> = tables.into_iter().filter(|t| !ctx.suppressed(t.n_complete)).collect();
            let n_complete = shown.iter().map(|t| t.n_complete).sum();
            let alpha = if ctx.suppressed(n_complete) {
                Suppressible::Suppressed
            } else {
                Suppressible::Shown(
                    merge_moments(shown.iter().filter_map(|t| t.moments.as_ref()))
                        .and_then(|m| cronbach_alpha_from_moments(n_complete, &m.sums, &m.cross)),
                )
            };
            out.push(Reliability::new(id.to_string(), wave, n_complete, alpha));
        }
    }
    out
}
