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
//! unknown age or sex (or sex "other") are in no stratum: they are counted
//! apart, in `unknown`.
//!
//! # Privacy: all or nothing per organisation and indicator
//!
//! An organisation's table is shown only when **every** non-empty stratum
//! and the unknown group (when not empty) hold at least `min_cell` people;
//! otherwise it keeps only its size `n` (which the status table already
//! shows) and no cell, no unknown count ([`suppress`]). Why all or nothing:
//! the organisation's status table at the wave is written too, and its
//! counts are the sum of the strata and the unknown group. Showing every
//! cell but one hidden one would give the hidden one by subtraction (status
//! minus the shown cells); the same holds for the unknown group, and for
//! its size alone the subtraction of the stratum sizes. With the rule, an
//! organisation whose table is shown has no hidden part at all, and one
//! whose table is hidden adds nothing to what its status table says. The
//! standardised figure is computed only from shown tables, so together with
//! the raw figure it gives away nothing either. The network's standard mix
//! is the merge of shown tables only, so subtracting shown organisations
//! from it leaves nothing hidden.

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
    /// The strata with people, sorted by stratum; absent when the table is
    /// hidden (a stratum or the unknown group below `min_cell`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cells: Option<Vec<StratumCell>>,
}

/// The stratum of a person, `None` when a factor the set standardises on
/// is unknown (or sex is "other").
fn stratum_of(set: &ReferenceSet, enrolment: Option<&Enrolment>) -> Option<StratumKey> {
    let mut key = StratumKey { age_band: None, sex: None };
    for factor in set.standardise() {
        match factor {
            StandardiseFactor::AgeBand => {
                let band = set.age_bands().band_of(enrolment?.age_at_entry?);
                key.age_band = Some(u32::try_from(band).ok()?);
            }
            StandardiseFactor::Sex => {
                key.sex = Some(match enrolment?.sex? {
                    Sex::Female => StratumSex::Female,
                    Sex::Male => StratumSex::Male,
                    Sex::Other => return None,
                });
            }
            #[allow(unreachable_patterns)]
            _ => return None,
        }
    }
    Some(key)
}

type Cells = BTreeMap<StratumKey, BTreeMap<(Key, bool), u64>>;

/// The strata tables of every organisation (in the order of
/// `organisations`), one per indicator of the set; empty when the set
/// declares no `standardise`. Not suppressed: see [`suppress`].
pub(crate) fn fold(set: &ReferenceSet, data: &Dataset, organisations: &[OrganisationCode]) -> Vec<Vec<StrataTable>> {
    if set.standardise().is_empty() {
        return organisations.iter().map(|_| Vec::new()).collect();
    }
    let wave = set.comparison_wave();
    let n_ind = set.registry().len();
    let index: HashMap<&OrganisationCode, usize> = organisations.iter().enumerate().map(|(i, o)| (o, i)).collect();
    // Per organisation and indicator: the cells and the unknown group's count.
    let mut accs: Vec<Vec<(Cells, u64)>> =
        organisations.iter().map(|_| (0..n_ind).map(|_| (Cells::new(), 0)).collect()).collect();
    for p in data.people() {
        let Some(&o) = index.get(p.organisation()) else { continue };
        let key = stratum_of(set, p.enrolment());
        for (k, acc) in accs[o].iter_mut().enumerate() {
            let Some(score) = p.answers(k).and_then(|a| a.score(wave)) else { continue };
            match key {
                Some(key) => {
                    let cell = acc.0.entry(key).or_default();
                    *cell.entry((Key::new(score.value), score.positive == Some(true))).or_default() += 1;
                }
                None => acc.1 += 1,
            }
        }
    }
    let ids: Vec<String> = set.registry().ids().map(|i| i.to_string()).collect();
    accs.into_iter()
        .map(|per_indicator| {
            per_indicator
                .into_iter()
                .zip(&ids)
                .map(|((cells, unknown), id)| {
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
                        n: unknown + cells.iter().map(|c| c.n).sum::<u64>(),
                        unknown: Some(unknown),
                        cells: Some(cells),
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

/// Hides a table that may not be shown: only its size stays.
pub(crate) fn suppress(table: &mut StrataTable, min_cell: u64) {
    let shown = match (&table.cells, table.unknown) {
        (Some(cells), Some(unknown)) => may_show(table.n, unknown, cells, min_cell),
        _ => false,
    };
    if !shown {
        table.cells = None;
        table.unknown = None;
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
    let (cells, unknown) = match (&table.cells, table.unknown) {
        (None, None) => return Ok(()),
        (Some(cells), Some(unknown)) => (cells, unknown),
        _ => return Err("strata hold cells without the unknown count, or the reverse".into()),
    };
    if !may_show(table.n, unknown, cells, min_cell) {
        return Err("strata show a group below the minimum cell size".into());
    }
    if unknown + cells.iter().map(|c| c.n).sum::<u64>() != table.n {
        return Err("the strata and the unknown group do not add up to the size".into());
    }
    let age = set.standardise().contains(&StandardiseFactor::AgeBand);
    let sex = set.standardise().contains(&StandardiseFactor::Sex);
    let bands = set.age_bands().len();
    for (i, c) in cells.iter().enumerate() {
        if c.scores.iter().map(|s| s.count).sum::<u64>() != c.n {
            return Err(format!("stratum {i}: its scores do not add up to its size"));
        }
        let band_ok = match c.stratum.age_band {
            Some(b) => age && (b as usize) < bands,
            None => !age,
        };
        if !band_ok || c.stratum.sex.is_some() != sex {
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
    let mut m: BTreeMap<StratumKey, Vec<&'a [ScoreCount]>> = BTreeMap::new();
    for cells in tables {
        for c in cells {
            m.entry(c.stratum).or_default().push(&c.scores);
        }
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

    #[test]
    fn a_table_is_shown_all_or_nothing() {
        let mut t = StrataTable {
            indicator: "x".into(),
            wave: Wave::Exit,
            n: 30,
            unknown: Some(0),
            cells: Some(vec![cell(0, 15), cell(1, 15)]),
        };
        suppress(&mut t, 11);
        assert!(t.cells.is_some());
        // One small stratum hides them all: the others would give it away
        // by subtraction from the status table.
        let mut t = StrataTable { n: 30, unknown: Some(0), cells: Some(vec![cell(0, 25), cell(1, 5)]), ..t };
        suppress(&mut t, 11);
        assert_eq!((t.cells, t.unknown), (None, None));
        // So does a small unknown group.
        let mut t = StrataTable {
            indicator: "x".into(),
            wave: Wave::Exit,
            n: 32,
            unknown: Some(2),
            cells: Some(vec![cell(0, 15), cell(1, 15)]),
        };
        suppress(&mut t, 11);
        assert_eq!((t.cells, t.unknown), (None, None));
        // A large unknown group is a shown group.
        assert!(may_show(41, 11, &[cell(0, 15), cell(1, 15)], 11));
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
