//! One pass over the people of a dataset into each organisation's tables.

use super::activity::ActivityAcc;
use super::key::{round9, Key};
use super::{
    ChangeTable, DurationCount, IndicatorTables, ItemMoments, LifeRow, LifeTable, MissingTally, OrganisationTables,
    QualityCounts, ScaleTable, ScoreCount, StatusTable,
};
use crate::catalogue::Wave;
use crate::data::{Dataset, Date, FoldWarning, MissingReason, PersonView};
use crate::ids::OrganisationCode;
use crate::ingest::ProblemCode;
use crate::report::{DurationEffect, DurationMethod};
use crate::set::{ReferenceSet, ScaleItem};
use crate::stats::spearman;
use std::collections::{BTreeMap, HashMap};

/// The waves in report order.
const WAVES: [Wave; 4] = [Wave::Entry, Wave::FollowUp, Wave::Exit, Wave::PostExit];

type Scores = BTreeMap<(Key, bool), u64>;
type Pairs = BTreeMap<(Key, bool, Key, bool), u64>;
type Durations = BTreeMap<(i64, Key), u64>;
type Life = BTreeMap<i64, (u64, u64)>;

#[derive(Default)]
struct Scale {
    answered: bool,
    rows: BTreeMap<Vec<Key>, u64>,
}

struct Acc {
    status: Vec<[Scores; 4]>,
    pairs: Vec<Pairs>,
    durations: Vec<Durations>,
    life: Vec<(u64, Life)>,
    scales: Vec<[Scale; 4]>,
    missing: BTreeMap<(usize, usize, Option<MissingReason>), u64>,
    quality: QualityCounts,
    activity: ActivityAcc,
}

impl Acc {
    fn new(indicators: usize, timed: usize, scales: usize) -> Acc {
        Acc {
            status: (0..indicators).map(|_| Default::default()).collect(),
            pairs: vec![Pairs::new(); indicators],
            durations: vec![Durations::new(); indicators],
            life: vec![(0, Life::new()); timed],
            scales: (0..scales).map(|_| Default::default()).collect(),
            missing: BTreeMap::new(),
            quality: QualityCounts::default(),
            activity: ActivityAcc::default(),
        }
    }
}

