//! Integration tests, one module per capability, all in one test binary.

mod analysis_properties;
mod conformance;
mod custom_indicator;
mod ingest;
mod ingest_cli;
pub mod support;
