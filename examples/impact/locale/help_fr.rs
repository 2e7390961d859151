//! `--help` and refused command lines in French: one line per command,
//! argument and described value, then the sentences of refusals.

use super::{FlagReason, HelpHeadings, HelpWords, ParseFailure, ParseFailureKind};

/// French.
pub struct Fr;

/// A no-break space, as French typography wants before `:`, `;`, `?`, `!`
/// and inside quotes.
const NB: &str = "\u{a0}";

fn about(path: &str) -> Option<&'static str> {
    Some(match path {
        "" => "Mesurer l'impact social des associations\u{a0}: référentiels d'indicateurs partagés, outils de collecte, calcul des scores, statistiques exactes et rapports lisibles.",
        "demo" => "Le travail principal sur des données d'exemple intégrées\u{a0}: les rapports des deux référentiels fournis, dans impact-demo/",
        "sets" => "Lister les référentiels fournis",
        "indicators" => "Lister ou montrer les indicateurs",
        "indicators show" => "Montrer la définition complète d'un indicateur",
        "generate-sample" => "Écrire des données d'exemple (structures et personnes fictives) pour un référentiel",
        "check-definitions" => "Vérifier des fichiers de définitions d'indicateurs et des manifestes de référentiels\u{a0}; tous les problèmes d'un coup",
        "meta-schema" => "Écrire le schéma JSON d'un format (définition d'indicateur, manifeste, rapport…)",
        "report-schema" => "Écrire le schéma JSON du format de rapport",
        "schema" => "Écrire un schéma de collecte ou un modèle CSV pour un référentiel",
        "form" => "Écrire le formulaire de collecte d'un référentiel pour une vague\u{a0}: XLSForm (KoboToolbox, ODK) ou questionnaire imprimable",
        "validate" => "Vérifier des fichiers d'inscriptions et d'observations au regard d'un référentiel",
        "pseudonymise" => "Réécrire un fichier de données en remplaçant les identifiants des personnes par des pseudonymes",
        "report" => "Analyser les données collectées et écrire le rapport (contrat JSON impact-report/1)",
        "sroi" => "Coûts évités et retour social sur investissement, avec leur incertitude (impact-sroi/1)",
        "aggregate" => "Écrire l'agrégat partageable des données collectées (impact-aggregate/1)\u{a0}: aucun identifiant, aucune ligne, les groupes masqués seulement comptés",
        "network" => "Fusionner des agrégats en un rapport de réseau (impact-report/1)",
        "key" => "Les clés de pseudonymisation",
        "key new" => "Écrire une nouvelle clé aléatoire (32 octets de la source aléatoire du système, en 64 chiffres hexadécimaux), lisible par vous seul",
        _ => return None,
    })
}

