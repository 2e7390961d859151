//! # social-impact
//!
//! Measure the social impact of non-profit associations and compare outcomes
//! across them: a shared indicator reference set, data-collection schemas,
//! pluggable scoring, sound statistics, readable reports and avoided-cost
//! analysis.
//!
//! The modules follow the pipeline (see `ARCHITECTURE.md`):
//! [`catalogue`] (definitions and reference sets) → [`indicator`] (scoring
//! through a trait) → …
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod catalogue;
pub mod data;
pub mod fsio;
pub mod ids;
pub mod indicator;
pub mod ingest;
pub mod report;
pub mod text;

pub use catalogue::{Catalogue, ReferenceSet};
pub use ids::{IndicatorId, OrganisationCode, SetId, Version};
pub use indicator::{Indicator, Registry, Score};
pub use text::{Lang, LocalizedText};
