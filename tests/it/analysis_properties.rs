//! Property tests of the analysis on random datasets: invariants that must
//! hold whatever the data (BRIEF section 6 and the privacy rules).

use crate::it::support::fixture;
use jiff::civil::{date, Date};
use proptest::prelude::*;
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::{Catalogue, Measure, Wave};
use social_impact::data::{DatasetBuilder, Enrolment, Observation, PseudonymKey, Pseudonymiser};
use social_impact::report::Report;
use social_impact::set::ReferenceSet;
use social_impact::{IndicatorId, OrganisationCode};

fn set() -> ReferenceSet {
    let path = fixture("conformance/c1/set.json");
    Catalogue::default().reference_set_at(&path).expect("conformance set c1")
}

/// One generated person: organisation index, entry offset, duration (None:
/// still in support), and per indicator a (entry, exit) pair of value seeds.
#[derive(Debug, Clone)]
struct Person {
    org: usize,
    entry: i32,
    duration: Option<i32>,
    answers: Vec<(Option<u16>, Option<u16>, Option<u16>)>,
}

fn person(n_ind: usize) -> impl Strategy<Value = Person> {
    (
        0usize..4,
        0i32..500,
        prop::option::weighted(0.8, 1i32..700),
        prop::collection::vec(
            (
                prop::option::weighted(0.9, any::<u16>()),
                prop::option::weighted(0.7, any::<u16>()),
                prop::option::weighted(0.5, any::<u16>()),
            ),
            n_ind,
        ),
    )
        .prop_map(|(org, entry, duration, answers)| Person { org, entry, duration, answers })
}

fn value(measure: &Measure, seed: u16) -> String {
    match measure {
        Measure::Binary { .. } => (seed % 2).to_string(),
        Measure::Ordinal { min, max, .. } => (min + i64::from(seed) % (max - min + 1)).to_string(),
        Measure::Categorical { categories } => categories[usize::from(seed) % categories.len()].code.clone(),
        Measure::Count { .. } => (seed % 7).to_string(),
        Measure::Continuous { .. } => format!("{}.{}", seed % 2000, seed % 10),
    }
}

fn build(set: &ReferenceSet, people: &[Person], orgs: &[&str], order: &[usize]) -> social_impact::data::Dataset {
    let ids = Pseudonymiser::new(&PseudonymKey::from_bytes(*b"property-test-key-0001"));
    let start = date(2023, 1, 1);
    let day = |offset: i32| -> Date { start.checked_add(jiff::Span::new().days(offset)).unwrap_or(start) };
    let mut b = DatasetBuilder::new(set);
    let mut obs = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let org = OrganisationCode::new(orgs[p.org]).unwrap();
        let key = ids.pseudonymise(&format!("P{i}"));
        let entry = day(p.entry);
        let exit = p.duration.map(|d| day(p.entry + d));
        b.add_enrolment(Enrolment {
            organisation: org.clone(),
            beneficiary: key,
            entry_date: entry,
            exit_date: exit,
            age_at_entry: Some(30),
            sex: None,
            service: None,
        });
        for (ind, (a, z, f)) in set.registry().iter().zip(&p.answers) {
            let def = ind.definition();
            let id = IndicatorId::new(def.id.as_str()).unwrap();
            let mut push = |wave: Wave, when: Date, seed: u16| {
                obs.push(Observation {
                    organisation: org.clone(),
                    beneficiary: key,
                    indicator: id.clone(),
                    wave,
                    date: when,
                    value: value(&def.measure, seed),
                    missing_reason: None,
                })
            };
            if let Some(a) = a {
                push(Wave::Entry, entry, *a);
            }
            if let (Some(f), true) = (f, def.waves.contains(&Wave::FollowUp)) {
                push(Wave::FollowUp, day(p.entry + 30), *f);
            }
            if let (Some(z), Some(exit)) = (z, exit) {
                push(Wave::Exit, exit, *z);
            }
        }
    }
    for &i in order {
        if let Some(o) = obs.get(i) {
            b.add_observation(o.clone()).unwrap();
        }
    }
    b.build()
}

