//! Aggregates and the network (BRIEF section 10): a network report merged
//! from per-organisation aggregates equals the report of the pooled files,
//! field by field; nothing hidden can be read or recomputed; aggregates that
//! do not belong together are refused; row order changes nothing.

use crate::it::support::{fixture, run_impact};
use proptest::prelude::*;
use serde_json::Value;
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::Catalogue;
use social_impact::data::{Date, PseudonymKey, Pseudonymiser};
use social_impact::ingest::{self, IngestOptions};
use social_impact::report::Report;
use social_impact::set::ReferenceSet;
use social_impact::tables::{network_report, Aggregate, NetworkError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(crate) fn key() -> PseudonymKey {
    PseudonymKey::from_bytes(*b"network-test-key-000001")
}

pub(crate) fn load(set: &ReferenceSet, dir: &Path) -> ingest::Loaded {
    let options = IngestOptions::default().with_key(&key());
    let loaded = ingest::load(set, &dir.join("enrolments.csv"), &dir.join("observations.csv"), &options)
        .expect("the files open");
    assert!(!loaded.validation.has_errors(), "{}", loaded.validation.render(social_impact::Lang::En));
    loaded
}

/// Rows of a CSV file, header first.
fn rows(path: &Path) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_path(path).expect("readable CSV");
    let header = r.headers().expect("a header").clone();
    let rows = r.records().collect::<Result<Vec<_>, _>>().expect("CSV rows");
    (header, rows)
}

fn write(path: &Path, header: &csv::StringRecord, rows: &[&csv::StringRecord]) {
    let mut w = csv::Writer::from_path(path).expect("writable");
    w.write_record(header).expect("write");
    for r in rows {
        w.write_record(*r).expect("write");
    }
    w.flush().expect("flush");
}

/// Splits the two files of `dir` by organisation into sub-folders of `out`.
pub(crate) fn split(dir: &Path, out: &Path) -> Vec<PathBuf> {
    let mut folders = BTreeMap::new();
    for name in ["enrolments.csv", "observations.csv"] {
        let (header, all) = rows(&dir.join(name));
        let col = header.iter().position(|h| h == "organisation").expect("an organisation column");
        let mut by_org: BTreeMap<String, Vec<&csv::StringRecord>> = BTreeMap::new();
        for r in &all {
            by_org.entry(r[col].to_string()).or_default().push(r);
        }
        for (org, rs) in by_org {
            let folder = out.join(&org);
            std::fs::create_dir_all(&folder).expect("folder");
            write(&folder.join(name), &header, &rs);
            folders.insert(org, folder);
        }
    }
    folders.into_values().collect()
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Every field where two reports differ, ignoring the network's duration
/// effect (pooled Spearman against Fisher's z: BRIEF section 10).
fn differences(pooled: &Value, network: &Value, path: &str, out: &mut Vec<String>) {
    match (pooled, network) {
        (Value::Object(a), Value::Object(b)) => {
            if a.get("organisation") == Some(&Value::from("*")) && path.contains("groups") {
                let mut a = a.clone();
                let mut b = b.clone();
                a.remove("duration_effect");
                let method = b.remove("duration_effect").map(|d| d["method"].clone());
                if method.is_some_and(|m| m != "fisher_z") {
                    out.push(format!("{path}.duration_effect.method: not fisher_z"));
                }
                return differences_in(&a, &b, path, out);
            }
            differences_in(a, b, path, out);
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, &format!("{path}[{i}]"), out);
            }
        }
        (Value::Number(x), Value::Number(y)) => {
            let (Some(x64), Some(y64)) = (x.as_f64(), y.as_f64()) else {
                out.push(format!("{path}: {x} against {y}, not both numbers that fit in a double"));
                return;
            };
            if !close(x64, y64) {
                out.push(format!("{path}: {x} against {y}"));
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{path}: {a} against {b}")),
    }
}

fn differences_in(
    a: &serde_json::Map<String, Value>,
    b: &serde_json::Map<String, Value>,
    path: &str,
    out: &mut Vec<String>,
) {
    for k in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
        match (a.get(k), b.get(k)) {
            (Some(x), Some(y)) => differences(x, y, &format!("{path}.{k}"), out),
            _ => out.push(format!("{path}.{k}: present in only one report")),
        }
    }
}

