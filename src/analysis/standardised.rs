//! The comparison standardised on age band and sex: each organisation's
//! figure at the comparison wave directly standardised to the network's
//! mix of strata, beside the raw funnel (formulas in
//! [`crate::stats::direct_standardise`]).
//!
//! Every organisation is standardised on the same strata: one step of the
//! set's collapse chain ([`crate::tables::collapse_chain`]), chosen once for
//! the network by [`level`]. The standard population is the merge of the
//! strata tables of the organisations on the raw funnel shown at that step
//! or a finer one, collapsed to it (a table hidden, or shown only at a
//! coarser step, is not counted anywhere, see
//! [`crate::tables::StrataTable`]); its people of unknown age or sex are
//! not in it. Its figure under its own mix, its crude figure over the
//! strata, is the centre line. An organisation is standardised only when
//! it is in the standard and has people in every stratum of the mix;
//! otherwise its figure is `null` with the reason.

use super::{expand, Context};
use crate::catalogue::StandardiseFactor;
use crate::report::{
    AgeRange, Comparison, NotStandardised, StandardStratum, StandardisedComparison, StandardisedPoint, StrataUsed,
};
use crate::set::ReferenceSet;
use crate::stats::{direct_standardise, standardised_se, standardised_test, summarize, Stratum};
use crate::tables::{collapse_chain, collapse_strata, merge_strata, Collapse, StratumCell};

/// The figure (proportion or mean) and sample sd of a stratum.
fn figures(cell: &StratumCell, ctx: &Context<'_>, proportion: bool) -> Option<(f64, Option<f64>)> {
    if proportion {
        let x: u64 = cell.scores.iter().filter(|s| s.positive).map(|s| s.count).sum();
        (cell.n > 0).then(|| (x as f64 / cell.n as f64, None))
    } else {
        summarize(&expand(&cell.scores, false), ctx.confidence).map(|s| (s.mean, s.sd))
    }
}

/// The stratum of the group with the given weight, figure and sd.
fn stratum(weight: f64, n: u64, figure: f64, sd: Option<f64>, proportion: bool) -> Stratum {
    if proportion {
        Stratum { weight, n, estimate: figure, variance: Some(figure * (1.0 - figure)) }
    } else {
        Stratum::mean(weight, n, figure, sd)
    }
}

/// The standardised comparison of indicator `k`, beside `raw`; `None` when
/// the set declares no `standardise`.
pub(super) fn standardised(
    ctx: &Context<'_>,
    set: &ReferenceSet,
    k: usize,
    raw: &Comparison,
    proportion: bool,
) -> Option<StandardisedComparison> {
    let factors: Vec<StandardiseFactor> = set.standardise().to_vec();
    if factors.is_empty() {
        return None;
    }
    let chain = collapse_chain(set);
    // The strata tables of the organisations on the raw funnel, in its
    // order, with the step of the chain they are shown at.
    let tables: Vec<Option<(usize, &[StratumCell])>> = raw
        .funnel
        .iter()
        .map(|point| {
            let org = ctx.organisations.iter().find(|o| o.organisation.as_str() == point.organisation.as_str())?;
            let table = org.strata.get(k)?;
            Some((table.level? as usize, table.cells.as_deref()?))
        })
        .collect();
    let level = level(&chain, &tables);
    let step = chain[level];
    // Each table collapsed to the chosen step; `None` for a table shown
    // only at a coarser one (or hidden).
    let on_funnel: Vec<Option<Vec<StratumCell>>> = tables
        .iter()
        .map(|t| t.filter(|(l, _)| *l <= level).map(|(l, cells)| collapse_strata(cells, chain[l], step).0))
        .collect();
    let standard = merge_strata(on_funnel.iter().flatten().map(Vec::as_slice));
    let total: u64 = standard.iter().map(|c| c.n).sum();
    let network: Vec<(f64, Option<f64>)> =
        standard.iter().map(|c| figures(c, ctx, proportion).unwrap_or((0.0, None))).collect();
    let weights: Vec<f64> = standard.iter().map(|c| c.n as f64 / total as f64).collect();
    let v0 = (total > 0).then(|| weights.iter().zip(&network).map(|(w, (f, _))| w * f).sum::<f64>());
    let bands = set.age_bands();
    let standard_out = standard
        .iter()
        .zip(&weights)
        .map(|(c, w)| StandardStratum {
            age_band: c.stratum.age_band.map(|g| {
                let (first, last) = step.bands_of(g, bands.len());
                AgeRange::new(bands.range(first).0, bands.range(last).1)
            }),
            sex: c.stratum.sex,
            n: c.n,
            weight: *w,
        })
        .collect();
    let funnel = raw
        .funnel
        .iter()
        .zip(&on_funnel)
        .map(|(point, cells)| {
            let mut out = StandardisedPoint {
                organisation: point.organisation.clone(),
                n: point.n,
                raw_estimate: point.estimate,
                estimate: None,
                se: None,
                ci_low: None,
                ci_high: None,
                z: None,
                p: None,
                limit95_low: None,
                limit95_high: None,
                limit998_low: None,
                limit998_high: None,
                flag: None,
                reason: None,
            };
            let Some(cells) = cells.as_deref() else {
                out.reason = Some(NotStandardised::SmallStratum);
                return out;
            };
            // The organisation's strata, aligned with the standard's; every
            // one of its strata is in the standard (its table is merged in it).
            let own: Option<Vec<(&StratumCell, f64, Option<f64>)>> = standard
                .iter()
                .map(|s| {
                    let c = cells.iter().find(|c| c.stratum == s.stratum)?;
                    let (f, sd) = figures(c, ctx, proportion)?;
                    Some((c, f, sd))
                })
                .collect();
            let Some(own) = own else {
                out.reason = Some(NotStandardised::MissingStratum);
                return out;
            };
            let strata: Vec<Stratum> =
                own.iter().zip(&weights).map(|((c, f, sd), w)| stratum(*w, c.n, *f, *sd, proportion)).collect();
            let Some(d) = direct_standardise(&strata, ctx.confidence, proportion) else {
                out.reason = Some(NotStandardised::MissingStratum);
                return out;
            };
            out.estimate = Some(d.estimate);
            out.se = d.se;
            out.ci_low = d.ci.map(|c| c.low);
            out.ci_high = d.ci.map(|c| c.high);
            let null: Vec<Stratum> = own
                .iter()
                .zip(&weights)
                .zip(&network)
                .map(|(((c, _, _), w), (f, sd))| stratum(*w, c.n, *f, *sd, proportion))
                .collect();
            let test =
                v0.zip(standardised_se(&null)).and_then(|(v0, se0)| standardised_test(d.estimate, v0, se0, proportion));
            if let Some(t) = test {
                out.z = t.z;
                out.p = t.p;
                out.limit95_low = Some(t.limits.low95);
                out.limit95_high = Some(t.limits.high95);
                out.limit998_low = Some(t.limits.low998);
                out.limit998_high = Some(t.limits.high998);
                out.flag = Some(t.flag);
            }
            out
        })
        .collect();
    let strata = StrataUsed {
        level: u32::try_from(level).unwrap_or(u32::MAX),
        age_bands_merged: step.age_merge.map(|m| 1u32.checked_shl(m).unwrap_or(u32::MAX)),
        sex: step.sex,
    };
    Some(StandardisedComparison { factors, strata, network_estimate: v0, standard: standard_out, funnel })
}

