//! The words of the definition checker (`catalogue::check`): every problem
//! from its kind's facts and its place, and the summary line.

use super::Lang;
use crate::catalogue::check::CheckKind;

/// The words of the definition checker, in one language.
pub(crate) trait CheckWords: Sync {
    /// What is wrong at `pointer`, and what would be accepted.
    fn problem(&self, kind: &CheckKind, pointer: &str) -> String;
    /// `checked 42 files (40 definitions, 2 sets): no problem`; avoided-cost
    /// models are named only when there are some.
    fn summary(
        &self,
        files: usize,
        definitions: usize,
        sets: usize,
        models: usize,
        problems: usize,
        in_files: usize,
    ) -> String;
}

/// The words of the definition checker in `lang`.
pub(crate) fn check(lang: Lang) -> &'static dyn CheckWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_say_each_kind() {
        let kinds = [
            CheckKind::NotSemver { version: "1.0".into() },
            CheckKind::UnknownWave { found: "exitt".into(), suggestion: Some("exit".into()) },
            CheckKind::MissingText { lang: Lang::En, blank: false },
            CheckKind::WrongType { found: "\"1\"".into(), expected: vec!["integer".into()] },
        ];
        for kind in &kinds {
            let fr = check(Lang::Fr).problem(kind, "/label/en");
            let en = check(Lang::En).problem(kind, "/label/en");
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{kind:?}");
            for bad in [" :", " ;", " ?", "« ", " »"] {
                assert!(!fr.contains(bad), "{bad:?} with a plain space in {fr:?}");
            }
        }
        assert_eq!(
            check(Lang::En).summary(2, 1, 0, 0, 2, 2),
            "checked 2 files (1 definition, 0 sets): 2 problems in 2 files"
        );
        assert_eq!(
            check(Lang::Fr).summary(2, 1, 0, 0, 1, 1),
            "2 fichiers vérifiés (1 définition, 0 référentiel)\u{a0}: 1 problème dans 1 fichier"
        );
    }
}
