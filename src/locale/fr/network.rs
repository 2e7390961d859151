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
}