/// How many organisations of `tables` (each with the step it is shown at)
/// can be standardised at step `level`: shown at that step or a finer one,
/// and with people in every stratum of their merge at that step.
fn standardisable(tables: &[Option<(usize, &[StratumCell])>], chain: &[Collapse], level: usize) -> usize {
    let collapsed: Vec<Vec<StratumCell>> = tables
        .iter()
        .flatten()
        .filter(|(l, _)| *l <= level)
        .map(|(l, cells)| collapse_strata(cells, chain[*l], chain[level]).0)
        .collect();
    let standard = merge_strata(collapsed.iter().map(Vec::as_slice));
    collapsed.iter().filter(|cells| cells.len() == standard.len()).count()
}

/// The step of the chain every organisation is standardised at, decided
/// once for the network: the finest at which at least four in five of the
/// organisations on the raw funnel can be standardised
/// ([`standardisable`]); when no step reaches it, the finest of those that
/// standardise the most. Step 0 when the funnel is empty.
fn level(chain: &[Collapse], tables: &[Option<(usize, &[StratumCell])>]) -> usize {
    let counts: Vec<usize> = (0..chain.len()).map(|l| standardisable(tables, chain, l)).collect();
    let enough = |c: usize| c * 5 >= tables.len() * 4;
    let most = counts.iter().copied().max().unwrap_or(0);
    counts.iter().position(|c| enough(*c)).or_else(|| counts.iter().position(|c| *c == most)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::{ScoreCount, StratumKey};

    fn cells(bands: &[u32]) -> Vec<StratumCell> {
        bands
            .iter()
            .map(|b| StratumCell {
                stratum: StratumKey { age_band: Some(*b), sex: None },
                n: 20,
                scores: vec![ScoreCount { score: 1.0, positive: true, count: 20 }],
            })
            .collect()
    }

    /// Four age bands without sex: steps 0 (4 bands) and 1 (2 groups).
    fn chain() -> Vec<Collapse> {
        let step = |m| Collapse { age_merge: Some(m), sex: false };
        vec![step(0), step(1)]
    }

    #[test]
    fn the_network_takes_the_finest_step_where_four_in_five_are_standardised() {
        let full = cells(&[0, 1, 2, 3]);
        let coarse = [StratumCell { stratum: StratumKey { age_band: Some(0), sex: None }, ..full[0].clone() }];
        // Four shown at step 0, one only at step 1: 4 of 5 at step 0.
        let mut tables: Vec<Option<(usize, &[StratumCell])>> = vec![Some((0, &full[..])); 4];
        tables.push(Some((1, &coarse[..])));
        assert_eq!(level(&chain(), &tables), 0);
        // Three of five at step 0; at step 1 the coarse one lacks group 1
        // (the others have it), so still three: no step reaches four in
        // five, and the finest of those that standardise the most is 0.
        tables[3] = None;
        assert_eq!(standardisable(&tables, &chain(), 0), 3);
        assert_eq!(standardisable(&tables, &chain(), 1), 3);
        assert_eq!(level(&chain(), &tables), 0);
        // Shown at step 1 with both its age groups: 4 of 5 at step 1.
        let both = cells(&[0, 1]);
        tables[4] = Some((1, &both[..]));
        assert_eq!(standardisable(&tables, &chain(), 1), 4);
        assert_eq!(level(&chain(), &tables), 1);
        // No organisation on the funnel: step 0.
        assert_eq!(level(&chain(), &[]), 0);
    }
}
