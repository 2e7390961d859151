//! Status by stratum (age band × sex) at the comparison wave: the tables
//! the standardised comparison is computed from, when the set declares
//! `standardise`.
//!
//! A person's stratum comes from the enrolment: the age band of the age at
//! entry (the set's [`AgeBands`](crate::catalogue::AgeBands)) and the sex,
//! each only when the set standardises on it. Sex strata are `female` and
//! `male`: "other or not disclosed" mixes people who did not say with
//! people of another sex, and a stratum most organisations have nobody in
//! would leave almost every organisation unstandardisable. People with an
//! unknown age or sex (or sex "other") are in no stratum at a step of the
//! collapse chain that uses that factor: they are counted apart, in
//! `unknown`.
//!
//! # The collapse chain
//!
//! With six age bands by two sexes, an organisation of a few hundred
//! people nearly always has a stratum, or a group of unknown sex, below
//! `min_cell`. The strata are therefore merged along a chain fixed by the
//! set ([`collapse_chain`]): sex dropped first, then adjacent age bands
//! merged two by two, down to two age groups. Each step merges whole
//! strata of the one before (the chain is nested), so a table at one step
//! gives every coarser step by merging, and nothing finer.
//!
//! # Privacy: all or nothing per organisation, indicator and step
//!
//! An organisation's table is shown at the **finest step** of the chain at
//! which every non-empty stratum and the unknown group (when not empty)
//! hold at least `min_cell` people; at no step, it keeps only its size `n`
//! (which the status table already shows) and no cell, no unknown count
//! ([`suppress`]). Only that one step is written: the finer steps are not
//! (one of their strata is small), the coarser ones are sums of the shown
//! cells. Why all or nothing: the organisation's status table at the wave
//! is written too, and its counts are the sum of the strata and the
//! unknown group. Showing every cell but one hidden one would give the
//! hidden one by subtraction (status minus the shown cells); the same holds
//! for the unknown group, and for its size alone the subtraction of the
//! stratum sizes. With the rule, an organisation whose table is shown has
//! no hidden part at its step, and one whose table is hidden adds nothing
//! to what its status table says. The standardised figure is computed only
//! from shown tables (collapsed further to the network's step), so
//! together with the raw figure it gives away nothing either. The
//! network's standard mix is the merge of the tables standardised only, so
//! subtracting them from it leaves nothing hidden.

use super::key::Key;
use super::ScoreCount;
use crate::catalogue::{StandardiseFactor, Wave};
use crate::data::{Dataset, Enrolment, Sex};
use crate::ids::OrganisationCode;
use crate::set::ReferenceSet;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The sex of a stratum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StratumSex {
    /// Women and girls.
    Female,
    /// Men and boys.
    Male,
}

/// A stratum: an age band and a sex, each present only when the set
/// standardises on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
pub struct StratumKey {
    /// The age band of the age at entry (0-based, in the set's age bands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<u32>,
    /// The sex recorded at enrolment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<StratumSex>,
}

/// The status of one stratum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StratumCell {
    /// Which stratum.
    pub stratum: StratumKey,
    /// People of the stratum with a score (at least `min_cell`).
    pub n: u64,
    /// The frequency table of their scores, sorted by score then positivity.
    pub scores: Vec<ScoreCount>,
}

/// The status of one indicator at the comparison wave, by stratum, in one
/// organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StrataTable {
    /// Indicator id.
    pub indicator: String,
    /// The wave (the set's comparison wave).
    pub wave: Wave,
    /// People with a score at the wave (the status table's `n`).
    pub n: u64,
    /// People with a score and no stratum (age or sex unknown, or sex
    /// other); absent when the table is hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unknown: Option<u64>,
    /// The strata with people, sorted by stratum, at the finest step of
    /// the collapse chain ([`collapse_chain`]) at which the table may be
    /// shown; absent when it may be shown at none (a stratum or the unknown
    /// group below `min_cell` at every step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cells: Option<Vec<StratumCell>>,
    /// The step of the collapse chain the cells are at (0: the set's age
    /// bands and sexes); absent with the cells.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
}

/// One step of the collapse chain: how far the set's strata are merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Collapse {
    /// Adjacent age bands are merged `2^age_merge` at a time, from the
    /// youngest (0: the set's bands as declared); `None` when age band is
    /// not a factor.
    pub age_merge: Option<u32>,
    /// Whether sex is a factor at this step.
    pub sex: bool,
}

