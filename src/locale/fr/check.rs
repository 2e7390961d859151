//! The definition checker, in French.
//!
//! The spaces before `:`, `;`, `?`, `!` and inside « » are no-break spaces
//! (U+00A0), typed as such; a unit test of `locale::check` looks for
//! ordinary ones.

use super::{quoted, Fr};
use crate::catalogue::check::{Bound, CheckKind};
use crate::catalogue::{Dimension, Wave};
use crate::locale::check::CheckWords;
use crate::locale::Lang;

/// `n` and the word agreed (French: 0 and 1 singular).
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { many })
}

/// The field a pointer names: `measure.max`, or `le document`.
fn name(pointer: &str) -> String {
    crate::catalogue::check::field_name(pointer).unwrap_or_else(|| "le document".to_string())
}

fn hint(suggestion: &Option<String>) -> String {
    suggestion.as_ref().map(|s| format!(" (peut-être {} ?)", quoted(s))).unwrap_or_default()
}

fn language(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "français",
        Lang::En => "anglais",
    }
}

/// A JSON type as French says it.
fn json_type(t: &str) -> String {
    match t {
        "integer" => "un nombre entier".into(),
        "number" => "un nombre".into(),
        "string" => "un texte".into(),
        "boolean" => "un booléen (true ou false)".into(),
        "object" => "un objet".into(),
        "array" => "une liste".into(),
        "null" => "null".into(),
        other => other.to_string(),
    }
}

