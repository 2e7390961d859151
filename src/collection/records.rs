//! The three record schemas: enrolment, observation (long form), wide.

use super::values::{
    anchored, case_insensitive, date_pattern, integer_pattern, missing, spelling_pattern, value_schema,
};
use super::CollectionError;
use crate::catalogue::{IndicatorDefinition, Wave, DIALECT};
use crate::data::{MissingReason, Sex};
use crate::ids::OrganisationCode;
use crate::set::ReferenceSet;
use serde_json::{json, Map, Value};

/// The columns of an enrolments file, in order.
pub(super) const ENROLMENT_FIELDS: [&str; 7] =
    ["organisation", "beneficiary", "entry_date", "exit_date", "age_at_entry", "sex", "service"];
/// The columns of a long-form observations file, in order.
pub(super) const OBSERVATION_FIELDS: [&str; 7] =
    ["organisation", "beneficiary", "indicator", "wave", "date", "value", "missing_reason"];
/// The first columns of a wide file, before one column per indicator.
pub(super) const WIDE_FIELDS: [&str; 4] = ["organisation", "beneficiary", "wave", "date"];

/// The indicators of `set` asked at `wave` (all of them without a wave).
pub(super) fn indicators_at(
    set: &ReferenceSet,
    wave: Option<Wave>,
) -> Result<Vec<&IndicatorDefinition>, CollectionError> {
    let defs: Vec<&IndicatorDefinition> =
        set.registry().iter().map(|i| i.definition()).filter(|d| wave.is_none_or(|w| d.waves.contains(&w))).collect();
    match wave {
        Some(w) if defs.is_empty() => Err(CollectionError::NoIndicatorAtWave {
            set: set.id().to_string(),
            wave: w,
            available: set_waves(set).iter().map(|w| w.as_str()).collect::<Vec<_>>().join(", "),
        }),
        _ => Ok(defs),
    }
}

/// The waves any indicator of the set is asked at, in wave order.
fn set_waves(set: &ReferenceSet) -> Vec<Wave> {
    Wave::ALL.iter().copied().filter(|w| set.registry().iter().any(|i| i.definition().waves.contains(w))).collect()
}

/// The waves a schema covers: `wave` alone when one is named, else every
/// wave of the set.
fn waves_of(set: &ReferenceSet, wave: Option<Wave>) -> Vec<Wave> {
    wave.map_or_else(|| set_waves(set), |w| vec![w])
}

/// The spellings of one wave the readers accept, as a pattern.
fn wave_pattern(wave: Wave) -> String {
    let spellings: Vec<String> =
        Wave::spellings().iter().filter(|(_, w)| *w == wave).map(|(s, _)| spelling_pattern(s)).collect();
    anchored(&spellings.join("|"))
}

/// The waves as the readers accept them: code or French name, any case,
/// with or without accents, surrounding spaces ignored.
fn waves_json(waves: &[Wave], description: &str) -> Value {
    let names: Vec<&str> = waves.iter().map(|w| w.as_str()).collect();
    let spellings: Vec<String> =
        Wave::spellings().iter().filter(|(_, w)| waves.contains(w)).map(|(s, _)| spelling_pattern(s)).collect();
    json!({
        "description": format!(
            "{description} One of {}, or its French name (entrée, suivi, sortie, après la sortie), in any case, with or without accents.",
            names.join(", ")
        ),
        "type": "string",
        "pattern": anchored(&spellings.join("|")),
    })
}

/// The definitions shared by the three record kinds.
fn common_defs() -> Map<String, Value> {
    let mut defs = Map::new();
    defs.insert(
        "organisation".into(),
        json!({
            "description": "Code of the organisation (association or service), as agreed in the network.",
            "type": "string",
            "pattern": OrganisationCode::PATTERN,
        }),
    );
    defs.insert(
        "beneficiary".into(),
        json!({
            "description": "The person's id in the organisation's records (pseudonymised before it leaves the association).",
            "anyOf": [ { "type": "string", "pattern": "\\S" }, { "type": "integer" } ],
        }),
    );
    defs.insert(
        "date".into(),
        json!({
            "description": "A date that exists, from 1900 to 2200: ISO YYYY-MM-DD, or DD/MM/YYYY as French spreadsheets write it (a time of day after it is ignored).",
            "type": "string",
            "pattern": anchored(&date_pattern()),
        }),
    );
    defs.insert("missing".into(), missing());
    defs
}

