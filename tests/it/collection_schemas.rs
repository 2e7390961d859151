//! `collection`: every generated schema is a valid JSON Schema 2020-12
//! document; real records pass; each kind of malformed record fails where
//! it is wrong.

use jsonschema::Validator;
use serde_json::{json, Map, Value};
use social_impact::catalogue::{Catalogue, Wave};
use social_impact::collection::{csv_template, record_schema, CollectionError, RecordKind};
use social_impact::set::ReferenceSet;
use std::collections::BTreeMap;

fn conformance(case: &str) -> ReferenceSet {
    let path = format!("{}/tests/fixtures/conformance/{case}/set.json", env!("CARGO_MANIFEST_DIR"));
    Catalogue::default().reference_set_at(path.as_ref()).expect("conformance set")
}

fn validator(set: &ReferenceSet, kind: RecordKind, wave: Option<Wave>) -> Validator {
    let schema = record_schema(set, kind, wave).unwrap();
    jsonschema::draft202012::new(&schema).unwrap()
}

/// The instance paths of the errors, or nothing when the record is valid.
fn errors(v: &Validator, record: &Value) -> Vec<String> {
    v.iter_errors(record).map(|e| e.instance_path.to_string()).collect()
}

#[test]
fn every_generated_schema_is_a_valid_2020_12_document() {
    let bundled = Catalogue::bundled().unwrap();
    let mut sets: Vec<ReferenceSet> =
        bundled.manifests().filter_map(|m| bundled.reference_set(m.id.as_str()).ok()).collect();
    assert!(!sets.is_empty(), "no bundled set resolves");
    sets.push(conformance("c1"));
    sets.push(conformance("c2"));
    let mut checked = 0;
    for set in &sets {
        for kind in RecordKind::ALL {
            for wave in std::iter::once(None).chain(Wave::ALL.iter().copied().map(Some)) {
                let schema = match record_schema(set, kind, wave) {
                    Ok(s) => s,
                    Err(CollectionError::NoIndicatorAtWave { .. }) if wave.is_some() => continue,
                    Err(e) => panic!("{} {kind} {wave:?}: {e}", set.id()),
                };
                let what = format!("{} {kind} {wave:?}", set.id());
                if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
                    panic!("{what}: not a valid 2020-12 schema: {e} at {}", e.instance_path);
                }
                jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{what}: does not compile: {e}"));
                checked += 1;
            }
        }
    }
    assert!(checked >= 3 * 2 * 2, "{checked}");
}

fn csv_records(case: &str, file: &str) -> Vec<Map<String, Value>> {
    let path = format!("{}/tests/fixtures/conformance/{case}/{file}", env!("CARGO_MANIFEST_DIR"));
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers.iter().zip(r.iter()).map(|(h, v)| (h.to_string(), Value::String(v.to_string()))).collect()
        })
        .collect()
}

#[test]
fn conformance_records_pass_as_strings() {
    let set = conformance("c1");
    let observation = validator(&set, RecordKind::Observation, None);
    let observations = csv_records("c1", "observations.csv");
    assert!(observations.len() > 1000);
    for (i, r) in observations.iter().enumerate() {
        let r = Value::Object(r.clone());
        assert!(observation.is_valid(&r), "observation {}: {r} {:?}", i + 2, errors(&observation, &r));
    }
    let enrolment = validator(&set, RecordKind::Enrolment, None);
    for (i, r) in csv_records("c1", "enrolments.csv").into_iter().enumerate() {
        let r = Value::Object(r);
        assert!(enrolment.is_valid(&r), "enrolment {}: {r} {:?}", i + 2, errors(&enrolment, &r));
    }
    // The same answers pivoted to wide rows.
    let wide = validator(&set, RecordKind::Wide, None);
    let mut rows: BTreeMap<(String, String, String, String), Map<String, Value>> = BTreeMap::new();
    for r in &observations {
        let key = ["organisation", "beneficiary", "wave", "date"].map(|k| r[k].as_str().unwrap().to_string());
        let row = rows.entry(key.clone().into()).or_insert_with(|| {
            ["organisation", "beneficiary", "wave", "date"]
                .iter()
                .zip(key)
                .map(|(k, v)| (k.to_string(), Value::String(v)))
                .collect()
        });
        row.insert(r["indicator"].as_str().unwrap().to_string(), r["value"].clone());
    }
    for row in rows.into_values() {
        let row = Value::Object(row);
        assert!(wide.is_valid(&row), "wide row {row}: {:?}", errors(&wide, &row));
    }
}

