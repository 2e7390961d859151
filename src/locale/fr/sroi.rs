use super::Fr;
use crate::costs::{Count, Field, ProblemKind, QuantityError, QuantityProblem};
use crate::locale::sroi::SroiWords;

/// A number as written in a file, with a decimal comma.
fn n(x: f64) -> String {
    format!("{x}").replace('.', ",")
}

impl SroiWords for Fr {
    fn problem(&self, kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::Structure { message } => format!("modèle SROI illisible\u{a0}: {message}"),
            ProblemKind::Format { given } => {
                format!("format «\u{a0}{given}\u{a0}»\u{a0}: attendu «\u{a0}impact-sroi-model/1\u{a0}»")
            }
            ProblemKind::NotFinite => "nombre non fini\u{a0}: un nombre ordinaire est attendu".to_string(),
            ProblemKind::FractionOutside { value } => format!(
                "{} n'est pas une fraction\u{a0}: un nombre de 0 à 1 est attendu (0,25 pour 25\u{202f}%)",
                n(*value)
            ),
            ProblemKind::RangeOrder { low, central, high } => format!(
                "bas {}, central {}, haut {} ne sont pas dans l'ordre\u{a0}: bas ≤ central ≤ haut est attendu",
                n(*low),
                n(*central),
                n(*high)
            ),
            ProblemKind::Negative { value } => format!("{} est négatif\u{a0}: 0 ou plus est attendu", n(*value)),
            ProblemKind::InvestmentNotPositive { value } => {
                format!("investissement {}\u{a0}: un montant supérieur à 0 est attendu", n(*value))
            }
            ProblemKind::DiscountRate { value } => format!(
                "taux d'actualisation {}\u{a0}: une fraction de 0 à 1 est attendue (0,025 pour 2,5\u{202f}% par an)",
                n(*value)
            ),
            ProblemKind::Currency { given } => format!(
                "devise «\u{a0}{given}\u{a0}»\u{a0}: un code ISO 4217 de trois lettres majuscules est attendu, par exemple EUR"
            ),
            ProblemKind::Duration { given } => {
                format!("durée de {given}\u{a0}an\u{a0}: au moins 1\u{a0}an est attendu")
            }
            ProblemKind::UnknownIndicator { indicator, suggestion } => match suggestion {
                Some(s) => format!(
                    "l'indicateur «\u{a0}{indicator}\u{a0}» n'est pas dans le référentiel\u{a0}: vouliez-vous dire «\u{a0}{s}\u{a0}»\u{a0}?"
                ),
                None => format!(
                    "l'indicateur «\u{a0}{indicator}\u{a0}» n'est pas dans le référentiel\u{a0}: un indicateur du référentiel est attendu"
                ),
            },
            ProblemKind::NoPositiveDefinition { indicator } => format!(
                "l'indicateur «\u{a0}{indicator}\u{a0}» n'a pas de définition positive (il est résumé par une moyenne)\u{a0}: un indicateur binaire ou catégoriel est attendu"
            ),
            ProblemKind::MissingWave => {
                "`positive_at` demande une vague (`wave`)\u{a0}: entry, follow_up, exit ou post_exit".to_string()
            }
            ProblemKind::UnexpectedWave => {
                "`wave` ne sert qu'à `positive_at`\u{a0}: `gained` et `net_gained` prennent les vagues d'évolution du référentiel"
                    .to_string()
            }
            ProblemKind::DuplicateOutcome { id } => format!(
                "l'identifiant d'effet «\u{a0}{id}\u{a0}» est employé deux fois\u{a0}: chaque effet a le sien"
            ),
            ProblemKind::InvalidOutcomeId { id } => format!(
                "identifiant d'effet «\u{a0}{id}\u{a0}»\u{a0}: lettres minuscules, chiffres et `_` attendus, par exemple nuits_hebergement"
            ),
            ProblemKind::NoOutcome => "aucun effet\u{a0}: au moins un est attendu".to_string(),
            ProblemKind::MissingText { lang } => format!("le texte {} manque ou est vide", lang_name(*lang)),
            ProblemKind::UnsourcedFigure => {
                "ce chiffre n'a pas de source alors que `illustrative` vaut false\u{a0}: donnez une source ou mettez `illustrative` à true"
                    .to_string()
            }
            ProblemKind::SetMismatch { model, report } => format!(
                "le modèle est fait pour le référentiel «\u{a0}{model}\u{a0}» mais le rapport porte sur «\u{a0}{report}\u{a0}»"
            ),
        }
    }

    fn quantity_problem(&self, e: &QuantityError) -> String {
        let (o, g) = (&e.outcome, &e.organisation);
        let group = if g == "*" { "l'ensemble du réseau".to_string() } else { format!("la structure {g}") };
        match e.problem {
            QuantityProblem::NoIndicator => format!("effet {o}\u{a0}: le rapport n'a pas cet indicateur"),
            QuantityProblem::NoGroup => format!("effet {o}\u{a0}: le rapport n'a pas de groupe pour {group}"),
            QuantityProblem::Suppressed => format!(
                "effet {o}\u{a0}: les chiffres de {group} sont masqués (moins de personnes que le seuil de diffusion)"
            ),
            QuantityProblem::NoCounts => format!(
                "effet {o}\u{a0}: le rapport ne donne pas les effectifs `gained`/`lost` (relancez `impact report` avec cette version)"
            ),
            QuantityProblem::NoWave => format!("effet {o}\u{a0}: le rapport n'a pas de situation de {group} à cette vague"),
        }
    }

    fn refused(&self, problems: usize) -> String {
        if problems <= 1 {
            format!("{problems}\u{a0}problème\u{a0}: rien n'a été écrit")
        } else {
            format!("{problems}\u{a0}problèmes\u{a0}: rien n'a été écrit")
        }
    }

    fn cannot_read(&self, file: &str, error: &str) -> String {
        format!("impossible de lire {file}\u{a0}: {error}")
    }

    fn cannot_write(&self, file: &str, error: &str) -> String {
        format!("impossible d'écrire {file}\u{a0}: {error}")
    }

    fn not_a_report(&self, file: &str, error: &str) -> String {
        format!("{file} n'est pas un rapport JSON impact-report/1 ({error})\u{a0}: produisez-le avec `impact report --format json`")
    }

    fn no_draws(&self) -> String {
        "--draws 0\u{a0}: au moins 1\u{a0}tirage est attendu (10\u{202f}000 par défaut)".to_string()
    }

    fn bad_confidence(&self, c: f64) -> String {
        format!("niveau de confiance {}\u{a0}: un nombre strictement entre 0 et 1 est attendu, par exemple 0,95", n(c))
    }

    fn kind(&self) -> &'static str {
        "Coûts évités · rendement social de l'investissement"
    }
    fn subtitle(&self, model: &str, version: &str, set: &str, group: &str) -> String {
        format!("Modèle {model} version {version} · référentiel {set} · {group}")
    }
    fn group(&self, organisation: Option<&str>) -> String {
        match organisation {
            None => "ensemble du réseau".to_string(),
            Some(o) => format!("structure {o}"),
        }
    }
    fn report_section(&self) -> &'static str {
        "Coûts évités et rendement social de l'investissement"
    }
    fn report_section_intro(&self, title: &str, subtitle: &str) -> String {
        format!("Les quantités de ce rapport valorisées par le modèle «\u{a0}{title}\u{a0}» ({subtitle}).")
    }
    fn fact_central(&self) -> &'static str {
        "Rapport aux valeurs centrales"
    }
    fn fact_interval(&self, level: &str) -> String {
        format!("Intervalle à {level}")
    }
    fn fact_below(&self) -> &'static str {
        "Probabilité de rapporter moins que le coût"
    }
    fn illustrative_banner(&self) -> &'static str {
        "Modèle illustratif\u{a0}: certains chiffres sont des hypothèses sans source. Le résultat montre la méthode\u{a0}; ce n'est pas un rendement mesuré et il ne doit pas être cité comme tel."
    }
    fn summary(&self, low: &str, high: &str, level: &str, central: &str, below: &str, unit: (&str, &str)) -> String {
        let (one, many) = unit;
        format!(
            "Chaque {one} investi rapporte entre {low} et {high}\u{a0}{many} de dépenses publiques évitées (intervalle à {level}), {central} aux valeurs centrales\u{a0}; probabilité qu'il rapporte moins que ce qu'il coûte\u{a0}: {below}."
        )
    }
    fn unit(&self, currency: &str) -> (String, String) {
        match currency {
            "EUR" => ("euro".to_string(), "euros".to_string()),
            other => (other.to_string(), other.to_string()),
        }
    }
    fn plural(&self, x: f64) -> bool {
        // « Le pluriel commence à deux » : 1,5 euro, 2 euros.
        x.abs() >= 2.0
    }
    fn present_values(&self, pv: &str, investment: &str, npv: &str) -> String {
        format!("Aux valeurs centrales, les effets valent {pv} en valeur actuelle pour un investissement de {investment}\u{a0}: une valeur actuelle nette de {npv}.")
    }
    fn result(&self) -> &'static str {
        "Résultat"
    }
    fn distribution(&self) -> &'static str {
        "Distribution du rapport simulé"
    }
    fn distribution_reading(&self, draws: &str, seed: &str) -> String {
        format!("Chaque barre compte les tirages dont le rapport tombe dans sa tranche ({draws}\u{a0}tirages, graine {seed}). La bande grisée est l'intervalle\u{a0}; le trait marque un rapport de 1, en dessous duquel l'accompagnement coûte plus qu'il ne fait économiser.")
    }
    fn sensitivity(&self) -> &'static str {
        "Sensibilité, une hypothèse à la fois"
    }
    fn tornado_reading(&self) -> &'static str {
        "Chaque barre va du rapport obtenu avec l'hypothèse à sa valeur basse au rapport obtenu à sa valeur haute, les autres aux valeurs centrales\u{a0}; les barres les plus longues sont les hypothèses dont le résultat dépend le plus. La valeur d'équilibre est celle où le rapport vaut exactement 1."
    }
    fn assumptions(&self) -> &'static str {
        "Hypothèses et sources"
    }
    fn outcomes(&self) -> &'static str {
        "Effets valorisés"
    }
    fn method(&self) -> &'static str {
        "Méthode"
    }
    fn method_text(&self) -> Vec<&'static str> {
        vec![
            "Valeur de l'année t (à partir de 1)\u{a0}: quantité × valeur par personne et par an × (1 − effet d'aubaine) × (1 − attribution) × (1 − déplacement) × (1 − érosion)^(t−1). Valeur actuelle\u{a0}: somme, sur la durée de l'effet, de la valeur de l'année t divisée par (1 + taux d'actualisation)^t. Rapport\u{a0}: valeur actuelle totale divisée par l'investissement.",
            "Les quantités viennent du rapport de résultats\u{a0}: personnes devenues en situation positive entre les deux vagues du référentiel (gained), les mêmes moins celles qui ne le sont plus (net_gained), ou personnes en situation positive à une vague. Les groupes trop petits pour être montrés ne sont jamais utilisés.",
            "Incertitude\u{a0}: chaque hypothèse donnée par une fourchette est tirée dans la loi triangulaire (bas, central, haut), avec le générateur ChaCha20 et la graine indiquée\u{a0}: la même graine donne les mêmes tirages sur tous les ordinateurs. L'intervalle est l'intervalle des percentiles des rapports simulés.",
            "Sensibilité\u{a0}: chaque hypothèse mise à sa valeur basse puis haute, les autres aux valeurs centrales. La valeur d'équilibre est la valeur de cette hypothèse pour laquelle le rapport vaut exactement 1, quand elle est dans sa fourchette.",
        ]
    }
    fn footer(&self) -> &'static str {
        "Produit par social-impact. Les coûts évités reposent sur les hypothèses écrites ci-dessus\u{a0}; aucun identifiant de personne n'apparaît dans ce document."
    }
    fn col_input(&self) -> &'static str {
        "Hypothèse"
    }
    fn col_low(&self) -> &'static str {
        "Basse"
    }
    fn col_central(&self) -> &'static str {
        "Centrale"
    }
    fn col_high(&self) -> &'static str {
        "Haute"
    }
    fn col_low_ratio(&self) -> &'static str {
        "Rapport (bas)"
    }
    fn col_high_ratio(&self) -> &'static str {
        "Rapport (haut)"
    }
    fn col_break_even(&self) -> &'static str {
        "Valeur d'équilibre"
    }
    fn none_in_range(&self) -> &'static str {
        "hors fourchette"
    }
    fn col_source(&self) -> &'static str {
        "Source"
    }
    fn col_value(&self) -> &'static str {
        "Valeur"
    }
    fn col_quantity(&self) -> &'static str {
        "Personnes"
    }
    fn col_present_value(&self) -> &'static str {
        "Valeur actuelle"
    }
    fn quantity_from(&self, indicator: &str, count: Count, wave: Option<&str>) -> String {
        match count {
            Count::Gained => format!("{indicator}\u{a0}: personnes devenues en situation positive"),
            Count::NetGained => {
                format!("{indicator}\u{a0}: personnes devenues en situation positive, moins celles qui ne le sont plus")
            }
            Count::PositiveAt => format!("{indicator}\u{a0}: personnes en situation positive {}", wave.unwrap_or("")),
        }
    }
    fn col_statistic(&self) -> &'static str {
        "Statistique"
    }
    fn interval_low(&self) -> &'static str {
        "Borne basse de l'intervalle"
    }
    fn median(&self) -> &'static str {
        "Médiane"
    }
    fn interval_high(&self) -> &'static str {
        "Borne haute de l'intervalle"
    }
    fn above_one(&self) -> &'static str {
        "Probabilité que le rapport dépasse 1"
    }
    fn certain(&self) -> &'static str {
        "tenue pour certaine"
    }
    fn illustrative_source(&self) -> &'static str {
        "Hypothèse illustrative"
    }
    fn caption_distribution(&self) -> &'static str {
        "Rapport simulé\u{a0}: intervalle et médiane."
    }
    fn caption_sensitivity(&self) -> &'static str {
        "Rapport avec chaque hypothèse à sa valeur basse et haute, les autres aux valeurs centrales."
    }
    fn caption_assumptions(&self) -> &'static str {
        "Chaque chiffre du modèle, avec sa fourchette et sa source."
    }
    fn caption_outcomes(&self) -> &'static str {
        "Quantité et valeur actuelle de chaque effet aux valeurs centrales."
    }
    fn chart_distribution(&self) -> &'static str {
        "Distribution du rapport social simulé"
    }
    fn chart_tornado(&self) -> &'static str {
        "Diagramme en tornade\u{a0}: rapport avec chaque hypothèse à sa valeur basse et haute"
    }
    fn axis_ratio(&self) -> &'static str {
        "Rapport (dépenses évitées par unité investie)"
    }
    fn legend_interval(&self, level: &str) -> String {
        format!("intervalle à {level}")
    }
    fn legend_one(&self) -> &'static str {
        "rapport de 1"
    }
    fn investment(&self) -> &'static str {
        "Investissement"
    }
    fn discount_rate(&self) -> &'static str {
        "Taux d'actualisation"
    }
    fn field(&self, field: Field) -> &'static str {
        match field {
            Field::Proxy => "valeur par personne et par an",
            Field::Deadweight => "effet d'aubaine",
            Field::Attribution => "attribution",
            Field::Displacement => "déplacement",
            Field::DropOff => "érosion",
        }
    }
    fn duration(&self, years: u32) -> String {
        if years <= 1 {
            format!("{years}\u{a0}an")
        } else {
            format!("{years}\u{a0}ans")
        }
    }
}

fn lang_name(lang: crate::locale::Lang) -> &'static str {
    match lang {
        crate::locale::Lang::Fr => "français",
        crate::locale::Lang::En => "anglais",
    }
}
