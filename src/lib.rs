#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod analysis;
pub mod catalogue;
pub mod collection;
pub mod costs;
pub mod data;
pub mod fsio;
pub mod ids;
pub mod indicator;
pub mod ingest;
pub mod locale;
pub mod pipeline;
pub mod progress;
pub mod report;
pub mod sample;
pub mod set;
mod spelling;
pub mod stats;
pub mod tables;
pub mod text;

pub use catalogue::Catalogue;
pub use ids::{IndicatorId, OrganisationCode, SetId, Version};
pub use indicator::{Indicator, Registry, Score};
pub use set::{ReferenceSet, ScaleItem, SetSource};
pub use text::{Lang, LocalizedText};
