//! Integration tests, one module per capability, all in one test binary.

mod analysis_properties;
mod collection_schemas;
mod conformance;
mod custom_indicator;
#[cfg(feature = "check")]
mod definitions;
mod demo;
mod ingest;
mod ingest_cli;
mod network;
mod published_schemas;
mod render;
mod render_browser;
mod render_support;
pub mod support;
mod validation_schema_agreement;
