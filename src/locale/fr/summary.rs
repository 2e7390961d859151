//! The words of the board summary in French.

use super::Fr;
use crate::locale::summary::SummaryWords;

// In French 0 and 1 take the singular.
fn personnes(count: u64) -> &'static str {
    if count < 2 {
        "personne accompagnée"
    } else {
        "personnes accompagnées"
    }
}

impl SummaryWords for Fr {
    fn kind(&self) -> &'static str {
        "Synthèse pour le conseil d'administration"
    }

    fn served_title(&self) -> &'static str {
        "Les personnes accompagnées"
    }

    fn served(
        &self,
        (people_n, people_k): (&str, u64),
        (orgs, orgs_k): (&str, u64),
        episodes: &str,
        answers: &str,
    ) -> String {
        let structures = if orgs_k < 2 { "structure" } else { "structures" };
        format!(
            "{people_n}\u{a0}{} par {orgs}\u{a0}{structures}\u{a0}: {episodes} accompagnements et {answers} réponses \
             enregistrés.",
            personnes(people_k)
        )
    }

    fn served_caption(&self) -> &'static str {
        "Personnes par structure\u{a0}: à chaque vague, le plus grand nombre de personnes interrogées sur un même \
         indicateur"
    }

    fn answered_at(&self, at_wave: &str) -> String {
        format!("Personnes interrogées {at_wave}")
    }

    fn followed(&self, from_to: &str) -> String {
        format!("Personnes suivies {from_to}")
    }

    fn too_many_to_list(&self, organisations: &str) -> String {
        format!(
            "Les {organisations}\u{a0}structures ne sont pas listées une à une ici\u{a0}: le rapport complet donne les \
             chiffres de chacune."
        )
    }

    fn no_breakdown(&self) -> &'static str {
        "Le rapport ne contient ni tranche d'âge ni sexe\u{a0}: les personnes accompagnées sont données en totaux. \
         Une répartition par âge et par sexe est laissée à une version ultérieure."
    }

    fn results_title(&self) -> &'static str {
        "Résultats clés"
    }

    fn comparison_title(&self) -> &'static str {
        "Les structures comparées"
    }

    fn comparison_intro(&self, at_wave: &str) -> String {
        format!(
            "Une ligne par indicateur\u{a0}: les structures dont le résultat {at_wave} est meilleur ou moins bon que \
             celui du réseau au-delà de ce que le hasard expliquerait (hors des limites à 95\u{202F}% de l'entonnoir). \
             Les autres sont dans les limites."
        )
    }

    fn network_at(&self, at_wave: &str) -> String {
        format!("Réseau {at_wave}")
    }

    fn better(&self) -> &'static str {
        "Mieux que le réseau"
    }

    fn worse(&self) -> &'static str {
        "Moins bien que le réseau"
    }

    fn organisations(&self, n: &str, count: usize) -> String {
        format!("{n}\u{a0}{}", if count < 2 { "structure" } else { "structures" })
    }

    fn all_within(&self) -> &'static str {
        "toutes dans les limites"
    }

    fn no_comparison(&self) -> &'static str {
        "Aucun indicateur n'a pu être comparé\u{a0}: il faut au moins deux structures assez grandes."
    }

    fn caveats_title(&self) -> &'static str {
        "Précautions de lecture"
    }

    fn hidden(&self, (n, count): (&str, usize), fewer: &str) -> String {
        match count {
            0 => "Aucun résultat n'est masqué pour petit effectif.".to_string(),
            1 => format!(
                "1\u{a0}résultat est masqué parce qu'il porte sur {fewer}\u{a0}: trop peu pour protéger l'anonymat et \
                 donner un chiffre fiable."
            ),
            _ => format!(
                "{n}\u{a0}résultats sont masqués parce qu'ils portent sur {fewer}\u{a0}: trop peu pour protéger \
                 l'anonymat et donner un chiffre fiable."
            ),
        }
    }

    fn change_caveat(&self, from_to: &str) -> String {
        format!(
            "L'évolution est mesurée {from_to} pour les seules personnes qui ont répondu aux deux vagues\u{a0}; \
             celles parties tôt ou qui n'ont pas répondu n'y sont pas."
        )
    }

    fn comparison_caveat(&self, at_wave: &str) -> String {
        format!(
            "Les structures sont comparées {at_wave}. Elles n'accompagnent pas les mêmes personnes\u{a0}: un écart au \
             réseau est une question à poser, pas un classement."
        )
    }

    fn quality(&self, (r, rk): (&str, u64), (m, mk): (&str, u64), (w, wk): (&str, u64)) -> String {
        let s = |k: u64| if k < 2 { "" } else { "s" };
        format!(
            "Qualité des données\u{a0}: {r}\u{a0}enregistrement{} écarté{} comme invalide{}, {m}\u{a0}réponse{} \
             manquante{} et {w}\u{a0}avertissement{} à la lecture.",
            s(rk),
            s(rk),
            s(rk),
            s(mk),
            s(mk),
            s(wk)
        )
    }

    fn ranges(&self, level: &str) -> String {
        format!(
            "Les fourchettes sont des intervalles de confiance à {level}\u{a0}: le vrai chiffre s'y trouve très \
             probablement."
        )
    }

    fn full_report(&self) -> &'static str {
        "Le rapport complet donne chaque indicateur avec ses graphiques, la qualité des données et les méthodes."
    }
}
