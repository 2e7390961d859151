//! Avoided costs and social return on investment (SROI), with their
//! uncertainty in plain view (BRIEF section 8).
//!
//! A model ([`SroiModel`], format `impact-sroi-model/1`) says which outcomes
//! of a report save public money, how much per person and year, and what
//! share of it the association can claim. [`compute`] reads the quantities
//! from a report (the network by default, or one organisation), and gives
//! the ratio at central values, a seeded Monte Carlo interval over every
//! range (ChaCha20: the same draws on every platform) and a one-at-a-time
//! sensitivity table with break-even values, as the result object
//! [`SroiResult`] (format `impact-sroi/1`). [`render`] writes it for people,
//! in French or English.
//!
//! ```
//! use social_impact::costs::{self, SetRef, SroiModel, SroiOptions};
//! use social_impact::Lang;
//!
//! let model = SroiModel::from_json(r#"{
//!   "format": "impact-sroi-model/1", "id": "doc.example", "version": "1.0.0",
//!   "title": { "fr": "Exemple", "en": "Example" },
//!   "reference_set": "exclusion-2023", "currency": "EUR", "illustrative": true,
//!   "investment": 100000, "discount_rate": 0.025,
//!   "outcomes": [ {
//!     "id": "shelter", "label": { "fr": "Nuits évitées", "en": "Nights avoided" },
//!     "quantity": { "value": 40, "source": { "citation": { "fr": "Hypothèse", "en": "Assumption" }, "illustrative": true } },
//!     "proxy": { "low": 4000, "central": 6000, "high": 8000,
//!                "source": { "citation": { "fr": "Hypothèse", "en": "Assumption" }, "illustrative": true } },
//!     "deadweight": 0.3, "attribution": 0.2, "displacement": 0, "drop_off": 0.5, "duration_years": 2 } ] }"#)?;
//! let set = SetRef { id: "exclusion-2023".into(), version: "1.0.0".into() };
//! let result = costs::compute_with_quantities(&model, &[40.0], set, &SroiOptions::default(), 0.95)?;
//! assert!(result.monte_carlo.ratio_low < result.central.ratio && result.central.ratio < result.monte_carlo.ratio_high);
//! assert_eq!(result.sensitivity[0].input, "shelter.proxy");
//! let page = costs::render::html(&result, &model, Lang::En);
//! assert!(page.contains("Illustrative model"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod bundled;
mod check;
mod compute;
mod model;
mod monte_carlo;
mod output;
pub mod render;
mod sensitivity;

pub use bundled::{bundled_model, bundled_models, BUNDLED_MODELS};
pub use check::{check, KnownIndicators, ModelProblem, ProblemKind};
pub use compute::QuantityProblem;
pub use model::{Amount, Count, Field, Outcome, Quantity, Range, Source, SroiModel, SROI_MODEL_FORMAT};
pub use output::{
    compute, compute_checked, compute_with_quantities, result_schema, Central, Histogram, ModelRef, MonteCarlo,
    OutcomeValue, QuantityError, Sensitivity, SetRef, SroiError, SroiOptions, SroiResult, RESULT_SCHEMA_ID,
    SROI_FORMAT,
};

/// The `$id` of the model schema.
pub const MODEL_SCHEMA_ID: &str = "urn:social-impact:schema:sroi-model:1";

/// The JSON Schema (2020-12) of the model format, as published under
/// `indicators/schema/sroi-model.schema.json`.
///
/// ```
/// let schema = social_impact::costs::model_schema();
/// assert_eq!(schema["title"], "Avoided-cost (SROI) model");
/// ```
pub fn model_schema() -> serde_json::Value {
    crate::catalogue::schema::published::<SroiModel>(MODEL_SCHEMA_ID)
}