fn document(id: String, title: String, description: String, body: Value, defs: Map<String, Value>) -> Value {
    let mut out = Map::new();
    out.insert("$schema".into(), json!(DIALECT));
    out.insert("$id".into(), json!(id));
    out.insert("title".into(), json!(title));
    out.insert("description".into(), json!(description));
    if let Value::Object(body) = body {
        out.extend(body);
    }
    out.insert("$defs".into(), Value::Object(defs));
    Value::Object(out)
}

fn schema_id(set: &ReferenceSet, kind: &str, wave: Option<Wave>) -> String {
    let wave = wave.map(|w| format!(":{w}")).unwrap_or_default();
    format!("urn:social-impact:collection:{}:{}:{kind}{wave}", set.id(), set.version())
}

fn title(set: &ReferenceSet, what: &str, wave: Option<Wave>) -> String {
    let wave = wave.map(|w| format!(", wave {w}")).unwrap_or_default();
    format!("{what} for reference set {} {}{wave}", set.id(), set.version())
}

pub(super) fn enrolment(set: &ReferenceSet) -> Value {
    let mut defs = common_defs();
    defs.insert(
        "sex".into(),
        json!({
            "description": "F, M or X, or spelled out in French or English (any case).",
            "type": "string",
            "pattern": anchored(&Sex::spellings().iter().map(|(w, _)| case_insensitive(w)).collect::<Vec<_>>().join("|")),
        }),
    );
    let body = json!({
        "type": "object",
        "required": ["organisation", "beneficiary", "entry_date"],
        "additionalProperties": false,
        "properties": {
            "organisation": { "$ref": "#/$defs/organisation" },
            "beneficiary": { "$ref": "#/$defs/beneficiary" },
            "entry_date": { "$ref": "#/$defs/date", "description": "First day of support." },
            "exit_date": {
                "description": "Last day of support; empty while support goes on. It must not be before entry_date: the readers check it (JSON Schema cannot compare two fields).",
                "anyOf": [ { "$ref": "#/$defs/missing" }, { "$ref": "#/$defs/date" } ]
            },
            "age_at_entry": {
                "description": "Age in whole years at entry, when known.",
                "anyOf": [
                    { "$ref": "#/$defs/missing" },
                    { "type": "integer", "minimum": 0, "maximum": crate::data::MAX_AGE_AT_ENTRY },
                    { "type": "string", "pattern": anchored(&integer_pattern(0, Some(i64::from(crate::data::MAX_AGE_AT_ENTRY)))) }
                ]
            },
            "sex": { "anyOf": [ { "$ref": "#/$defs/missing" }, { "$ref": "#/$defs/sex" } ] },
            "service": {
                "description": "The service or scheme (e.g. CHRS, foster_care), when recorded.",
                "anyOf": [ { "$ref": "#/$defs/missing" }, { "type": "string" } ]
            }
        }
    });
    document(
        schema_id(set, "enrolment", None),
        title(set, "Enrolment record", None),
        "One support episode of one person in one organisation.".into(),
        body,
        defs,
    )
}

