//! Pluggable indicators: the [`Indicator`] trait, the declarative indicators
//! built from definition files, and the [`Registry`] that holds both.
//!
//! Why a trait? Associations and platforms embedding the crate have scores
//! that no JSON definition can express (a score computed from their own case
//! records, a licensed instrument scored by their own code). The trait keeps
//! what the statistics need, and nothing else: the definition (measure type,
//! direction, waves) and a function from a raw answer to a [`Score`].

mod declarative;
mod registry;
pub mod value;

pub use declarative::DeclarativeIndicator;
pub use registry::{Registry, RegistryError};

use crate::catalogue::IndicatorDefinition;
use crate::ids::IndicatorId;
use std::fmt;

/// The score of one answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// The number the statistics use: 1/0 for binary, the category's score,
    /// the scale point, the count or the quantity.
    pub value: f64,
    /// Whether the answer counts as a positive outcome; `None` when the
    /// indicator has no notion of positive (a count, a quantity, an ordinal
    /// scale without threshold).
    pub positive: Option<bool>,
}

/// An answer that an indicator does not accept.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("value {value:?} is not accepted for {indicator}: expected {expected}")]
pub struct ScoreError {
    /// The indicator.
    pub indicator: IndicatorId,
    /// The raw answer, as given.
    pub value: String,
    /// What would have been accepted.
    pub expected: String,
}

/// An indicator: something that turns a raw answer into a score.
///
/// Implement it for your own Rust type and register it in a [`Registry`]
/// beside the bundled ones. Implementations must be `Send + Sync` (reports
/// may be computed on several threads) and must not panic on any input.
///
/// ```
/// use social_impact::catalogue::IndicatorDefinition;
/// use social_impact::indicator::{Indicator, Score, ScoreError};
///
/// #[derive(Debug)]
/// struct NightsOutside(IndicatorDefinition);
///
/// impl Indicator for NightsOutside {
///     fn definition(&self) -> &IndicatorDefinition {
///         &self.0
///     }
///     fn score(&self, raw: &str) -> Result<Option<Score>, ScoreError> {
///         if raw.trim().is_empty() {
///             return Ok(None);
///         }
///         let nights: u32 = raw.trim().parse().map_err(|_| ScoreError {
///             indicator: self.0.id.clone(),
///             value: raw.to_string(),
///             expected: "a whole number of nights".into(),
///         })?;
///         // No night outside in the last month counts as positive.
///         Ok(Some(Score { value: f64::from(nights), positive: Some(nights == 0) }))
///     }
/// }
/// ```
pub trait Indicator: Send + Sync + fmt::Debug {
    /// The definition: id, texts, measure type, direction and waves.
    fn definition(&self) -> &IndicatorDefinition;

    /// Scores one raw answer, as read from a file (surrounding spaces
    /// included). `Ok(None)` means the answer is missing (an empty cell).
    fn score(&self, raw: &str) -> Result<Option<Score>, ScoreError>;

    /// The indicator's id.
    fn id(&self) -> &IndicatorId {
        &self.definition().id
    }
}
