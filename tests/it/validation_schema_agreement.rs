//! The crate's own validation of one record and the published collection
//! schema (JSON Schema 2020-12, checked by the independent `jsonschema`
//! crate) give the same verdict on every record: generated records, valid
//! and not, in text (CSV) and JSON-typed forms.

use crate::it::support::fixture;
use proptest::prelude::*;
use social_impact::catalogue::{Catalogue, Measure};
use social_impact::collection::{record_schema, RecordKind};
use social_impact::ingest::{validate_enrolment_record, validate_observation_record, ProblemKind, RawRecord, Severity};
use social_impact::set::ReferenceSet;
use std::sync::OnceLock;

struct Case {
    set: ReferenceSet,
    observation: jsonschema::Validator,
    enrolment: jsonschema::Validator,
    values: Vec<String>,
}

/// The conformance set (every measure type, both directions) and the two
/// bundled sets.
fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let path = fixture("conformance/c1/set.json");
        let bundled = Catalogue::bundled().unwrap();
        vec![
            Catalogue::default().reference_set_at(&path).expect("conformance set c1"),
            bundled.reference_set("exclusion-2023").unwrap(),
            bundled.reference_set("child-protection-2024").unwrap(),
        ]
        .into_iter()
        .map(case)
        .collect()
    })
}

fn case(set: ReferenceSet) -> Case {
    {
        let observation =
            jsonschema::validator_for(&record_schema(&set, RecordKind::Observation, None).unwrap()).unwrap();
        let enrolment = jsonschema::validator_for(&record_schema(&set, RecordKind::Enrolment, None).unwrap()).unwrap();
        // Answers that are valid for some indicator and not for others, and
        // answers valid for none.
        let mut values: Vec<String> = [
            "", "0", "1", "2", "5", "6", "7", "10", "11", "31", "32", "-1", "0.5", "7,0", "7,5", "1.0", "oui", "NON",
            "Vrai", "faux", "yes", "true", "maybe", "739.85", "739,85", "1e3", " 3 ", "abc", "1 234,5", "NaN",
            "999999", "100000.5",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for ind in set.registry().iter() {
            if let Measure::Categorical { categories } = &ind.definition().measure {
                values.extend(categories.iter().map(|c| c.code.clone()));
                values.extend(categories.iter().map(|c| c.code.to_uppercase()));
            }
        }
        Case { set, observation, enrolment, values }
    }
}

/// The crate's verdict on the rules a JSON Schema can express. One rule
/// compares two fields of a record (exit date on or after entry date), which
/// JSON Schema 2020-12 cannot; the readers check it, and the enrolment
/// schema says so in its description. An optional field the schema refuses
/// (an age `trente`), the readers read as missing with a warning
/// (`OptionalValueIgnored`), so that one typo does not drop a person: the
/// schema keeps collection strict, and the warning is its verdict here.
fn crate_accepts(problems: &[social_impact::ingest::Problem]) -> bool {
    !problems.iter().any(|p| {
        (p.severity() == Severity::Error && p.code().as_str() != "exit_before_entry")
            || matches!(p.kind(), ProblemKind::OptionalValueIgnored { .. })
    })
}

fn pick(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(pool).prop_map(str::to_string)
}

fn observation() -> impl Strategy<Value = (usize, serde_json::Value)> {
    (0..cases().len()).prop_flat_map(|i| observation_in(i).prop_map(move |r| (i, r)))
}

fn observation_in(i: usize) -> impl Strategy<Value = serde_json::Value> {
    let c = &cases()[i];
    let mut indicators: Vec<String> = c.set.registry().ids().map(|i| i.to_string()).collect();
    indicators.extend(["t.unknown.thing".to_string(), "Bad Id".to_string()]);
    (
        pick(&["ORGA", "asso-042", "", "a b", "*"]),
        pick(&["B7000001", "P-1", ""]),
        prop::sample::select(indicators),
        pick(&[
            "entry",
            "follow_up",
            "exit",
            "post_exit",
            "Entry",
            "middle",
            "",
            "Entrée",
            "ENTREE",
            "suivi",
            "Sortie",
            "Après la sortie",
            "apres  la-sortie",
            "aprés",
        ]),
        pick(&["2024-01-15", "15/01/2024", "2024-13-01", "31/02/2024", "yesterday", ""]),
        prop::sample::select(c.values.clone()),
        prop::option::of(pick(&[
            "refused",
            "not_applicable",
            "unknown",
            "Refused",
            "refus",
            "bogus",
            "",
            "Refus de répondre",
            "REFUSÉ",
            "sans objet",
            "Ne sait pas",
            "ne-sait-pas",
            "n/a",
            "sans",
        ])),
        any::<bool>(),
    )
        .prop_map(|(org, ben, ind, wave, date, value, reason, typed)| {
            let mut record = serde_json::json!({
                "organisation": org, "beneficiary": ben, "indicator": ind, "wave": wave, "date": date,
            });
            // JSON Lines from case-management software carry numbers and
            // booleans where a CSV carries text.
            record["value"] = match (typed, value.parse::<f64>()) {
                (true, Ok(n)) if value.trim() == value && !value.contains(',') => serde_json::json!(n),
                (true, _) if value == "true" => serde_json::json!(true),
                (true, _) if value.is_empty() => serde_json::Value::Null,
                _ => serde_json::json!(value),
            };
            if let Some(r) = reason {
                record["missing_reason"] = serde_json::json!(r);
            }
            record
        })
}

fn enrolment() -> impl Strategy<Value = serde_json::Value> {
    (
        pick(&["ORGA", "", "a b"]),
        pick(&["B7000001", ""]),
        pick(&["2024-01-15", "15/01/2024", "2024-02-30", "soon", ""]),
        pick(&["2024-06-30", "01/01/2024", "2023-12-31", "", "later"]),
        pick(&["34", "0", "-3", "12.5", "", "trente", "34 ans", "130", "131", "200", "+34", "34,0"]),
        pick(&["F", "M", "X", "femme", "", "Q"]),
        pick(&["CHRS", ""]),
    )
        .prop_map(|(org, ben, entry, exit, age, sex, service)| {
            serde_json::json!({
                "organisation": org, "beneficiary": ben, "entry_date": entry, "exit_date": exit,
                "age_at_entry": age, "sex": sex, "service": service,
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn observation_verdicts_agree((i, record) in observation()) {
        let c = &cases()[i];
        let schema_ok = c.observation.is_valid(&record);
        let crate_ok = match RawRecord::from_json(&record) {
            Ok(raw) => crate_accepts(&validate_observation_record(&c.set, &raw)),
            Err(_) => false,
        };
        let why: Vec<String> = c.observation.iter_errors(&record).map(|e| format!("{}: {e}", e.instance_path)).take(3).collect();
        prop_assert_eq!(schema_ok, crate_ok, "record {} — schema says {:?}", record, why);
    }

    #[test]
    fn enrolment_verdicts_agree(record in enrolment()) {
        let c = &cases()[0];
        let schema_ok = c.enrolment.is_valid(&record);
        let crate_ok = match RawRecord::from_json(&record) {
            Ok(raw) => crate_accepts(&validate_enrolment_record(&raw)),
            Err(_) => false,
        };
        let why: Vec<String> = c.enrolment.iter_errors(&record).map(|e| format!("{}: {e}", e.instance_path)).take(3).collect();
        prop_assert_eq!(schema_ok, crate_ok, "record {} — schema says {:?}", record, why);
    }
}