fn observation(indicator: &str, wave: &str, value: Value) -> Value {
    json!({
        "organisation": "ORGA", "beneficiary": "B0001", "indicator": indicator,
        "wave": wave, "date": "2024-03-01", "value": value
    })
}

#[test]
fn valid_values_pass_in_text_and_json_forms() {
    let set = conformance("c1");
    let v = validator(&set, RecordKind::Observation, None);
    let cases: &[(&str, &[Value])] = &[
        (
            "t.rights.coverage",
            &[
                json!(true),
                json!(false),
                json!(1),
                json!(0),
                json!("Oui"),
                json!(" yes "),
                json!("VRAI"),
                json!("non"),
                json!("False"),
                json!("0"),
                json!("1,0"),
                json!("1.0"),
            ],
        ),
        ("t.autonomy.budget", &[json!(1), json!(7), json!(10), json!("7"), json!("7,0"), json!("07"), json!(" 10 ")]),
        ("t.social.loneliness", &[json!(5), json!("2")]),
        ("t.housing.ladder", &[json!("tenancy"), json!("Tenancy"), json!(" street ")]),
        ("t.stability.moves", &[json!(0), json!(12), json!("3"), json!("3,0")]),
        (
            "t.income.monthly",
            &[json!(0), json!(739.85), json!("739,85"), json!("739.85"), json!("1 234,50"), json!("1200")],
        ),
    ];
    for (indicator, values) in cases {
        for value in values.iter().chain(&[json!(""), json!(null), json!("  ")]) {
            let r = observation(indicator, "entry", value.clone());
            assert!(v.is_valid(&r), "{indicator} {value} rejected: {:?}", errors(&v, &r));
        }
    }
    let with_reason = json!({
        "organisation": "ORGA", "beneficiary": 17, "indicator": "t.income.monthly", "wave": "exit",
        "date": "01/03/2024", "value": "", "missing_reason": "refused"
    });
    assert!(v.is_valid(&with_reason), "{:?}", errors(&v, &with_reason));
}

#[test]
fn invalid_values_fail_at_value() {
    let set = conformance("c1");
    let v = validator(&set, RecordKind::Observation, None);
    let cases: &[(&str, &str, &[Value])] = &[
        ("bad binary", "t.rights.coverage", &[json!("maybe"), json!(2), json!("2"), json!("ouais"), json!(0.5)]),
        ("ordinal out of range", "t.autonomy.budget", &[json!(11), json!("11"), json!(0), json!("0"), json!(-1)]),
        ("ordinal not whole", "t.autonomy.budget", &[json!(7.5), json!("7,5"), json!("seven"), json!(true)]),
        ("unknown category", "t.housing.ladder", &[json!("castle"), json!(3), json!("street shelter")]),
        ("negative count", "t.stability.moves", &[json!(-1), json!("-1"), json!("1,5"), json!(2.5)]),
        ("bad quantity", "t.income.monthly", &[json!(-5), json!("-5"), json!("abc"), json!("1,234.5"), json!("12 34")]),
    ];
    for (what, indicator, values) in cases {
        for value in *values {
            let r = observation(indicator, "entry", value.clone());
            let found = errors(&v, &r);
            assert!(
                found.iter().any(|p| p == "/value"),
                "{what}: {indicator} {value} accepted or misplaced: {found:?}"
            );
        }
    }
}

#[test]
fn malformed_observations_fail_where_they_are_wrong() {
    let set = conformance("c1");
    let v = validator(&set, RecordKind::Observation, None);
    let good = observation("t.stability.moves", "exit", json!("2"));
    assert!(errors(&v, &good).is_empty());
    let mut cases: Vec<(&str, Value, &str)> = Vec::new();
    let mut with = |what: &'static str, field: &str, value: Value, at: &'static str| {
        let mut r = good.clone();
        r[field] = value;
        cases.push((what, r, at));
    };
    with("wave not asked for the indicator", "wave", json!("follow_up"), "/wave");
    with("unknown wave", "wave", json!("middle"), "/wave");
    with("unknown indicator", "indicator", json!("t.nothing.here"), "/indicator");
    with("bad ISO date", "date", json!("2024-13-01"), "/date");
    with("two-digit year", "date", json!("31/12/24"), "/date");
    with("no such day", "date", json!("29/02/2023"), "/date");
    with("bad organisation", "organisation", json!("*"), "/organisation");
    with("bad missing reason", "missing_reason", json!("forgot"), "/missing_reason");
    with("unknown field", "comment", json!("hello"), "");
    let mut no_date = good.clone();
    no_date.as_object_mut().unwrap().remove("date");
    cases.push(("missing required field", no_date, ""));
    for (what, record, at) in cases {
        let found = errors(&v, &record);
        assert!(found.iter().any(|p| p == at), "{what}: {record} gave {found:?}, expected an error at {at:?}");
    }
}

