use super::Fr;
use crate::locale::network::{MemberFacts, MemberReading, NetworkWords};

fn personnes(n: u64, text: &str) -> String {
    if n <= 1 {
        format!("{text}\u{a0}personne")
    } else {
        format!("{text}\u{a0}personnes")
    }
}

impl NetworkWords for Fr {
    fn refused(&self, file: &str, why: &str) -> String {
        format!("{file} refusé\u{a0}: {why}. Rien n'a été écrit.")
    }
    fn data_errors(&self) -> String {
        "les données contiennent des erreurs\u{a0}: aucun agrégat n'a été écrit (voir `impact validate`)".to_string()
    }
    fn no_aggregate(&self, place: &str) -> String {
        format!("aucun fichier d'agrégat (.json) dans {place}")
    }
    fn not_a_member(&self, organisation: &str) -> String {
        format!("la structure {organisation} ne figure dans aucun agrégat")
    }
    fn member_label(&self, i: usize) -> String {
        format!("Membre {i:04}")
    }
    fn network_counts(&self, min_cell: u32) -> String {
        let personnes = if min_cell <= 1 { "personne" } else { "personnes" };
        format!(
            "L'ensemble du réseau (*) compte, pour chaque chiffre, les personnes des seules structures dont le \
             groupe est affiché pour ce même chiffre (au moins {min_cell}\u{a0}{personnes})\u{a0}: situation à chaque \
             temps, évolution, délai jusqu'au résultat et fiabilité des échelles ont chacun leur réseau. Ce qui est \
             masqué n'est compté nulle part\u{a0}: on ne peut pas le retrouver en retranchant les structures \
             affichées du réseau."
        )
    }
    fn fisher_z(&self) -> String {
        "Réseau fusionné à partir d'agrégats\u{a0}: le lien entre durée d'accompagnement et évolution du réseau \
         combine les coefficients de Spearman des structures sur l'échelle z de Fisher (poids n-3)\u{a0}; \
         rassembler les durées de toutes les structures mêlerait les effets des structures et de la durée."
            .to_string()
    }
    fn flagged_only(&self, listed: &str, total: &str) -> String {
        format!("(structures hors des limites à 95\u{202f}% seulement\u{a0}: {listed} sur {total})")
    }
    fn not_listed(&self, not_listed: (u64, &str), total: &str, threshold: usize, member: Option<&str>) -> String {
        let member = member.map(|m| format!(" et {m}")).unwrap_or_default();
        let (n, count) = not_listed;
        let verb = if n <= 1 { "n'est pas listée" } else { "ne sont pas listées" };
        format!(
            "{count} des {total}\u{a0}structures {verb} ici\u{a0}: au-delà de {threshold}\u{a0}structures, \
             les tableaux ne nomment que le réseau, les structures hors des limites à 95\u{202f}% de l'entonnoir{member}, \
             et les graphiques autres que les entonnoirs ne montrent que le réseau{member}. Chaque structure reste un \
             point des graphiques en entonnoir et figure dans le rapport JSON."
        )
    }
    fn organisations(&self, n: u64, text: &str) -> String {
        if n <= 1 {
            format!("{text}\u{a0}structure")
        } else {
            format!("{text}\u{a0}structures")
        }
    }
    fn funnel_counts(&self, outside: (u64, &str), above: &str, below: &str, total: &str) -> String {
        let (n, text) = outside;
        let verb = if n <= 1 { "est" } else { "sont" };
        format!(
            "Sur {total}\u{a0}structures, {text} {verb} hors des limites à 95\u{202f}% ({above} au-dessus, {below} en \
             dessous\u{a0}; le tableau les nomme)\u{a0}; les autres sont dans les limites\u{a0}: leurs écarts au réseau \
             peuvent s'expliquer par le hasard."
        )
    }
    fn censoring_dates_differ(&self, earlier: usize, earliest: Option<&str>, latest: &str) -> String {
        let what = if earlier <= 1 { "agrégat a été arrêté" } else { "agrégats ont été arrêtés" };
        let first = earliest.map_or(" (sans date)".to_string(), |d| format!(", le plus ancien au {d}"));
        format!(
            "{earlier}\u{a0}{what} avant le {latest}{first}. La date d'arrêt du rapport est le {latest}\u{a0}; le \
             délai jusqu'au résultat de leurs structures s'arrête à leur propre date."
        )
    }
    fn points(&self, signed: &str, whole: u64) -> String {
        if whole <= 1 {
            format!("{signed}\u{a0}point")
        } else {
            format!("{signed}\u{a0}points")
        }
    }
    fn you_title(&self) -> &'static str {
        "Vous face au réseau"
    }
    fn you_intro(&self, member: &str) -> String {
        format!(
            "Où se situe {member} sur chaque indicateur face à l'ensemble du réseau, au temps où les structures \
             sont comparées, avec la lecture du graphique en entonnoir\u{a0}: un écart dans les limites à 95\u{202f}% \
             peut s'expliquer par le hasard. Les résultats clés d'abord\u{a0}; les autres membres sont désignés par \
             des libellés anonymes."
        )
    }
    fn member_line(&self, f: &MemberFacts<'_>) -> String {
        let MemberFacts { label, member, value, n, at_wave, network, gap, reading } = *f;
        let mut out = format!("{label}\u{a0}: {member} {value} {at_wave} ({})", personnes(n.0, n.1));
        if let Some((v, k, text)) = network {
            out.push_str(&format!(", contre {v} pour le réseau ({})", personnes(k, text)));
        }
        if let Some(gap) = gap {
            out.push_str(&format!(", soit un écart de {gap}"));
        }
        let reading = match reading {
            MemberReading::Within => {
                "dans les limites à 95\u{202f}%\u{a0}: l'écart peut s'expliquer par le hasard".to_string()
            }
            MemberReading::NotCompared => "pas de comparaison entre structures sur cet indicateur".to_string(),
            MemberReading::Outside { outside, better, lower_is_better } => {
                let side = if outside.above { "au-dessus de" } else { "en dessous de" };
                let way = if outside.above { "plus élevé" } else { "plus bas" };
                let which = if better { "mieux" } else { "moins bien" };
                let note = if lower_is_better { " (pour cet indicateur, plus c'est bas, mieux c'est)" } else { "" };
                if outside.strong {
                    format!(
                        "{side} la limite à 99,8\u{202f}%\u{a0}: nettement {way} que le réseau, c'est-à-dire \
                         {which}{note}"
                    )
                } else {
                    format!(
                        "{side} la limite à 95\u{202f}%\u{a0}: {way} que le réseau au-delà de ce que le hasard \
                         expliquerait, c'est-à-dire {which}{note}"
                    )
                }
            }
        };
        format!("{out}\u{a0}; {reading}.")
    }
    fn member_hidden(&self, label: &str, member: &str, at_wave: &str, fewer: &str) -> String {
        format!("{label}\u{a0}: masqué pour {member} {at_wave} ({fewer})\u{a0}: aucun chiffre n'est donné.")
    }
    fn member_no_answer(&self, label: &str, member: &str, at_wave: &str) -> String {
        format!("{label}\u{a0}: aucune réponse de {member} {at_wave}.")
    }
}