fn pooled_and_network(set: &ReferenceSet, dir: &Path, options: &AnalysisOptions) -> (Report, Report, Vec<String>) {
    let pooled = analyse(set, &load(set, dir).dataset, options).expect("pooled report");
    let tmp = tempfile::tempdir().expect("temp dir");
    let aggregates: Vec<Aggregate> = split(dir, tmp.path())
        .iter()
        .map(|folder| Aggregate::from_dataset(set, &load(set, folder).dataset, options, 0).expect("aggregate"))
        .collect();
    assert!(aggregates.len() >= 2, "at least two organisations");
    let network = network_report(set, &aggregates).expect("network report");
    let texts = aggregates.iter().map(|a| serde_json::to_string_pretty(a).expect("JSON")).collect();
    (pooled, network, texts)
}

fn assert_exact(set: &ReferenceSet, dir: &Path, options: &AnalysisOptions) {
    let (pooled, network, _) = pooled_and_network(set, dir, options);
    let mut bad = Vec::new();
    let (a, b) = (serde_json::to_value(&pooled).expect("JSON"), serde_json::to_value(&network).expect("JSON"));
    differences(&a, &b, "", &mut bad);
    assert!(bad.is_empty(), "{} fields differ:\n{}", bad.len(), bad.join("\n"));
    // The network's duration effect is Fisher's z of the organisations'.
    let groups = &network.indicators[0].groups;
    let star = groups.last().expect("network group");
    if let Some(d) = &star.duration_effect {
        assert_eq!(d.method, social_impact::report::DurationMethod::FisherZ);
    }
}

pub(crate) fn c1() -> (ReferenceSet, PathBuf, AnalysisOptions) {
    let dir = fixture("conformance/c1");
    let set = Catalogue::default().reference_set_at(&dir.join("set.json")).expect("set");
    let as_of: Date = "2025-12-31".parse().expect("date");
    (set, dir, AnalysisOptions { as_of: Some(as_of), ..AnalysisOptions::default() })
}

#[test]
fn conformance_c1_split_by_organisation_merges_to_the_pooled_report() {
    let (set, dir, options) = c1();
    assert_exact(&set, &dir, &options);
}

#[test]
fn bundled_samples_split_by_organisation_merge_to_the_pooled_report() {
    for id in ["exclusion-2023", "child-protection-2024"] {
        let set = Catalogue::bundled().expect("catalogue").reference_set(id).expect("set");
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data").join(id);
        // One censoring date for all, as the pooled file has.
        let pooled = load(&set, &dir);
        let options = AnalysisOptions { as_of: pooled.dataset.max_date(), ..AnalysisOptions::default() };
        assert_exact(&set, &dir, &options);
    }
}

#[test]
fn aggregates_hold_no_id_no_pseudonym_no_date_and_no_hidden_table() {
    let (set, dir, options) = c1();
    let (_, _, texts) = pooled_and_network(&set, &dir, &options);
    let (header, enrolments) = rows(&dir.join("enrolments.csv"));
    let b = header.iter().position(|h| h == "beneficiary").expect("beneficiary column");
    let e = header.iter().position(|h| h == "entry_date").expect("entry column");
    let ids = Pseudonymiser::new(&key());
    for text in &texts {
        for r in &enrolments {
            let id = &r[b];
            assert!(!text.contains(&format!("\"{id}\"")), "raw id {id} in an aggregate");
            let pseudonym = ids.pseudonymise(id).to_string();
            assert!(!text.contains(&pseudonym), "a pseudonym in an aggregate");
            assert!(!text.contains(&r[e]), "a person's date in an aggregate");
        }
        let a: Value = serde_json::from_str(text).expect("JSON");
        for org in a["organisations"].as_array().into_iter().flatten() {
            for ind in org["indicators"].as_array().into_iter().flatten() {
                for s in ind["status"].as_array().into_iter().flatten() {
                    assert_eq!(s["n"].as_u64().unwrap_or(0) < 11, s.get("scores").is_none(), "{s}");
                }
                let c = &ind["change"];
                assert_eq!(c["n_pairs"].as_u64().unwrap_or(0) < 11, c.get("pairs").is_none(), "{c}");
            }
            for t in org["time_to_event"].as_array().into_iter().flatten() {
                assert_eq!(t["n"].as_u64().unwrap_or(0) < 11, t.get("rows").is_none(), "{t}");
            }
        }
    }
}

