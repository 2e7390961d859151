//! How each language writes the waves and the reasons for a missing answer
//! in data files, as compared (lower case, no accents, `_` between words):
//! what the readers and the published collection schemas accept besides
//! the codes. A third language adds its names here, beside French.

use super::Lang;
use crate::catalogue::Wave;
use crate::data::{MissingReason, Sex};

/// The spellings of one language, beyond the codes.
pub(crate) trait SpellingWords: Sync {
    /// Names of waves (`entree`, `apres_la_sortie`).
    fn waves(&self) -> &'static [(&'static str, Wave)];
    /// Names of reasons (`refus_de_repondre`, `sans_objet`).
    fn missing_reasons(&self) -> &'static [(&'static str, MissingReason)];
    /// Sexes spelled out, in lower case (`femme`, `garçon`).
    fn sexes(&self) -> &'static [(&'static str, Sex)];
}

fn spellings(lang: Lang) -> &'static dyn SpellingWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}

/// Every spelling read as a wave: for each wave, its code, then each
/// language's names. Built once: the readers look waves up on every row.
pub(crate) fn wave_spellings() -> &'static [(&'static str, Wave)] {
    static ALL: std::sync::OnceLock<Vec<(&'static str, Wave)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        Wave::ALL
            .iter()
            .flat_map(|wave| {
                let names = Lang::ALL
                    .into_iter()
                    .flat_map(move |l| spellings(l).waves().iter().filter(move |(_, w)| w == wave));
                std::iter::once((wave.as_str(), *wave)).chain(names.copied())
            })
            .collect()
    })
}

/// Every spelling read as a reason: for each reason, its code, then each
/// language's names. Built once.
pub(crate) fn missing_reason_spellings() -> &'static [(&'static str, MissingReason)] {
    static ALL: std::sync::OnceLock<Vec<(&'static str, MissingReason)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        MissingReason::ALL
            .iter()
            .flat_map(|reason| {
                let names = Lang::ALL
                    .into_iter()
                    .flat_map(move |l| spellings(l).missing_reasons().iter().filter(move |(_, r)| r == reason));
                std::iter::once((reason.as_str(), *reason)).chain(names.copied())
            })
            .collect()
    })
}

/// Every spelling read as a sex, in lower case: the letters `f`, `m`, `x`,
/// then each language's words. Built once.
pub(crate) fn sex_spellings() -> &'static [(&'static str, Sex)] {
    static ALL: std::sync::OnceLock<Vec<(&'static str, Sex)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let letters = [("f", Sex::Female), ("m", Sex::Male), ("x", Sex::Other)];
        letters.into_iter().chain(Lang::ALL.into_iter().flat_map(|l| spellings(l).sexes().iter().copied())).collect()
    })
}
