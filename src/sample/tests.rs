//! Tests of the sample generator: format, validity, determinism, realism.

use super::*;
use crate::catalogue::{Catalogue, Direction, Wave};
use crate::data::MissingReason;
use std::collections::{BTreeMap, BTreeSet};

fn c1() -> ReferenceSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/conformance/c1/set.json");
    Catalogue::default().reference_set_at(std::path::Path::new(path)).unwrap()
}

fn text(s: &str) -> serde_json::Value {
    serde_json::json!({ "fr": s, "en": s })
}

fn inline(id: &str, measure: serde_json::Value, direction: &str, waves: &[&str]) -> serde_json::Value {
    serde_json::json!({
        "id": id, "version": "1.0.0", "status": "pilot", "domain": "child_protection",
        "dimension": "autonomy", "label": text(id), "definition": text(id), "question": text(id),
        "respondent": "beneficiary", "measure": measure, "direction": direction, "waves": waves
    })
}

/// A child-protection set with a composite scale (one reverse-coded item),
/// age-limited indicators and a time-to-event analysis.
fn children() -> ReferenceSet {
    let likert = serde_json::json!({ "type": "ordinal", "min": 1, "max": 5 });
    let all = ["entry", "follow_up", "exit"];
    let mut items: Vec<serde_json::Value> = (1..=4)
        .map(|i| {
            let direction = if i == 3 { "lower_is_better" } else { "higher_is_better" };
            inline(&format!("t.auto.item{i}"), likert.clone(), direction, &all)
        })
        .collect();
    let mut scale = inline(
        "t.auto.scale",
        serde_json::json!({ "type": "ordinal", "min": 1, "max": 5, "positive_threshold": 4 }),
        "higher_is_better",
        &all,
    );
    scale["composite"] = serde_json::json!({
        "items": [
            { "indicator": "t.auto.item1" }, { "indicator": "t.auto.item2" },
            { "indicator": "t.auto.item3", "reverse": true }, { "indicator": "t.auto.item4" }
        ],
        "aggregation": "mean", "min_answered": 3
    });
    let mut school = inline("t.edu.enrolled", serde_json::json!({ "type": "binary" }), "higher_is_better", &all);
    school["applies_to"] = serde_json::json!({ "min_age": 3, "max_age": 16 });
    let mut qualification =
        inline("t.edu.qualification", serde_json::json!({ "type": "binary" }), "higher_is_better", &["exit"]);
    qualification["applies_to"] = serde_json::json!({ "min_age": 16 });
    let runaways = inline(
        "t.safety.runaways",
        serde_json::json!({ "type": "count", "max": 20 }),
        "lower_is_better",
        &["entry", "follow_up", "exit", "post_exit"],
    );
    items.extend([scale, school, qualification, runaways]);
    let manifest = serde_json::json!({
        "id": "test-children", "version": "1.0.0", "title": text("test"), "domain": "child_protection",
        "indicators": items,
        "time_to_event": [{ "id": "t.edu.time_to_school", "indicator": "t.edu.enrolled", "label": text("school") }]
    });
    ReferenceSet::resolve(serde_json::from_value(manifest).unwrap(), &Catalogue::default()).unwrap()
}

fn generate_text(set: &ReferenceSet, spec: &SampleSpec) -> (String, String, SampleSummary) {
    let (mut e, mut o) = (Vec::new(), Vec::new());
    let summary = generate(set, spec, &mut e, &mut o).unwrap();
    (String::from_utf8(e).unwrap(), String::from_utf8(o).unwrap(), summary)
}

#[derive(Debug)]
struct Enrol {
    organisation: String,
    entry: Date,
    exit: Option<Date>,
    age: u32,
}

#[derive(Debug)]
struct Obs {
    organisation: String,
    beneficiary: String,
    indicator: String,
    wave: Wave,
    date: Date,
    value: String,
    missing: String,
}

/// The rows of a CSV text after its `header`, each split into its 7 fields
/// (sample values hold no comma or quote).
fn rows<'a>(text: &'a str, header: &str) -> Vec<Vec<&'a str>> {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(header));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert!(rows.iter().all(|f| f.len() == 7), "a row without 7 fields");
    rows
}

