use super::Fr;
use crate::catalogue::{Respondent, Wave};
use crate::data::MissingReason;
use crate::locale::form::FormWords;

/// A number with a decimal comma (`7,5`), whole numbers without decimals.
fn decimal(x: f64) -> String {
    x.to_string().replace('.', ",")
}

impl FormWords for Fr {
    fn language_name(&self) -> &'static str {
        "Français"
    }
    fn form_title(&self, set_title: &str, wave: Wave) -> String {
        format!("{set_title} — {}", self.wave_name(wave))
    }
    fn wave_name(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "entrée",
            Wave::FollowUp => "suivi",
            Wave::Exit => "sortie",
            Wave::PostExit => "après la sortie",
        }
    }
    fn ids_group(&self) -> &'static str {
        "Identification"
    }
    fn instructions(&self) -> &'static str {
        "Posez chaque question telle qu'elle est écrite. Si la personne ne répond pas, laissez la réponse vide \
         et choisissez le motif juste en dessous\u{a0}: ne devinez jamais une réponse."
    }
    fn organisation_label(&self) -> &'static str {
        "Code de la structure"
    }
    fn organisation_hint(&self) -> &'static str {
        "Le code de votre structure dans le réseau, par exemple ASSO-A."
    }
    fn organisation_constraint(&self) -> &'static str {
        "Lettres sans accent, chiffres, «\u{a0}-\u{a0}», «\u{a0}_\u{a0}» ou «\u{a0}.\u{a0}», 64 caractères au plus, en commençant par une lettre ou un chiffre."
    }
    fn beneficiary_label(&self) -> &'static str {
        "Identifiant de la personne accompagnée"
    }
    fn beneficiary_hint(&self) -> &'static str {
        "L'identifiant que votre structure utilise (jamais le nom). Il est pseudonymisé à l'import."
    }
    fn date_label(&self) -> &'static str {
        "Date de l'entretien"
    }
    fn date_constraint(&self) -> &'static str {
        "La date de l'entretien ne peut pas être dans le futur."
    }
    fn age_label(&self) -> &'static str {
        "Âge de la personne (en années révolues)"
    }
    fn age_hint(&self) -> &'static str {
        "Sert seulement à afficher les questions qui concernent cet âge."
    }
    fn age_constraint(&self, max: u32) -> String {
        format!("Un nombre entier de 0 à {max}.")
    }
    fn yes(&self) -> &'static str {
        "Oui"
    }
    fn no(&self) -> &'static str {
        "Non"
    }
    fn respondent_hint(&self, respondent: Respondent) -> &'static str {
        match respondent {
            Respondent::Beneficiary => "À demander à la personne.",
            Respondent::Professional => "Appréciation du professionnel qui accompagne la personne.",
            Respondent::Administrative => "D'après le dossier de la personne.",
        }
    }
    fn ages_hint(&self, min: Option<u32>, max: Option<u32>) -> String {
        match (min, max) {
            (Some(lo), Some(hi)) => format!("Pour les personnes de {lo} à {hi}\u{a0}ans."),
            (Some(lo), None) => format!("Pour les personnes de {lo}\u{a0}ans et plus."),
            (None, Some(hi)) => format!("Pour les personnes de {hi}\u{a0}ans au plus."),
            (None, None) => String::new(),
        }
    }
    fn whole_number_range(&self, min: i64, max: Option<i64>) -> String {
        match max {
            Some(hi) => format!("Un nombre entier de {min} à {hi}."),
            None => format!("Un nombre entier, {min} ou plus."),
        }
    }
    fn quantity_range(&self, unit: &str, min: Option<f64>, max: Option<f64>) -> String {
        match (min, max) {
            (Some(lo), Some(hi)) => format!("Un nombre de {} à {} (en {unit}).", decimal(lo), decimal(hi)),
            (Some(lo), None) => format!("Un nombre, {} ou plus (en {unit}).", decimal(lo)),
            (None, Some(hi)) => format!("Un nombre, {} au plus (en {unit}).", decimal(hi)),
            (None, None) => format!("Un nombre (en {unit})."),
        }
    }
    fn scale_point(&self, point: &str, label: &str) -> String {
        format!("{point} = {label}")
    }
    fn scale_point_separator(&self) -> &'static str {
        "\u{a0}; "
    }
    fn missing_label(&self, indicator_label: &str) -> String {
        format!("Pas de réponse à «\u{a0}{indicator_label}\u{a0}»\u{a0}: pourquoi\u{a0}?")
    }
    fn missing_hint(&self) -> &'static str {
        "Seulement si la question est restée sans réponse."
    }
    fn missing_reason(&self, reason: MissingReason) -> &'static str {
        match reason {
            MissingReason::Refused => "La personne n'a pas voulu répondre",
            MissingReason::NotApplicable => "La question ne s'applique pas à sa situation",
            MissingReason::Unknown => "Réponse inconnue (ne sait pas, information absente)",
        }
    }
    fn scale_hint(&self, items: usize) -> String {
        format!("Échelle en {items}\u{a0}questions, posées une à une. Le score est calculé à l'import.")
    }

    fn paper_kind(&self) -> &'static str {
        "Questionnaire d'entretien"
    }
    fn paper_wave(&self) -> &'static str {
        "Vague de collecte"
    }
    fn paper_version(&self) -> &'static str {
        "Version du référentiel"
    }
    fn paper_form_id(&self) -> &'static str {
        "Formulaire"
    }
    fn paper_instructions_title(&self) -> &'static str {
        "Consignes pour la personne qui mène l'entretien"
    }
    fn paper_instructions(&self) -> &'static [&'static str] {
        &[
            "Remplissez l'identification avant l'entretien. N'écrivez jamais le nom de la personne\u{a0}: seulement \
             l'identifiant que votre structure utilise.",
            "Lisez chaque question telle qu'elle est écrite. Cochez une seule case, ou écrivez un nombre dans le cadre.",
            "Si la personne ne répond pas, ne devinez pas\u{a0}: laissez la réponse vide et cochez le motif (refus, \
             ne s'applique pas, inconnu).",
            "Une question réservée à certains âges ne se pose pas en dehors de ces âges\u{a0}: cochez «\u{a0}ne s'applique pas\u{a0}».",
        ]
    }
    fn paper_tick_one(&self) -> &'static str {
        "Cochez une case"
    }
    fn paper_write_number(&self) -> &'static str {
        "Écrivez le nombre"
    }
    fn paper_no_answer(&self) -> &'static str {
        "Pas de réponse\u{a0}:"
    }
    fn paper_footer(&self, form_id: &str) -> String {
        format!("Formulaire {form_id}. Les réponses se saisissent dans le formulaire en ligne du même identifiant.")
    }

    fn list_title(&self, set_id: &str, version: &str) -> String {
        format!("Formulaires du référentiel {set_id} (version {version})")
    }
    fn list_columns(&self) -> [&'static str; 4] {
        ["vague", "identifiant du formulaire", "questions", "titre"]
    }

    fn export_lacks(&self, wave: Wave, form_version: &str, set_version: &str, missing: &[String]) -> String {
        let version = if form_version.is_empty() {
            String::new()
        } else {
            format!(" (version {form_version} du formulaire, {set_version} du référentiel)")
        };
        let n = missing.len();
        let questions = if n == 1 { "la question" } else { "les questions" };
        format!(
            "export d'un formulaire ({}){version} lu quand même, mais il ne pose pas {questions} {}\u{a0}: \
             ces réponses ne sont pas recueillies",
            self.wave_name(wave),
            missing.join(", ")
        )
    }
    fn export_lacks_advice(&self) -> &'static str {
        "publiez la version actuelle du formulaire (impact form) pour les prochains entretiens"
    }
}
