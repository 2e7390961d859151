//! The words about a set's optional parameters, in French.

use super::{quoted, Fr};
#[cfg(feature = "check")]
use crate::catalogue::check::CheckKind;
use crate::locale::set_options::SetOptionWords;

impl SetOptionWords for Fr {
    fn headline_not_in_set(&self, indicator: &str) -> String {
        format!("l'indicateur phare {} n'est pas dans le référentiel", quoted(indicator))
    }

    #[cfg(feature = "check")]
    fn check_problem(&self, kind: &CheckKind) -> Option<String> {
        use CheckKind as K;
        Some(match kind {
            K::AgeBandsFirstNotZero { first } => format!(
                "la première tranche d'âge commence à {first}\u{a0}ans\u{a0}: elle doit commencer à 0, pour que chaque âge ait sa tranche"
            ),
            K::AgeBandsNotIncreasing { bound, previous } => format!(
                "cette tranche d'âge commence à {bound}\u{a0}ans, pas après la précédente ({previous}\u{a0}ans)\u{a0}: \
                 les bornes doivent aller croissant, par exemple [0, 18, 25, 35, 50, 65]"
            ),
            K::HeadlineNotInSet { id, suggestion } => format!(
                "l'indicateur phare {} n'est pas dans ce référentiel\u{a0}: nommez un indicateur de indicators{}",
                quoted(id),
                suggestion.as_ref().map(|s| format!(" (peut-être {}\u{a0}?)", quoted(s))).unwrap_or_default()
            ),
            K::RepeatedEntry { found, first } => {
                format!("{} est déjà dans la liste (en {first})\u{a0}: nommez-le une seule fois", quoted(found))
            }
            _ => return None,
        })
    }
}
