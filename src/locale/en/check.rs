//! The definition checker, in English.

use super::En;
use crate::catalogue::check::{Bound, CheckKind};
use crate::catalogue::{Dimension, Wave};
use crate::locale::check::CheckWords;
use crate::locale::Lang;

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The field a pointer names: `measure.max`, or `the document`.
fn name(pointer: &str) -> String {
    crate::catalogue::check::field_name(pointer).unwrap_or_else(|| "the document".to_string())
}

fn hint(suggestion: &Option<String>) -> String {
    suggestion.as_ref().map(|s| format!(" (did you mean {s:?}?)")).unwrap_or_default()
}

fn language(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    }
}

fn article(t: &str) -> String {
    match t.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {t}"),
        _ => format!("a {t}"),
    }
}

impl CheckWords for En {
    fn problem(&self, kind: &CheckKind, pointer: &str) -> String {
        use CheckKind as K;
        let field = name(pointer);
        match kind {
            K::Unreadable { reason } => format!("cannot read: {reason}"),
            K::NoSuchPath => "no such file or folder".into(),
            K::Syntax { reason } => {
                format!("not valid JSON: {reason}: check the commas, quotes and brackets just before this point")
            }
            K::NotAnObject => "expected a JSON object (an indicator definition or a set manifest)".into(),
            K::NeitherFormat => {
                "neither an indicator definition (it has no `measure`) nor a set manifest (it has no `indicators`)".into()
            }
            K::SchemaDoesNotCompile { reason } => format!("the published schema does not compile: {reason}"),
            K::MissingField => format!("missing field {field}: the format requires it"),
            K::UnknownField { field, parent } => format!(
                "unknown field {field:?} in {}: remove it or check its spelling (the published schema lists the fields)",
                name(parent)
            ),
            K::WrongType { found, expected } => {
                let expected: Vec<String> = expected.iter().map(|t| article(t)).collect();
                format!("{field} is {found}, of the wrong type: expected {}", expected.join(" or "))
            }
            K::OutOfBounds { found, bound, limit } => match bound {
                Bound::Minimum => format!("{field} {found} is below the minimum {limit}"),
                Bound::Maximum => format!("{field} {found} is above the maximum {limit}"),
                Bound::ExclusiveMinimum => format!("{field} {found} must be above {limit}"),
                Bound::ExclusiveMaximum => format!("{field} {found} must be below {limit}"),
            },
            K::TooFewEntries { min } => format!(
                "{field} has too few entries: at least {min} {}",
                if *min == 1 { "is needed" } else { "are needed" }
            ),
            K::EmptyValue => format!("{field} is empty: write a value"),
            K::PatternMismatch { found, pattern } => {
                format!("{field} {found} is not written as expected: it must match the pattern {pattern}")
            }
            K::NotAccepted { found, expected } => match expected.as_slice() {
                [one] => format!("{field} {found} is not accepted: expected {one}"),
                many => format!("{field} {found} is not accepted: expected one of {}", many.join(", ")),
            },
            K::SchemaOther { detail } => detail.clone(),
            K::DuplicateDefinitionId { id, other } => format!(
                "indicator id {id:?} is also defined in {}: each id must be defined once; rename one or remove the copy",
                other.display()
            ),
            K::DuplicateSetId { id, other } => {
                format!("set id {id:?} is also used by {}: each set needs its own id", other.display())
            }
            K::InvalidId { reason } => reason.clone(),
            K::InvalidCategoryCode { code } => format!(
                "category code {code:?} is not a valid code: use lowercase letters, digits and '_', starting with a letter or digit, e.g. street"
            ),
            K::NotSemver { version } => {
                format!("version {version:?} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)")
            }
            K::UnknownDimension { found, suggestion } => {
                format!("unknown dimension {found:?}: expected one of {}{}", Dimension::accepted(), hint(suggestion))
            }
            K::UnknownWave { found, suggestion } => {
                format!("unknown wave {found:?}: expected one of {}{}", Wave::accepted(), hint(suggestion))
            }
            K::AgesReversed { min, max } => {
                format!("applies_to.min_age {min} is above applies_to.max_age {max}: give the youngest age first")
            }
            K::RangeReversed { min, max } => {
                format!("measure.min {min} is not below measure.max {max}: the range needs min < max")
            }
            K::ScaleReversed { min, max } => format!(
                "measure.min {min} is not below measure.max {max}: a scale needs min < max, e.g. min 1 and max 10"
            ),
            K::ThresholdOutsideScale { threshold, min, max } => format!(
                "measure.positive_threshold {threshold} is outside the scale {min}..{max}: use a point of the scale"
            ),
            K::LevelOutsideScale { key, min, max } => format!(
                "measure.levels key {key:?} is not a point of the scale {min}..{max}: key each label by a whole number from {min} to {max}"
            ),
            K::DuplicateCategoryCode { code, first } => {
                format!("category code {code:?} is used twice (also at {first}): give each category its own code")
            }
            K::NoPositiveCategory => "no category is positive: mark at least one category with \"positive\": true (otherwise the proportion positive is always 0)".into(),
            K::MissingText { lang, blank } => {
                let other = Lang::ALL.into_iter().find(|l| l != lang).unwrap_or(*lang);
                format!(
                    "{field} {}: write the text in {} ({}) as well as in {} ({})",
                    if *blank { "is blank" } else { "is missing" },
                    language(*lang),
                    lang.code(),
                    language(other),
                    other.code()
                )
            }
            K::CompositeUnknownItem { id, suggestion } => format!(
                "composite item {id:?} is not an indicator of the catalogue: define it in a file checked with this one, or use a bundled indicator{}",
                hint(suggestion)
            ),
            K::CompositeDuplicateItem { id, first } => {
                format!("composite item {id:?} is listed twice (also at {first}): list each item once")
            }
            K::CompositeItemNotOrdinal { id, measure } => format!(
                "composite item {id:?} is a {measure} indicator: the items of a scale must be ordinal (a bounded whole-number scale)"
            ),
            K::CompositeItemNotInSet { id, missing } => format!(
                "composite {id:?} uses items that are not in this set ({}): add them to indicators",
                missing.join(", ")
            ),
            K::SetUnknownIndicator { id, suggestion } => format!(
                "indicator {id:?} is defined nowhere (not in the files checked, not in the bundled catalogue): add its definition file, or write the definition inline{}",
                hint(suggestion)
            ),
            K::Model { kind } => crate::locale::sroi::sroi(crate::locale::Lang::En).problem(kind),
            K::MoreUnknownIndicators { more } => format!(
                "and {more} more {} defined nowhere",
                if *more < 2 { "indicator" } else { "indicators" }
            ),
            K::CompositeCycle { id, through } => format!(
                "composite {id:?} is one of its own items (through {}): a scale cannot be made of itself",
                through.join(" → ")
            ),
            K::NumberOutOfRange { field, value, unsigned } => {
                crate::locale::catalogue::CatalogueWords::number_out_of_range(self, field, value, *unsigned)
            }
            K::SetDuplicateIndicator { id, first } => {
                format!("indicator {id:?} is listed twice (also at {first}): list each indicator once")
            }
            K::TimeToEventNotInSet { id, suggestion } => format!(
                "time_to_event indicator {id:?} is not in this set: name one of the set's indicators, or add it to indicators{}",
                hint(suggestion)
            ),
            K::Entry { problem } => crate::locale::loading(Lang::En).entry_problem(problem),
            K::AgeBandsFirstNotZero { .. }
            | K::AgeBandsNotIncreasing { .. }
            | K::HeadlineNotInSet { .. }
            | K::RepeatedEntry { .. } => {
                crate::locale::set_options::set_options(crate::Lang::En).check_problem(kind).unwrap_or_default()
            }
        }
    }

    fn summary(
        &self,
        files: usize,
        definitions: usize,
        sets: usize,
        models: usize,
        problems: usize,
        in_files: usize,
    ) -> String {
        let outcome = match problems {
            0 => "no problem".to_string(),
            n => format!("{} in {}", count(n, "problem", "problems"), count(in_files, "file", "files")),
        };
        let mut sets = count(sets, "set", "sets");
        if models > 0 {
            sets = format!("{sets}, {}", count(models, "avoided-cost model", "avoided-cost models"));
        }
        format!(
            "checked {} ({}, {sets}): {outcome}",
            count(files, "file", "files"),
            count(definitions, "definition", "definitions"),
        )
    }
}
