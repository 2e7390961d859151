//! Les noms des vocabulaires du format de définition, en français.

use super::Fr;
use crate::catalogue::{DefinitionStatus, ReferenceKind, Respondent};
use crate::locale::vocabulary::VocabularyWords;

impl VocabularyWords for Fr {
    fn respondent(&self, respondent: Respondent) -> &'static str {
        match respondent {
            Respondent::Beneficiary => "la personne accompagnée",
            Respondent::Professional => "un professionnel",
            Respondent::Administrative => "dossier administratif",
        }
    }
    fn status(&self, status: DefinitionStatus) -> &'static str {
        match status {
            DefinitionStatus::Draft => "brouillon",
            DefinitionStatus::Pilot => "expérimentation",
            DefinitionStatus::Stable => "stable",
            DefinitionStatus::Deprecated => "abandonné",
        }
    }
    fn reference_kind(&self, kind: ReferenceKind) -> &'static str {
        match kind {
            ReferenceKind::Sdg => "Objectif de développement durable (ODD), cible",
            ReferenceKind::Concept => "Notion",
            ReferenceKind::Statistic => "Série statistique",
            ReferenceKind::Other => "Autre",
        }
    }
    fn measure_type(&self, type_name: &str) -> &'static str {
        match type_name {
            "binary" => "oui ou non",
            "ordinal" => "échelle ordonnée",
            "categorical" => "catégories",
            "count" => "nombre",
            "continuous" => "valeur continue",
            _ => "autre",
        }
    }
}