#[test]
fn aggregates_that_do_not_belong_together_are_refused() {
    let (set, dir, options) = c1();
    let tmp = tempfile::tempdir().expect("temp dir");
    let folders = split(&dir, tmp.path());
    let make = |folder: &Path, o: &AnalysisOptions| {
        Aggregate::from_dataset(&set, &load(&set, folder).dataset, o, 0).expect("aggregate")
    };
    let a = make(&folders[0], &options);
    let b = make(&folders[1], &options);
    assert!(network_report(&set, &[a.clone(), b.clone()]).is_ok());
    assert!(matches!(network_report(&set, &[a.clone(), a.clone()]), Err(NetworkError::DuplicateOrganisation(_))));
    let other_cell = make(&folders[1], &AnalysisOptions { min_cell: 5, ..options.clone() });
    assert!(matches!(
        network_report(&set, &[a.clone(), other_cell]),
        Err(NetworkError::Parameter { what: "min_cell", .. })
    ));
    let other_conf = make(&folders[1], &AnalysisOptions { confidence: 0.9, ..options.clone() });
    assert!(matches!(
        network_report(&set, &[a.clone(), other_conf]),
        Err(NetworkError::Parameter { what: "confidence", .. })
    ));
    let mut other_set = b.clone();
    other_set.reference_set.id = "exclusion-2023".into();
    assert!(matches!(network_report(&set, &[a.clone(), other_set]), Err(NetworkError::Set { index: 1, .. })));
    let mut other_major = b.clone();
    other_major.reference_set.version = "99.0".into();
    assert!(matches!(network_report(&set, &[a.clone(), other_major]), Err(NetworkError::Set { .. })));
    let mut other_format = b.clone();
    other_format.format = "impact-aggregate/2".into();
    assert!(matches!(network_report(&set, &[a.clone(), other_format]), Err(NetworkError::Format { .. })));
    // A hidden group that carries a table is refused (made by hand).
    let mut forged: Value = serde_json::to_value(&b).expect("JSON");
    forged["organisations"][0]["indicators"][0]["status"][0]["n"] = Value::from(3);
    let forged: Aggregate = serde_json::from_value(forged).expect("still the format");
    assert!(matches!(network_report(&set, &[a.clone(), forged]), Err(NetworkError::Inconsistent { .. })));
    // A warning kind that is no problem code is refused, not dropped.
    let mut unknown: Value = serde_json::to_value(&b).expect("JSON");
    unknown["organisations"][0]["data_quality"]["warnings"]["<b>made up</b>"] = Value::from(1);
    let unknown: Aggregate = serde_json::from_value(unknown).expect("still the format");
    assert!(matches!(network_report(&set, &[a, unknown]), Err(NetworkError::Inconsistent { .. })));
    assert!(matches!(network_report(&set, &[]), Err(NetworkError::Empty)));
}