/// Arguments whose words depend on the command; the others are in [`arg`].
fn arg_of_command(path: &str, id: &str) -> Option<&'static str> {
    Some(match (path, id) {
        ("demo", "output") => "Dossier où écrire (créé au besoin)",
        ("demo", "headlines") => "Nombre de résultats phares affichés par référentiel",
        ("demo", "force") => {
            "Remplacer les fichiers existants du dossier, même si la démonstration ne les a pas écrits"
        }
        ("indicators", "set") => {
            "Seulement les indicateurs de ce référentiel (identifiant fourni ou chemin d'un manifeste)"
        }
        ("indicators", "dimension") => "Seulement ce domaine (housing, rights, health…)",
        ("indicators show", "id") => "L'identifiant de l'indicateur, par exemple excl.housing.situation",
        ("generate-sample", "organisations") => "Nombre de structures (codes fictifs ASSO-A, ASSO-B…)",
        ("generate-sample", "beneficiaries") => {
            "Nombre de personnes, toutes structures confondues (réparties inégalement)"
        }
        ("generate-sample", "seed") => "Graine\u{a0}: la même graine donne des fichiers identiques à l'octet près",
        ("generate-sample", "output") => "Dossier où écrire enrolments.csv et observations.csv (créé au besoin)",
        ("generate-sample", "as_of") => "Dernier jour des données, AAAA-MM-JJ (par défaut 2025-12-31)",
        ("generate-sample", "force") => "Remplacer enrolments.csv et observations.csv s'ils existent",
        ("check-definitions", "paths") => {
            "Fichiers de définitions, manifestes, ou dossiers qui en contiennent (parcourus en entier)"
        }
        ("meta-schema", "kind") => "Le format dont écrire le schéma",
        ("schema", "record") => "Le type d'enregistrement",
        ("schema", "wave") => "Seulement cette vague (entry, follow_up, exit, post_exit)",
        ("schema", "excel_fr") => "Un modèle CSV que l'Excel français ouvre en colonnes\u{a0}: `;` entre les colonnes, une marque d'ordre des octets UTF-8, des fins de ligne CRLF et des noms de colonnes en français (que les lecteurs reconnaissent)",
        ("key new", "output") => "Le fichier de clé à créer\u{a0}; un fichier existant n'est jamais remplacé sans --force",
        ("key new", "force") => "Remplacer le fichier s'il existe (ses pseudonymes ne pourront alors plus être refaits)",
        ("schema", "format") | ("form", "format") => "Ce qu'il faut écrire",
        ("form", "wave") => "La vague du formulaire (entry, follow_up, exit, post_exit)",
        ("form", "output") => "Le fichier à écrire (obligatoire pour un formulaire)",
        ("form", "list") => "Montrer les formulaires que donne le référentiel au lieu d'en écrire un",
        ("validate", "all_warnings") => {
            "Lister chaque avertissement gardé (par défaut, quelques exemples de chaque type)"
        }
        ("validate", "observations") => "Le fichier des observations (forme longue ou large)",
        ("pseudonymise", "input") => "Le fichier à lire (CSV, JSON Lines, JSON ou XLSX)",
        ("pseudonymise", "output_positional") => {
            "Le fichier à écrire, donné après l'entrée (l'ancienne forme de --output)"
        }
        ("pseudonymise", "key") => "Un fichier qui contient la clé de pseudonymisation (jamais affichée)",
        ("pseudonymise", "sheet") => "La feuille à lire quand l'entrée est un classeur",
        ("pseudonymise", "output") => "Le fichier à écrire (un classeur est écrit en CSV)",
        ("pseudonymise", "force") => "Remplacer le fichier de sortie s'il existe (jamais l'entrée ni la clé)",
        ("report", "sroi") => "Modèle de coûts évités (impact-sroi-model/1), ou l'identifiant d'un référentiel fourni pour son modèle illustratif\u{a0}: ajoute la section des coûts évités au rapport HTML ou Markdown",
        ("report", "accept_rejected") => "Produire le rapport même si des lignes ont des erreurs, quand les lignes écartées font au plus cette part des lignes lues (`2%` ou `0.02`, au plus 10\u{202f}%)\u{a0}; le rapport dit ce qui a été écarté",
        ("report", "summary") => {
            "Écrire la synthèse pour le conseil d'administration (deux à quatre pages)\u{a0}: les personnes accompagnées, les résultats clés, la comparaison des structures, les précautions\u{a0}; HTML ou Markdown"
        }
        ("report", "association") => "Le nom de l'association, écrit au-dessus du titre de la première page",
        ("report", "logo") => "Le logo de l'association sur la première page du rapport HTML (PNG ou JPEG, au plus 512\u{a0}Kio)",
        ("report", "draws") => "Nombre de tirages Monte-Carlo de la section des coûts évités",
        ("report", "seed") => "Graine des tirages de la section des coûts évités",
        ("report", "organisation") => "Lire les quantités des coûts évités de cette structure plutôt que du réseau entier",
        ("sroi", "format") | ("report", "format") | ("network", "format") => "Format de sortie",
        ("sroi", "report") => "Le rapport de résultats (JSON impact-report/1, écrit par `impact report --format json`)",
        ("sroi", "seed") => "Graine du générateur ChaCha20\u{a0}: la même graine donne les mêmes tirages partout",
        ("sroi", "confidence") => "Niveau de confiance de l'intervalle\u{a0}; par défaut celui du rapport",
        ("sroi", "output") => "Écrire ici (en entier ou pas du tout)\u{a0}; sinon sur la sortie standard",
        ("sroi", "force") => "Remplacer le fichier de sortie s'il existe (jamais le modèle ni le rapport)",
        ("aggregate", "output") => {
            "Écrire l'agrégat ici (en entier ou pas du tout)\u{a0}; sinon sur la sortie standard"
        }
        ("aggregate", "min_cell") => {
            "Plus petit groupe montré\u{a0}; les groupes plus petits ne portent que leur effectif"
        }
        ("network", "force") => "Remplacer le fichier de sortie s'il existe (jamais un agrégat lu)",
        ("meta-schema" | "report-schema" | "schema", "output") => {
            "Écrire dans ce fichier au lieu de la sortie standard"
        }
        ("meta-schema" | "report-schema" | "schema" | "form", "force") => "Remplacer le fichier de sortie s'il existe",
        _ => return None,
    })
}