impl Collapse {
    /// How many age groups `bands` age bands make at this step (1 when age
    /// is not a factor).
    pub fn age_groups(self, bands: usize) -> usize {
        let width = self.age_merge.map_or(usize::MAX, |m| 1usize.checked_shl(m).unwrap_or(usize::MAX));
        bands.div_ceil(width).max(1)
    }

    /// The set's age bands (first, last; 0-based) that age group `group`
    /// merges, of `bands` bands.
    pub fn bands_of(self, group: u32, bands: usize) -> (usize, usize) {
        let m = self.age_merge.unwrap_or(u32::MAX);
        let last = bands.saturating_sub(1);
        let first = (group as usize).checked_shl(m).unwrap_or(usize::MAX).min(last);
        let next = (group as usize + 1).checked_shl(m).unwrap_or(usize::MAX);
        (first, next.saturating_sub(1).min(last))
    }

    /// The stratum at this step of a stratum at step `from` (a finer one),
    /// `None` when a factor of this step is unknown in it.
    fn key(self, from: Collapse, key: StratumKey) -> Option<StratumKey> {
        let age_band = match self.age_merge {
            Some(m) => Some(key.age_band?.checked_shr(m.saturating_sub(from.age_merge.unwrap_or(0))).unwrap_or(0)),
            None => None,
        };
        let sex = if self.sex { Some(key.sex?) } else { None };
        Some(StratumKey { age_band, sex })
    }
}

/// The collapse chain of a set, from its strata as declared to the
/// coarsest. When the set standardises on age band and sex, the first step
/// drops sex (people of sex "other or not disclosed" then have a stratum,
/// and age usually matters more to the outcomes than sex); then each step
/// merges adjacent age bands two by two, from the youngest, down to two
/// age groups (one group would be the crude figure, not a step). Each step
/// merges whole strata of the one before, so the chain is nested, the same
/// for every organisation and known before any data is read.
pub fn collapse_chain(set: &ReferenceSet) -> Vec<Collapse> {
    let age = set.standardise().contains(&StandardiseFactor::AgeBand);
    let sex = set.standardise().contains(&StandardiseFactor::Sex);
    let bands = set.age_bands().len();
    let mut chain = vec![Collapse { age_merge: age.then_some(0), sex }];
    if age {
        if sex {
            chain.push(Collapse { age_merge: Some(0), sex: false });
        }
        let groups = |j: u32| Collapse { age_merge: Some(j), sex: false }.age_groups(bands);
        let mut j = 0;
        while groups(j + 1) >= 2 && groups(j + 1) < groups(j) {
            j += 1;
            chain.push(Collapse { age_merge: Some(j), sex: false });
        }
    }
    chain
}

/// The cells `cells`, at step `from`, merged at step `to` (a coarser one or
/// the same), and how many of their people have no stratum at `to` (a
/// factor of `to` unknown).
pub(crate) fn collapse(cells: &[StratumCell], from: Collapse, to: Collapse) -> (Vec<StratumCell>, u64) {
    let unknown = cells.iter().filter(|c| to.key(from, c.stratum).is_none()).map(|c| c.n).sum();
    let known = merge_keyed(cells.iter().filter_map(|c| Some((to.key(from, c.stratum)?, &c.scores[..]))));
    (known, unknown)
}

/// The stratum of a person at the set's strata as declared: a factor the
/// set standardises on is absent when unknown (and sex when "other or not
/// disclosed"); such a person has a stratum only at the steps of the
/// collapse chain that do not use that factor.
fn stratum_of(set: &ReferenceSet, enrolment: Option<&Enrolment>) -> StratumKey {
    let mut key = StratumKey { age_band: None, sex: None };
    for factor in set.standardise() {
        match factor {
            StandardiseFactor::AgeBand => {
                key.age_band = enrolment
                    .and_then(|e| e.age_at_entry)
                    .and_then(|age| u32::try_from(set.age_bands().band_of(age)).ok());
            }
            StandardiseFactor::Sex => {
                key.sex = enrolment.and_then(|e| e.sex).and_then(|sex| match sex {
                    Sex::Female => Some(StratumSex::Female),
                    Sex::Male => Some(StratumSex::Male),
                    Sex::Other => None,
                });
            }
            #[allow(unreachable_patterns)]
            _ => {}
        }
    }
    key
}

type Cells = BTreeMap<StratumKey, BTreeMap<(Key, bool), u64>>;