pub(super) fn observation(set: &ReferenceSet, wave: Option<Wave>) -> Result<Value, CollectionError> {
    let indicators = indicators_at(set, wave)?;
    let mut defs = common_defs();
    defs.insert(
        "missing_reason".into(),
        json!({
            "description": "Why the answer is missing, when it is.",
            "anyOf": [
                { "$ref": "#/$defs/missing" },
                {
                    "type": "string",
                    "pattern": anchored(
                        &MissingReason::spellings()
                            .iter()
                            .map(|(spelling, _)| spelling_pattern(spelling))
                            .collect::<Vec<_>>()
                            .join("|")
                    )
                }
            ]
        }),
    );
    let mut values = Map::new();
    let mut rules = Vec::new();
    for def in &indicators {
        values.insert(def.id.to_string(), value_schema(def));
        let asked: Vec<Wave> = def.waves.iter().copied().filter(|w| wave.is_none_or(|x| x == *w)).collect();
        rules.push(json!({
            "if": { "properties": { "indicator": { "const": def.id } }, "required": ["indicator"] },
            "then": {
                "properties": {
                    "wave": waves_json(&asked, "The waves this indicator is asked at."),
                    "value": { "$ref": format!("#/$defs/values/{}", def.id) }
                }
            }
        }));
    }
    defs.insert("values".into(), Value::Object(values));
    let waves = waves_of(set, wave);
    let body = json!({
        "type": "object",
        "required": ["organisation", "beneficiary", "indicator", "wave", "date", "value"],
        "additionalProperties": false,
        "properties": {
            "organisation": { "$ref": "#/$defs/organisation" },
            "beneficiary": { "$ref": "#/$defs/beneficiary" },
            "indicator": {
                "description": "The indicator answered.",
                "enum": indicators.iter().map(|d| d.id.as_str()).collect::<Vec<_>>()
            },
            "wave": waves_json(&waves, "The collection wave; each indicator has its own waves."),
            "date": { "$ref": "#/$defs/date", "description": "When the answer was collected." },
            "value": { "description": "The answer; what is accepted depends on the indicator. Empty or null is a missing answer." },
            "missing_reason": { "$ref": "#/$defs/missing_reason" }
        },
        "allOf": rules
    });
    Ok(document(
        schema_id(set, "observation", wave),
        title(set, "Observation record (long form)", wave),
        "One answer to one indicator, for one person, at one wave, on one date.".into(),
        body,
        defs,
    ))
}

pub(super) fn wide(set: &ReferenceSet, wave: Option<Wave>) -> Result<Value, CollectionError> {
    let indicators = indicators_at(set, wave)?;
    let mut defs = common_defs();
    let mut values = Map::new();
    let mut properties = Map::new();
    properties.insert("organisation".into(), json!({ "$ref": "#/$defs/organisation" }));
    properties.insert("beneficiary".into(), json!({ "$ref": "#/$defs/beneficiary" }));
    let waves = waves_of(set, wave);
    properties.insert("wave".into(), waves_json(&waves, "The collection wave."));
    properties
        .insert("date".into(), json!({ "$ref": "#/$defs/date", "description": "When the answers were collected." }));
    for def in &indicators {
        values.insert(def.id.to_string(), value_schema(def));
        properties.insert(def.id.to_string(), json!({ "$ref": format!("#/$defs/values/{}", def.id) }));
    }
    defs.insert("values".into(), Value::Object(values));
    // Without a fixed wave, a column of an indicator not asked at the row's
    // wave must stay empty.
    let mut rules = Vec::new();
    if wave.is_none() {
        for w in &waves {
            let not_asked: Map<String, Value> = indicators
                .iter()
                .filter(|d| !d.waves.contains(w))
                .map(|d| (d.id.to_string(), json!({ "$ref": "#/$defs/missing" })))
                .collect();
            if !not_asked.is_empty() {
                rules.push(json!({
                    "if": { "properties": { "wave": { "type": "string", "pattern": wave_pattern(*w) } }, "required": ["wave"] },
                    "then": { "description": format!("Indicators not asked at {w} stay empty."), "properties": not_asked }
                }));
            }
        }
    }
    let mut body = json!({
        "type": "object",
        "required": WIDE_FIELDS,
        "additionalProperties": false,
        "properties": properties,
    });
    if !rules.is_empty() {
        body["allOf"] = Value::Array(rules);
    }
    Ok(document(
        schema_id(set, "wide", wave),
        title(set, "Wide record (one row per person and wave)", wave),
        "The answers of one person at one wave, one property per indicator; an empty or absent property is a missing answer.".into(),
        body,
        defs,
    ))
}
