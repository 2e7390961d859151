//! Les erreurs qui arrêtent une commande, en français.

use super::Fr;
use crate::locale::errors::ErrorWords;
use std::io::ErrorKind;
use std::path::Path;

impl ErrorWords for Fr {
    fn io_reason(&self, error: &std::io::Error) -> String {
        match error.kind() {
            ErrorKind::NotFound => "fichier introuvable".into(),
            ErrorKind::PermissionDenied => "accès refusé".into(),
            ErrorKind::AlreadyExists => "le fichier existe déjà".into(),
            ErrorKind::IsADirectory => "c'est un dossier, pas un fichier".into(),
            ErrorKind::NotADirectory => "une partie du chemin n'est pas un dossier".into(),
            ErrorKind::StorageFull => "le disque est plein".into(),
            ErrorKind::ReadOnlyFilesystem => "le disque est en lecture seule".into(),
            ErrorKind::UnexpectedEof => "le fichier s'arrête trop tôt".into(),
            ErrorKind::InvalidData => "le contenu est illisible".into(),
            _ => format!("erreur du système ({error})"),
        }
    }
    fn file(&self, path: &Path, reason: &str) -> String {
        format!("{}\u{a0}: {reason}", path.display())
    }
    fn key_unreadable(&self, path: &Path, reason: &str) -> String {
        format!("impossible de lire le fichier de clé de pseudonymisation {}\u{a0}: {reason}", path.display())
    }
    fn key_empty(&self, path: &Path) -> String {
        format!(
            "le fichier de clé de pseudonymisation {} est vide\u{a0}: créez une clé avec `impact key new --output {}` ou mettez-y un long secret aléatoire (au moins 16 octets)",
            path.display(),
            path.display()
        )
    }
    fn key_too_large(&self, path: &Path, limit: u64) -> String {
        format!(
            "le fichier de clé de pseudonymisation {} contient plus de {limit} octets\u{a0}: une clé est un secret court (32 octets aléatoires suffisent)",
            path.display()
        )
    }
    fn key_not_regular(&self, path: &Path) -> String {
        format!(
            "la clé de pseudonymisation {} n'est pas un fichier ordinaire\u{a0}: donnez le chemin d'un fichier qui contient la clé",
            path.display()
        )
    }
    fn key_too_short(&self, path: &Path, len: usize, min: usize) -> String {
        let bytes = if len <= 1 { "octet" } else { "octets" };
        format!(
            "la clé de pseudonymisation de {} est trop courte ({len} {bytes})\u{a0}: il faut au moins {min} octets aléatoires",
            path.display()
        )
    }
    fn confidence(&self, value: f64) -> String {
        let value = value.to_string().replace('.', ",");
        format!("niveau de confiance {value}\u{a0}: il faut un nombre strictement entre 0 et 1, par exemple 0,95")
    }
    fn min_cell(&self) -> String {
        "taille minimale de groupe 0\u{a0}: il faut 1 ou plus (11 par défaut\u{a0}; en dessous de 11, seulement pour un usage interne)".into()
    }
    fn dataset_mismatch(&self, set: &str) -> String {
        format!("les données ont été préparées pour d'autres indicateurs que ceux du référentiel {set}")
    }
    fn sample_spec(&self, message: &str) -> String {
        format!("impossible de produire cet exemple\u{a0}: {message}")
    }
    fn data_invalid(&self, errors: u64) -> String {
        let noun = if errors <= 1 { "erreur" } else { "erreurs" };
        format!("les données ont {errors} {noun}\u{a0}: aucun rapport n'a été calculé")
    }
}
