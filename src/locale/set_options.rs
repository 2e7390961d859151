//! The words about a set's optional parameters (`age_bands`, `headline`,
//! `standardise`): what is wrong with them, for `ReferenceSet::resolve` and
//! the definition checker. Each language's words are in its
//! `set_options.ftl`.

use super::messages::{messages, say, Messages};
use super::numbers::int;
use super::Lang;
use crate::catalogue::check::CheckKind;

/// The words about a set's optional parameters, in one language.
#[derive(Clone, Copy)]
pub(crate) struct SetOptionWords {
    m: &'static Messages,
    lang: Lang,
}

/// The words about a set's optional parameters in `lang`.
pub(crate) fn set_options(lang: Lang) -> SetOptionWords {
    SetOptionWords { m: messages(lang), lang }
}

impl SetOptionWords {
    /// A headline indicator that is not in the set (loading a set).
    pub(crate) fn headline_not_in_set(&self, indicator: &str) -> String {
        say!(self.m, "set-options-headline-not-in-set", indicator)
    }

    /// The checker's message for a problem of age bands, headline or
    /// standardisation factors; `None` for any other kind.
    pub(crate) fn check_problem(&self, kind: &CheckKind) -> Option<String> {
        use CheckKind as K;
        let (m, lang) = (self.m, self.lang);
        Some(match kind {
            K::AgeBandsFirstNotZero { first } => {
                let first = int(*first, lang);
                say!(m, "set-options-age-bands-first-not-zero", first)
            }
            K::AgeBandsNotIncreasing { bound, previous } => {
                let (bound, previous) = (int(*bound, lang), int(*previous, lang));
                say!(m, "set-options-age-bands-not-increasing", bound, previous)
            }
            K::HeadlineNotInSet { id, suggestion } => {
                let hint = suggestion.as_ref().map(|s| say!(m, "set-options-did-you-mean", s)).unwrap_or_default();
                say!(m, "set-options-headline-not-in-this-set", id, hint)
            }
            K::RepeatedEntry { found, first } => say!(m, "set-options-repeated-entry", found, first),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_say_each_problem() {
        let kinds = [
            CheckKind::AgeBandsFirstNotZero { first: 5 },
            CheckKind::AgeBandsNotIncreasing { bound: 18, previous: 25 },
            CheckKind::HeadlineNotInSet {
                id: "excl.housing.exit".into(),
                suggestion: Some("excl.housing.exit_stable".into()),
            },
            CheckKind::HeadlineNotInSet { id: "excl.housing.exit".into(), suggestion: None },
            CheckKind::RepeatedEntry { found: "sex".into(), first: "/standardise/0".into() },
        ];
        for kind in &kinds {
            let fr = set_options(Lang::Fr).check_problem(kind).expect("a French message");
            let en = set_options(Lang::En).check_problem(kind).expect("an English message");
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{kind:?}");
            for text in [&fr, &en] {
                assert!(!text.contains('{'), "a missing message or argument in {text:?}");
            }
            for bad in [" :", " ;", " ?", "« ", " »"] {
                assert!(!fr.contains(bad), "{bad:?} with a plain space in {fr:?}");
            }
        }
        let hinted = set_options(Lang::En).check_problem(&kinds[2]).expect("a message");
        assert!(hinted.ends_with("indicators (did you mean \"excl.housing.exit_stable\"?)"), "{hinted}");
        let plain = set_options(Lang::Fr).check_problem(&kinds[3]).expect("a message");
        assert!(plain.ends_with("de indicators"), "{plain}");
        assert!(set_options(Lang::En).check_problem(&CheckKind::NoPositiveCategory).is_none());
        assert_eq!(
            set_options(Lang::Fr).headline_not_in_set("x.y"),
            "l'indicateur phare «\u{a0}x.y\u{a0}» n'est pas dans le référentiel"
        );
    }
}
