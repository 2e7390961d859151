//! The words of a report in French.

use super::Fr;
use crate::catalogue::{Dimension, Direction, Measure, Wave};
use crate::data::MissingReason;
use crate::ingest::ProblemCode;
use crate::locale::report::{HeadlineFacts, Outside, ReportLabels, ReportWords, Steps};
use crate::report::render::{ChangeTest, Verdict};
use crate::report::{ComparisonTest, FunnelFlag};

/// `« texte »`, with the no-break spaces French puts inside guillemets.
fn quote(s: &str) -> String {
    format!("«\u{a0}{s}\u{a0}»")
}

pub(super) const LABELS: ReportLabels = ReportLabels {
    report_kind: "Rapport de mesure d'impact social",
    reference_set: "Référentiel",
    version: "version",
    headlines: "Les résultats en bref",
    headlines_intro: "Les évolutions les plus nettes du réseau, choisies automatiquement parmi tous les indicateurs.",
    no_headline: "Aucun indicateur n'a assez de personnes suivies de bout en bout pour donner un résultat.",
    contents: "Sommaire",
    status: "Situation à chaque temps de collecte",
    distance: "Chemin parcouru",
    comparison: "Comparaison entre structures",
    duration: "Durée d'accompagnement et évolution",
    time_to_event: "Délai avant le résultat",
    data_quality: "Qualité des données",
    methods: "Méthodes et glossaire",
    network: "Réseau",
    organisation: "Structure",
    indicator: "Indicateur",
    wave: "Temps de collecte",
    people: "Personnes",
    pairs: "Personnes suivies",
    mean_change: "Évolution moyenne",
    ci: "IC",
    improved: "Amélioration",
    unchanged: "Stable",
    worsened: "Dégradation",
    result: "Résultat",
    position: "Position",
    limits95: "Limites 95 %",
    limits998: "Limites 99,8 %",
    median_days: "Médiane (jours)",
    events: "Résultats atteints",
    days_since_entry: "Jours depuis l'entrée",
    not_yet_reached: "Part n'ayant pas encore atteint le résultat",
    not_reached: "non atteinte",
    answers: "Nombre de réponses",
    network_value: "Valeur du réseau",
    higher_is_better: "plus c'est haut, mieux c'est",
    lower_is_better: "plus c'est bas, mieux c'est",
    records_read: "Données lues",
    enrolments: "Accompagnements (entrées)",
    observations: "Réponses (observations)",
    beneficiaries: "Personnes accompagnées",
    rejected: "Lignes écartées car invalides",
    missing: "Réponses manquantes",
    no_missing: "Aucune réponse manquante.",
    total: "Total",
    warnings: "Avertissements",
    no_warning: "Aucun avertissement.",
    suppressed: "Résultats masqués",
    no_suppressed: "Aucun résultat n'est masqué.",
    hidden: "Masqué",
    notes: "Contrôles des données",
    parameters: "Paramètres",
    confidence: "Niveau de confiance",
    min_cell: "Taille minimale d'un groupe",
    as_of: "Accompagnements en cours arrêtés au",
    as_of_default: "dernière date des données",
    glossary: "Glossaire",
    indicators: "Indicateurs",
    definition: "Définition",
    measure: "Mesure",
    direction: "Sens",
    reliability: "Fiabilité de l'échelle",
    alpha: "Alpha de Cronbach",
    chart: "Graphique",
    footer: "Produit par social-impact. Les identifiants des personnes n'apparaissent jamais dans ce rapport.",
    wilcoxon_p: "p (Wilcoxon)",
    mcnemar_p: "p (McNemar)",
    organisations: "Structures",
    data_up_to: "Données jusqu'au",
    missing_caption: "Réponses manquantes par indicateur, temps de collecte et motif",
    time_to_outcome_hidden: "délai",
    set_version: "Version du référentiel",
    change_measured: "Évolution mesurée",
    organisations_compared: "Comparaison entre structures",
    spearman_caption: "corrélation de Spearman entre la durée d'accompagnement et l'évolution",
    with_ci_at: "avec l'intervalle de confiance à",
    and_n_answers: "et le nombre de réponses",
    result_lower: "résultat",
    figures_follow: "Les chiffres sont dans le tableau qui suit.",
    points: "points",
    share_positive: "part des réponses positives",
    mean: "moyenne",
};

