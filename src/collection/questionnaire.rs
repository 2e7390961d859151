//! The printable questionnaire (placeholder replaced below).
use super::CollectionError;
use crate::catalogue::{ReferenceSet, Wave};
use crate::text::Lang;

/// The printable questionnaire.
///
/// # Errors
/// When no indicator is asked at `wave`.
pub fn questionnaire(set: &ReferenceSet, wave: Wave, lang: Lang) -> Result<String, CollectionError> {
    let plan = super::form::FormPlan::new(set, wave)?;
    Ok(format!("{}{}", plan.title(lang), lang))
}
