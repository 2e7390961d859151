//! The words of the definition checker (`catalogue::check`): every problem
//! from its kind's facts and its place, and the summary line. The words
//! are in `<lang>/check.ftl`.

use super::messages::{messages, say, Messages};
use super::numbers::plain;
use super::Lang;
use crate::catalogue::check::{Bound, CheckKind};
use crate::catalogue::{Dimension, Wave};

/// The words of the definition checker, in one language.
#[derive(Clone, Copy)]
pub(crate) struct CheckWords {
    m: &'static Messages,
    lang: Lang,
}

/// The words of the definition checker in `lang`.
pub(crate) fn check(lang: Lang) -> CheckWords {
    CheckWords { m: messages(lang), lang }
}

/// The JSON types the published schemas name (`check-type-<name>`).
const JSON_TYPES: [&str; 7] = ["integer", "number", "string", "boolean", "object", "array", "null"];

impl CheckWords {
    /// The field a pointer names: `measure.max`, or the document.
    fn name(&self, pointer: &str) -> String {
        crate::catalogue::check::field_name(pointer).unwrap_or_else(|| self.m.text("check-document").to_string())
    }

    /// The suggestion of a close name, or nothing.
    fn hint(&self, suggestion: &Option<String>) -> String {
        suggestion.as_ref().map(|suggestion| say!(self.m, "check-hint", suggestion)).unwrap_or_default()
    }

    /// A JSON type as the language says it (a type no schema names is
    /// written as it is).
    fn json_type(&self, name: &str) -> String {
        if JSON_TYPES.contains(&name) {
            self.m.keyed("check-type", name).to_string()
        } else {
            name.to_string()
        }
    }

    /// A count and its noun: message `id` with `$n` written and `$count`.
    fn count(&self, id: &str, count: usize) -> String {
        let n = count.to_string();
        self.m.say(id, &[("n", &n), ("count", &count)])
    }

