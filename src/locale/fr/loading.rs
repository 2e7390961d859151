//! Loading sets and their definition files, in French.

use super::{quoted, Fr};
use crate::catalogue::check::Problem;
use crate::catalogue::{EntryProblem, FileRefusal, PathRefusal};
use crate::locale::check::CheckWords;
use crate::locale::loading::{place, LoadingWords};
use crate::locale::numbers::int;
use crate::locale::Lang;

impl LoadingWords for Fr {
    fn entry_problem(&self, problem: &EntryProblem) -> String {
        use EntryProblem as P;
        match problem {
            P::NotAnEntry { found } => format!(
                "l'entrée {found} n'est ni un identifiant d'indicateur (un texte, ex. \"excl.housing.stable\"), ni un fichier de définition ({{\"file\": \"definitions/logement.json\"}}), ni une définition écrite dans le référentiel (un objet)"
            ),
            P::PathRefused { file, reason } => {
                let why = match reason {
                    PathRefusal::Empty => {
                        "il est vide\u{a0}: donnez le chemin du fichier de définition, relatif au dossier du référentiel".to_string()
                    }
                    PathRefusal::Absolute => "c'est un chemin absolu\u{a0}: écrivez-le relatif au dossier du référentiel (ex. definitions/logement.json), pour que le référentiel se déplace avec son dossier".to_string(),
                    PathRefusal::Backslash => format!(
                        "il contient {}\u{a0}: séparez les dossiers par {}, sur tous les systèmes",
                        quoted("\\"),
                        quoted("/")
                    ),
                    PathRefusal::Parent => format!(
                        "il contient {}\u{a0}: le fichier doit être dans le dossier du référentiel ou en dessous\u{a0}; des définitions rangées ailleurs se donnent par leur dossier (--definitions)",
                        quoted("..")
                    ),
                    PathRefusal::OutsideFolder => {
                        "un lien symbolique y mène hors du dossier du référentiel\u{a0}: placez le fichier dans ce dossier".to_string()
                    }
                };
                format!("le chemin {} n'est pas suivi\u{a0}: {why}", quoted(file))
            }
            P::FileMissing { path } => format!(
                "aucun fichier {}\u{a0}: vérifiez le chemin, relatif au dossier du référentiel",
                path.display()
            ),
            P::FileRefused { path, reason } => match reason {
                FileRefusal::NotRegular => format!(
                    "{} n'est pas un fichier ordinaire\u{a0}: seuls les fichiers ordinaires sont lus",
                    path.display()
                ),
                FileRefusal::TooLarge { bytes, limit } => format!(
                    "{}\u{a0}: les fichiers de définition de ce référentiel font ensemble {}\u{a0}octets, au-delà de la limite de {}\u{a0}octets",
                    path.display(),
                    int(*bytes, Lang::Fr),
                    int(*limit, Lang::Fr)
                ),
                FileRefusal::Unreadable { reason } => {
                    format!("{}\u{a0}: lecture impossible\u{a0}: {reason}", path.display())
                }
            },
            P::NotADefinition { path } => format!(
                "{} ne contient pas de définition d'indicateur (c'est un référentiel, un schéma ou un modèle de coûts évités)\u{a0}: nommez un fichier qui définit un indicateur (avec son champ measure)",
                path.display()
            ),
            P::FileNotRead { file } => format!(
                "le fichier de définition {} n'a pas été lu\u{a0}: ouvrez le référentiel par le chemin de son fichier pour que ses fichiers de définition soient lus",
                quoted(file)
            ),
        }
    }

    fn at_entry(&self, pointer: &str, problem: &EntryProblem) -> String {
        format!("{pointer}\u{a0}: {}", self.entry_problem(problem))
    }

    fn problems(&self, problems: &[Problem]) -> String {
        let n = problems.len();
        let mut out = if n <= 1 {
            format!("{n}\u{a0}problème empêche de charger les définitions\u{a0}:")
        } else {
            format!("{n}\u{a0}problèmes empêchent de charger les définitions\u{a0}:")
        };
        for p in problems {
            let message = CheckWords::problem(self, p.kind(), p.pointer());
            out.push('\n');
            if p.pointer().is_empty() {
                out.push_str(&format!("{}\u{a0}: {message}", place(p)));
            } else {
                out.push_str(&format!("{}\u{a0}: {}\u{a0}: {message}", place(p), p.pointer()));
            }
        }
        out
    }
}
