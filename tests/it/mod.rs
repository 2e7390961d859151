//! Integration tests, one module per capability, all in one test binary.

mod analysis_properties;
mod conformance;
mod custom_indicator;
pub mod support;
