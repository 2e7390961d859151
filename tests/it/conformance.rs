//! The conformance cases of `shared/conformance` (copied to
//! `tests/fixtures/conformance`): `impact report` on each case must give
//! every figure of `expected.json`, computed by `oracle.py` with scipy,
//! statsmodels and lifelines, to 1e-6 relative (1e-9 absolute near zero).
//!
//! The comparison mirrors `oracle.py --compare` field by field.

use crate::it::support::{fixture, run_impact};
use serde_json::Value;
use std::collections::BTreeMap;

fn close(a: Option<&Value>, b: &Value, rel: f64) -> bool {
    match (a, b) {
        (None | Some(Value::Null), Value::Null) => true,
        (Some(Value::String(x)), Value::String(y)) => x == y,
        (Some(Value::Bool(x)), Value::Bool(y)) => x == y,
        (Some(x), y) if x.is_number() && y.is_number() => {
            let x = x.as_f64().expect("a JSON number reads as f64");
            let y = y.as_f64().expect("a JSON number reads as f64");
            (x - y).abs() <= 1e-9 + rel * y.abs()
        }
        _ => false,
    }
}

fn index<'a>(items: Option<&'a Value>, key: &str) -> BTreeMap<String, &'a Value> {
    items
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|it| {
                    let k = match &it[key] {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (k, it)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What a hidden group (n < min_cell) must not carry: any estimate, and any
/// count of outcomes (as `oracle.py --compare`).
const HIDDEN: [&str; 17] = [
    "estimate",
    "ci_low",
    "ci_high",
    "sd",
    "events",
    "curve",
    "median_days",
    "mean_change",
    "sd_change",
    "t",
    "p_t",
    "wilcoxon_p",
    "cohens_dz",
    "mcnemar_p",
    "improved",
    "unchanged",
    "worsened",
];

fn hidden_fields(path: &str, group: &Value, bad: &mut Vec<String>) {
    for k in HIDDEN.iter().chain(&["gained", "lost"]) {
        if group.get(k).is_some_and(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty())) {
            bad.push(format!("{path}.{k} (hidden group): {}", group[k]));
        }
    }
}

/// Every expected field the report misses or gets wrong, as `path: got, want`.
pub fn compare(report: &Value, expected: &Value) -> (usize, Vec<String>) {
    let mut bad = Vec::new();
    let mut checked = 0usize;
    let mut check = |path: String, got: Option<&Value>, want: &Value, rel: f64, bad: &mut Vec<String>| {
        checked += 1;
        if !close(got, want, rel) {
            bad.push(format!("{path}: got {got:?}, want {want}"));
        }
    };
    let rep_inds = index(report.get("indicators"), "indicator");
    for ei in expected["indicators"].as_array().into_iter().flatten() {
        let p0 = ei["indicator"].as_str().unwrap_or("?").to_string();
        let Some(ri) = rep_inds.get(&p0) else {
            bad.push(format!("{p0}: missing indicator"));
            continue;
        };
        check(format!("{p0}.measure"), ri.get("measure"), &ei["measure"], 0.0, &mut bad);
        let rg = index(ri.get("groups"), "organisation");
        for eg in ei["groups"].as_array().into_iter().flatten() {
            let org = eg["organisation"].as_str().unwrap_or("?");
            let Some(g) = rg.get(org) else {
                bad.push(format!("{p0}[{org}]: missing group"));
                continue;
            };
            let rs = index(g.get("status"), "wave");
            for es in eg["status"].as_array().into_iter().flatten() {
                let wave = es["wave"].as_str().unwrap_or("?");
                let Some(s) = rs.get(wave) else {
                    bad.push(format!("{p0}[{org}].status.{wave}: missing"));
                    continue;
                };
                if es["suppressed"] == Value::Bool(true) {
                    check(
                        format!("{p0}[{org}].status.{wave}.suppressed"),
                        s.get("suppressed"),
                        &es["suppressed"],
                        0.0,
                        &mut bad,
                    );
                    hidden_fields(&format!("{p0}[{org}].status.{wave}"), s, &mut bad);
                    continue;
                }
                for (k, v) in es.as_object().into_iter().flatten() {
                    if k == "wave" || (k == "sd" && ei["measure"] == "proportion") {
                        continue;
                    }
                    check(format!("{p0}[{org}].status.{wave}.{k}"), s.get(k), v, 1e-6, &mut bad);
                }
            }
            let ec = &eg["change"];
            let c = g.get("change").cloned().unwrap_or(Value::Null);
            if ec["suppressed"] == Value::Bool(true) {
                check(format!("{p0}[{org}].change.suppressed"), c.get("suppressed"), &ec["suppressed"], 0.0, &mut bad);
                hidden_fields(&format!("{p0}[{org}].change"), &c, &mut bad);
            } else {
                for (k, v) in ec.as_object().into_iter().flatten() {
                    check(format!("{p0}[{org}].change.{k}"), c.get(k), v, 1e-6, &mut bad);
                }
            }
            let d = g.get("duration_effect").cloned().unwrap_or(Value::Null);
            for (k, v) in eg["duration_effect"].as_object().into_iter().flatten() {
                check(format!("{p0}[{org}].duration_effect.{k}"), d.get(k), v, 1e-5, &mut bad);
            }
        }
        if let Some(ecmp) = ei.get("comparison") {
            let cmp = ri.get("comparison").cloned().unwrap_or(Value::Null);
            for k in ["test", "statistic", "df", "p", "p_holm"] {
                if let Some(v) = ecmp.get(k) {
                    check(format!("{p0}.comparison.{k}"), cmp.get(k), v, 1e-6, &mut bad);
                }
            }
            let rf = index(cmp.get("funnel"), "organisation");
            for ef in ecmp["funnel"].as_array().into_iter().flatten() {
                let org = ef["organisation"].as_str().unwrap_or("?");
                let f = rf.get(org).copied().cloned().unwrap_or(Value::Null);
                for (k, v) in ef.as_object().into_iter().flatten() {
                    check(format!("{p0}.funnel[{org}].{k}"), f.get(k), v, 1e-5, &mut bad);
                }
            }
        } else if ri.get("comparison").is_some_and(|c| !c.is_null()) {
            bad.push(format!("{p0}.comparison: present but the oracle has none"));
        }
    }
    let rt = index(report.get("time_to_event"), "id");
    for et in expected["time_to_event"].as_array().into_iter().flatten() {
        let id = et["id"].as_str().unwrap_or("?");
        let Some(t) = rt.get(id) else {
            bad.push(format!("{id}: missing time_to_event"));
            continue;
        };
        if et.get("logrank").is_some_and(Value::is_null) {
            if t.get("logrank").is_some_and(|l| !l.is_null()) {
                bad.push(format!("{id}.logrank: got {:?}, want null", t.get("logrank")));
            }
        } else if let Some(el) = et.get("logrank") {
            let l = t.get("logrank").cloned().unwrap_or(Value::Null);
            for (k, v) in el.as_object().into_iter().flatten() {
                check(format!("{id}.logrank.{k}"), l.get(k), v, 1e-5, &mut bad);
            }
        }
        let rg = index(t.get("groups"), "organisation");
        for eg in et["groups"].as_array().into_iter().flatten() {
            let org = eg["organisation"].as_str().unwrap_or("?");
            let g = rg.get(org).copied().cloned().unwrap_or(Value::Null);
            if eg["suppressed"] == Value::Bool(true) {
                check(format!("{id}[{org}].suppressed"), g.get("suppressed"), &eg["suppressed"], 0.0, &mut bad);
                hidden_fields(&format!("{id}[{org}]"), &g, &mut bad);
                continue;
            }
            for k in ["n", "events", "median_days"] {
                if let Some(v) = eg.get(k) {
                    check(format!("{id}[{org}].{k}"), g.get(k), v, 1e-6, &mut bad);
                }
            }
            let rc = index(g.get("curve"), "t");
            let rc: BTreeMap<String, &Value> = rc
                .into_iter()
                .map(|(k, v)| (format!("{}", k.parse::<f64>().expect("curve times are numbers")), v))
                .collect();
            for ep in eg["curve"].as_array().into_iter().flatten() {
                let tkey = format!("{}", ep["t"].as_f64().expect("expected curve times are numbers"));
                let Some(pt) = rc.get(&tkey) else {
                    bad.push(format!("{id}[{org}].curve@{tkey}: missing point"));
                    continue;
                };
                for (k, v) in ep.as_object().into_iter().flatten() {
                    check(format!("{id}[{org}].curve@{tkey}.{k}"), pt.get(k), v, 1e-5, &mut bad);
                }
            }
        }
    }
    (checked, bad)
}

fn run_case(name: &str) {
    let dir = fixture(&format!("conformance/{name}"));
    let params: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("params.json")).unwrap()).unwrap();
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let report_path = out.path().join("report.json");
    let confidence = params["confidence"].to_string();
    let min_cell = params["min_cell"].to_string();
    let as_of = params["as_of"].as_str().unwrap_or_default().to_string();
    let set = dir.join("set.json");
    let enrolments = dir.join("enrolments.csv");
    let observations = dir.join("observations.csv");
    let run = run_impact(&[
        "report",
        "--set",
        set.to_str().unwrap(),
        "--enrolments",
        enrolments.to_str().unwrap(),
        "--observations",
        observations.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        report_path.to_str().unwrap(),
        "--confidence",
        &confidence,
        "--min-cell",
        &min_cell,
        "--as-of",
        &as_of,
    ]);
    assert!(run.status.success(), "impact report failed: {}", String::from_utf8_lossy(&run.stderr));
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    let (checked, bad) = compare(&report, &expected);
    assert!(checked > 100, "only {checked} fields compared");
    assert!(bad.is_empty(), "{} of {checked} fields differ from the oracle:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn case_c1_network_of_four_matches_the_oracle() {
    run_case("c1");
}

#[test]
fn case_c2_small_and_edgy_matches_the_oracle() {
    run_case("c2");
}
