//! The words of the catalogue's errors: files that cannot be read as
//! definitions or sets, unknown sets and indicators, inconsistent sets.
//! The words are in `<lang>/catalogue.ftl`.

use super::messages::{messages, say, Messages};
use super::Lang;
use crate::catalogue::{CatalogueError, FormatProblem, SetProblem};

/// The words of catalogue errors, in one language.
#[derive(Clone, Copy)]
pub(crate) struct CatalogueWords {
    m: &'static Messages,
    lang: Lang,
}

/// The words of catalogue errors in `lang`.
pub(crate) fn catalogue(lang: Lang) -> CatalogueWords {
    CatalogueWords { m: messages(lang), lang }
}

impl CatalogueWords {
    /// Why a definition, a set or a catalogue could not be loaded.
    pub(crate) fn catalogue_error(&self, error: &CatalogueError) -> String {
        use CatalogueError as E;
        let m = self.m;
        let maybe = |suggestion: &Option<String>| {
            suggestion.as_ref().map(|suggestion| say!(m, "catalogue-maybe", suggestion)).unwrap_or_default()
        };
        match error {
            E::Io { path, source } => {
                let (path, reason) = (path.display().to_string(), source.to_string());
                say!(m, "catalogue-io", path, reason)
            }
            E::Syntax { path, line, column, message } => {
                let (path, line, column) = (path.display().to_string(), line.to_string(), column.to_string());
                say!(m, "catalogue-syntax", path, line, column, message)
            }
            E::Format { path, problem } => {
                let (path, what) = (path.display().to_string(), self.format_problem(problem));
                say!(m, "catalogue-format", path, what)
            }
            E::Located { path, pointer, line, column, problem } => {
                let (path, line, column) = (path.display().to_string(), line.to_string(), column.to_string());
                let what = self.format_problem(problem);
                say!(m, "catalogue-located", path, line, column, pointer, what)
            }
            E::Problems { problems } => super::loading(self.lang).problems(problems),
            E::NotAFolder { path, exists } => super::loading(self.lang).not_a_folder(path, *exists),
            E::UnknownSet { name, suggestion, available } => {
                let maybe = maybe(suggestion);
                let available =
                    if available.is_empty() { m.text("catalogue-none").to_string() } else { available.join(", ") };
                say!(m, "catalogue-unknown-set", name, maybe, available)
            }
            E::UnknownIndicator { id, named_by, suggestion } => {
                let maybe = maybe(suggestion);
                say!(m, "catalogue-unknown-indicator", id, named_by, maybe)
            }
            E::DuplicateIndicator { id, path, other } => {
                let path = path.display().to_string();
                say!(m, "catalogue-duplicate-indicator", path, id, other)
            }
            E::InvalidSet { set, problem } => {
                let what = match problem {
                    SetProblem::ListedTwice { indicator } => say!(m, "catalogue-set-listed-twice", indicator),
                    SetProblem::TimeToEventNotInSet { analysis, indicator } => {
                        say!(m, "catalogue-set-time-to-event-not-in-set", analysis, indicator)
                    }
                    SetProblem::CompositeCycle { composite } => say!(m, "catalogue-set-composite-cycle", composite),
                    SetProblem::CompositeItemNotInSet { composite, item } => {
                        say!(m, "catalogue-set-composite-item-not-in-set", composite, item)
                    }
                    SetProblem::Entry { pointer, problem } => super::loading(self.lang).at_entry(pointer, problem),
                    SetProblem::HeadlineNotInSet { indicator } => {
                        super::set_options::set_options(self.lang).headline_not_in_set(indicator)
                    }
                };
                say!(m, "catalogue-invalid-set", set, what)
            }
        }
    }

    /// A whole number its field cannot hold (the loader's and the
    /// checker's words).
    pub(crate) fn number_out_of_range(&self, field: &str, value: &str, unsigned: bool) -> String {
        say!(self.m, "catalogue-number-out-of-range", field, value, unsigned)
    }

    /// What is wrong with a file that is JSON but not of the format.
    fn format_problem(&self, problem: &FormatProblem) -> String {
        let kind = match problem {
            FormatProblem::NotAnObject => "not-an-object",
            FormatProblem::NeitherFormat => "neither-format",
            FormatProblem::NotAManifest => "not-a-manifest",
            FormatProblem::Invalid { reason } | FormatProblem::Bundled { reason } => return reason.clone(),
            FormatProblem::NumberOutOfRange { field, value, unsigned } => {
                return self.number_out_of_range(field, value, *unsigned)
            }
        };
        self.m.keyed("catalogue-format", kind).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_quotes_names_with_rust_escapes_and_french_with_guillemets() {
        let error =
            CatalogueError::UnknownSet { name: "a\"b".into(), suggestion: Some("ab".into()), available: vec![] };
        assert_eq!(
            catalogue(Lang::En).catalogue_error(&error),
            "unknown reference set \"a\\\"b\": did you mean \"ab\"? (bundled sets: (none); a path to a manifest file also works)"
        );
        assert_eq!(
            catalogue(Lang::Fr).catalogue_error(&error),
            "référentiel inconnu «\u{a0}a\"b\u{a0}»\u{a0}: peut-être «\u{a0}ab\u{a0}»\u{a0}? (référentiels fournis\u{a0}: aucun\u{a0}; le chemin d'un fichier de référentiel convient aussi)"
        );
    }
}