fn p_values(report: &Report) -> Vec<f64> {
    let mut out = Vec::new();
    for ind in &report.indicators {
        for g in &ind.groups {
            if let Some(e) = g.change.estimates.shown() {
                out.extend([e.p_t, e.wilcoxon_p, e.mcnemar_p.flatten()].into_iter().flatten());
            }
            if let Some(d) = &g.duration_effect {
                out.extend(d.p);
            }
        }
        if let Some(c) = &ind.comparison {
            out.extend([c.p, c.p_holm].into_iter().flatten());
        }
    }
    for t in &report.time_to_event {
        out.extend(t.logrank.as_ref().map(|l| l.p));
    }
    out
}

fn check_invariants(report: &Report, min_cell: u32) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(report).unwrap();
    prop_assert!(!json.contains("NaN") && !json.contains("inf"), "non-finite number in report");
    prop_assert!(!json.contains("\"P1\"") && !json.contains("P1,"), "raw id in report");
    for p in p_values(report) {
        prop_assert!((0.0..=1.0).contains(&p), "p-value {} outside [0, 1]", p);
    }
    for ind in &report.indicators {
        let proportion = ind.measure == social_impact::report::MeasureKind::Proportion;
        for g in &ind.groups {
            for s in &g.status {
                if s.n < u64::from(min_cell) {
                    prop_assert!(s.estimates.is_suppressed(), "leak in {:?}", s);
                    continue;
                }
                let e = s.estimates.shown().expect("a shown status has an estimate");
                let est = e.estimate;
                if let (Some(lo), Some(hi)) = (e.ci_low, e.ci_high) {
                    prop_assert!(lo <= est + 1e-12 && est <= hi + 1e-12, "{} not in [{}, {}]", est, lo, hi);
                    if proportion {
                        prop_assert!(lo >= -1e-12 && hi <= 1.0 + 1e-12, "Wilson outside [0, 1]");
                    }
                }
            }
            if g.change.n_pairs < u64::from(min_cell) {
                prop_assert!(g.change.estimates.is_suppressed() && g.duration_effect.is_none());
            } else if let Some(e) = g.change.estimates.shown() {
                if let (Some(lo), Some(hi)) = (e.ci_low, e.ci_high) {
                    prop_assert!(lo <= e.mean_change + 1e-9 && e.mean_change <= hi + 1e-9);
                }
                prop_assert_eq!(e.improved + e.unchanged + e.worsened, g.change.n_pairs);
            }
        }
        if let Some(c) = &ind.comparison {
            for f in &c.funnel {
                prop_assert!(f.n >= u64::from(min_cell), "organisation below min_cell in funnel");
            }
        }
    }
    for t in &report.time_to_event {
        for g in &t.groups {
            if g.n < u64::from(min_cell) {
                prop_assert!(g.estimates.is_suppressed());
            }
            let mut last = 1.0;
            for p in g.estimates.shown().iter().flat_map(|e| &e.curve) {
                prop_assert!(p.survival <= last + 1e-12 && p.survival >= 0.0);
                last = p.survival;
            }
        }
    }
    Ok(())
}

