//! Comment le français écrit les vagues et les motifs de non-réponse dans
//! les fichiers (minuscules, sans accents, `_` entre les mots).

use super::Fr;
use crate::catalogue::Wave;
use crate::data::MissingReason;
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
}
