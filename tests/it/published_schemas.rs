//! The published JSON Schemas of the formats: valid 2020-12 documents, and
//! the checked-in copies under `indicators/schema/` kept fresh.

use serde_json::Value;
use std::path::PathBuf;

fn published() -> Vec<(&'static str, Value)> {
    vec![
        ("indicator.schema.json", social_impact::catalogue::definition_schema()),
        ("reference-set.schema.json", social_impact::catalogue::manifest_schema()),
        ("report.schema.json", social_impact::report::json_schema()),
        ("validation.schema.json", social_impact::ingest::validation_schema()),
        ("sroi-model.schema.json", social_impact::costs::model_schema()),
        ("sroi.schema.json", social_impact::costs::result_schema()),
        ("aggregate.schema.json", social_impact::tables::json_schema()),
    ]
}

#[test]
fn published_schemas_are_fresh() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("indicators/schema");
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (name, schema) in published() {
        let path = dir.join(name);
        let want = format!("{}\n", serde_json::to_string_pretty(&schema).unwrap());
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &want).unwrap();
            continue;
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != want {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale published schemas: {}\nregenerate them with `UPDATE_SCHEMAS=1 cargo test --test lib published_schemas_are_fresh`",
        stale.join(", ")
    );
}

#[test]
fn published_schemas_are_valid_2020_12_documents() {
    for (name, schema) in published() {
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
        if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("{name} is not a valid JSON Schema 2020-12 document: {e} at {}", e.instance_path);
        }
        jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{name} does not compile: {e}"));
    }
}

#[test]
fn format_schemas_carry_an_id_and_a_title() {
    let def = social_impact::catalogue::definition_schema();
    assert_eq!(def["$id"], social_impact::catalogue::DEFINITION_SCHEMA_ID);
    assert_eq!(def["title"], "Indicator definition");
    let set = social_impact::catalogue::manifest_schema();
    assert_eq!(set["$id"], social_impact::catalogue::MANIFEST_SCHEMA_ID);
    assert_eq!(set["title"], "Reference set manifest");
    // The first keys say what the document is.
    let keys: Vec<&String> = def.as_object().unwrap().keys().take(4).collect();
    assert_eq!(keys, ["$schema", "$id", "$comment", "title"]);
}

#[test]
fn manifest_schema_takes_ids_definition_files_or_inline_definitions() {
    let schema = social_impact::catalogue::manifest_schema();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let inline: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/conformance/c1/set.json"))
            .unwrap(),
    )
    .unwrap();
    assert!(validator.is_valid(&inline));
    let mut by_id = inline.clone();
    by_id["indicators"] = serde_json::json!(["t.housing.ladder", "t.rights.coverage"]);
    by_id["time_to_event"] = serde_json::json!([]);
    assert!(validator.is_valid(&by_id));
    by_id["indicators"] = serde_json::json!(["Not An Id"]);
    assert!(!validator.is_valid(&by_id));
    // Definition files: a `file` and nothing else.
    by_id["indicators"] = serde_json::json!([{"file": "definitions/housing.json"}, "t.rights.coverage"]);
    assert!(validator.is_valid(&by_id));
    for wrong in
        [serde_json::json!({"file": ""}), serde_json::json!({"file": "a.json", "id": "t.a.b"}), serde_json::json!(3)]
    {
        by_id["indicators"] = serde_json::json!([wrong]);
        assert!(!validator.is_valid(&by_id), "{wrong}");
    }
}

#[test]
fn bundled_files_satisfy_the_published_schemas() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("indicators");
    let def = jsonschema::draft202012::new(&social_impact::catalogue::definition_schema()).unwrap();
    let set = jsonschema::draft202012::new(&social_impact::catalogue::manifest_schema()).unwrap();
    let sroi = jsonschema::draft202012::new(&social_impact::costs::model_schema()).unwrap();
    let mut stack = vec![root.clone()];
    let mut checked = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "schema") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let validator = if value["format"] == social_impact::costs::SROI_MODEL_FORMAT {
                &sroi
            } else if value.get("indicators").is_some() {
                &set
            } else {
                &def
            };
            let errors: Vec<String> =
                validator.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path)).collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 2, "only {checked} bundled files found");
}