/// The strata tables of every organisation (in the order of
/// `organisations`), one per indicator of the set; empty when the set
/// declares no `standardise`. Not suppressed: the cells are by stratum as
/// declared, a factor unknown left absent in the key, with no `unknown`
/// count and no `level`, until [`suppress`] collapses them.
pub(crate) fn fold(set: &ReferenceSet, data: &Dataset, organisations: &[OrganisationCode]) -> Vec<Vec<StrataTable>> {
    if set.standardise().is_empty() {
        return organisations.iter().map(|_| Vec::new()).collect();
    }
    let wave = set.comparison_wave();
    let n_ind = set.registry().len();
    let index: HashMap<&OrganisationCode, usize> = organisations.iter().enumerate().map(|(i, o)| (o, i)).collect();
    // Per organisation and indicator: the cells.
    let mut accs: Vec<Vec<Cells>> = organisations.iter().map(|_| (0..n_ind).map(|_| Cells::new()).collect()).collect();
    for p in data.people() {
        let Some(&o) = index.get(p.organisation()) else { continue };
        let key = stratum_of(set, p.enrolment());
        for (k, acc) in accs[o].iter_mut().enumerate() {
            let Some(score) = p.answers(k).and_then(|a| a.score(wave)) else { continue };
            let cell = acc.entry(key).or_default();
            *cell.entry((Key::new(score.value), score.positive == Some(true))).or_default() += 1;
        }
    }
    let ids: Vec<String> = set.registry().ids().map(|i| i.to_string()).collect();
    accs.into_iter()
        .map(|per_indicator| {
            per_indicator
                .into_iter()
                .zip(&ids)
                .map(|(cells, id)| {
                    let cells: Vec<StratumCell> = cells
                        .into_iter()
                        .map(|(stratum, t)| StratumCell {
                            stratum,
                            n: t.values().sum(),
                            scores: t
                                .into_iter()
                                .map(|((k, positive), count)| ScoreCount { score: k.get(), positive, count })
                                .collect(),
                        })
                        .collect();
                    StrataTable {
                        indicator: id.clone(),
                        wave,
                        n: cells.iter().map(|c| c.n).sum::<u64>(),
                        unknown: None,
                        cells: Some(cells),
                        level: None,
                    }
                })
                .collect()
        })
        .collect()
}

/// Whether a table may be shown at `min_cell`: its size, every stratum
/// and the unknown group (when not empty) reach `min_cell` (module docs).
pub(crate) fn may_show(n: u64, unknown: u64, cells: &[StratumCell], min_cell: u64) -> bool {
    n >= min_cell && (unknown == 0 || unknown >= min_cell) && cells.iter().all(|c| c.n >= min_cell)
}

/// Collapses a table from [`fold`] to the finest step of `chain` at which
/// it may be shown and has a stratum (everyone unknown at a step, as when
/// no sex is recorded, is not a step to stop at), or hides it: only its size stays. A table already
/// collapsed is kept when it may be shown as it is, hidden otherwise.
pub(crate) fn suppress(table: &mut StrataTable, chain: &[Collapse], min_cell: u64) {
    let shown = match (&table.cells, table.unknown, table.level, chain.first()) {
        (Some(cells), None, None, Some(first)) => chain
            .iter()
            .enumerate()
            .map(|(j, step)| (j, collapse(cells, *first, *step)))
            .find(|(_, (cells, unknown))| !cells.is_empty() && may_show(table.n, *unknown, cells, min_cell))
            .and_then(|(j, shown)| Some((u32::try_from(j).ok()?, shown))),
        (Some(cells), Some(unknown), Some(level), _) => {
            may_show(table.n, unknown, cells, min_cell).then(|| (level, (cells.clone(), unknown)))
        }
        _ => None,
    };
    match shown {
        Some((level, (cells, unknown))) => {
            table.cells = Some(cells);
            table.unknown = Some(unknown);
            table.level = Some(level);
        }
        None => {
            table.cells = None;
            table.unknown = None;
            table.level = None;
        }
    }
}

