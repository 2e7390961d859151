//! Catalogue errors, in French.

use super::{quoted, Fr};
use crate::catalogue::{CatalogueError, FormatProblem, SetProblem};
use crate::locale::catalogue::CatalogueWords;

impl CatalogueWords for Fr {
    fn number_out_of_range(&self, field: &str, value: &str, unsigned: bool) -> String {
        format!(
            "measure.{field} vaut {value}, que le chargement ne peut pas lire comme un nombre entier : écrivez un entier de {} (pas -0, sans virgule)",
                if unsigned { "0 à 18446744073709551615" } else { "-9223372036854775808 à 9223372036854775807" }
        )
    }

    fn catalogue_error(&self, error: &CatalogueError) -> String {
        use CatalogueError as E;
        let maybe =
            |s: &Option<String>| s.as_ref().map(|s| format!(" : peut-être {} ?", quoted(s))).unwrap_or_default();
        match error {
            E::Io { path, source } => format!("{} : lecture impossible : {source}", path.display()),
            E::Syntax { path, line, column, message } => {
                format!("{}:{line}:{column} : JSON mal formé : {message}", path.display())
            }
            E::Format { path, problem } => {
                let what = format_problem(self, problem);
                format!("{} : {what}", path.display())
            }
            E::Located { path, pointer, line, column, problem } => {
                format!("{}:{line}:{column} : {pointer} : {}", path.display(), format_problem(self, problem))
            }
            E::Problems { problems } => crate::locale::loading(crate::locale::Lang::Fr).problems(problems),
            E::NotAFolder { path, exists } => crate::locale::loading(crate::locale::Lang::Fr).not_a_folder(path, *exists),
            E::UnknownSet { name, suggestion, available } => format!(
                "référentiel inconnu {}{} (référentiels fournis : {} ; le chemin d'un fichier de référentiel convient aussi)",
                quoted(name),
                maybe(suggestion),
                if available.is_empty() { "aucun".to_string() } else { available.join(", ") }
            ),
            E::UnknownIndicator { id, named_by, suggestion } => format!(
                "indicateur inconnu {} dans le catalogue (nommé par le référentiel {}){}",
                quoted(id),
                quoted(named_by),
                maybe(suggestion)
            ),
            E::DuplicateIndicator { id, path, other } => format!(
                "{} : l'identifiant d'indicateur {} est défini deux fois (aussi dans {other})",
                path.display(),
                quoted(id)
            ),
            E::InvalidSet { set, problem } => {
                let what = match problem {
                    SetProblem::ListedTwice { indicator } => format!("l'indicateur {} est listé deux fois", quoted(indicator)),
                    SetProblem::TimeToEventNotInSet { analysis, indicator } => format!(
                        "l'analyse de délai {} emploie l'indicateur {}, absent du référentiel",
                        quoted(analysis),
                        quoted(indicator)
                    ),
                    SetProblem::CompositeCycle { composite } => format!(
                        "le composite {} est l'un de ses propres items : une échelle ne peut pas être faite d'elle-même",
                        quoted(composite)
                    ),
                    SetProblem::Entry { pointer, problem } => {
                        crate::locale::loading(crate::locale::Lang::Fr).at_entry(pointer, problem)
                    }
                    SetProblem::CompositeItemNotInSet { composite, item } => format!(
                        "le composite {} emploie l'item {}, absent du référentiel",
                        quoted(composite),
                        quoted(item)
                    ),
                    SetProblem::HeadlineNotInSet { indicator } => {
                        crate::locale::set_options::set_options(crate::Lang::Fr).headline_not_in_set(indicator)
                    }
                };
                format!("référentiel {} : {what}", quoted(set))
            }
        }
    }
}

/// What is wrong with a file that is JSON but not of the format.
fn format_problem(words: &impl CatalogueWords, problem: &FormatProblem) -> String {
    match problem {
        FormatProblem::NotAnObject => {
            "un objet JSON est attendu (une définition d'indicateur ou un référentiel)".to_string()
        }
        FormatProblem::NeitherFormat => {
            "ni une définition d'indicateur (pas de `measure`) ni un référentiel (pas d'`indicators`)".to_string()
        }
        FormatProblem::NotAManifest => {
            "ce n'est pas un référentiel (un référentiel a `id`, `version`, `title`, `domain` et `indicators`)"
                .to_string()
        }
        FormatProblem::Invalid { reason } | FormatProblem::Bundled { reason } => reason.clone(),
        FormatProblem::NumberOutOfRange { field, value, unsigned } => {
            words.number_out_of_range(field, value, *unsigned)
        }
    }
}
