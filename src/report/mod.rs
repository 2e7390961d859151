//! Reports: the JSON contract of BRIEF section 7 and its published schema.

mod activity;
mod group_id;
pub mod model;
pub mod render;
mod served;
mod standardised;
mod suppressible;

pub use activity::{Activity, ActivityGroup, Share, WaveResponse};
pub use group_id::{GroupId, NETWORK};
pub use model::*;
pub use served::{AgeCell, Breakdowns, Count, Served, ServedGroup, ServedSex, ServiceCell, SexCell};
pub use standardised::{
    AgeRange, NotStandardised, StandardStratum, StandardisedComparison, StandardisedPoint, StrataUsed,
};
pub use suppressible::Suppressible;

/// The JSON Schema (2020-12) of the report format, as published by
/// `impact report-schema`.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).unwrap_or(serde_json::Value::Null)
}