/// Checks a table read from an aggregate: shown only when it may be, its
/// counts adding up, its strata those the set standardises on, and its
/// size the status table's at the wave (`status_n`). The error says what
/// does not hold.
pub(crate) fn check(table: &StrataTable, set: &ReferenceSet, status_n: u64, min_cell: u64) -> Result<(), String> {
    if table.wave != set.comparison_wave() {
        return Err(format!("strata at wave {}, the set compares at {}", table.wave, set.comparison_wave()));
    }
    if table.n != status_n {
        return Err(format!("strata count {} people, the status at the wave {status_n}", table.n));
    }
    let chain = collapse_chain(set);
    let (cells, unknown, step) = match (&table.cells, table.unknown, table.level) {
        (None, None, None) => return Ok(()),
        (Some(cells), Some(unknown), Some(level)) => match chain.get(level as usize) {
            Some(step) => (cells, unknown, *step),
            None => return Err(format!("strata at collapse step {level}, the set has {}", chain.len())),
        },
        _ => return Err("strata hold cells without the unknown count or the step, or the reverse".into()),
    };
    if !may_show(table.n, unknown, cells, min_cell) {
        return Err("strata show a group below the minimum cell size".into());
    }
    if unknown + cells.iter().map(|c| c.n).sum::<u64>() != table.n {
        return Err("the strata and the unknown group do not add up to the size".into());
    }
    let age = step.age_merge.is_some();
    let groups = step.age_groups(set.age_bands().len());
    for (i, c) in cells.iter().enumerate() {
        if c.scores.iter().map(|s| s.count).sum::<u64>() != c.n {
            return Err(format!("stratum {i}: its scores do not add up to its size"));
        }
        let band_ok = match c.stratum.age_band {
            Some(b) => age && (b as usize) < groups,
            None => !age,
        };
        if !band_ok || c.stratum.sex.is_some() != step.sex {
            return Err(format!("stratum {i} is not one of the set's strata"));
        }
        if i > 0 && cells[i - 1].stratum >= c.stratum {
            return Err("strata are not sorted".into());
        }
    }
    Ok(())
}

/// Merges the shown tables of one indicator: people with a score by
/// stratum, across organisations (the network's standard population).
pub(crate) fn merge<'a>(tables: impl IntoIterator<Item = &'a [StratumCell]>) -> Vec<StratumCell> {
    merge_keyed(tables.into_iter().flatten().map(|c| (c.stratum, &c.scores[..])))
}

