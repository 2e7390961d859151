use super::Fr;
use crate::locale::network::NetworkWords;

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
}