const GLOSSARY: [(&str, &str); 17] = [
    ("Intervalle de confiance (IC)", "La fourchette dans laquelle la vraie valeur se trouve très probablement (95 fois sur 100 au niveau de 95 %) ; plus il y a de personnes, plus elle est étroite."),
    ("Intervalle de Wilson", "La fourchette d'une proportion, qui reste fiable même pour de petits groupes ou des proportions proches de 0 ou de 100 %."),
    ("Intervalle t (de Student)", "La fourchette d'une moyenne, qui tient compte du nombre de personnes et de la dispersion des réponses."),
    ("Test t apparié", "Vérifie si l'évolution moyenne des mêmes personnes entre deux temps dépasse ce que le hasard produirait."),
    ("Test de Wilcoxon", "Même question que le test t apparié, mais fondé sur le classement des évolutions, donc peu sensible aux valeurs extrêmes."),
    ("Test de McNemar", "Pour une question oui/non posée deux fois aux mêmes personnes : compare ceux qui passent de non à oui à ceux qui passent de oui à non."),
    ("d_z de Cohen", "La taille de l'évolution rapportée à sa dispersion : environ 0,2 est une petite évolution, 0,5 moyenne, 0,8 grande."),
    ("Valeur p", "La probabilité d'observer un écart au moins aussi grand si, en réalité, rien n'avait changé ; en dessous de 0,05, on parle d'écart net."),
    ("Test du khi-deux", "Vérifie si la part de réponses positives diffère entre structures plus que le hasard ne l'expliquerait."),
    ("Test de Kruskal-Wallis", "Vérifie si les scores diffèrent entre structures, en comparant leurs classements."),
    ("Correction de Holm", "Quand on fait beaucoup de tests, certains paraissent nets par hasard : la correction de Holm relève le seuil pour en tenir compte."),
    ("Graphique en entonnoir", "Place chaque structure selon son nombre de réponses : les limites s'écartent pour les petites structures, car leurs résultats varient plus par hasard ; un point hors des limites mérite un regard."),
    ("Corrélation de Spearman (rho)", "Mesure, de −1 à +1, si deux grandeurs montent ou descendent ensemble, ici la durée d'accompagnement et l'évolution."),
    ("Courbe de Kaplan-Meier", "La part des personnes qui n'ont pas encore atteint le résultat, jour après jour depuis l'entrée, en comptant correctement celles encore accompagnées ou sorties avant."),
    ("Test du log-rank", "Vérifie si les courbes de Kaplan-Meier de plusieurs structures diffèrent plus que le hasard ne l'expliquerait."),
    ("Alpha de Cronbach", "Mesure si les questions d'une même échelle vont dans le même sens ; au-dessus de 0,7, l'échelle est jugée cohérente."),
    ("Résultat masqué", "Les groupes trop petits ne sont pas affichés, pour que personne ne puisse être reconnu et parce que leurs chiffres seraient trop incertains."),
];