/// Merges score tables by stratum, sorted by stratum.
fn merge_keyed<'a>(cells: impl IntoIterator<Item = (StratumKey, &'a [ScoreCount])>) -> Vec<StratumCell> {
    let mut m: BTreeMap<StratumKey, Vec<&'a [ScoreCount]>> = BTreeMap::new();
    for (key, scores) in cells {
        m.entry(key).or_default().push(scores);
    }
    m.into_iter()
        .map(|(stratum, scores)| {
            let scores = super::merge_scores(scores);
            StratumCell { stratum, n: scores.iter().map(|s| s.count).sum(), scores }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(band: u32, n: u64) -> StratumCell {
        StratumCell {
            stratum: StratumKey { age_band: Some(band), sex: None },
            n,
            scores: vec![ScoreCount { score: 1.0, positive: true, count: n }],
        }
    }

    fn keyed(band: Option<u32>, sex: Option<StratumSex>, n: u64) -> StratumCell {
        StratumCell { stratum: StratumKey { age_band: band, sex }, ..cell(0, n) }
    }

    /// A table as [`fold`] makes it: cells at the set's strata, a factor
    /// unknown left absent.
    fn raw(cells: Vec<StratumCell>) -> StrataTable {
        StrataTable {
            indicator: "x".into(),
            wave: Wave::Exit,
            n: cells.iter().map(|c| c.n).sum(),
            unknown: None,
            cells: Some(cells),
            level: None,
        }
    }

    /// The chain of 6 age bands by sex: 6 × 2, 6, 3, 2.
    const SIX_BY_SEX: [Collapse; 4] = [
        Collapse { age_merge: Some(0), sex: true },
        Collapse { age_merge: Some(0), sex: false },
        Collapse { age_merge: Some(1), sex: false },
        Collapse { age_merge: Some(2), sex: false },
    ];

    const AGE_ONLY: [Collapse; 1] = [Collapse { age_merge: Some(0), sex: false }];

    #[test]
    fn a_table_is_shown_all_or_nothing() {
        let mut t = raw(vec![cell(0, 15), cell(1, 15)]);
        suppress(&mut t, &AGE_ONLY, 11);
        assert_eq!((t.cells.as_ref().map(Vec::len), t.unknown, t.level), (Some(2), Some(0), Some(0)));
        // One small stratum hides them all: the others would give it away
        // by subtraction from the status table.
        let mut t = raw(vec![cell(0, 25), cell(1, 5)]);
        suppress(&mut t, &AGE_ONLY, 11);
        assert_eq!((t.cells, t.unknown, t.level), (None, None, None));
        assert_eq!(t.n, 30);
        // So does a small unknown group (age unknown: no age band).
        let mut t = raw(vec![cell(0, 15), cell(1, 15), keyed(None, None, 2)]);
        suppress(&mut t, &AGE_ONLY, 11);
        assert_eq!((t.cells, t.unknown), (None, None));
        // A large unknown group is a shown group.
        assert!(may_show(41, 11, &[cell(0, 15), cell(1, 15)], 11));
    }

    #[test]
    fn a_table_is_shown_at_the_finest_step_where_every_stratum_is_large_enough() {
        use StratumSex::{Female as F, Male as M};
        // Bands 0..5 by sex, 20 people each, but 5 men in band 5 and 3
        // people of sex "other" in band 2: step 0 hides them (5 men, 3
        // unknown); once sex is dropped every band holds 25 or more: step 1.
        let mut cells: Vec<StratumCell> = (0..6)
            .flat_map(|b| [keyed(Some(b), Some(F), 20), keyed(Some(b), Some(M), if b == 5 { 5 } else { 20 })])
            .collect();
        cells.push(keyed(Some(2), None, 3));
        let mut t = raw(cells.clone());
        suppress(&mut t, &SIX_BY_SEX, 11);
        assert_eq!(t.level, Some(1));
        assert_eq!(t.unknown, Some(0), "sex 'other' has a stratum once sex is dropped");
        let sizes: Vec<u64> = t.cells.iter().flatten().map(|c| c.n).collect();
        assert_eq!(sizes, [40, 40, 43, 40, 40, 25]);
        // Band 4 with 4 women and no men: its band is too small without
        // sex, band pairs (4, 5) hold 29: step 2, three age groups.
        cells.retain(|c| c.stratum.age_band != Some(4));
        cells.push(keyed(Some(4), Some(F), 4));
        let mut t = raw(cells);
        suppress(&mut t, &SIX_BY_SEX, 11);
        assert_eq!(t.level, Some(2));
        let groups: Vec<(Option<u32>, u64)> = t.cells.iter().flatten().map(|c| (c.stratum.age_band, c.n)).collect();
        assert_eq!(groups, [(Some(0), 80), (Some(1), 83), (Some(2), 29)]);
        // From step 2 to step 3: groups (0, 1) and (2) of step 2.
        let (up, unknown) = collapse(t.cells.as_deref().unwrap_or_default(), SIX_BY_SEX[2], SIX_BY_SEX[3]);
        let groups: Vec<(Option<u32>, u64)> = up.iter().map(|c| (c.stratum.age_band, c.n)).collect();
        assert_eq!((groups, unknown), (vec![(Some(0), 163), (Some(1), 29)], 0));
        // Unknown age stays unknown at every step: 5 of them hide it all.
        let mut t = raw(vec![keyed(Some(0), Some(F), 40), keyed(Some(3), Some(M), 40), keyed(None, Some(F), 5)]);
        suppress(&mut t, &SIX_BY_SEX, 11);
        assert_eq!((t.level, t.n), (None, 85));
        // Nobody's sex recorded: everyone is unknown at step 0, which is
        // not a step to stop at; step 1 has their age bands.
        let mut t = raw(vec![cell(0, 40), cell(3, 40)]);
        suppress(&mut t, &SIX_BY_SEX, 11);
        assert_eq!((t.level, t.unknown), (Some(1), Some(0)));
    }

    #[test]
    fn the_chain_drops_sex_then_halves_the_age_bands_down_to_two() {
        assert_eq!(Collapse { age_merge: Some(1), sex: false }.age_groups(5), 3);
        assert_eq!(Collapse { age_merge: Some(2), sex: false }.bands_of(1, 5), (4, 4));
        assert_eq!(Collapse { age_merge: Some(1), sex: false }.bands_of(1, 6), (2, 3));
        assert_eq!(Collapse { age_merge: None, sex: true }.age_groups(6), 1);
    }

    #[test]
    fn merging_adds_strata_in_order() {
        let a = [cell(0, 12), cell(2, 11)];
        let b = [cell(1, 13), cell(2, 14)];
        let m = merge([&a[..], &b[..]]);
        let sizes: Vec<(Option<u32>, u64)> = m.iter().map(|c| (c.stratum.age_band, c.n)).collect();
        assert_eq!(sizes, [(Some(0), 12), (Some(1), 13), (Some(2), 25)]);
    }
}
