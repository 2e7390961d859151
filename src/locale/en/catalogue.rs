//! Catalogue errors, in English.

use super::En;
use crate::catalogue::{CatalogueError, FormatProblem, SetProblem};
use crate::locale::catalogue::CatalogueWords;

impl CatalogueWords for En {
    fn number_out_of_range(&self, field: &str, value: &str, unsigned: bool) -> String {
        format!(
            "measure.{field} {value} is not a whole number the loader can hold: write a whole number from {} (not -0, no decimal point)",
                if unsigned { "0 to 18446744073709551615" } else { "-9223372036854775808 to 9223372036854775807" }
        )
    }

    fn catalogue_error(&self, error: &CatalogueError) -> String {
        use CatalogueError as E;
        match error {
            E::Io { path, source } => format!("{}: cannot read: {source}", path.display()),
            E::Syntax { path, line, column, message } => {
                format!("{}:{line}:{column}: not valid JSON: {message}", path.display())
            }
            E::Format { path, problem } => {
                let what = format_problem(self, problem);
                format!("{}: {what}", path.display())
            }
            E::Located { path, pointer, line, column, problem } => {
                format!("{}:{line}:{column}: {pointer}: {}", path.display(), format_problem(self, problem))
            }
            E::Problems { problems } => crate::locale::loading(crate::locale::Lang::En).problems(problems),
            E::NotAFolder { path, exists } => {
                crate::locale::loading(crate::locale::Lang::En).not_a_folder(path, *exists)
            }
            E::UnknownSet { name, suggestion, available } => format!(
                "unknown reference set {name:?}{} (bundled sets: {}; a path to a manifest file also works)",
                suggestion.as_ref().map(|s| format!(": did you mean {s:?}?")).unwrap_or_default(),
                if available.is_empty() { "(none)".to_string() } else { available.join(", ") }
            ),
            E::UnknownIndicator { id, named_by, suggestion } => format!(
                "unknown indicator {id:?} in the catalogue (named by set {named_by:?}){}",
                suggestion.as_ref().map(|s| format!(": did you mean {s:?}?")).unwrap_or_default()
            ),
            E::DuplicateIndicator { id, path, other } => {
                format!("{}: indicator id {id:?} is defined twice (also in {other})", path.display())
            }
            E::InvalidSet { set, problem } => {
                let what = match problem {
                    SetProblem::ListedTwice { indicator } => format!("indicator {indicator:?} is listed twice"),
                    SetProblem::TimeToEventNotInSet { analysis, indicator } => {
                        format!("time-to-event {analysis:?} uses indicator {indicator:?}, which is not in the set")
                    }
                    SetProblem::CompositeCycle { composite } => {
                        format!("composite {composite:?} is one of its own items: a scale cannot be made of itself")
                    }
                    SetProblem::Entry { pointer, problem } => {
                        crate::locale::loading(crate::locale::Lang::En).at_entry(pointer, problem)
                    }
                    SetProblem::CompositeItemNotInSet { composite, item } => {
                        format!("composite {composite:?} uses item {item:?}, which is not in the set")
                    }
                    SetProblem::HeadlineNotInSet { indicator } => {
                        crate::locale::set_options::set_options(crate::Lang::En).headline_not_in_set(indicator)
                    }
                };
                format!("reference set {set:?}: {what}")
            }
        }
    }
}

/// What is wrong with a file that is JSON but not of the format.
fn format_problem(words: &impl CatalogueWords, problem: &FormatProblem) -> String {
    match problem {
        FormatProblem::NotAnObject => "expected a JSON object (an indicator definition or a set manifest)".to_string(),
        FormatProblem::NeitherFormat => {
            "neither an indicator definition (it has no `measure`) nor a set manifest (it has no `indicators`)"
                .to_string()
        }
        FormatProblem::NotAManifest => {
            "this is not a set manifest (a manifest has `id`, `version`, `title`, `domain` and `indicators`)"
                .to_string()
        }
        FormatProblem::Invalid { reason } | FormatProblem::Bundled { reason } => reason.clone(),
        FormatProblem::NumberOutOfRange { field, value, unsigned } => {
            words.number_out_of_range(field, value, *unsigned)
        }
    }
}