/// Numbers of two reports equal to rounding, group by group, after mapping
/// organisation names.
fn same_numbers(a: &Report, b: &Report, rename: impl Fn(&str) -> String) -> Result<(), TestCaseError> {
    let mut left = serde_json::to_value(a).unwrap();
    // Rename organisations in `a`, then compare with `b` group by group.
    fn walk(v: &mut serde_json::Value, rename: &dyn Fn(&str) -> String) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::String(o)) = m.get_mut("organisation") {
                    *o = rename(o);
                }
                m.values_mut().for_each(|x| walk(x, rename));
            }
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|x| walk(x, rename));
                // Groups and funnel points are sorted by organisation code:
                // sort both sides the same way before comparing.
                items.sort_by_key(|x| x.get("organisation").map(|o| o.to_string()).unwrap_or_default());
            }
            _ => {}
        }
    }
    walk(&mut left, &rename);
    let mut right = serde_json::to_value(b).unwrap();
    walk(&mut right, &|s| s.to_string());
    fn eq(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Result<(), String> {
        match (a, b) {
            (serde_json::Value::Number(x), serde_json::Value::Number(y)) => {
                let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
                if (x - y).abs() <= 1e-9 * (1.0 + y.abs()) {
                    Ok(())
                } else {
                    Err(format!("{path}: {x} vs {y}"))
                }
            }
            (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
                if x.len() != y.len() {
                    return Err(format!("{path}: keys differ"));
                }
                x.iter()
                    .try_for_each(|(k, v)| eq(v, y.get(k).unwrap_or(&serde_json::Value::Null), &format!("{path}.{k}")))
            }
            (serde_json::Value::Array(x), serde_json::Value::Array(y)) => {
                if x.len() != y.len() {
                    return Err(format!("{path}: lengths differ"));
                }
                x.iter().zip(y).enumerate().try_for_each(|(i, (p, q))| eq(p, q, &format!("{path}[{i}]")))
            }
            _ if a == b => Ok(()),
            _ => Err(format!("{path}: {a} vs {b}")),
        }
    }
    eq(&left, &right, "").map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_and_order_and_names_do_not_matter(
        people in prop::collection::vec(person(7), 1..70),
        min_cell in prop::sample::select(vec![1u32, 3, 11]),
        seed in any::<u64>(),
    ) {
        let set = set();
        let n_obs: usize = people.iter().map(|p| p.answers.len() * 3).sum();
        let order: Vec<usize> = (0..n_obs).collect();
        let mut shuffled = order.clone();
        // A deterministic shuffle from the seed (Fisher-Yates with an LCG).
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let options = AnalysisOptions { min_cell, as_of: Some(date(2025, 6, 30)), ..AnalysisOptions::default() };
        let orgs = ["ORGA", "ORGB", "ORGC", "ORGD"];
        let renamed = ["ZETA", "ALPHA", "MID", "BETA"];
        let base = analyse(&set, &build(&set, &people, &orgs, &order), &options).unwrap();
        check_invariants(&base, min_cell)?;
        let shuffled_report = analyse(&set, &build(&set, &people, &orgs, &shuffled), &options).unwrap();
        // Byte-identical, not only close: sums follow sorted tables, not rows.
        prop_assert_eq!(serde_json::to_string(&base).unwrap(), serde_json::to_string(&shuffled_report).unwrap());
        let renamed_report = analyse(&set, &build(&set, &people, &renamed, &order), &options).unwrap();
        same_numbers(&base, &renamed_report, |s| match orgs.iter().position(|o| *o == s) {
            Some(i) => renamed[i].to_string(),
            None => s.to_string(),
        })?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Organisations of random sizes around `min_cell` (about 7 to 18
    /// people each): the network report merged from one aggregate per
    /// organisation equals the pooled report, every field, except the
    /// network's duration effect (Fisher's z from aggregates, BRIEF section 10).
    #[test]
    fn network_from_aggregates_equals_the_pooled_report(
        people in prop::collection::vec(person(7), 28..72),
    ) {
        use social_impact::tables::{network_report, Aggregate};
        let set = set();
        let options = AnalysisOptions { as_of: Some(date(2025, 6, 30)), ..AnalysisOptions::default() };
        let orgs = ["ORGA", "ORGB", "ORGC", "ORGD"];
        let all: Vec<usize> = (0..people.len() * 21).collect();
        let mut pooled = analyse(&set, &build(&set, &people, &orgs, &all), &options).unwrap();
        let mut aggregates = Vec::new();
        for o in 0..orgs.len() {
            let mine: Vec<Person> = people.iter().filter(|p| p.org == o).cloned().collect();
            if mine.is_empty() {
                continue;
            }
            let order: Vec<usize> = (0..mine.len() * 21).collect();
            let data = build(&set, &mine, &orgs, &order);
            aggregates.push(Aggregate::from_dataset(&set, &data, &options, 0).unwrap());
        }
        let mut network = network_report(&set, &aggregates).unwrap();
        for report in [&mut pooled, &mut network] {
            for ind in &mut report.indicators {
                if let Some(star) = ind.groups.last_mut() {
                    star.duration_effect = None;
                }
            }
        }
        same_numbers(&pooled, &network, |s| s.to_string())?;
    }
}
