//! Les mots de `impact` en français : espace insécable avant `:` `;` `?`
//! `!`, virgule décimale, pluriel à partir de deux.

use super::{CliWords, ReportFacts, SampleFacts, ShowLabels};
use social_impact::catalogue::Aggregation;
use social_impact::locale::numbers::int;
use social_impact::progress::FileRole;
use social_impact::report::render::format_number;
use social_impact::Lang;

/// French.
pub struct Fr;

/// `n` and its noun, singular below two as French has it.
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n < 2 { one } else { many })
}

impl CliWords for Fr {
    fn sets_header(&self) -> [&'static str; 4] {
        ["ensemble", "version", "indicateurs", "titre"]
    }
    fn indicators_header(&self) -> [&'static str; 5] {
        ["indicateur", "dimension", "mesure", "vagues", "libellé"]
    }
    fn colon(&self) -> &'static str {
        "\u{a0}:"
    }
    fn show_labels(&self) -> ShowLabels {
        ShowLabels {
            definition: "Définition",
            question: "Question",
            why: "Pourquoi",
            measure: "Mesure",
            direction: "Sens",
            waves: "Vagues",
            respondent: "Répondant",
            ages: "Âges",
        }
    }
    fn positive_threshold(&self, threshold: &str) -> String {
        format!(", seuil positif {threshold}")
    }
    fn continuous(&self, unit: &str, min: &str, max: &str) -> String {
        format!("  unité {unit}, min {min}, max {max}")
    }
    fn reversed(&self) -> &'static str {
        " (inversé)"
    }
    fn aggregation(&self, aggregation: Aggregation) -> &'static str {
        match aggregation {
            Aggregation::Mean => "moyenne des items",
            Aggregation::Sum => "somme des items",
        }
    }
    fn composite(&self, aggregation: &str, min_answered: usize, items: &str) -> String {
        format!(
            "Composite ({aggregation}, au moins {})\u{a0}: {items}",
            count(min_answered as u64, "réponse", "réponses")
        )
    }
    fn reference(&self, kind: &str, code: &str) -> String {
        format!("Référence\u{a0}: {kind} {code}")
    }
    fn unknown_indicator(&self, id: &str, suggestion: Option<&str>, some_known: &str, others: usize) -> String {
        let hint = suggestion.map(|s| format!(" (vouliez-vous dire «\u{a0}{s}\u{a0}»\u{a0}?)")).unwrap_or_default();
        let rest = if others == 0 {
            String::new()
        } else {
            format!(" et {} (`impact indicators` les liste tous)", count(others as u64, "autre", "autres"))
        };
        format!("indicateur inconnu «\u{a0}{id}\u{a0}»{hint}. Indicateurs connus\u{a0}: {some_known}{rest}")
    }
    fn csv_output_only(&self) -> &'static str {
        "la sortie est écrite en CSV\u{a0}: donnez un nom de fichier en .csv"
    }
    fn cannot_create(&self, dir: &str, error: &str) -> String {
        format!("impossible de créer {dir}\u{a0}: {error}")
    }
    fn cannot_write_sample(&self, dir: &str, error: &str) -> String {
        format!("impossible d'écrire les données d'exemple dans {dir}\u{a0}: {error}")
    }
    fn demo_sample(&self, people: u64, observations: u64, organisations: u64) -> String {
        format!(
            "  données d'exemple (fictives)\u{a0}: {}, {}, {}",
            count(people, "personne", "personnes"),
            count(observations, "observation", "observations"),
            count(organisations, "structure", "structures")
        )
    }
    fn report_written(&self, f: &ReportFacts<'_>) -> String {
        let n = |n: u64| int(n, Lang::Fr);
        let plural = |n: u64, one: &'static str, many: &'static str| if n <= 1 { one } else { many };
        format!(
            "écrit\u{a0}: {} — {} {}, {} {}, {} {}, {} {}",
            f.path,
            n(f.people),
            plural(f.people, "personne", "personnes"),
            n(f.indicators),
            plural(f.indicators, "indicateur", "indicateurs"),
            n(f.rejected),
            plural(f.rejected, "ligne écartée", "lignes écartées"),
            n(f.warnings),
            plural(f.warnings, "avertissement", "avertissements"),
        )
    }
    fn wrote(&self, path: &str) -> String {
        format!("écrit\u{a0}: {path}")
    }
    fn wrote_rows(&self, path: &str, rows: u64) -> String {
        format!("écrit\u{a0}: {path} ({})", count(rows, "ligne", "lignes"))
    }
    fn demo_closing(&self) -> &'static str {
        "Ouvrez report.html dans un navigateur. Les chiffres viennent de données fictives\u{a0}: ils illustrent l'outil, pas une association réelle."
    }
    fn sample_summary(&self, f: &SampleFacts<'_>) -> String {
        format!(
            "échantillon synthétique de l'ensemble {} {}\u{a0}: {}, {} ({} encore en accompagnement, {} perdues de vue avant la sortie), \
             {} ({} par personne\u{a0}; {}, {}), graine {}, au {}",
            f.set,
            f.version,
            count(f.organisations, "structure", "structures"),
            count(f.people, "personne", "personnes"),
            f.in_support,
            f.lost,
            count(f.observations, "observation", "observations"),
            format_number(f.per_person, 1, Lang::Fr),
            count(f.missing, "réponse manquante", "réponses manquantes"),
            count(f.duplicates, "doublon", "doublons"),
            f.seed,
            f.as_of
        )
    }
    fn sample_organisations(&self, sizes: &str) -> String {
        format!("structures\u{a0}: {sizes}")
    }
    fn reading(&self, file: FileRole) -> &'static str {
        match file {
            FileRole::Enrolments => "lecture des inscriptions\u{a0}: lignes",
            FileRole::Observations => "lecture des observations\u{a0}: lignes",
        }
    }
    fn analysing(&self) -> &'static str {
        "analyse des indicateurs"
    }
    fn data_have_errors(&self) -> &'static str {
        "les données contiennent des erreurs\u{a0}: aucun rapport n'a été écrit (voir `impact validate`)"
    }
    fn sroi_not_in_json(&self) -> &'static str {
        "--sroi ajoute une section au rapport HTML ou Markdown (--format html ou md)\u{a0}; le rapport JSON reste impact-report/1\u{a0}: \
         écrivez-le, puis `impact sroi --model MODÈLE --report report.json` pour le résultat SROI en JSON (impact-sroi/1). Rien n'a été écrit"
    }
    fn summary_not_in_json(&self) -> &'static str {
        "--summary écrit la synthèse pour le conseil d'administration en HTML ou en Markdown (--format html ou md)\u{a0}; \
         le rapport JSON contient déjà tous les chiffres. Rien n'a été écrit"
    }
    fn exists_use_force(&self, refusal: &str) -> String {
        format!("{refusal}\u{a0}; ajoutez --force pour le remplacer, ou choisissez un autre nom")
    }
    fn excel_fr_is_csv(&self) -> &'static str {
        "--excel-fr écrit un modèle CSV\u{a0}: utilisez-le avec --format csv-template (ou sans --format)"
    }
    fn key_written(&self, path: &str) -> String {
        format!(
            "clé de pseudonymisation écrite\u{a0}: {path} (lisible par vous seul). Gardez-la secrète et \
             sauvegardez-la\u{a0}: sans elle, les mêmes pseudonymes ne peuvent plus être refaits, et toute personne \
             qui l'a peut les refaire."
        )
    }
}