impl CheckWords for Fr {
    fn problem(&self, kind: &CheckKind, pointer: &str) -> String {
        use CheckKind as K;
        let field = name(pointer);
        match kind {
            K::Unreadable { reason } => format!("lecture impossible : {reason}"),
            K::NoSuchPath => "aucun fichier ni dossier de ce nom".into(),
            K::Syntax { reason } => format!("JSON mal formé : {reason} : vérifiez les virgules, guillemets et crochets juste avant cet endroit"),
            K::NotAnObject => "un objet JSON est attendu (une définition d'indicateur ou un référentiel)".into(),
            K::NeitherFormat => "ni une définition d'indicateur (pas de `measure`) ni un référentiel (pas d'`indicators`)".into(),
            K::SchemaDoesNotCompile { reason } => format!("le schéma publié ne se compile pas : {reason}"),
            K::MissingField => format!("champ {field} absent : le format l'exige"),
            K::UnknownField { field, parent } => format!(
                "champ inconnu {} dans {} : supprimez-le ou vérifiez son orthographe (le schéma publié liste les champs)",
                quoted(field),
                name(parent)
            ),
            K::WrongType { found, expected } => {
                let expected: Vec<String> = expected.iter().map(|t| json_type(t)).collect();
                format!("{field} vaut {found}, qui n'est pas du bon type : attendu {}", expected.join(" ou "))
            }
            K::OutOfBounds { found, bound, limit } => match bound {
                Bound::Minimum => format!("{field} {found} est inférieur au minimum {limit}"),
                Bound::Maximum => format!("{field} {found} est supérieur au maximum {limit}"),
                Bound::ExclusiveMinimum => format!("{field} {found} doit être supérieur à {limit}"),
                Bound::ExclusiveMaximum => format!("{field} {found} doit être inférieur à {limit}"),
            },
            K::TooFewEntries { min } => format!(
                "{field} a trop peu d'entrées : il en faut au moins {min}"
            ),
            K::EmptyValue => format!("{field} est vide : écrivez une valeur"),
            K::PatternMismatch { found, pattern } => {
                format!("{field} {found} n'est pas écrit comme attendu : il doit suivre le motif {pattern}")
            }
            K::NotAccepted { found, expected } => match expected.as_slice() {
                [one] => format!("{field} {found} n'est pas accepté : attendu {one}"),
                many => format!("{field} {found} n'est pas accepté : attendu l'un de {}", many.join(", ")),
            },
            K::SchemaOther { detail } => detail.clone(),
            K::DuplicateDefinitionId { id, other } => format!(
                "l'identifiant d'indicateur {} est aussi défini dans {} : chaque identifiant est défini une fois ; renommez l'un ou supprimez la copie",
                quoted(id),
                other.display()
            ),
            K::DuplicateSetId { id, other } => format!(
                "l'identifiant de référentiel {} est aussi utilisé par {} : chaque référentiel a le sien",
                quoted(id),
                other.display()
            ),
            K::InvalidId { reason } => reason.clone(),
            K::InvalidCategoryCode { code } => format!(
                "le code de catégorie {} n'est pas valide : lettres minuscules, chiffres et « _ », en commençant par une lettre ou un chiffre (ex. street)",
                quoted(code)
            ),
            K::NotSemver { version } => format!(
                "la version {} n'est pas une version sémantique (MAJEURE.MINEURE.CORRECTIF, ex. 1.2.0)",
                quoted(version)
            ),
            K::UnknownDimension { found, suggestion } => format!(
                "dimension inconnue {} : attendu l'une de {}{}",
                quoted(found),
                Dimension::accepted(),
                hint(suggestion)
            ),
            K::UnknownWave { found, suggestion } => format!(
                "vague inconnue {} : attendu l'une de {}{}",
                quoted(found),
                Wave::accepted(),
                hint(suggestion)
            ),
            K::AgesReversed { min, max } => format!(
                "applies_to.min_age {min} dépasse applies_to.max_age {max} : donnez d'abord l'âge le plus jeune"
            ),
            K::RangeReversed { min, max } => {
                let n = |v: &f64| v.to_string().replace('.', ",");
                format!("measure.min {} n'est pas inférieur à measure.max {} : il faut min < max", n(min), n(max))
            }
            K::ScaleReversed { min, max } => format!(
                "measure.min {min} n'est pas inférieur à measure.max {max} : une échelle demande min < max, par exemple min 1 et max 10"
            ),
            K::ThresholdOutsideScale { threshold, min, max } => format!(
                "measure.positive_threshold {threshold} est hors de l'échelle {min}..{max} : choisissez un point de l'échelle"
            ),
            K::LevelOutsideScale { key, min, max } => format!(
                "la clé {} de measure.levels n'est pas un point de l'échelle {min}..{max} : indexez chaque libellé par un nombre entier de {min} à {max}",
                quoted(key)
            ),
            K::DuplicateCategoryCode { code, first } => format!(
                "le code de catégorie {} est employé deux fois (aussi en {first}) : donnez à chaque catégorie son propre code",
                quoted(code)
            ),
            K::NoPositiveCategory => "aucune catégorie n'est positive : marquez au moins une catégorie avec \"positive\": true (sinon la proportion positive vaut toujours 0)".into(),
            K::MissingText { lang, blank } => {
                let other = Lang::ALL.into_iter().find(|l| l != lang).unwrap_or(*lang);
                format!(
                    "{field} {} : écrivez le texte en {} ({}) comme en {} ({})",
                    if *blank { "est vide" } else { "est absent" },
                    language(*lang),
                    lang.code(),
                    language(other),
                    other.code()
                )
            }
            K::CompositeUnknownItem { id, suggestion } => format!(
                "l'item de composite {} n'est pas un indicateur du catalogue : définissez-le dans un fichier vérifié avec celui-ci, ou employez un indicateur fourni{}",
                quoted(id),
                hint(suggestion)
            ),
            K::CompositeDuplicateItem { id, first } => format!(
                "l'item de composite {} est listé deux fois (aussi en {first}) : listez chaque item une fois",
                quoted(id)
            ),
            K::CompositeItemNotOrdinal { id, measure } => format!(
                "l'item de composite {} est un indicateur {measure} : les items d'une échelle doivent être ordinaux (une échelle bornée de nombres entiers)",
                quoted(id)
            ),
            K::CompositeItemNotInSet { id, missing } => format!(
                "le composite {} emploie des items absents de ce référentiel ({}) : ajoutez-les à indicators",
                quoted(id),
                missing.join(", ")
            ),
            K::SetUnknownIndicator { id, suggestion } => format!(
                "l'indicateur {} n'est défini nulle part (ni dans les fichiers vérifiés, ni dans le catalogue fourni) : ajoutez son fichier de définition, ou écrivez la définition dans le référentiel{}",
                quoted(id),
                hint(suggestion)
            ),
            K::Model { kind } => crate::locale::sroi::sroi(crate::locale::Lang::Fr).problem(kind),
            K::MoreUnknownIndicators { more } => format!(
                "et {more}\u{a0}{} défini{} nulle part",
                if *more < 2 { "autre indicateur" } else { "autres indicateurs" },
                if *more < 2 { "" } else { "s" }
            ),
            K::CompositeCycle { id, through } => format!(
                "le composite {} est l'un de ses propres items (par {}) : une échelle ne peut pas être faite d'elle-même",
                quoted(id),
                through.join(" → ")
            ),
            K::NumberOutOfRange { field, value, unsigned } => {
                crate::locale::catalogue::CatalogueWords::number_out_of_range(self, field, value, *unsigned)
            }
            K::SetDuplicateIndicator { id, first } => format!(
                "l'indicateur {} est listé deux fois (aussi en {first}) : listez chaque indicateur une fois",
                quoted(id)
            ),
            K::TimeToEventNotInSet { id, suggestion } => format!(
                "l'indicateur {} de time_to_event n'est pas dans ce référentiel : nommez un indicateur du référentiel, ou ajoutez-le à indicators{}",
                quoted(id),
                hint(suggestion)
            ),
            K::Entry { problem } => crate::locale::loading(Lang::Fr).entry_problem(problem),
            K::AgeBandsFirstNotZero { .. }
            | K::AgeBandsNotIncreasing { .. }
            | K::HeadlineNotInSet { .. }
            | K::RepeatedEntry { .. } => {
                crate::locale::set_options::set_options(crate::Lang::Fr).check_problem(kind).unwrap_or_default()
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
            0 => "aucun problème".to_string(),
            n => format!("{} dans {}", count(n, "problème", "problèmes"), count(in_files, "fichier", "fichiers")),
        };
        let mut sets = count(sets, "référentiel", "référentiels");
        if models > 0 {
            sets = format!("{sets}, {}", count(models, "modèle de coûts évités", "modèles de coûts évités"));
        }
        format!(
            "{} ({}, {sets}) : {outcome}",
            count(files, "fichier vérifié", "fichiers vérifiés"),
            count(definitions, "définition", "définitions"),
        )
    }
}
