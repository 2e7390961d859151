//! Comment le français écrit les vagues et les motifs de non-réponse dans
//! les fichiers (minuscules, sans accents, `_` entre les mots).

use super::Fr;
use crate::catalogue::Wave;
use crate::data::{MissingReason, Sex};
use crate::locale::spellings::SpellingWords;

impl SpellingWords for Fr {
    fn waves(&self) -> &'static [(&'static str, Wave)] {
        &[
            ("entree", Wave::Entry),
            ("suivi", Wave::FollowUp),
            ("sortie", Wave::Exit),
            ("apres_la_sortie", Wave::PostExit),
            ("apres_sortie", Wave::PostExit),
        ]
    }
    fn missing_reasons(&self) -> &'static [(&'static str, MissingReason)] {
        &[
            ("refus", MissingReason::Refused),
            ("refuse", MissingReason::Refused),
            ("refus_de_repondre", MissingReason::Refused),
            ("non_applicable", MissingReason::NotApplicable),
            ("sans_objet", MissingReason::NotApplicable),
            ("inconnu", MissingReason::Unknown),
            ("ne_sait_pas", MissingReason::Unknown),
            ("nsp", MissingReason::Unknown),
        ]
    }
    fn sexes(&self) -> &'static [(&'static str, Sex)] {
        &[
            ("femme", Sex::Female),
            ("fille", Sex::Female),
            ("homme", Sex::Male),
            ("h", Sex::Male),
            ("garçon", Sex::Male),
            ("garcon", Sex::Male),
            ("autre", Sex::Other),
            ("nsp", Sex::Other),
            ("nd", Sex::Other),
        ]
    }
}