/// The command line: `aggregate` per organisation, then `network` in every
/// format; a refused merge writes nothing.
#[test]
fn command_line_aggregate_then_network() {
    let (_, dir, _) = c1();
    let tmp = tempfile::tempdir().expect("temp dir");
    let folders = split(&dir, &tmp.path().join("split"));
    let aggs = tmp.path().join("aggregates");
    std::fs::create_dir_all(&aggs).expect("folder");
    let set = dir.join("set.json");
    let set = set.to_str().expect("utf-8");
    for folder in &folders {
        let name = folder.file_name().and_then(|n| n.to_str()).expect("name");
        let out = aggs.join(format!("{name}.json"));
        let e = folder.join("enrolments.csv");
        let o = folder.join("observations.csv");
        let run = run_impact(&[
            "aggregate",
            "--set",
            set,
            "--enrolments",
            e.to_str().expect("utf-8"),
            "--observations",
            o.to_str().expect("utf-8"),
            "--as-of",
            "2025-12-31",
            "--output",
            out.to_str().expect("utf-8"),
        ]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    }
    for format in ["json", "md", "html"] {
        let out = tmp.path().join(format!("network.{format}"));
        let run = run_impact(&[
            "network",
            "--set",
            set,
            "--aggregates",
            aggs.to_str().expect("utf-8"),
            "--format",
            format,
            "--output",
            out.to_str().expect("utf-8"),
        ]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        assert!(std::fs::metadata(&out).expect("written").len() > 1000);
    }
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("network.json")).expect("read")).expect("JSON");
    assert_eq!(report["format"], "impact-report/1");
    // --for: that member by name, the others anonymous.
    let first = folders[0].file_name().and_then(|n| n.to_str()).expect("name").to_string();
    let for_member = |lang: &str, format: &str| {
        let out = tmp.path().join(format!("for.{lang}.{format}"));
        let aggregates = aggs.to_str().expect("utf-8");
        let out_arg = out.to_str().expect("utf-8");
        let args = ["network", "--set", set, "--aggregates", aggregates, "--for", &first, "--lang", lang];
        let run = run_impact(&[&args[..], &["--format", format, "--output", out_arg]].concat());
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        std::fs::read_to_string(&out).expect("read")
    };
    let text = for_member("en", "json");
    assert!(text.contains(&format!("\"{first}\"")));
    for other in &folders[1..] {
        let name = other.file_name().and_then(|n| n.to_str()).expect("name");
        assert!(!text.contains(&format!("\"{name}\"")), "{name} named in a report for {first}");
    }
    assert!(text.contains("\"Member 0001\""));
    // In Markdown, the report opens with the member against the network.
    let md = for_member("fr", "md");
    let opening = md.find("#### Vous face au réseau").expect("the opening");
    assert!(opening < md.find("## Les résultats en bref").expect("the headline results"), "the opening comes first");
    assert!(md[opening..].lines().nth(4).is_some_and(|l| l.starts_with("- ") && l.contains(&first)));
    // The same aggregate twice: refused, nothing written.
    let twice = tmp.path().join("twice.json");
    let one = aggs.join(format!("{first}.json"));
    let run = run_impact(&[
        "network",
        "--set",
        set,
        "--aggregates",
        one.to_str().expect("utf-8"),
        one.to_str().expect("utf-8"),
        "--output",
        twice.to_str().expect("utf-8"),
    ]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains(&first));
    assert!(!twice.exists());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// Shuffling the rows of both input files gives byte-identical reports
    /// and aggregates (BRIEF sections 5-7).
    #[test]
    fn shuffled_rows_give_byte_identical_reports_and_aggregates(seed in any::<u64>()) {
        use rand::seq::SliceRandom;
        use rand::SeedableRng;
        let (set, dir, _) = c1();
        let options = AnalysisOptions::default();
        let tmp = tempfile::tempdir().expect("temp dir");
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        for name in ["enrolments.csv", "observations.csv"] {
            let (header, all) = rows(&dir.join(name));
            let mut refs: Vec<&csv::StringRecord> = all.iter().collect();
            refs.shuffle(&mut rng);
            write(&tmp.path().join(name), &header, &refs);
        }
        let original = load(&set, &dir);
        let shuffled = load(&set, tmp.path());
        let a = serde_json::to_string_pretty(&analyse(&set, &original.dataset, &options).expect("report")).expect("JSON");
        let b = serde_json::to_string_pretty(&analyse(&set, &shuffled.dataset, &options).expect("report")).expect("JSON");
        prop_assert!(a == b, "reports differ after shuffling");
        let a = serde_json::to_string(&Aggregate::from_dataset(&set, &original.dataset, &options, 0).expect("aggregate")).expect("JSON");
        let b = serde_json::to_string(&Aggregate::from_dataset(&set, &shuffled.dataset, &options, 0).expect("aggregate")).expect("JSON");
        prop_assert!(a == b, "aggregates differ after shuffling");
    }
}

