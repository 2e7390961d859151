//! The names of the definition format's vocabularies, in English.

use super::En;
use crate::catalogue::{DefinitionStatus, ReferenceKind, Respondent};
use crate::locale::vocabulary::VocabularyWords;

impl VocabularyWords for En {
    fn respondent(&self, respondent: Respondent) -> &'static str {
        match respondent {
            Respondent::Beneficiary => "the person supported",
            Respondent::Professional => "a professional",
            Respondent::Administrative => "administrative record",
        }
    }
    fn status(&self, status: DefinitionStatus) -> &'static str {
        match status {
            DefinitionStatus::Draft => "draft",
            DefinitionStatus::Pilot => "pilot",
            DefinitionStatus::Stable => "stable",
            DefinitionStatus::Deprecated => "deprecated",
        }
    }
    fn reference_kind(&self, kind: ReferenceKind) -> &'static str {
        match kind {
            ReferenceKind::Sdg => "Sustainable Development Goal (SDG) target",
            ReferenceKind::Concept => "Concept",
            ReferenceKind::Statistic => "Statistical series",
            ReferenceKind::Other => "Other",
        }
    }
    fn measure_type(&self, type_name: &str) -> &'static str {
        match type_name {
            "binary" => "yes or no",
            "ordinal" => "ordered scale",
            "categorical" => "categories",
            "count" => "count",
            "continuous" => "continuous value",
            _ => "other",
        }
    }
}