/// Arguments that mean the same in every command that has them.
fn arg(id: &str) -> Option<&'static str> {
    Some(match id {
        "lang" => "Langue de ce qui est affiché et écrit (fr, en)\u{a0}; sans elle, la langue de l'environnement (LC_ALL, LC_MESSAGES, LANG) si c'est l'anglais, sinon le français",
        "set" => "Le référentiel\u{a0}: un identifiant fourni (exclusion-2023, child-protection-2024) ou le chemin d'un manifeste",
        "definitions" => "Un dossier de vos propres définitions d'indicateurs (chaque fichier `.json`, dossiers compris), ajoutées à celles fournies avant d'ouvrir le référentiel, pour qu'un manifeste les nomme par leur identifiant\u{a0}; une définition du même identifiant qu'une définition fournie la remplace",
        "enrolments" => "Le fichier des inscriptions (CSV, JSON Lines, JSON ou XLSX)",
        "observations" => "Le fichier des observations (CSV, JSON Lines, JSON ou XLSX\u{a0}; forme longue ou large)",
        "format" => "Format de sortie",
        "output" => "Écrire le rapport ici (en entier ou pas du tout)\u{a0}; sinon sur la sortie standard",
        "force" => "Remplacer le fichier de sortie s'il existe (jamais une entrée ni la clé)",
        "min_cell" => "Plus petit groupe montré\u{a0}; les groupes plus petits sont masqués. En dessous de 11, seulement pour un usage interne",
        "confidence" => "Niveau de confiance des intervalles",
        "as_of" => "Date de censure de l'accompagnement en cours (AAAA-MM-JJ)\u{a0}; par défaut la dernière date des données",
        "sheet" => "La feuille à lire dans les classeurs (par défaut `inscriptions`/`enrolments` et `observations`, sinon la première)",
        "key" => "Un fichier qui contient la clé de pseudonymisation (jamais affichée)\u{a0}; sans lui, une clé aléatoire sert pour cette seule exécution",
        "date_tolerance_days" => "Nombre de jours dont une observation peut précéder l'entrée ou suivre la sortie",
        "max_problems" => "Nombre maximal de problèmes listés (tous sont comptés)\u{a0}; 0 les liste tous",
        "model" => "Fichier de modèle (impact-sroi-model/1), ou l'identifiant d'un référentiel fourni pour son modèle illustratif",
        "draws" => "Nombre de tirages Monte-Carlo",
        "organisation" => "Lire les quantités de cette structure plutôt que du réseau entier",
        "aggregates" => "Fichiers d'agrégats (`impact aggregate`), ou dossiers qui en contiennent (chaque fichier `.json`)",
        "for_org" => "Écrire le rapport pour ce membre\u{a0}: son code montré, les autres sous des libellés anonymes",
        _ => return None,
    })
}

fn value(id: &str, value: &str) -> Option<&'static str> {
    Some(match (id, value) {
        ("format", "text") => "Un texte pour les personnes",
        ("format", "json") => "JSON, pour les programmes",
        ("format", "html") => "Un document HTML autonome avec graphiques, pour les personnes",
        ("format", "md") => "Markdown, pour les documents et les wikis",
        ("format", "xlsform") => "Un classeur XLSForm (.xlsx) pour KoboToolbox, ODK Central et Enketo",
        ("format", "json-schema") => "Un schéma JSON (2020-12) que chaque enregistrement doit respecter",
        ("format", "csv-template") => "La ligne d'en-tête d'un fichier CSV à remplir",
        ("kind", "indicator") => "Un fichier de définition d'indicateur",
        ("kind", "set") => "Un manifeste de référentiel",
        ("kind", "report") => "Le JSON du rapport (`impact report --format json`)",
        ("kind", "validation") => "Le JSON de la validation (`impact validate --format json`, impact-validation/1)",
        ("kind", "sroi-model") => "Un modèle de coûts évités (`impact-sroi-model/1`)",
        ("kind", "sroi") => "Le JSON du résultat SROI (`impact sroi --format json`)",
        ("record", "enrolment") => "Un épisode d'accompagnement (fichier des inscriptions)",
        ("record", "observation") => "Une réponse, forme longue (fichier des observations)",
        ("record", "wide") => "Une personne à une vague, une colonne par indicateur",
        _ => return None,
    })
}

