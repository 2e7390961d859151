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
use crate::locale;
use crate::text::{Lang, LocalizedText};
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
///
/// It carries facts, not sentences: the words (in French or English) are
/// written by [`ScoreError::explain`]; `Display` gives the English.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreError {
    /// The indicator.
    pub indicator: IndicatorId,
    /// The raw answer, as given.
    pub value: String,
    /// What would have been accepted.
    pub expected: Expected,
}

impl ScoreError {
    /// What would have been accepted, in `lang`.
    pub fn explain(&self, lang: Lang) -> String {
        locale::ingest(lang).expected(&self.expected)
    }
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&locale::ingest(locale::ERROR_LANG).score_error(self))
    }
}

impl std::error::Error for ScoreError {}

/// What an indicator accepts, as facts the locale layer puts into words.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Expected {
    /// A yes/no answer: `1`/`0`, `oui`/`non`, `yes`/`no`, `true`/`false`,
    /// `vrai`/`faux`.
    YesNo,
    /// A whole number from `min`, up to `max` when there is one.
    WholeNumber {
        /// The smallest accepted.
        min: i64,
        /// The largest accepted, if any.
        max: Option<i64>,
    },
    /// One of the category codes.
    OneOfCodes(Vec<String>),
    /// A number (a decimal comma is fine) within the bounds, in `unit`.
    Number {
        /// The unit (`EUR`, `hours`...).
        unit: String,
        /// The smallest accepted, if any.
        min: Option<f64>,
        /// The largest accepted, if any.
        max: Option<f64>,
    },
    /// An indicator of the reference set (the answer names one that is not).
    IndicatorOfTheSet,
    /// What a custom indicator accepts, in its author's words in each
    /// language.
    Described(LocalizedText),
}

impl Expected {
    /// A custom indicator's own description, in French and English.
    pub fn described(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Expected::Described(LocalizedText::new(fr, en))
    }
}

/// An indicator: something that turns a raw answer into a score.
///
/// Implement it for your own Rust type and register it in a [`Registry`]
/// beside the bundled ones. Implementations must be `Send + Sync` (reports
/// may be computed on several threads) and must not panic on any input.
///
/// ```
/// use social_impact::catalogue::IndicatorDefinition;
/// use social_impact::indicator::{Expected, Indicator, Score, ScoreError};
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
///             expected: Expected::described("un nombre entier de nuits", "a whole number of nights"),
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
