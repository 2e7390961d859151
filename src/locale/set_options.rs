//! The words about a set's optional parameters (`age_bands`, `headline`,
//! `standardise`): what is wrong with them, for `ReferenceSet::resolve` and
//! the definition checker.

use super::Lang;
#[cfg(feature = "check")]
use crate::catalogue::check::CheckKind;

/// The words about a set's optional parameters, in one language.
pub(crate) trait SetOptionWords: Sync {
    /// A headline indicator that is not in the set (loading a set).
    fn headline_not_in_set(&self, indicator: &str) -> String;
    /// The checker's message for a problem of age bands, headline or
    /// standardisation factors; `None` for any other kind.
    #[cfg(feature = "check")]
    fn check_problem(&self, kind: &CheckKind) -> Option<String>;
}

/// The words about a set's optional parameters in `lang` (the other
/// layers reach them through their own topics' implementations).
#[cfg(test)]
pub(crate) fn set_options(lang: Lang) -> &'static dyn SetOptionWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}

#[cfg(all(test, feature = "check"))]
mod tests {
    use super::*;

    #[test]
    fn both_languages_say_each_problem() {
        let kinds = [
            CheckKind::AgeBandsFirstNotZero { first: 5 },
            CheckKind::AgeBandsNotIncreasing { bound: 18, previous: 25 },
            CheckKind::HeadlineNotInSet { id: "excl.housing.exit".into(), suggestion: Some("excl.housing.exit_stable".into()) },
            CheckKind::RepeatedEntry { found: "sex".into(), first: "/standardise/0".into() },
        ];
        for kind in &kinds {
            let fr = set_options(Lang::Fr).check_problem(kind).unwrap();
            let en = set_options(Lang::En).check_problem(kind).unwrap();
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{kind:?}");
            for bad in [" :", " ;", " ?", "« ", " »"] {
                assert!(!fr.contains(bad), "{bad:?} with a plain space in {fr:?}");
            }
        }
        assert!(set_options(Lang::En).check_problem(&CheckKind::NoPositiveCategory).is_none());
        assert!(set_options(Lang::Fr).headline_not_in_set("x.y").contains("x.y"));
    }
}