    /// What is wrong at `pointer`, and what would be accepted.
    pub(crate) fn problem(&self, kind: &CheckKind, pointer: &str) -> String {
        use CheckKind as K;
        let m = self.m;
        let field = self.name(pointer);
        match kind {
            K::Unreadable { reason } => say!(m, "check-unreadable", reason),
            K::NoSuchPath => m.text("check-no-such-path").to_string(),
            K::Syntax { reason } => say!(m, "check-syntax", reason),
            K::NotAnObject => m.text("check-not-an-object").to_string(),
            K::NeitherFormat => m.text("check-neither-format").to_string(),
            K::SchemaDoesNotCompile { reason } => say!(m, "check-schema-does-not-compile", reason),
            K::MissingField => say!(m, "check-missing-field", field),
            K::UnknownField { field: name, parent } => {
                let parent = self.name(parent);
                say!(m, "check-unknown-field", name, parent)
            }
            K::WrongType { found, expected } => {
                let expected: Vec<String> = expected.iter().map(|t| self.json_type(t)).collect();
                let expected = expected.join(m.text("check-or"));
                say!(m, "check-wrong-type", field, found, expected)
            }
            K::OutOfBounds { found, bound, limit } => match bound {
                Bound::Minimum => say!(m, "check-below-minimum", field, found, limit),
                Bound::Maximum => say!(m, "check-above-maximum", field, found, limit),
                Bound::ExclusiveMinimum => say!(m, "check-not-above", field, found, limit),
                Bound::ExclusiveMaximum => say!(m, "check-not-below", field, found, limit),
            },
            K::TooFewEntries { min } => {
                let (count, min) = (*min, min.to_string());
                say!(m, "check-too-few-entries", field, min, count)
            }
            K::EmptyValue => say!(m, "check-empty-value", field),
            K::PatternMismatch { found, pattern } => say!(m, "check-pattern-mismatch", field, found, pattern),
            K::NotAccepted { found, expected } => match expected.as_slice() {
                [expected] => say!(m, "check-not-accepted-one", field, found, expected),
                many => {
                    let expected = many.join(", ");
                    say!(m, "check-not-accepted", field, found, expected)
                }
            },
            K::SchemaOther { detail } => detail.clone(),
            K::DuplicateDefinitionId { id, other } => {
                let other = other.display().to_string();
                say!(m, "check-duplicate-definition-id", id, other)
            }
            K::DuplicateSetId { id, other } => {
                let other = other.display().to_string();
                say!(m, "check-duplicate-set-id", id, other)
            }
            K::InvalidId { reason } => reason.clone(),
            K::InvalidCategoryCode { code } => say!(m, "check-invalid-category-code", code),
            K::NotSemver { version } => say!(m, "check-not-semver", version),
            K::UnknownDimension { found, suggestion } => {
                let (accepted, hint) = (Dimension::accepted(), self.hint(suggestion));
                say!(m, "check-unknown-dimension", found, accepted, hint)
            }
            K::UnknownWave { found, suggestion } => {
                let (accepted, hint) = (Wave::accepted(), self.hint(suggestion));
                say!(m, "check-unknown-wave", found, accepted, hint)
            }
            K::AgesReversed { min, max } => {
                let (min, max) = (min.to_string(), max.to_string());
                say!(m, "check-ages-reversed", min, max)
            }
            K::RangeReversed { min, max } => {
                let (min, max) = (plain(*min, self.lang), plain(*max, self.lang));
                say!(m, "check-range-reversed", min, max)
            }
            K::ScaleReversed { min, max } => {
                let (min, max) = (min.to_string(), max.to_string());
                say!(m, "check-scale-reversed", min, max)
            }
            K::ThresholdOutsideScale { threshold, min, max } => {
                let (threshold, min, max) = (threshold.to_string(), min.to_string(), max.to_string());
                say!(m, "check-threshold-outside-scale", threshold, min, max)
            }
            K::LevelOutsideScale { key, min, max } => {
                let (min, max) = (min.to_string(), max.to_string());
                say!(m, "check-level-outside-scale", key, min, max)
            }
            K::DuplicateCategoryCode { code, first } => say!(m, "check-duplicate-category-code", code, first),
            K::NoPositiveCategory => m.text("check-no-positive-category").to_string(),
            K::MissingText { lang, blank } => {
                let (other, blank) = (Lang::ALL.into_iter().find(|l| l != lang).unwrap_or(*lang), *blank);
                let (language, code) = (m.keyed("check-language", lang.code()), lang.code());
                let (other_language, other_code) = (m.keyed("check-language", other.code()), other.code());
                say!(m, "check-missing-text", field, blank, language, code, other_language, other_code)
            }
            K::CompositeUnknownItem { id, suggestion } => {
                let hint = self.hint(suggestion);
                say!(m, "check-composite-unknown-item", id, hint)
            }
            K::CompositeDuplicateItem { id, first } => say!(m, "check-composite-duplicate-item", id, first),
            K::CompositeItemNotOrdinal { id, measure } => say!(m, "check-composite-item-not-ordinal", id, measure),
            K::CompositeItemNotInSet { id, missing } => {
                let missing = missing.join(", ");
                say!(m, "check-composite-item-not-in-set", id, missing)
            }
            K::SetUnknownIndicator { id, suggestion } => {
                let hint = self.hint(suggestion);
                say!(m, "check-set-unknown-indicator", id, hint)
            }
            K::Model { kind } => super::sroi::sroi(self.lang).problem(kind),
            K::MoreUnknownIndicators { more } => {
                let (count, more) = (*more, more.to_string());
                say!(m, "check-more-unknown-indicators", more, count)
            }
            K::CompositeCycle { id, through } => {
                let through = through.join(" → ");
                say!(m, "check-composite-cycle", id, through)
            }
            K::NumberOutOfRange { field, value, unsigned } => {
                super::catalogue(self.lang).number_out_of_range(field, value, *unsigned)
            }
            K::SetDuplicateIndicator { id, first } => say!(m, "check-set-duplicate-indicator", id, first),
            K::TimeToEventNotInSet { id, suggestion } => {
                let hint = self.hint(suggestion);
                say!(m, "check-time-to-event-not-in-set", id, hint)
            }
            K::Entry { problem } => super::loading(self.lang).entry_problem(problem),
            K::AgeBandsFirstNotZero { .. }
            | K::AgeBandsNotIncreasing { .. }
            | K::HeadlineNotInSet { .. }
            | K::RepeatedEntry { .. } => {
                super::set_options::set_options(self.lang).check_problem(kind).unwrap_or_default()
            }
        }
    }

    /// `checked 42 files (40 definitions, 2 sets): no problem`; avoided-cost
    /// models are named only when there are some.
    pub(crate) fn summary(
        &self,
        files: usize,
        definitions: usize,
        sets: usize,
        models: usize,
        problems: usize,
        in_files: usize,
    ) -> String {
        let m = self.m;
        let outcome = match problems {
            0 => m.text("check-no-problem").to_string(),
            n => {
                let (problems, files) =
                    (self.count("check-count-problems", n), self.count("check-count-files", in_files));
                say!(m, "check-problems-in-files", problems, files)
            }
        };
        let mut sets = self.count("check-count-sets", sets);
        if models > 0 {
            let models = self.count("check-count-models", models);
            sets = say!(m, "check-sets-and-models", sets, models);
        }
        let (files, definitions) =
            (self.count("check-count-files-checked", files), self.count("check-count-definitions", definitions));
        say!(m, "check-summary", files, definitions, sets, outcome)
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