fn reason(reason: &FlagReason) -> String {
    match reason {
        FlagReason::Set { known } => {
            format!("ni un référentiel fourni ({known}) ni un fichier de manifeste")
        }
        FlagReason::Wave { accepted } => {
            format!("vagues acceptées{NB}: {accepted} (ou Entrée, Suivi, Sortie, Après la sortie)")
        }
        FlagReason::Dimension { accepted } => format!("domaines acceptés{NB}: {accepted}"),
        FlagReason::Date => "il faut une date AAAA-MM-JJ, par exemple 2025-12-31".into(),
        FlagReason::Share { max_percent } => {
            format!(
                "il faut une part au-dessus de 0 et d'au plus {max_percent}\u{202f}%, par exemple 2\u{202f}% ou 0,02"
            )
        }
        FlagReason::Lang { accepted } => format!("langues acceptées{NB}: {accepted}"),
        FlagReason::WholeNumber => "il faut un nombre entier".into(),
        FlagReason::Number => "il faut un nombre, par exemple 0.95".into(),
        FlagReason::Other(text) => text.clone(),
    }
}

fn quoted(text: &str) -> String {
    format!("«{NB}{text}{NB}»")
}

impl HelpWords for Fr {
    fn headings(&self) -> HelpHeadings {
        HelpHeadings {
            usage: "Utilisation",
            commands: "Commandes\u{a0}",
            command: "COMMANDE",
            options: "Options\u{a0}",
            arguments: "Arguments\u{a0}",
            help: "Afficher l'aide",
            version: "Afficher la version",
        }
    }
    fn colon(&self) -> &'static str {
        "\u{a0}:"
    }
    fn about(&self, path: &str) -> Option<&'static str> {
        about(path)
    }
    fn arg(&self, path: &str, id: &str) -> Option<&'static str> {
        arg_of_command(path, id).or_else(|| arg(id))
    }
    fn value(&self, _path: &str, id: &str, value: &str) -> Option<&'static str> {
        self::value(id, value)
    }
    fn accepted_values(&self, values: &str) -> String {
        format!("[valeurs possibles{NB}: {values}]")
    }
    fn default_value(&self, value: &str) -> String {
        format!("[par défaut{NB}: {value}]")
    }
    fn parse_failure(&self, failure: &ParseFailure) -> String {
        let what = match &failure.kind {
            ParseFailureKind::UnknownArgument { argument, suggestion } => match suggestion {
                Some(s) => format!("option inconnue{NB}: {argument} (vouliez-vous dire {s}{NB}?)"),
                None => format!("option inconnue{NB}: {argument}"),
            },
            ParseFailureKind::UnknownCommand { command, suggestion } => match suggestion {
                Some(s) => format!("commande inconnue{NB}: {command} (vouliez-vous dire {s}{NB}?)"),
                None => format!("commande inconnue{NB}: {command}"),
            },
            ParseFailureKind::NotAccepted { argument, value, accepted } => format!(
                "{argument}{NB}: {} n'est pas accepté{NB}; valeurs acceptées{NB}: {}",
                quoted(value),
                accepted.join(", ")
            ),
            ParseFailureKind::Invalid { argument, value, reason: why } => match why {
                Some(why) => format!("{argument}{NB}: {} est refusé{NB}: {}", quoted(value), reason(why)),
                None => format!("{argument}{NB}: {} est refusé", quoted(value)),
            },
            ParseFailureKind::Missing { arguments } => format!("il manque{NB}: {}", arguments.join(", ")),
            ParseFailureKind::MissingCommand => "aucune commande donnée".into(),
            ParseFailureKind::Conflict { argument, other } => format!("{argument} ne va pas avec {other}"),
            ParseFailureKind::ValueCount { argument } => format!("{argument}{NB}: nombre de valeurs incorrect"),
            ParseFailureKind::Other => "la ligne de commande n'est pas comprise".into(),
        };
        match &failure.usage {
            Some(usage) => format!("{what}\n\nUtilisation{NB}: {usage}\nPlus d'aide{NB}: ajoutez --help"),
            None => format!("{what}\nPlus d'aide{NB}: ajoutez --help"),
        }
    }
}