#[test]
fn one_wave_schemas_fix_the_wave() {
    let set = conformance("c1");
    let v = validator(&set, RecordKind::Observation, Some(Wave::FollowUp));
    assert!(v.is_valid(&observation("t.autonomy.budget", "follow_up", json!(4))));
    assert!(!v.is_valid(&observation("t.autonomy.budget", "entry", json!(4))));
    // Not asked at follow-up: not an indicator of this schema.
    assert!(errors(&v, &observation("t.stability.moves", "follow_up", json!(1))).contains(&"/indicator".to_string()));
    assert_eq!(
        record_schema(&set, RecordKind::Wide, Some(Wave::PostExit)).unwrap_err(),
        CollectionError::NoIndicatorAtWave {
            set: "synthetic-1234".into(),
            wave: Wave::PostExit,
            available: "entry, follow_up, exit".into()
        }
    );
}

#[test]
fn enrolments() {
    let set = conformance("c1");
    let v = validator(&set, RecordKind::Enrolment, None);
    let good = json!({
        "organisation": "ORGA", "beneficiary": "B0001", "entry_date": "08/01/2023", "exit_date": "",
        "age_at_entry": "23", "sex": "Femme", "service": "CHRS"
    });
    assert!(errors(&v, &good).is_empty(), "{:?}", errors(&v, &good));
    let typed = json!({ "organisation": "ORGA", "beneficiary": "B0001", "entry_date": "2023-01-08", "exit_date": null, "age_at_entry": 23 });
    assert!(errors(&v, &typed).is_empty(), "{:?}", errors(&v, &typed));
    for (field, value, at) in [
        ("entry_date", json!("2023-02-30x"), "/entry_date"),
        ("exit_date", json!("soon"), "/exit_date"),
        ("age_at_entry", json!("-3"), "/age_at_entry"),
        ("age_at_entry", json!(-3), "/age_at_entry"),
        ("sex", json!("unknown"), "/sex"),
    ] {
        let mut r = good.clone();
        r[field] = value.clone();
        assert!(errors(&v, &r).iter().any(|p| p == at), "{field} {value}: {:?}", errors(&v, &r));
    }
    let mut r = good.clone();
    r.as_object_mut().unwrap().remove("entry_date");
    assert!(!v.is_valid(&r));
}

#[test]
fn wide_rows() {
    let set = conformance("c1");
    let v = validator(&set, RecordKind::Wide, None);
    let row = json!({
        "organisation": "ORGA", "beneficiary": "B0001", "wave": "follow_up", "date": "2024-03-01",
        "t.housing.ladder": "shelter", "t.rights.coverage": "oui", "t.autonomy.budget": 6, "t.stability.moves": ""
    });
    assert!(errors(&v, &row).is_empty(), "{:?}", errors(&v, &row));
    let mut not_asked = row.clone();
    not_asked["t.stability.moves"] = json!("2");
    assert!(errors(&v, &not_asked).contains(&"/t.stability.moves".to_string()));
    let mut unknown = row.clone();
    unknown["t.nothing.here"] = json!("1");
    assert!(!v.is_valid(&unknown));
    let mut bad = row.clone();
    bad["t.autonomy.budget"] = json!("12");
    assert!(errors(&v, &bad).contains(&"/t.autonomy.budget".to_string()));

    let exit = validator(&set, RecordKind::Wide, Some(Wave::Exit));
    let mut at_exit = row.clone();
    at_exit["wave"] = json!("exit");
    at_exit["t.stability.moves"] = json!(2);
    assert!(exit.is_valid(&at_exit), "{:?}", errors(&exit, &at_exit));
    assert!(!exit.is_valid(&row));
}

#[test]
fn csv_templates() {
    let set = conformance("c1");
    assert_eq!(
        csv_template(&set, RecordKind::Enrolment, None).unwrap(),
        "organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service\n"
    );
    assert_eq!(
        csv_template(&set, RecordKind::Observation, Some(Wave::Exit)).unwrap(),
        "organisation,beneficiary,indicator,wave,date,value,missing_reason\n"
    );
    assert_eq!(
        csv_template(&set, RecordKind::Wide, Some(Wave::FollowUp)).unwrap(),
        "organisation,beneficiary,wave,date,t.housing.ladder,t.rights.coverage,t.health.forgone,t.autonomy.budget,t.social.loneliness\n"
    );
    let all = csv_template(&set, RecordKind::Wide, None).unwrap();
    assert!(all.trim_end().ends_with("t.stability.moves,t.income.monthly"), "{all}");
}