/// The subtraction attack of issue 9: organisations of 10, 11, 12 and 40
/// people; subtracting every shown organisation from the network must
/// leave nothing of the 10-person one, in every format.
#[test]
fn subtracting_shown_groups_from_the_network_recovers_nothing_hidden() {
    use social_impact::catalogue::Wave;
    use social_impact::data::{DatasetBuilder, Enrolment, Observation};
    use social_impact::report::render::{self, RenderOptions};
    use social_impact::{IndicatorId, OrganisationCode};
    let (set, _, _) = c1();
    let ids = Pseudonymiser::new(&key());
    let mut data = DatasetBuilder::new(&set);
    let start: Date = "2024-01-01".parse().expect("date");
    let day = |d: i64| start.checked_add(jiff::Span::new().days(d)).expect("in range");
    let mut raw_ids = Vec::new();
    for (org, size) in [("ASSO-A", 10), ("ASSO-B", 11), ("ASSO-C", 12), ("ASSO-D", 40)] {
        let code = OrganisationCode::new(org).expect("code");
        for i in 0..size {
            let raw = format!("{org}-P{i:03}");
            let person = ids.pseudonymise(&raw);
            raw_ids.push((raw, person.to_string()));
            let exit = day(100 + i64::from(i) * 3);
            data.add_enrolment(Enrolment {
                organisation: code.clone(),
                beneficiary: person,
                entry_date: start,
                exit_date: Some(exit),
                age_at_entry: Some(30),
                sex: None,
                service: None,
            });
            for ind in set.registry().iter() {
                let def = ind.definition();
                let value = |seed: i64| match &def.measure {
                    social_impact::catalogue::Measure::Binary { .. } => (seed % 2).to_string(),
                    social_impact::catalogue::Measure::Ordinal { min, max, .. } => {
                        (min + seed % (max - min + 1)).to_string()
                    }
                    social_impact::catalogue::Measure::Categorical { categories } => {
                        categories[(seed as usize) % categories.len()].code.clone()
                    }
                    social_impact::catalogue::Measure::Count { .. } => (seed % 5).to_string(),
                    _ => format!("{}.5", seed % 40),
                };
                let seed = i64::from(i) * 7 + org.len() as i64;
                for (wave, date, v) in
                    [(Wave::Entry, start, value(seed)), (Wave::Exit, exit, value(seed + 1 + i64::from(i % 3)))]
                {
                    data.add_observation(Observation {
                        organisation: code.clone(),
                        beneficiary: person,
                        indicator: IndicatorId::new(def.id.as_str()).expect("id"),
                        wave,
                        date,
                        value: v,
                        missing_reason: None,
                    })
                    .expect("accepted");
                }
            }
        }
    }
    let report = analyse(&set, &data.build(), &AnalysisOptions::default()).expect("report");
    let json = serde_json::to_value(&report).expect("JSON");
    let mut recovered = Vec::new();
    for ind in json["indicators"].as_array().into_iter().flatten() {
        let groups = ind["groups"].as_array().expect("groups");
        let (orgs, star) = groups.split_at(groups.len() - 1);
        let star = &star[0];
        let hidden = orgs.iter().find(|g| g["organisation"] == "ASSO-A").expect("ASSO-A");
        assert!(hidden["change"]["suppressed"] == true && hidden["change"].get("improved").is_none());
        for s in star["status"].as_array().into_iter().flatten() {
            let shown: u64 = orgs
                .iter()
                .flat_map(|g| g["status"].as_array().into_iter().flatten())
                .filter(|o| o["wave"] == s["wave"] && o["suppressed"] == false)
                .map(|o| o["n"].as_u64().unwrap_or(0))
                .sum();
            if s["n"].as_u64() != Some(shown) {
                recovered
                    .push(format!("{} status {}: network n - shown n = people hidden", ind["indicator"], s["wave"]));
            }
        }
        for field in ["n_pairs", "improved", "unchanged", "worsened", "gained", "lost"] {
            let Some(total) = star["change"][field].as_u64() else { continue };
            // Hidden groups carry no count, so the sum is over shown groups only.
            let shown: u64 = orgs
                .iter()
                .filter(|g| g["change"]["suppressed"] == false)
                .filter_map(|g| g["change"][field].as_u64())
                .sum();
            if total != shown {
                recovered.push(format!("{} change {field}: {total} against {shown} shown", ind["indicator"]));
            }
        }
    }
    for t in json["time_to_event"].as_array().into_iter().flatten() {
        let groups = t["groups"].as_array().expect("groups");
        let (orgs, star) = groups.split_at(groups.len() - 1);
        let shown_n: u64 = orgs.iter().filter(|g| g["suppressed"] == false).filter_map(|g| g["n"].as_u64()).sum();
        let shown_events: u64 = orgs.iter().filter_map(|g| g["events"].as_u64()).sum();
        assert_eq!(star[0]["n"].as_u64(), Some(shown_n), "time to event: the network counts a hidden group");
        assert_eq!(star[0]["events"].as_u64().unwrap_or(0), shown_events, "time to event: hidden events");
        let hidden = orgs.iter().find(|g| g["organisation"] == "ASSO-A").expect("ASSO-A");
        assert!(hidden.get("events").is_none() && hidden.get("curve").is_none() && hidden.get("median_days").is_none());
    }
    assert!(recovered.is_empty(), "{}", recovered.join("\n"));
    // No raw id and no pseudonym in any format.
    let options = RenderOptions::new(social_impact::Lang::Fr);
    let outputs = [
        serde_json::to_string_pretty(&report).expect("JSON"),
        render::markdown(&report, &set, &options),
        render::html(&report, &set, &options),
    ];
    for text in &outputs {
        for (raw, pseudonym) in &raw_ids {
            assert!(!text.contains(raw.as_str()) && !text.contains(pseudonym.as_str()), "an id in an output");
        }
    }
}

