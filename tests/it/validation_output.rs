//! `impact validate --format json` writes the documented
//! `impact-validation/1` format: every output, on good and bad files, in
//! both languages, validates against the published schema.

use crate::it::support::{fixture, run_impact};
use serde_json::Value;
use std::path::PathBuf;

/// The published copy of the schema, as people and tools read it.
fn published_schema() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("indicators/schema/validation.schema.json");
    let text = std::fs::read_to_string(&path).expect("indicators/schema/validation.schema.json is checked in");
    serde_json::from_str(&text).expect("the published schema is JSON")
}

/// `impact validate --format json` on `enrolments` and `observations`,
/// with messages in `lang`: the JSON printed.
fn validate_json(set: &str, enrolments: &str, observations: &str, lang: &str) -> Value {
    let (set, enrolments, observations) = (fixture(set), fixture(enrolments), fixture(observations));
    let args = [
        "validate",
        "--set",
        set.to_str().expect("a UTF-8 path"),
        "--enrolments",
        enrolments.to_str().expect("a UTF-8 path"),
        "--observations",
        observations.to_str().expect("a UTF-8 path"),
        "--format",
        "json",
        "--lang",
        lang,
    ];
    let out = run_impact(&args);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn validate_json_output_follows_the_published_schema() {
    let schema = published_schema();
    let validator = jsonschema::draft202012::new(&schema).expect("the published schema compiles");
    let cases = [
        ("conformance/c1/set.json", "conformance/c1/enrolments.csv", "conformance/c1/observations.csv", 0),
        ("ingest/set.json", "ingest/excel-fr/enrolments.csv", "ingest/excel-fr/observations.csv", 0),
        ("ingest/set.json", "ingest/json/enrolments.jsonl", "ingest/json/observations.json", 0),
        ("ingest/set.json", "ingest/bad/enrolments.csv", "ingest/bad/observations.csv", 17),
        ("ingest/set.json", "ingest/bad/missing-columns.csv", "ingest/bad/not-csv.csv", 2),
        ("ingest/set.json", "ingest/bad/empty.csv", "ingest/bad/truncated.xlsx", 2),
    ];
    for (set, enrolments, observations, errors) in cases {
        for lang in ["fr", "en"] {
            let json = validate_json(set, enrolments, observations, lang);
            let found: Vec<String> =
                validator.iter_errors(&json).map(|e| format!("{}: {e}", e.instance_path)).collect();
            assert!(found.is_empty(), "{enrolments} + {observations} ({lang}): {found:#?}");
            assert_eq!(json["format"], "impact-validation/1");
            assert_eq!(json["lang"], lang);
            assert!(json["errors"].as_u64() >= Some(errors), "{enrolments} + {observations}: {}", json["errors"]);
        }
    }
}

#[test]
fn the_schema_rejects_what_the_format_does_not_allow() {
    let validator = jsonschema::draft202012::new(&published_schema()).expect("the published schema compiles");
    let good = validate_json("ingest/set.json", "ingest/bad/enrolments.csv", "ingest/bad/observations.csv", "en");
    assert!(validator.is_valid(&good));
    let mut other_version = good.clone();
    other_version["format"] = "impact-validation/2".into();
    assert!(!validator.is_valid(&other_version));
    let mut unknown_code = good.clone();
    unknown_code["problems"][0]["kind"] = "something_else".into();
    assert!(!validator.is_valid(&unknown_code));
    let mut extra_field = good;
    extra_field["problems"][0]["raw_beneficiary"] = "E-01".into();
    assert!(!validator.is_valid(&extra_field));
}