fn parse(enrolments: &str, observations: &str) -> (BTreeMap<String, Enrol>, Vec<Obs>) {
    let people = rows(enrolments, ENROLMENT_HEADER)
        .into_iter()
        .map(|f| {
            let enrol = Enrol {
                organisation: f[0].to_string(),
                entry: f[2].parse().unwrap(),
                exit: (!f[3].is_empty()).then(|| f[3].parse().unwrap()),
                age: f[4].parse().unwrap(),
            };
            assert!(["F", "M", "X"].contains(&f[5]), "{f:?}");
            assert!(!f[6].is_empty());
            (f[1].to_string(), enrol)
        })
        .collect();
    let obs = rows(observations, OBSERVATION_HEADER)
        .into_iter()
        .map(|f| Obs {
            organisation: f[0].to_string(),
            beneficiary: f[1].to_string(),
            indicator: f[2].to_string(),
            wave: Wave::parse(f[3]).unwrap(),
            date: f[4].parse().unwrap(),
            value: f[5].to_string(),
            missing: f[6].to_string(),
        })
        .collect();
    (people, obs)
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let set = c1();
    let spec = SampleSpec::new(4, 300, 42);
    let (e1, o1, _) = generate_text(&set, &spec);
    let (e2, o2, _) = generate_text(&set, &spec);
    assert_eq!(e1, e2);
    assert_eq!(o1, o2);
    let (e3, o3, _) = generate_text(&set, &SampleSpec::new(4, 300, 43));
    assert_ne!(e1, e3);
    assert_ne!(o1, o3);
}

#[test]
fn every_value_scores_at_an_allowed_wave_and_date() {
    for set in [c1(), children()] {
        let spec = SampleSpec::new(5, 600, 3);
        let (e, o, summary) = generate_text(&set, &spec);
        let (people, obs) = parse(&e, &o);
        assert_eq!(summary.enrolments as usize, people.len());
        assert_eq!(summary.observations as usize, obs.len());
        assert!(summary.missing > 0 && summary.duplicates > 0 && summary.lost > 0 && summary.in_support > 0);
        for (id, p) in &people {
            assert!(p.exit.is_none_or(|x| x >= p.entry && x <= spec.as_of), "{id}");
            assert!(p.entry >= spec.as_of.checked_sub(jiff::Span::new().days(1000)).unwrap());
        }
        for ob in &obs {
            let ind = set.registry().get(&ob.indicator).unwrap_or_else(|| panic!("unknown {}", ob.indicator));
            let def = ind.definition();
            assert!(def.waves.contains(&ob.wave), "{} not asked at {}", ob.indicator, ob.wave);
            assert!(def.composite.is_none(), "composite scores are computed, not written");
            let score = ind.score(&ob.value).unwrap_or_else(|e| panic!("{e}"));
            if ob.value.is_empty() {
                assert!(MissingReason::parse(&ob.missing).is_some(), "{ob:?}");
            } else {
                assert!(score.is_some() && ob.missing.is_empty(), "{ob:?}");
            }
            let p = &people[&ob.beneficiary];
            assert_eq!(p.organisation, ob.organisation);
            assert!(ob.date >= p.entry && ob.date <= spec.as_of, "{ob:?} {p:?}");
            match (ob.wave, p.exit) {
                (Wave::Entry, _) => assert_eq!(ob.date, p.entry),
                (Wave::PostExit, Some(x)) => assert!(ob.date > x, "{ob:?}"),
                (Wave::PostExit, None) => panic!("post-exit answer while in support: {ob:?}"),
                (Wave::Exit, Some(x)) => assert!(ob.date <= x && ob.date >= p.entry),
                (Wave::Exit, None) => panic!("exit answer while in support: {ob:?}"),
                (Wave::FollowUp, x) => assert!(x.is_none_or(|x| ob.date < x), "{ob:?}"),
            }
            if let Some(range) = &def.applies_to {
                let age = p.age + ((ob.date - p.entry).get_days() / 365) as u32;
                assert!(range.contains(age), "{} asked at age {age}", ob.indicator);
            }
        }
    }
}

