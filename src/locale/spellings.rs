//! How each language writes the waves and the reasons for a missing answer
//! in data files, as compared (lower case, no accents, `_` between words):
//! what the readers and the published collection schemas accept besides
//! the codes. Each language's names are in its `spellings.ftl`.

use super::messages::messages;
use super::Lang;
use crate::catalogue::Wave;
use crate::data::{MissingReason, Sex};
use std::sync::LazyLock;

/// The names of one case in every language, from message `<id>-<code>`
/// of each language's `spellings.ftl` (names separated by spaces).
fn names<T: Copy>(id: &str, code: &str, value: T) -> impl Iterator<Item = (&'static str, T)> {
    let id = format!("spellings-{id}");
    let code = code.to_string();
    Lang::ALL.into_iter().flat_map(move |l| messages(l).keyed(&id, &code).split_whitespace().map(move |s| (s, value)))
}

/// For each case of `all`, its code, then each language's names.
fn codes_and_names<T: Copy>(id: &str, all: &[T], code: fn(T) -> &'static str) -> Vec<(&'static str, T)> {
    all.iter().flat_map(|&value| std::iter::once((code(value), value)).chain(names(id, code(value), value))).collect()
}

/// Every spelling read as a wave: for each wave, its code, then each
/// language's names. Built once: the readers look waves up on every row.
pub(crate) fn wave_spellings() -> &'static [(&'static str, Wave)] {
    static ALL: LazyLock<Vec<(&'static str, Wave)>> =
        LazyLock::new(|| codes_and_names("wave", Wave::ALL, Wave::as_str));
    &ALL
}

/// Every spelling read as a reason: for each reason, its code, then each
/// language's names. Built once.
pub(crate) fn missing_reason_spellings() -> &'static [(&'static str, MissingReason)] {
    static ALL: LazyLock<Vec<(&'static str, MissingReason)>> =
        LazyLock::new(|| codes_and_names("missing", &MissingReason::ALL, MissingReason::as_str));
    &ALL
}

/// Every spelling read as a sex, in lower case: the letters `f`, `m`, `x`,
/// then each language's words. Built once.
pub(crate) fn sex_spellings() -> &'static [(&'static str, Sex)] {
    static ALL: LazyLock<Vec<(&'static str, Sex)>> = LazyLock::new(|| {
        let letters = [("f", Sex::Female), ("m", Sex::Male), ("x", Sex::Other)];
        let words = letters.into_iter().flat_map(|(letter, sex)| names("sex", letter, sex));
        letters.into_iter().chain(words).collect()
    });
    &ALL
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_names_for_every_case() {
        for lang in Lang::ALL {
            let m = messages(lang);
            let ids = Wave::ALL.iter().map(|w| format!("wave-{w}"));
            let ids = ids.chain(MissingReason::ALL.iter().map(|r| format!("missing-{}", r.as_str())));
            for id in ids.chain(["sex-f", "sex-m", "sex-x"].map(String::from)) {
                assert!(!m.keyed("spellings", &id).starts_with('{'), "{lang}: spellings-{id}");
            }
        }
        assert!(wave_spellings().contains(&("apres_la_sortie", Wave::PostExit)));
        assert!(missing_reason_spellings().contains(&("n/a", MissingReason::NotApplicable)));
        assert!(sex_spellings().contains(&("garçon", Sex::Male)));
    }
}
