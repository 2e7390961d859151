use super::Fr;
use crate::fsio::FileKind;
use crate::ingest::WorkbookContainer;
use crate::locale::hardening::HardeningWords;
use std::path::Path;

/// `n` with its French plural: `1 cellule`, `2 cellules`.
fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n}\u{a0}{}", if n < 2 { one } else { many })
}

impl HardeningWords for Fr {
    fn file_kind(&self, kind: FileKind) -> &'static str {
        match kind {
            FileKind::Regular => "un fichier",
            FileKind::Folder => "un dossier",
            FileKind::Symlink => "un lien symbolique",
            FileKind::Fifo => "un tube nommé (FIFO)",
            FileKind::Device => "un périphérique",
            FileKind::Socket => "une socket",
            FileKind::Other => "un fichier spécial",
        }
    }
    fn output_is_protected(&self, path: &Path, protected: &Path) -> String {
        format!(
            "{} n'a pas été écrit : c'est le même fichier que {}, une entrée ou la clé, qui ne sont jamais remplacées ; choisissez un autre nom de sortie",
            path.display(),
            protected.display()
        )
    }
    fn output_not_regular(&self, path: &Path, kind: FileKind) -> String {
        format!(
            "{} n'a pas été écrit : c'est {}, qui n'est jamais remplacé ; choisissez un chemin de fichier ordinaire",
            path.display(),
            self.file_kind(kind)
        )
    }
    fn output_exists(&self, path: &Path) -> String {
        format!("{} existe déjà : il n'a pas été remplacé, le remplacement n'étant pas permis", path.display())
    }
    fn cannot_write(&self, path: &Path, reason: &str) -> String {
        format!("impossible d'écrire {}\u{a0}: {reason}", path.display())
    }
    fn input_not_regular(&self, kind: FileKind) -> String {
        format!("c'est {}, pas un fichier ordinaire : seuls les fichiers ordinaires sont lus", self.file_kind(kind))
    }
    fn input_too_large(&self, size: u64, limit: u64) -> String {
        format!("le fichier fait au moins {size}\u{a0}octets, au-delà de la limite de {limit}\u{a0}octets")
    }
    fn raise_limit(&self, option: &str, limit: u64) -> String {
        format!("au plus {limit} (limite réglable par {option})")
    }
    fn unbounded_workbook(&self, container: WorkbookContainer) -> String {
        let what = match container {
            WorkbookContainer::Compound => "un classeur Excel 97-2003 (.xls), ou un classeur protégé par mot de passe",
            _ => "un classeur ni .xlsx ni .ods (un .xlsb binaire\u{a0}?)",
        };
        format!("c'est {what}\u{a0}: ce format n'est pas lu, car sa lecture ne peut pas être tenue dans les limites de mémoire\u{a0}; dans Excel ou LibreOffice, enregistrez-le en «\u{a0}Classeur Excel (.xlsx)\u{a0}» sans mot de passe, ou en CSV UTF-8")
    }
    fn sheet_too_large(&self, sheet: &str, cells: u64, limit: u64) -> String {
        format!(
            "la feuille « {sheet} » déclare {}, au-delà de la limite de {limit}\u{a0}: supprimez les lignes et colonnes vides en fin de feuille, ou exportez-la en CSV",
            plural(cells, "cellule", "cellules")
        )
    }
    fn workbook_part_too_large(&self, part: &str, size: u64, limit: u64) -> String {
        format!(
            "la partie « {part} » du classeur fait {size}\u{a0}octets une fois décompressée, au-delà de la limite de {limit}\u{a0}octets"
        )
    }
    fn cell_too_long(&self, column: usize, limit: usize) -> String {
        format!(
            "la cellule de la colonne n°\u{a0}{column} contient plus de {limit}\u{a0}caractères, au-delà de la limite (celle d'Excel)"
        )
    }
    fn unreadable_cell(&self) -> String {
        "une cellule de cette ligne est illisible (valeur d'erreur inconnue ou contenu endommagé) : le classeur est endommagé".to_string()
    }
    fn workbook_reader_failed(&self) -> String {
        "le lecteur de classeurs a échoué sur ce fichier (classeur endommagé ?) : enregistrez-le de nouveau depuis Excel ou LibreOffice, ou exportez-le en CSV".to_string()
    }
    fn error_cell(&self) -> String {
        "la cellule contient une erreur de formule".to_string()
    }
    fn date_1904(&self) -> String {
        "le classeur utilise le calendrier de 1904 (Excel pour Mac) : les dates ont été lues dans ce calendrier"
            .to_string()
    }
    fn too_many_columns(&self, count: usize, limit: usize) -> String {
        format!("l'en-tête a {count}\u{a0}colonnes, au-delà de la limite de {limit}")
    }
    fn too_many_keys(&self, limit: usize) -> String {
        format!("l'enregistrement a plus de {limit}\u{a0}clés, au-delà de la limite")
    }
    fn record_too_long(&self, limit: u64) -> String {
        format!("l'enregistrement fait plus de {limit}\u{a0}octets, au-delà de la limite")
    }
    fn more_unknown_columns(&self, more: usize) -> String {
        format!("et {} de plus, ignorées aussi", plural(more as u64, "colonne inconnue", "colonnes inconnues"))
    }
    fn utf8_after_cp1252(&self) -> String {
        "le début du fichier a été lu en Windows-1252 (Latin-1), mais la suite contient de l'UTF-8 : les accents de ces lignes sont faux ; enregistrez tout le fichier en « CSV UTF-8 »".to_string()
    }
    fn ambiguous_id_columns(&self, candidates: &[String]) -> String {
        let list: Vec<String> = candidates.iter().map(|c| format!("« {c} »")).collect();
        format!(
            "impossible de savoir avec certitude quelle colonne contient l'identifiant : {} pourraient en contenir un ; rien n'a été écrit",
            list.join(", ")
        )
    }
    fn ambiguous_id_accepted(&self) -> String {
        "une seule colonne d'identifiant (beneficiary ou un de ses équivalents) : supprimez ou renommez les autres"
            .to_string()
    }
    fn id_not_scalar(&self) -> String {
        "l'identifiant n'est ni un texte ni un nombre".to_string()
    }
    fn formulas_neutralised(&self, cells: u64) -> String {
        format!(
            "{} commençant par =, +, -, @, une tabulation ou un retour chariot {} précédée(s) d'une apostrophe, comme le conseille l'OWASP contre l'injection de formules dans les tableurs",
            plural(cells, "cellule", "cellules"),
            if cells < 2 { "a été" } else { "ont été" }
        )
    }
}