#[test]
fn organisation_codes_are_fictional() {
    assert_eq!(organisation_code(0), "ASSO-A");
    assert_eq!(organisation_code(25), "ASSO-Z");
    assert_eq!(organisation_code(26), "ASSO-AA");
    assert_eq!(organisation_code(27), "ASSO-AB");
    let (e, _, summary) = generate_text(&c1(), &SampleSpec::new(30, 90, 1));
    let codes: BTreeSet<&str> = e.lines().skip(1).filter_map(|l| l.split(',').next()).collect();
    assert_eq!(codes.len(), 30);
    for code in codes {
        assert!(code.starts_with("ASSO-") && code[5..].bytes().all(|b| b.is_ascii_uppercase()), "{code}");
        assert!(crate::OrganisationCode::new(code).is_ok());
    }
    let sizes: Vec<usize> = summary.organisations.iter().map(|o| o.beneficiaries).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 90);
    assert!(sizes.iter().all(|&s| s >= 1));
}

#[test]
fn children_are_0_to_21_and_age_limits_hold() {
    let (e, o, _) = generate_text(&children(), &SampleSpec::new(3, 500, 9));
    let (people, obs) = parse(&e, &o);
    assert!(people.values().all(|p| p.age <= 20));
    assert!(people.values().any(|p| p.age <= 2) && people.values().any(|p| p.age >= 17));
    for p in people.values() {
        if let Some(x) = p.exit {
            assert!(p.age + ((x - p.entry).get_days() / 365) as u32 <= 21, "{p:?}");
        }
    }
    assert!(obs.iter().any(|o| o.indicator == "t.edu.qualification"));
    assert!(obs.iter().any(|o| o.indicator == "t.edu.enrolled"));
}

/// The latest answer by date (the later row on a tie) per person, indicator and wave.
fn latest(set: &ReferenceSet, obs: &[Obs]) -> BTreeMap<(String, String, Wave), (Date, f64)> {
    let mut out: BTreeMap<(String, String, Wave), (Date, f64)> = BTreeMap::new();
    for ob in obs {
        let key = (ob.beneficiary.clone(), ob.indicator.clone(), ob.wave);
        let score = set.registry().get(&ob.indicator).unwrap().score(&ob.value).unwrap();
        match (score, out.get(&key)) {
            (Some(s), Some((d, _))) if ob.date < *d => {
                let _ = s;
            }
            (Some(s), _) => {
                out.insert(key, (ob.date, s.value));
            }
            (None, _) => {
                out.remove(&key);
            }
        }
    }
    out
}

fn ranks(xs: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..xs.len()).collect();
    idx.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let mut r = vec![0.0; xs.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && xs[idx[j + 1]] == xs[idx[i]] {
            j += 1;
        }
        for &k in &idx[i..=j] {
            r[k] = (i + j) as f64 / 2.0;
        }
        i = j + 1;
    }
    r
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let sxy: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let sxx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let syy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    sxy / (sxx * syy).sqrt()
}

#[test]
fn outcomes_improve_and_more_with_longer_support() {
    let set = c1();
    let (e, o, _) = generate_text(&set, &SampleSpec::new(5, 2000, 11));
    let (people, obs) = parse(&e, &o);
    let answers = latest(&set, &obs);
    for ind in set.registry().iter() {
        let id = ind.id().as_str();
        let better = if ind.definition().direction == Direction::HigherIsBetter { 1.0 } else { -1.0 };
        let (mut durations, mut gains) = (Vec::new(), Vec::new());
        for (ben, p) in &people {
            let from = answers.get(&(ben.clone(), id.to_string(), Wave::Entry));
            let to = answers.get(&(ben.clone(), id.to_string(), Wave::Exit));
            if let (Some((_, a)), Some((_, b)), Some(x)) = (from, to, p.exit) {
                durations.push((x - p.entry).get_days() as f64);
                gains.push(better * (b - a));
            }
        }
        let n = gains.len();
        assert!(n > 500, "{id}: {n} pairs");
        let mean = gains.iter().sum::<f64>() / n as f64;
        assert!(mean > 0.0, "{id}: mean change in the better direction {mean}");
        let rho = pearson(&ranks(&durations), &ranks(&gains));
        assert!(rho > 0.1, "{id}: Spearman between duration and improvement {rho}");
    }
}