impl ReportWords for Fr {
    fn labels(&self) -> &'static ReportLabels {
        &LABELS
    }

    fn wave_name(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "Entrée",
            Wave::FollowUp => "Suivi",
            Wave::Exit => "Sortie",
            Wave::PostExit => "Après la sortie",
        }
    }

    fn at_wave(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "à l'entrée",
            Wave::FollowUp => "au dernier suivi",
            Wave::Exit => "à la sortie",
            Wave::PostExit => "après la sortie",
        }
    }

    fn bare_wave(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "l'entrée",
            Wave::FollowUp => "le suivi",
            Wave::Exit => "la sortie",
            Wave::PostExit => "l'après-sortie",
        }
    }

    fn span(&self, from: Wave, to: Wave) -> String {
        // « de le suivi » contracts to « du suivi », « à le » to « au ».
        let from = match self.bare_wave(from) {
            w if w.starts_with("le ") => format!("du {}", &w[3..]),
            w => format!("de {w}"),
        };
        let to = match self.bare_wave(to) {
            w if w.starts_with("le ") => format!("au {}", &w[3..]),
            w => format!("à {w}"),
        };
        format!("{from} {to}")
    }

    fn dimension_name(&self, dimension: Dimension) -> &'static str {
        use Dimension::*;
        match dimension {
            Housing => "Logement",
            Rights => "Accès aux droits",
            Health => "Santé",
            EmploymentIncome => "Emploi et ressources",
            SocialTies => "Liens sociaux",
            Autonomy => "Autonomie",
            Wellbeing => "Bien-être",
            SafetyStability => "Sécurité et stabilité",
            Education => "Scolarité et formation",
            Family => "Famille",
            Participation => "Participation",
            Support => "Accompagnement",
        }
    }

    fn missing_reason(&self, reason: Option<MissingReason>) -> &'static str {
        match reason {
            Some(MissingReason::Refused) => "Refus de répondre",
            Some(MissingReason::NotApplicable) => "Sans objet",
            Some(MissingReason::Unknown) => "Ne sait pas",
            None => "Sans motif",
        }
    }

    fn warning_kind(&self, kind: ProblemCode) -> Option<&'static str> {
        Some(match kind {
            ProblemCode::DuplicateObservation => {
                "Réponses en double (même personne, même indicateur, même temps de collecte) : la plus récente compte"
            }
            ProblemCode::DuplicateEnrolment => "Entrées en accompagnement en double : la plus récente compte",
            _ => return None,
        })
    }

    fn flag_name(&self, flag: FunnelFlag) -> &'static str {
        match flag {
            FunnelFlag::Within => "Dans les limites",
            FunnelFlag::Above95 => "Au-dessus (95 %)",
            FunnelFlag::Below95 => "En dessous (95 %)",
            FunnelFlag::Above998 => "Au-dessus (99,8 %)",
            FunnelFlag::Below998 => "En dessous (99,8 %)",
        }
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::HigherIsBetter => LABELS.higher_is_better,
            Direction::LowerIsBetter => LABELS.lower_is_better,
        }
    }

    fn ci_paren(&self, level: &str, range: &str) -> String {
        format!("(IC à {level}\u{a0}: {range})")
    }

    fn fewer_than(&self, min_cell: u32) -> String {
        format!("moins de {min_cell} personnes")
    }

    fn at_least(&self, min_cell: u32) -> String {
        format!("au moins {min_cell} personnes")
    }

    fn join(&self, names: &[&str]) -> String {
        match names {
            [] => String::new(),
            [one] => one.to_string(),
            [init @ .., last] => format!("{} et {last}", init.join(", ")),
        }
    }

    fn in_categories(&self, labels: &[&str]) -> String {
        match labels.len() {
            1..=3 => format!("étaient en {}", labels.iter().map(|l| quote(l)).collect::<Vec<_>>().join(" ou ")),
            _ => "étaient dans une situation comptée comme positive".to_string(),
        }
    }

    fn answered(&self, yes: Option<&str>) -> String {
        match yes {
            Some(label) => format!("ont répondu {}", quote(label)),
            None => "ont répondu oui".to_string(),
        }
    }

    fn positive_answer(&self) -> &'static str {
        "avaient une réponse positive"
    }

    fn on_scale(&self, min: i64, max: i64) -> String {
        format!(" sur une échelle de {min} à {max}")
    }

    fn headline_share(&self, f: &HeadlineFacts<'_>, positive: &str) -> String {
        format!(
            "{} des {} personnes interrogées {} {positive}{}, contre {} des {} personnes interrogées {} \
             ({} personnes ont répondu aux deux et sont suivies {}).",
            f.later, f.n_later, f.at_later, f.ci, f.earlier, f.n_earlier, f.at_earlier, f.n, f.from_to
        )
    }

    fn headline_mean(&self, f: &HeadlineFacts<'_>, scale: &str, change: &str, change_ci: &str) -> String {
        format!(
            "En moyenne {}{scale} pour les {} personnes interrogées {}{}, contre {} pour les {} personnes \
             interrogées {}. Pour les {} personnes suivies {}, l'évolution moyenne est de {change} par \
             personne{change_ci}.",
            f.later, f.n_later, f.at_later, f.ci, f.earlier, f.n_earlier, f.at_earlier, f.n, f.from_to
        )
    }

    fn too_few_changes(&self) -> &'static str {
        "Trop peu de changements pour dire s'ils dépassent le hasard."
    }

    fn clear_change(&self, better: bool, test: &str) -> String {
        let what = if better { "amélioration" } else { "dégradation" };
        format!(
            "Une {what} nette\u{a0}: une évolution de cette ampleur a peu de chances d'être due au hasard ({test})."
        )
    }

    fn maybe_chance(&self, test: &str) -> String {
        format!("Cette évolution pourrait être due au hasard ({test}).")
    }

    fn change_test(&self, test: ChangeTest) -> &'static str {
        match test {
            ChangeTest::McNemar => "test de McNemar",
            ChangeTest::Wilcoxon => "test des rangs signés de Wilcoxon",
            ChangeTest::PairedT => "test t apparié",
        }
    }

    fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Better => "Amélioration nette",
            Verdict::Worse => "Dégradation nette",
            Verdict::Unclear => "Peut-être le hasard",
        }
    }

    fn distance(&self, n: &str, from_to: &str, counts: [(u64, &str, &str); 3], steps: Steps) -> String {
        // In French 0 and 1 take the singular.
        let pl = |k: u64, one: &'static str, many: &'static str| if k < 2 { one } else { many };
        let [(ka, a, a_share), (kb, b, b_share), (kc, c, c_share)] = counts;
        let moves = match steps {
            Steps::Scale => format!(
                "{a} ({a_share}) {} d'au moins un échelon dans le bon sens (une meilleure réponse, pas \
                 forcément le résultat visé), {b} ({b_share}) {} au même échelon et {c} ({c_share}) {} d'au \
                 moins un échelon",
                pl(ka, "a progressé", "ont progressé"),
                pl(kb, "est restée", "sont restées"),
                pl(kc, "a reculé", "ont reculé"),
            ),
            Steps::YesNo => format!(
                "{a} ({a_share}) {} à la meilleure réponse, {b} ({b_share}) {} la même réponse et {c} \
                 ({c_share}) {} à la moins bonne",
                pl(ka, "est passée", "sont passées"),
                pl(kb, "a donné", "ont donné"),
                pl(kc, "est passée", "sont passées"),
            ),
            Steps::Quantity => format!(
                "{a} ({a_share}) {} une meilleure valeur, {b} ({b_share}) la même et {c} ({c_share}) une moins \
                 bonne",
                pl(ka, "a eu", "ont eu"),
            ),
        };
        format!("Sur les {n} personnes suivies {from_to}, {moves}.")
    }

    fn scale_change(&self, change: &str, size: f64) -> String {
        let points = if size < 2.0 { "point" } else { "points" };
        format!("{change}\u{a0}{points} sur l'échelle")
    }

    fn at_wave_of(&self, at_wave: &str, n: &str, count: u64) -> String {
        format!("{at_wave}, {n}\u{a0}{}", if count < 2 { "personne" } else { "personnes" })
    }

    fn outside_limits(&self, org: &str, outside: Outside) -> String {
        let side = if outside.above { "au-dessus de" } else { "en dessous de" };
        let higher = if outside.above { "plus élevé" } else { "plus bas" };
        let how = if outside.better() { "mieux" } else { "moins bien" };
        let verdict = if outside.lower_is_better {
            format!("Pour cet indicateur, plus c'est bas, mieux c'est\u{a0}: {org} fait donc {how} que le réseau.")
        } else {
            format!("{org} fait donc {how} que le réseau.")
        };
        if outside.strong {
            format!(
                "{org} est {side} la limite à 99,8\u{202F}%\u{a0}: son résultat est nettement {higher} que celui \
                 du réseau, bien au-delà de ce que le hasard expliquerait. {verdict}"
            )
        } else {
            format!(
                "{org} est {side} la limite à 95\u{202F}%\u{a0}: son résultat est {higher} que celui du réseau, \
                 au-delà de ce que le hasard expliquerait. {verdict}"
            )
        }
    }

    fn within_limits(&self, names: &str, count: usize) -> String {
        if count == 1 {
            format!("{names} est dans les limites\u{a0}: son écart au réseau peut s'expliquer par le hasard.")
        } else {
            format!("{names} sont dans les limites\u{a0}: leurs écarts au réseau peuvent s'expliquer par le hasard.")
        }
    }

    fn comparison_test(&self, test: ComparisonTest) -> &'static str {
        match test {
            ComparisonTest::ChiSquare => "test du khi-deux",
            ComparisonTest::KruskalWallis => "test de Kruskal-Wallis",
        }
    }

    fn holm(&self, p: &str, adjusted: &str) -> String {
        format!("{p}\u{a0}; après correction de Holm, {adjusted}")
    }

    fn organisations_differ(&self, significant: bool, holm_significant: bool, detail: &str) -> String {
        match (significant, holm_significant) {
            (true, true) => format!(
                "Les structures diffèrent plus que le hasard ne l'expliquerait, même en tenant compte du nombre \
                 d'indicateurs comparés ({detail})."
            ),
            (true, false) => format!(
                "Prises seules, les structures semblent différer, mais plus une fois pris en compte le nombre \
                 d'indicateurs comparés ({detail})."
            ),
            (false, _) => format!("Pas de différence nette entre structures au-delà du hasard ({detail})."),
        }
    }

    fn made_with(&self, tool_version: &str, set: &str, set_version: &str) -> String {
        format!("social-impact {tool_version}, référentiel {set} version {set_version}.")
    }

    fn logo_not_an_image(&self) -> &'static str {
        "le logo n'est pas une image PNG ou JPEG (les images SVG ne sont pas acceptées\u{a0}: elles peuvent contenir des scripts)"
    }

    fn logo_too_large(&self, size: u64, limit: u64) -> String {
        format!("le logo fait {size} octets, plus que les {limit} qu'accepte la première page d'un rapport")
    }

    fn comparison_caution(&self) -> &'static str {
        "Prudence\u{a0}: les structures n'accompagnent pas les mêmes personnes (âge, situation à l'entrée, \
         type de service). Un écart au réseau est une question à se poser ensemble, pas un classement ni un \
         jugement sur la qualité du travail."
    }

    fn no_comparison(&self, min_cell: u32) -> String {
        format!("Pas de comparaison\u{a0}: il faut au moins deux structures d'au moins {min_cell} personnes.")
    }

    fn not_compared(&self, names: &str, fewer: &str) -> String {
        format!("Non comparé\u{a0}: {names} ({fewer}).")
    }

    fn duration_no_data(&self, n: &str) -> String {
        format!("Pas assez de données pour relier la durée d'accompagnement à l'évolution ({n} personnes sorties).")
    }

    fn duration_link(&self, significant: bool, more: bool, stats: &str) -> String {
        match (significant, more) {
            (true, true) => format!(
                "Les personnes accompagnées plus longtemps ont davantage progressé\u{a0}: ce lien a peu de chances \
                 d'être dû au hasard (Spearman {stats})."
            ),
            (true, false) => format!(
                "Les personnes accompagnées plus longtemps ont moins progressé\u{a0}: ce lien a peu de chances d'être \
                 dû au hasard (Spearman {stats})."
            ),
            (false, _) => {
                format!("Pas de lien net entre la durée d'accompagnement et l'évolution (Spearman {stats}).")
            }
        }
    }

    fn time_hidden(&self, fewer: &str) -> String {
        format!("Résultat masqué\u{a0}: {fewer}.")
    }

    fn time_median(&self, days: Option<&str>) -> String {
        match days {
            Some(m) => format!(
                "La moitié des personnes ont atteint ce résultat en {m} jours ou moins (médiane, ensemble du réseau)."
            ),
            None => "Moins de la moitié des personnes ont atteint ce résultat pendant la période observée\u{a0}: la \
                     médiane n'est pas atteinte."
                .to_string(),
        }
    }

    fn time_reached(&self, events: &str, n: &str, as_of: Option<&str>) -> String {
        match as_of {
            Some(d) => format!(
                "{events} des {n} personnes suivies l'ont atteint\u{a0}: les autres comptent jusqu'à leur sortie ou \
                 jusqu'au {d}."
            ),
            None => format!(
                "{events} des {n} personnes suivies l'ont atteint\u{a0}: les autres comptent jusqu'à leur sortie."
            ),
        }
    }

    fn logrank(&self, significant: bool, detail: &str) -> String {
        if significant {
            format!("Les délais diffèrent entre structures plus que le hasard ne l'expliquerait ({detail}).")
        } else {
            format!("Pas de différence nette de délai entre structures ({detail}).")
        }
    }

    fn legend_median(&self, days: &str) -> String {
        format!("médiane\u{a0}: {days} j")
    }

    fn network_median(&self, days: Option<&str>) -> String {
        match days {
            Some(m) => format!("médiane du réseau\u{a0}: {m} jours"),
            None => format!("médiane du réseau\u{a0}: {}", LABELS.not_reached),
        }
    }

    fn measure_kind(&self, measure: &Measure) -> String {
        match measure {
            Measure::Binary { .. } => "oui / non".to_string(),
            Measure::Categorical { categories } => format!("{} catégories", categories.len()),
            Measure::Ordinal { min, max, .. } => format!("échelle de {min} à {max}"),
            Measure::Count { .. } => "nombre".to_string(),
            Measure::Continuous { unit, .. } => format!("quantité ({unit})"),
        }
    }

    fn hidden_status(&self, waves: &str) -> String {
        format!("situation ({waves})")
    }

    fn hidden_change(&self) -> &'static str {
        "évolution"
    }

    fn change_not_measured(&self, asked: &str, from_to: &str) -> String {
        format!(
            "Cet indicateur n'est recueilli qu'{asked}\u{a0}: l'évolution {from_to} ne s'applique pas à lui, il n'y a \
             donc pas de chemin parcouru à montrer. Rien n'est masqué ici."
        )
    }

    fn semicolons(&self, parts: &[String]) -> String {
        parts.join("\u{a0}; ")
    }

    fn hidden_results(&self, fewer: &str) -> String {
        format!(
            "Ces résultats portent sur {fewer} et ne sont pas affichés\u{a0}: trop peu de personnes pour protéger \
             leur anonymat et donner un chiffre fiable."
        )
    }

    fn against(&self, value: &str, at_wave: &str, n: &str, count: u64) -> String {
        format!("contre {value} {at_wave} ({n}\u{a0}{})", if count < 2 { "personne" } else { "personnes" })
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &GLOSSARY
    }

    fn file_note(&self, name: &str, read: u64, kept: u64, left_out: u64) -> String {
        // French agrees the participle with one row as with none.
        let agreed = |n: u64, one: &str, many: &str| format!("{n} {}", if n <= 1 { one } else { many });
        format!(
            "{name}\u{a0}: {}, {}, {}.",
            agreed(read, "ligne lue", "lignes lues"),
            agreed(kept, "retenue", "retenues"),
            agreed(left_out, "écartée", "écartées")
        )
    }

    fn tolerated_note(&self, errors: u64, left_out: u64, rows: u64, share: &str, limit: &str) -> String {
        let errors_word = if errors <= 1 { "erreur" } else { "erreurs" };
        let rows_word = if left_out <= 1 { "ligne écartée" } else { "lignes écartées" };
        format!(
            "Ce rapport a été produit malgré {errors} {errors_word} dans les fichiers\u{a0}: {left_out} {rows_word} \
             sur {rows} ({share}), dans la limite de {limit} acceptée pour ce rapport. Les chiffres ne décrivent \
             que les lignes retenues."
        )
    }

    fn methods(&self, level: &str, from_to: &str, comparison_wave: &str, min_cell: u32) -> Vec<String> {
        vec![
            format!(
                "Chaque indicateur est résumé à chaque temps de collecte, pour chaque structure et pour l'ensemble \
                 du réseau : part des réponses positives (intervalle de Wilson) ou moyenne (intervalle t), avec un \
                 intervalle de confiance à {level}. Au suivi, la réponse la plus récente compte."
            ),
            format!(
                "L'évolution est mesurée {from_to} sur les personnes qui ont répondu aux deux temps (test t apparié, \
                 test de Wilcoxon, et test de McNemar pour les questions oui/non)."
            ),
            format!(
                "Les structures sont comparées à {comparison_wave} (khi-deux ou Kruskal-Wallis, puis correction de \
                 Holm sur l'ensemble des indicateurs) et placées sur un graphique en entonnoir avec des limites à \
                 95\u{202F}% et 99,8\u{202F}%."
            ),
            format!(
                "Les groupes de moins de {min_cell} personnes sont masqués\u{a0}: leurs chiffres ne sont ni affichés ni \
                 utilisés dans les comparaisons entre structures."
            ),
            "Les personnes ne sont connues que par un pseudonyme\u{a0}: une empreinte HMAC-SHA-256 de leur \
             identifiant, d'abord mis sous une seule forme Unicode (NFC), pour qu'un identifiant accentué saisi sur \
             Mac ou sur Windows désigne la même personne\u{a0}; les identifiants eux-mêmes ne sont jamais gardés."
                .to_string(),
        ]
    }
}
