//! The published JSON Schemas (2020-12) of the two on-disk formats: the
//! indicator definition and the reference-set manifest.
//!
//! They are generated from the format types with schemars, so they cannot
//! drift from what the loader accepts. Copies are checked in under
//! `indicators/schema/` for people and tools that do not run Rust; a test
//! fails when a copy is stale.

use super::{IndicatorDefinition, SetManifest};
use schemars::JsonSchema;
use serde_json::{Map, Value};

/// The `$id` of the indicator definition schema.
pub const DEFINITION_SCHEMA_ID: &str = "urn:social-impact:schema:indicator-definition:1";
/// The `$id` of the reference-set manifest schema.
pub const MANIFEST_SCHEMA_ID: &str = "urn:social-impact:schema:reference-set:1";
/// The note carried by the published schemas: they are generated, and the
/// checked-in copies are refreshed by a test, never edited by hand.
const GENERATED: &str = "Generated from the social-impact format types (`impact meta-schema`). Do not edit the copies \
under indicators/schema/: regenerate them with `UPDATE_SCHEMAS=1 cargo test --test lib published_schemas_are_fresh`.";

/// The JSON Schema dialect of every schema the crate publishes.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The JSON Schema (2020-12) of an indicator definition file, as published
/// by `impact meta-schema --kind indicator`.
///
/// ```
/// let schema = social_impact::catalogue::definition_schema();
/// assert_eq!(schema["title"], "Indicator definition");
/// assert!(schema["required"].as_array().is_some_and(|r| r.iter().any(|f| f == "measure")));
/// ```
pub fn definition_schema() -> Value {
    published::<IndicatorDefinition>(DEFINITION_SCHEMA_ID)
}

/// The JSON Schema (2020-12) of a reference-set manifest, as published by
/// `impact meta-schema --kind set`. An entry of `indicators` is either an
/// indicator id or a whole inline definition (`anyOf`).
pub fn manifest_schema() -> Value {
    published::<SetManifest>(MANIFEST_SCHEMA_ID)
}

/// Generates the schema of `T` and puts `$schema`, `$id` and `title` first,
/// so that a reader of the file sees what it is before anything else.
pub(crate) fn published<T: JsonSchema>(id: &str) -> Value {
    let generated = schemars::generate::SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<T>();
    let Value::Object(body) = generated.to_value() else {
        // schemars always produces an object for a struct; a bare boolean
        // schema would carry nothing to publish.
        return Value::Bool(true);
    };
    let mut out = Map::new();
    out.insert("$schema".into(), Value::String(DIALECT.into()));
    out.insert("$id".into(), Value::String(id.into()));
    out.insert("$comment".into(), Value::String(GENERATED.into()));
    for key in ["title", "description"] {
        if let Some(v) = body.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    for (k, v) in body {
        if !out.contains_key(&k) {
            out.insert(k, v);
        }
    }
    Value::Object(out)
}