#[test]
fn organisations_differ_in_effect() {
    let set = c1();
    let (e, o, summary) = generate_text(&set, &SampleSpec::new(4, 2000, 5));
    let (people, obs) = parse(&e, &o);
    let answers = latest(&set, &obs);
    let mut by_org: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for (ben, p) in &people {
        let key = |w| (ben.clone(), "t.autonomy.budget".to_string(), w);
        if let (Some((_, a)), Some((_, b))) = (answers.get(&key(Wave::Entry)), answers.get(&key(Wave::Exit))) {
            by_org.entry(p.organisation.clone()).or_default().push(b - a);
        }
    }
    let mean = |code: &str| {
        let v = &by_org[code];
        v.iter().sum::<f64>() / v.len() as f64
    };
    let strongest = summary.organisations.iter().max_by(|a, b| a.effect.total_cmp(&b.effect)).unwrap();
    let weakest = summary.organisations.iter().min_by(|a, b| a.effect.total_cmp(&b.effect)).unwrap();
    assert!(mean(&strongest.code) > mean(&weakest.code) + 0.5, "{by_org:?}");
}

fn cronbach_alpha(rows: &[Vec<f64>]) -> f64 {
    let k = rows[0].len() as f64;
    let var = |v: &[f64]| {
        let m = v.iter().sum::<f64>() / v.len() as f64;
        v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (v.len() as f64 - 1.0)
    };
    let items: f64 = (0..rows[0].len()).map(|j| var(&rows.iter().map(|r| r[j]).collect::<Vec<_>>())).sum();
    let totals: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    k / (k - 1.0) * (1.0 - items / var(&totals))
}

#[test]
fn composite_items_hang_together() {
    let set = children();
    let (e, o, _) = generate_text(&set, &SampleSpec::new(3, 800, 21));
    let (people, obs) = parse(&e, &o);
    let answers = latest(&set, &obs);
    let mut rows = Vec::new();
    for ben in people.keys() {
        let items: Option<Vec<f64>> = (1..=4)
            .map(|i| {
                let v = answers.get(&(ben.clone(), format!("t.auto.item{i}"), Wave::Entry))?.1;
                Some(if i == 3 { 6.0 - v } else { v })
            })
            .collect();
        rows.extend(items);
    }
    assert!(rows.len() > 600);
    let alpha = cronbach_alpha(&rows);
    assert!(alpha > 0.7 && alpha < 0.97, "alpha {alpha}");
}

#[test]
fn events_arrive_at_varied_times() {
    let set = c1();
    let (e, o, _) = generate_text(&set, &SampleSpec::new(3, 1000, 8));
    let (people, obs) = parse(&e, &o);
    let ind = set.registry().get("t.housing.ladder").unwrap();
    let mut first: BTreeMap<&str, i32> = BTreeMap::new();
    for ob in obs.iter().filter(|o| o.indicator == "t.housing.ladder") {
        let p = &people[&ob.beneficiary];
        if ob.date > p.entry && ind.score(&ob.value).unwrap().is_some_and(|s| s.positive == Some(true)) {
            let t = (ob.date - p.entry).get_days();
            let slot = first.entry(&ob.beneficiary).or_insert(t);
            *slot = (*slot).min(t);
        }
    }
    let distinct: BTreeSet<i32> = first.values().copied().collect();
    assert!(first.len() > 200 && distinct.len() > 150, "{} events, {} distinct times", first.len(), distinct.len());
}

#[test]
fn writes_whole_files_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nested/sample");
    let summary = write_csv(&c1(), &SampleSpec::new(2, 50, 1), &out).unwrap();
    assert_eq!(summary.files, vec![out.join("enrolments.csv"), out.join("observations.csv")]);
    let written = std::fs::read_to_string(out.join("observations.csv")).unwrap();
    assert_eq!(written.lines().count() as u64, summary.observations + 1);
    let names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // A folder in the way of the observations file: the error names it, and
    // no file or temporary is left behind.
    let blocked = dir.path().join("blocked");
    std::fs::create_dir_all(blocked.join("observations.csv/inner")).unwrap();
    let err = write_csv(&c1(), &SampleSpec::new(2, 50, 1), &blocked).unwrap_err();
    assert!(err.to_string().contains("observations.csv"), "{err}");
    let names: Vec<String> =
        std::fs::read_dir(&blocked).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec!["observations.csv".to_string()]);
}