/// At the federation's size the funnel table lists only the organisations
/// outside the limits; every organisation stays a point on the plot.
#[test]
fn large_funnel_tables_list_only_flagged_organisations() {
    use social_impact::report::render::{self, RenderOptions};
    use social_impact::report::FunnelFlag;
    let (set, dir, options) = c1();
    let mut report = analyse(&set, &load(&set, &dir).dataset, &options).expect("report");
    let cmp = report.indicators[0].comparison.as_mut().expect("a comparison");
    let model = cmp.funnel[0].clone();
    cmp.funnel = (0..60)
        .map(|i| {
            let mut p = model.clone();
            p.organisation = social_impact::OrganisationCode::new(format!("F{i:03}")).expect("a code").into();
            p.flag = if i % 20 == 0 { FunnelFlag::Above95 } else { FunnelFlag::Within };
            p
        })
        .collect();
    let md = render::markdown(&report, &set, &RenderOptions::new(social_impact::Lang::En));
    let rows = md.lines().filter(|l| l.starts_with("| F0")).count();
    assert_eq!(rows, 3, "only the 3 flagged organisations are listed");
    assert!(md.contains("outside the 95% limits only: 3 of 60"));
    let html = render::html(&report, &set, &RenderOptions::new(social_impact::Lang::Fr));
    assert!(html.contains("seulement\u{a0}: 3 sur 60"));
}