/// Folds every person of `data` into the tables of their organisation, in
/// one pass, without suppression (see [`OrganisationTables::suppress`]).
/// `as_of` censors support still going on; organisations are sorted by code.
pub fn fold(set: &ReferenceSet, data: &Dataset, as_of: Option<Date>) -> Vec<OrganisationTables> {
    let organisations = data.organisations();
    let index: HashMap<&OrganisationCode, usize> = organisations.iter().enumerate().map(|(i, o)| (o, i)).collect();
    let ids: Vec<String> = set.registry().ids().map(|i| i.to_string()).collect();
    let change = set.change();
    let timed: Vec<(String, Option<usize>)> = set
        .time_to_event()
        .iter()
        .map(|t| (t.id.to_string(), set.registry().ids().position(|id| *id == t.indicator)))
        .collect();
    let scales: Vec<(usize, Vec<ScaleItem>)> = set
        .registry()
        .iter()
        .enumerate()
        .filter(|(_, ind)| ind.definition().composite.is_some())
        .map(|(k, _)| (k, set.scale_items(k)))
        .collect();
    let mut accs: Vec<Acc> = organisations.iter().map(|_| Acc::new(ids.len(), timed.len(), scales.len())).collect();
    for p in data.people() {
        let Some(&o) = index.get(p.organisation()) else { continue };
        let acc = &mut accs[o];
        acc.quality.beneficiaries += 1;
        acc.quality.observations += p.observation_count();
        if p.enrolment().is_some() {
            acc.quality.enrolments += 1;
        }
        acc.activity.add(&p, ids.len(), as_of);
        for k in 0..ids.len() {
            let Some(answers) = p.answers(k) else { continue };
            for (w, wave) in WAVES.iter().enumerate() {
                let Some(a) = answers.get(*wave) else { continue };
                match a.score {
                    Some(s) => *acc.status[k][w].entry((Key::new(s.value), s.positive == Some(true))).or_default() += 1,
                    None => *acc.missing.entry((k, w, a.missing_reason)).or_default() += 1,
                }
            }
            if let (Some(from), Some(to)) = (answers.score(change.from), answers.score(change.to)) {
                let key =
                    (Key::new(from.value), from.positive == Some(true), Key::new(to.value), to.positive == Some(true));
                *acc.pairs[k].entry(key).or_default() += 1;
                if let Some(days) = p.enrolment().and_then(|e| e.duration_days()) {
                    *acc.durations[k].entry((days, Key::new(round9(to.value - from.value)))).or_default() += 1;
                }
            }
        }
        for (t, (_, k)) in timed.iter().enumerate() {
            if let Some((days, event)) = k.and_then(|k| survival_observation(&p, k, as_of)) {
                let life = &mut acc.life[t];
                life.0 += 1;
                let row = life.1.entry(days).or_default();
                if event {
                    row.0 += 1;
                } else {
                    row.1 += 1;
                }
            }
        }
        for (s, (_, items)) in scales.iter().enumerate() {
            for (w, wave) in WAVES.iter().enumerate() {
                let row: Vec<Option<f64>> = items
                    .iter()
                    .map(|item| Some(item.aligned(p.answers(item.position)?.score(*wave)?.value)))
                    .collect();
                if row.iter().all(Option::is_none) {
                    continue;
                }
                let scale = &mut acc.scales[s][w];
                scale.answered = true;
                if let Some(complete) = row.into_iter().map(|v| v.map(Key::new)).collect::<Option<Vec<Key>>>() {
                    *scale.rows.entry(complete).or_default() += 1;
                }
            }
        }
    }
    for (person_org, warning) in data.warnings_by_organisation() {
        if let Some(&o) = index.get(person_org) {
            *accs[o].quality.warnings.entry(warning_kind(warning).as_str().to_string()).or_default() += 1;
        }
    }
    let strata = super::strata::fold(set, data, &organisations);
    let served = super::served::fold(set, data, &organisations);
    organisations
        .iter()
        .zip(accs)
        .zip(strata.into_iter().zip(served))
        .map(|((org, acc), (strata, served))| OrganisationTables {
            strata,
            served: Some(served),
            ..finish(org, acc, &ids, &timed, &scales)
        })
        .collect()
}

/// The kind of a warning in the report.
pub(crate) fn warning_kind(w: &FoldWarning) -> ProblemCode {
    match w {
        FoldWarning::DuplicateObservation { .. } => ProblemCode::DuplicateObservation,
        FoldWarning::ConflictingDuplicates { .. } => ProblemCode::ConflictingDuplicates,
        FoldWarning::DuplicateEnrolment { .. } => ProblemCode::DuplicateEnrolment,
    }
}

/// A person's time to event: days since entry, and whether the event came.
///
/// A person is at risk from entry unless the answer that counts at entry is
/// already positive. The event is the first positive answer dated after
/// entry and no later than the censoring date (exit, or `as_of` while
/// support goes on). People who entered after `as_of` are not yet at risk.
fn survival_observation(p: &PersonView<'_>, k: usize, as_of: Option<Date>) -> Option<(i64, bool)> {
    let enrolment = p.enrolment()?;
    let censor = enrolment.exit_date.or(as_of)?;
    if censor < enrolment.entry_date {
        return None;
    }
    let positive_at_entry = p.answers(k).and_then(|a| a.score(Wave::Entry)).is_some_and(|s| s.positive == Some(true));
    if positive_at_entry {
        return None;
    }
    let event = p.positive_dates(k).iter().find(|d| **d > enrolment.entry_date && **d <= censor);
    let end = event.copied().unwrap_or(censor);
    Some((i64::from((end - enrolment.entry_date).get_days()), event.is_some()))
}

