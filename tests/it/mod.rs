//! Integration tests, one module per capability, all in one test binary.

mod activity;
mod analysis_properties;
mod architecture;
mod association;
mod cli;
mod collection_schemas;
mod conformance;
mod custom_indicator;
mod definition_files;
#[cfg(feature = "check")]
mod definitions;
mod demo;
mod forms;
mod forms_browser;
pub mod forms_export;
mod forms_pyxform;
mod golden_reports;
mod hardening;
#[cfg(feature = "check")]
mod hardening_definitions;
#[cfg(feature = "xlsx")]
mod hardening_fuzz;
#[cfg(feature = "xlsx")]
mod hardening_ods;
pub mod hardening_support;
mod hardening_text;
#[cfg(feature = "xlsx")]
mod hardening_xlsx;
mod ingest;
mod ingest_cli;
mod ingest_duplicates;
mod layout_browser;
pub(crate) mod network;
pub(crate) mod network_render;
mod published_schemas;
mod readme;
mod render;
mod render_board;
mod render_browser;
mod render_key_outcomes;
mod render_layout;
mod render_support;
mod served;
mod sroi;
mod sroi_browser;
mod sroi_reference;
mod standardised;
pub mod support;
mod validation_output;
mod validation_schema_agreement;
