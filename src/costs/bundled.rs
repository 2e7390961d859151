//! The illustrative models bundled with the crate, one per bundled set.

use super::{ModelProblem, SroiModel};

/// The bundled models: set id and file text (under `indicators/sroi/`).
pub const BUNDLED_MODELS: [(&str, &str); 2] = [
    ("exclusion-2023", include_str!("../../indicators/sroi/exclusion-2023.json")),
    ("child-protection-2024", include_str!("../../indicators/sroi/child-protection-2024.json")),
];

/// The bundled model of a set, when there is one.
///
/// # Errors
///
/// Only a broken build of the crate gives one: a test reads every bundled
/// model.
pub fn bundled_model(set: &str) -> Option<Result<SroiModel, ModelProblem>> {
    BUNDLED_MODELS.iter().find(|(id, _)| *id == set).map(|(_, text)| SroiModel::from_json(text))
}

/// Every bundled model, with its set id.
///
/// # Errors
///
/// As [`bundled_model`].
pub fn bundled_models() -> Result<Vec<(&'static str, SroiModel)>, ModelProblem> {
    BUNDLED_MODELS.iter().map(|(id, text)| Ok((*id, SroiModel::from_json(text)?))).collect()
}