#[test]
fn impossible_specs_are_refused() {
    let set = c1();
    let sink = || (Vec::<u8>::new(), Vec::<u8>::new());
    for spec in [SampleSpec::new(0, 10, 1), SampleSpec::new(5, 4, 1)] {
        let (mut e, mut o) = sink();
        let err = generate(&set, &spec, &mut e, &mut o).unwrap_err();
        assert!(matches!(err, SampleError::InvalidSpec { .. }), "{err}");
    }
}

#[test]
fn rows_per_beneficiary_is_as_documented() {
    let (_, _, summary) = generate_text(&c1(), &SampleSpec::new(5, 2000, 1));
    let per = summary.observations as f64 / 2000.0;
    assert!((14.5..17.0).contains(&per), "{per} rows per beneficiary");
}

/// The samples committed under `examples/data/` are what the documented
/// command makes from the bundled sets (regenerate with
/// `UPDATE_SAMPLES=1 cargo test --lib committed_samples_are_fresh`).
#[test]
fn committed_samples_are_fresh() {
    let catalogue = Catalogue::bundled().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    for name in ["exclusion-2023", "child-protection-2024"] {
        // A set not bundled yet has no sample yet.
        let Ok(set) = catalogue.reference_set(name) else { continue };
        let spec = SampleSpec::new(5, 2000, 1);
        let dir = root.join(name);
        if std::env::var_os("UPDATE_SAMPLES").is_some() {
            write_csv(&set, &spec, &dir).unwrap();
            continue;
        }
        let (e, o, _) = generate_text(&set, &spec);
        let stale = format!(
            "examples/data/{name} is stale: run `UPDATE_SAMPLES=1 cargo test --lib committed_samples_are_fresh` \
             (or the command in examples/data/README.md)"
        );
        assert!(std::fs::read_to_string(dir.join("enrolments.csv")).unwrap_or_default() == e, "{stale}");
        assert!(std::fs::read_to_string(dir.join("observations.csv")).unwrap_or_default() == o, "{stale}");
    }
}

/// The sample folds into a [`crate::data::Dataset`] without a scoring error;
/// every earlier copy shows up as one duplicate warning; composite scale
/// scores are computed from the items.
#[test]
fn folds_into_a_dataset_with_one_warning_per_duplicate() {
    use crate::data::{DatasetBuilder, Enrolment, FoldWarning, Observation, Pseudonymiser, Sex};
    let set = children();
    let (e, o, summary) = generate_text(&set, &SampleSpec::new(3, 400, 2));
    let (people, obs) = parse(&e, &o);
    let pseudo = Pseudonymiser::ephemeral();
    let mut builder = DatasetBuilder::new(&set);
    for (id, p) in &people {
        builder.add_enrolment(Enrolment {
            organisation: crate::OrganisationCode::new(p.organisation.clone()).unwrap(),
            beneficiary: pseudo.pseudonymise(id),
            entry_date: p.entry,
            exit_date: p.exit,
            age_at_entry: Some(p.age),
            sex: Sex::parse("F"),
            service: None,
        });
    }
    for ob in obs {
        builder
            .add_observation(Observation {
                organisation: crate::OrganisationCode::new(ob.organisation).unwrap(),
                beneficiary: pseudo.pseudonymise(&ob.beneficiary),
                indicator: crate::IndicatorId::new(ob.indicator).unwrap(),
                wave: ob.wave,
                date: ob.date,
                value: ob.value,
                missing_reason: MissingReason::parse(&ob.missing),
            })
            .unwrap();
    }
    let dataset = builder.build();
    let duplicates =
        dataset.warnings().iter().filter(|w| matches!(w, FoldWarning::DuplicateObservation { .. })).count();
    assert_eq!(duplicates as u64, summary.duplicates);
    // Duplicates are earlier copies or identical ones: never a same-day conflict.
    let conflicts =
        dataset.warnings().iter().filter(|w| matches!(w, FoldWarning::ConflictingDuplicates { .. })).count();
    assert_eq!(conflicts, 0);
    let k = dataset.indicators().iter().position(|id| id.as_str() == "t.auto.scale").unwrap();
    let scored = dataset.people().filter(|p| p.answers(k).and_then(|a| a.score(Wave::Entry)).is_some()).count();
    assert!(scored > 350, "{scored} composite scores at entry");
}