fn finish(
    org: &OrganisationCode,
    acc: Acc,
    ids: &[String],
    timed: &[(String, Option<usize>)],
    scales: &[(usize, Vec<ScaleItem>)],
) -> OrganisationTables {
    let Acc { status, pairs, durations, life, scales: scale_rows, missing, mut quality, activity } = acc;
    let indicators = ids
        .iter()
        .zip(status)
        .zip(pairs.into_iter().zip(durations))
        .map(|((id, status), (pairs, durations))| {
            let status = WAVES
                .iter()
                .zip(status)
                .filter(|(_, t)| !t.is_empty())
                .map(|(wave, t)| StatusTable {
                    wave: *wave,
                    n: t.values().sum(),
                    scores: Some(
                        t.into_iter()
                            .map(|((k, positive), count)| ScoreCount { score: k.get(), positive, count })
                            .collect(),
                    ),
                })
                .collect();
            let n_pairs = pairs.values().sum();
            let durations: Vec<DurationCount> = durations
                .into_iter()
                .map(|((days, c), count)| DurationCount { days, change: c.get(), count })
                .collect();
            IndicatorTables {
                indicator: id.clone(),
                status,
                change: ChangeTable {
                    n_pairs,
                    duration_effect: (n_pairs > 0).then(|| duration_effect(&durations)),
                    durations: Some(durations),
                    pairs: Some(super::pair_rows(pairs)),
                },
            }
        })
        .collect();
    let time_to_event = timed
        .iter()
        .zip(life)
        .map(|((id, _), (n, rows))| LifeTable {
            id: id.clone(),
            n,
            rows: Some(rows.into_iter().map(|(t, (events, censored))| LifeRow { t, events, censored }).collect()),
        })
        .collect();
    let mut reliability = Vec::new();
    for ((k, items), per_wave) in scales.iter().zip(scale_rows) {
        for (wave, scale) in WAVES.iter().zip(per_wave) {
            if !scale.answered {
                continue;
            }
            reliability.push(ScaleTable {
                indicator: ids[*k].clone(),
                wave: *wave,
                n_complete: scale.rows.values().sum(),
                moments: Some(moments(items.len(), &scale.rows)),
            });
        }
    }
    quality.missing = missing
        .into_iter()
        .map(|((k, w, reason), count)| MissingTally { indicator: ids[k].clone(), wave: WAVES[w], reason, count })
        .collect();
    OrganisationTables {
        organisation: org.clone(),
        indicators,
        time_to_event,
        reliability,
        data_quality: quality,
        strata: Vec::new(),
        activity: Some(activity.finish()),
        served: None,
    }
}

/// Item sums and cross-products over the complete rows, in sorted order.
fn moments(k: usize, rows: &BTreeMap<Vec<Key>, u64>) -> ItemMoments {
    let mut sums = vec![0.0; k];
    let mut cross = vec![0.0; k * (k + 1) / 2];
    for (row, &count) in rows {
        let c = count as f64;
        let mut at = 0;
        for i in 0..k {
            sums[i] += c * row[i].get();
            for j in i..k {
                cross[at] += c * row[i].get() * row[j].get();
                at += 1;
            }
        }
    }
    ItemMoments { sums, cross }
}

/// Spearman correlation between support duration and change, over pairs
/// expanded from their sorted table.
pub(crate) fn duration_effect(durations: &[DurationCount]) -> DurationEffect {
    let mut x = Vec::new();
    let mut y = Vec::new();
    for d in durations {
        for _ in 0..d.count {
            x.push(d.days as f64);
            y.push(d.change);
        }
    }
    let c = spearman(&x, &y);
    DurationEffect {
        n: x.len() as u64,
        spearman_rho: c.as_ref().map(|c| c.rho),
        p: c.as_ref().map(|c| c.p),
        method: DurationMethod::Spearman,
    }
}
