//! Numbers, dates and fixed words in French and English.
//!
//! French follows the usual typographic rules: a decimal comma, a narrow
//! no-break space (U+202F) between thousands and before `%`, a no-break space
//! (U+00A0) before `:`. English uses a decimal point, a comma between
//! thousands and no space before `%`. Negative numbers take a real minus sign
//! (U+2212), which reads better than a hyphen in tables.

use crate::catalogue::{Dimension, Wave};
use crate::data::MissingReason;
use crate::locale::numbers::numbers;
use crate::report::FunnelFlag;
use crate::text::Lang;

/// Narrow no-break space, between thousands and before `%` in French.
pub const NNBSP: char = '\u{202F}';
/// No-break space, before `:` in French.
pub const NBSP: char = '\u{00A0}';
/// The minus sign.
const MINUS: char = '\u{2212}';

/// `x` with `decimals` decimals, in the language's conventions.
///
/// A value that rounds to zero loses its sign, so that no `−0` appears.
pub fn num(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    // Halves round away from zero (62.5 → 63), as readers expect; Rust's
    // own formatting would round them to even.
    let scaled = (x.abs() * 10f64.powi(decimals as i32)).round();
    let digits = if scaled < 1e15 { format!("{scaled:.0}") } else { format!("{:.0}", x.abs().round()) };
    let decimals = if scaled < 1e15 { decimals } else { 0 };
    let digits = format!("{digits:0>width$}", width = decimals + 1);
    let is_zero = digits.bytes().all(|b| b == b'0');
    let (int_part, frac) = digits.split_at(digits.len() - decimals);
    let frac = if decimals > 0 { Some(frac) } else { None };
    let mut out = String::new();
    if x < 0.0 && !is_zero {
        out.push(MINUS);
    }
    out.push_str(&group_thousands(int_part, lang));
    if let Some(frac) = frac {
        out.push(numbers(lang).decimal_mark());
        out.push_str(frac);
    }
    out
}

/// `x` with an explicit sign: `+2.1`, `−0.4`, `0.0`.
pub fn signed(x: f64, decimals: usize, lang: Lang) -> String {
    let text = num(x, decimals, lang);
    if x > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A whole number with thousands grouped: `1 974` (narrow space) or `1,974`.
pub fn int(n: u64, lang: Lang) -> String {
    group_thousands(&n.to_string(), lang)
}

fn group_thousands(digits: &str, lang: Lang) -> String {
    // Four-digit numbers are not grouped in French (1974, not 1 974) by
    // the Imprimerie nationale's rule; English groups from 1,000.
    let style = numbers(lang);
    if digits.len() < style.min_grouped_digits() {
        return digits.to_string();
    }
    let sep = style.group_separator();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The percent sign as written after a number: ` %` (narrow no-break
/// space) in French, `%` in English.
pub fn percent_sign(lang: Lang) -> String {
    format!("{}%", numbers(lang).before_percent())
}

/// A proportion as a whole percentage: `0.62` → `62 %` / `62%`.
pub fn pct(p: f64, lang: Lang) -> String {
    format!("{}{}", num(p * 100.0, 0, lang), percent_sign(lang))
}

/// A range of proportions as percentages, the sign written once:
/// `56–68 %` / `56–68%`.
pub fn pct_range(low: f64, high: f64, lang: Lang) -> String {
    format!("{}–{}{}", num(low * 100.0, 0, lang), num(high * 100.0, 0, lang), percent_sign(lang))
}

/// A range of numbers: `5.8–6.6`; with a negative end, `−1.2 to 0.4` reads
/// better than a dash between two signs.
pub fn num_range(low: f64, high: f64, decimals: usize, lang: Lang) -> String {
    if low < 0.0 || high < 0.0 {
        format!("{} {} {}", num(low, decimals, lang), words(lang).to, num(high, decimals, lang))
    } else {
        format!("{}–{}", num(low, decimals, lang), num(high, decimals, lang))
    }
}

/// A confidence level as a percentage without needless decimals:
/// `0.95` → `95 %`, `0.998` → `99,8 %`.
pub fn level(confidence: f64, lang: Lang) -> String {
    let x = confidence * 100.0;
    let decimals = if (x - x.round()).abs() < 1e-9 { 0 } else { 1 };
    format!("{}{}", num(x, decimals, lang), percent_sign(lang))
}

/// A p-value as read in a sentence: `p = 0.04`, `p = 0.003`, `p < 0.001`.
pub fn p_value(p: f64, lang: Lang) -> String {
    // No-break spaces keep `p = 0.04` on one line.
    if p < 0.001 {
        format!("p{NBSP}<{NBSP}{}", num(0.001, 3, lang))
    } else if p < 0.01 {
        format!("p{NBSP}={NBSP}{}", num(p, 3, lang))
    } else {
        format!("p{NBSP}={NBSP}{}", num(p, 2, lang))
    }
}

/// A p-value in a table cell: `0.04`, `< 0.001`.
pub fn p_cell(p: f64, lang: Lang) -> String {
    let text = p_value(p, lang);
    let bare = text.trim_start_matches('p').trim_start_matches(NBSP);
    bare.strip_prefix('=').map_or(bare, |b| b.trim_start_matches(NBSP)).to_string()
}

/// An ISO date (`2025-12-31`) written out: `31 décembre 2025` /
/// `31 December 2025`. Text that is not an ISO date is returned as it is.
pub fn date(iso: &str, lang: Lang) -> String {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let parsed = (|| {
        let y: u32 = parts.next()?.parse().ok()?;
        let m: usize = parts.next()?.parse().ok()?;
        let d: u32 = parts.next()?.parse().ok()?;
        let month = match lang {
            Lang::Fr => FR.get(m.checked_sub(1)?)?,
            Lang::En => EN.get(m.checked_sub(1)?)?,
        };
        let day = if lang == Lang::Fr && d == 1 { "1er".to_string() } else { d.to_string() };
        Some(format!("{day}{NBSP}{month} {y}"))
    })();
    parsed.unwrap_or_else(|| iso.to_string())
}

/// A colon as typeset in the language: ` :` (no-break space) or `:`.
pub fn colon(lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{NBSP}:"),
        Lang::En => ":".to_string(),
    }
}

/// The name of a wave, as a table heading: `Entry`, `Sortie`.
pub fn wave_name(wave: Wave, lang: Lang) -> &'static str {
    match (wave, lang) {
        (Wave::Entry, Lang::Fr) => "Entrée",
        (Wave::FollowUp, Lang::Fr) => "Suivi",
        (Wave::Exit, Lang::Fr) => "Sortie",
        (Wave::PostExit, Lang::Fr) => "Après la sortie",
        (Wave::Entry, Lang::En) => "Entry",
        (Wave::FollowUp, Lang::En) => "Follow-up",
        (Wave::Exit, Lang::En) => "Exit",
        (Wave::PostExit, Lang::En) => "After exit",
    }
}

/// A wave inside a sentence: `at entry`, `à la sortie`.
pub fn at_wave(wave: Wave, lang: Lang) -> &'static str {
    match (wave, lang) {
        (Wave::Entry, Lang::Fr) => "à l'entrée",
        (Wave::FollowUp, Lang::Fr) => "au dernier suivi",
        (Wave::Exit, Lang::Fr) => "à la sortie",
        (Wave::PostExit, Lang::Fr) => "après la sortie",
        (Wave::Entry, Lang::En) => "at entry",
        (Wave::FollowUp, Lang::En) => "at the latest follow-up",
        (Wave::Exit, Lang::En) => "at exit",
        (Wave::PostExit, Lang::En) => "after exit",
    }
}

/// A wave after "from" / "to": `entry`, `l'entrée`.
pub fn bare_wave(wave: Wave, lang: Lang) -> &'static str {
    match (wave, lang) {
        (Wave::Entry, Lang::Fr) => "l'entrée",
        (Wave::FollowUp, Lang::Fr) => "le suivi",
        (Wave::Exit, Lang::Fr) => "la sortie",
        (Wave::PostExit, Lang::Fr) => "l'après-sortie",
        (Wave::Entry, Lang::En) => "entry",
        (Wave::FollowUp, Lang::En) => "follow-up",
        (Wave::Exit, Lang::En) => "exit",
        (Wave::PostExit, Lang::En) => "after exit",
    }
}

/// `from entry to exit`, `de l'entrée à la sortie`.
pub fn from_to(from: Wave, to: Wave, lang: Lang) -> String {
    match lang {
        Lang::Fr => {
            let from = match bare_wave(from, lang) {
                w if w.starts_with("le ") => format!("du {}", &w[3..]),
                w => format!("de {w}"),
            };
            let to = match bare_wave(to, lang) {
                w if w.starts_with("le ") => format!("au {}", &w[3..]),
                w => format!("à {w}"),
            };
            format!("{from} {to}")
        }
        Lang::En => format!("from {} to {}", bare_wave(from, lang), bare_wave(to, lang)),
    }
}

/// The name of an outcome area.
pub fn dimension_name(d: Dimension, lang: Lang) -> &'static str {
    use Dimension::*;
    match (d, lang) {
        (Housing, Lang::Fr) => "Logement",
        (Rights, Lang::Fr) => "Accès aux droits",
        (Health, Lang::Fr) => "Santé",
        (EmploymentIncome, Lang::Fr) => "Emploi et ressources",
        (SocialTies, Lang::Fr) => "Liens sociaux",
        (Autonomy, Lang::Fr) => "Autonomie",
        (Wellbeing, Lang::Fr) => "Bien-être",
        (SafetyStability, Lang::Fr) => "Sécurité et stabilité",
        (Education, Lang::Fr) => "Scolarité et formation",
        (Family, Lang::Fr) => "Famille",
        (Participation, Lang::Fr) => "Participation",
        (Support, Lang::Fr) => "Accompagnement",
        (Housing, Lang::En) => "Housing",
        (Rights, Lang::En) => "Access to rights",
        (Health, Lang::En) => "Health",
        (EmploymentIncome, Lang::En) => "Employment and income",
        (SocialTies, Lang::En) => "Social ties",
        (Autonomy, Lang::En) => "Autonomy",
        (Wellbeing, Lang::En) => "Well-being",
        (SafetyStability, Lang::En) => "Safety and stability",
        (Education, Lang::En) => "Education and training",
        (Family, Lang::En) => "Family",
        (Participation, Lang::En) => "Participation",
        (Support, Lang::En) => "Support",
    }
}

/// Why an answer is missing; `None` is "no reason given".
pub fn missing_reason(reason: Option<MissingReason>, lang: Lang) -> &'static str {
    match (reason, lang) {
        (Some(MissingReason::Refused), Lang::Fr) => "Refus de répondre",
        (Some(MissingReason::NotApplicable), Lang::Fr) => "Sans objet",
        (Some(MissingReason::Unknown), Lang::Fr) => "Ne sait pas",
        (None, Lang::Fr) => "Sans motif",
        (Some(MissingReason::Refused), Lang::En) => "Refused",
        (Some(MissingReason::NotApplicable), Lang::En) => "Not applicable",
        (Some(MissingReason::Unknown), Lang::En) => "Unknown",
        (None, Lang::En) => "No reason given",
    }
}

/// A warning kind in words; unknown kinds are shown as they are written.
pub fn warning_kind(kind: &str, lang: Lang) -> Option<&'static str> {
    Some(match (kind, lang) {
        ("duplicate_observation", Lang::Fr) => {
            "Réponses en double (même personne, même indicateur, même temps de collecte) : la plus récente compte"
        }
        ("duplicate_observation", Lang::En) => {
            "Duplicate answers (same person, indicator and wave): the latest one counts"
        }
        ("duplicate_enrolment", Lang::Fr) => "Entrées en accompagnement en double : la plus récente compte",
        ("duplicate_enrolment", Lang::En) => "Duplicate support episodes: the latest one counts",
        _ => return None,
    })
}

/// A funnel-plot flag, as a table cell.
pub fn flag_name(flag: FunnelFlag, lang: Lang) -> &'static str {
    match (flag, lang) {
        (FunnelFlag::Within, Lang::Fr) => "Dans les limites",
        (FunnelFlag::Above95, Lang::Fr) => "Au-dessus (95 %)",
        (FunnelFlag::Below95, Lang::Fr) => "En dessous (95 %)",
        (FunnelFlag::Above998, Lang::Fr) => "Au-dessus (99,8 %)",
        (FunnelFlag::Below998, Lang::Fr) => "En dessous (99,8 %)",
        (FunnelFlag::Within, Lang::En) => "Within limits",
        (FunnelFlag::Above95, Lang::En) => "Above (95%)",
        (FunnelFlag::Below95, Lang::En) => "Below (95%)",
        (FunnelFlag::Above998, Lang::En) => "Above (99.8%)",
        (FunnelFlag::Below998, Lang::En) => "Below (99.8%)",
    }
}

/// The fixed words of a report in one language.
#[derive(Debug)]
pub struct Words {
    /// "to", between two ends of a range with a negative end.
    pub to: &'static str,
    /// Report kind, above the title.
    pub report_kind: &'static str,
    /// "Reference set".
    pub reference_set: &'static str,
    /// "version".
    pub version: &'static str,
    /// Heading of the headline results.
    pub headlines: &'static str,
    /// Introduction to the headline results.
    pub headlines_intro: &'static str,
    /// When no headline can be given.
    pub no_headline: &'static str,
    /// "Contents".
    pub contents: &'static str,
    /// "Status at each wave".
    pub status: &'static str,
    /// "Distance travelled".
    pub distance: &'static str,
    /// "Comparison across organisations".
    pub comparison: &'static str,
    /// "Support duration and change".
    pub duration: &'static str,
    /// "Time to outcome".
    pub time_to_event: &'static str,
    /// "Data quality".
    pub data_quality: &'static str,
    /// "Methods and glossary".
    pub methods: &'static str,
    /// "Network" (the whole network, group `*`).
    pub network: &'static str,
    /// "Organisation".
    pub organisation: &'static str,
    /// "Indicator".
    pub indicator: &'static str,
    /// "Wave".
    pub wave: &'static str,
    /// "People".
    pub people: &'static str,
    /// "People followed" (pairs).
    pub pairs: &'static str,
    /// "Mean change".
    pub mean_change: &'static str,
    /// "CI" (confidence interval) abbreviation.
    pub ci: &'static str,
    /// "Improved".
    pub improved: &'static str,
    /// "Unchanged".
    pub unchanged: &'static str,
    /// "Worsened".
    pub worsened: &'static str,
    /// "Result".
    pub result: &'static str,
    /// "Position".
    pub position: &'static str,
    /// "Lower limit" prefix for funnel tables.
    pub limits95: &'static str,
    /// 99.8 % limits heading.
    pub limits998: &'static str,
    /// "Median (days)".
    pub median_days: &'static str,
    /// "Events".
    pub events: &'static str,
    /// "Days since entry".
    pub days_since_entry: &'static str,
    /// "not reached".
    pub not_reached: &'static str,
    /// "Number of answers" (funnel x axis).
    pub answers: &'static str,
    /// "Network value".
    pub network_value: &'static str,
    /// "Higher is better".
    pub higher_is_better: &'static str,
    /// "Lower is better".
    pub lower_is_better: &'static str,
    /// "Records read".
    pub records_read: &'static str,
    /// "Support episodes (enrolments)".
    pub enrolments: &'static str,
    /// "Answers (observations)".
    pub observations: &'static str,
    /// "People supported".
    pub beneficiaries: &'static str,
    /// "Records set aside as invalid".
    pub rejected: &'static str,
    /// "Missing answers".
    pub missing: &'static str,
    /// When no answer is missing.
    pub no_missing: &'static str,
    /// "Total".
    pub total: &'static str,
    /// "Warnings".
    pub warnings: &'static str,
    /// When there is no warning.
    pub no_warning: &'static str,
    /// "Hidden results".
    pub suppressed: &'static str,
    /// When nothing is hidden.
    pub no_suppressed: &'static str,
    /// "Results hidden".
    pub hidden: &'static str,
    /// "Notes from the data checks".
    pub notes: &'static str,
    /// "Parameters".
    pub parameters: &'static str,
    /// "Confidence level".
    pub confidence: &'static str,
    /// "Minimum group size".
    pub min_cell: &'static str,
    /// "Data up to".
    pub as_of: &'static str,
    /// "latest date in the data".
    pub as_of_default: &'static str,
    /// "Glossary".
    pub glossary: &'static str,
    /// "Indicators".
    pub indicators: &'static str,
    /// "Definition".
    pub definition: &'static str,
    /// "Measure".
    pub measure: &'static str,
    /// "Direction".
    pub direction: &'static str,
    /// "Scale reliability".
    pub reliability: &'static str,
    /// "Cronbach's alpha".
    pub alpha: &'static str,
    /// "Chart" prefix of text alternatives.
    pub chart: &'static str,
    /// Footer line.
    pub footer: &'static str,
    /// "Wilcoxon p".
    pub wilcoxon_p: &'static str,
    /// "McNemar p".
    pub mcnemar_p: &'static str,
}

const FR: Words = Words {
    to: "à",
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
};

const EN: Words = Words {
    to: "to",
    report_kind: "Social impact measurement report",
    reference_set: "Reference set",
    version: "version",
    headlines: "Results at a glance",
    headlines_intro: "The clearest changes across the network, picked automatically among all indicators.",
    no_headline: "No indicator has enough people followed from start to end to give a result.",
    contents: "Contents",
    status: "Status at each wave",
    distance: "Distance travelled",
    comparison: "Comparison across organisations",
    duration: "Length of support and change",
    time_to_event: "Time to outcome",
    data_quality: "Data quality",
    methods: "Methods and glossary",
    network: "Network",
    organisation: "Organisation",
    indicator: "Indicator",
    wave: "Wave",
    people: "People",
    pairs: "People followed",
    mean_change: "Mean change",
    ci: "CI",
    improved: "Improved",
    unchanged: "Unchanged",
    worsened: "Worsened",
    result: "Result",
    position: "Position",
    limits95: "95% limits",
    limits998: "99.8% limits",
    median_days: "Median (days)",
    events: "Outcomes reached",
    days_since_entry: "Days since entry",
    not_reached: "not reached",
    answers: "Number of answers",
    network_value: "Network value",
    higher_is_better: "higher is better",
    lower_is_better: "lower is better",
    records_read: "Data read",
    enrolments: "Support episodes (enrolments)",
    observations: "Answers (observations)",
    beneficiaries: "People supported",
    rejected: "Records set aside as invalid",
    missing: "Missing answers",
    no_missing: "No answer is missing.",
    total: "Total",
    warnings: "Warnings",
    no_warning: "No warning.",
    suppressed: "Hidden results",
    no_suppressed: "No result is hidden.",
    hidden: "Hidden",
    notes: "Data checks",
    parameters: "Parameters",
    confidence: "Confidence level",
    min_cell: "Smallest group shown",
    as_of: "Ongoing support counted up to",
    as_of_default: "latest date in the data",
    glossary: "Glossary",
    indicators: "Indicators",
    definition: "Definition",
    measure: "Measure",
    direction: "Direction",
    reliability: "Scale reliability",
    alpha: "Cronbach's alpha",
    chart: "Chart",
    footer: "Produced by social-impact. No person's identifier ever appears in this report.",
    wilcoxon_p: "p (Wilcoxon)",
    mcnemar_p: "p (McNemar)",
};

/// The fixed words in `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(num(0.62, 2, Lang::Fr), "0,62");
        assert_eq!(num(0.62, 2, Lang::En), "0.62");
        assert_eq!(num(-1.25, 1, Lang::En), "\u{2212}1.3");
        assert_eq!(num(-0.04, 1, Lang::Fr), "0,0", "no minus zero");
        assert_eq!(num(1234567.891, 1, Lang::En), "1,234,567.9");
        assert_eq!(num(1234567.891, 1, Lang::Fr), "1\u{202F}234\u{202F}567,9");
        assert_eq!(num(1974.0, 0, Lang::Fr), "1974", "four digits are not grouped in French");
        assert_eq!(num(1974.0, 0, Lang::En), "1,974");
        assert_eq!(int(12345, Lang::Fr), "12\u{202F}345");
        assert_eq!(signed(2.14, 1, Lang::Fr), "+2,1");
        assert_eq!(signed(-2.14, 1, Lang::En), "\u{2212}2.1");
        assert_eq!(signed(0.001, 1, Lang::En), "0.0");
        assert_eq!(num(f64::NAN, 1, Lang::En), "–");
        assert_eq!(num(2.5, 0, Lang::En), "3", "halves round away from zero");
        assert_eq!(num(-0.25, 1, Lang::En), "\u{2212}0.3");
        assert_eq!(num(0.05, 2, Lang::Fr), "0,05");
        assert_eq!(num(7.0, 3, Lang::En), "7.000");
    }

    #[test]
    fn percentages_follow_the_language() {
        assert_eq!(pct(0.62, Lang::Fr), "62\u{202F}%");
        assert_eq!(pct(0.62, Lang::En), "62%");
        assert_eq!(pct(0.625, Lang::En), "63%");
        assert_eq!(pct_range(0.561, 0.68, Lang::Fr), "56–68\u{202F}%");
        assert_eq!(pct_range(0.561, 0.68, Lang::En), "56–68%");
        assert_eq!(level(0.95, Lang::Fr), "95\u{202F}%");
        assert_eq!(level(0.998, Lang::Fr), "99,8\u{202F}%");
        assert_eq!(level(0.9, Lang::En), "90%");
    }

    #[test]
    fn p_values_ranges_and_dates() {
        assert_eq!(p_value(0.0004, Lang::Fr), "p\u{a0}<\u{a0}0,001");
        assert_eq!(p_value(0.0043, Lang::En), "p\u{a0}=\u{a0}0.004");
        assert_eq!(p_value(0.2149, Lang::Fr), "p\u{a0}=\u{a0}0,21");
        assert_eq!(p_cell(0.0004, Lang::En), "<\u{a0}0.001");
        assert_eq!(p_cell(0.2149, Lang::En), "0.21");
        assert_eq!(num_range(5.81, 6.64, 1, Lang::Fr), "5,8–6,6");
        assert_eq!(num_range(-1.2, 0.4, 1, Lang::En), "\u{2212}1.2 to 0.4");
        assert_eq!(date("2025-12-31", Lang::Fr), "31\u{a0}décembre 2025");
        assert_eq!(date("2025-03-01", Lang::Fr), "1er\u{a0}mars 2025");
        assert_eq!(date("2025-12-31", Lang::En), "31\u{a0}December 2025");
        assert_eq!(date("soon", Lang::En), "soon");
        assert_eq!(from_to(Wave::Entry, Wave::Exit, Lang::Fr), "de l'entrée à la sortie");
        assert_eq!(from_to(Wave::FollowUp, Wave::FollowUp, Lang::Fr), "du suivi au suivi");
        assert_eq!(from_to(Wave::Entry, Wave::Exit, Lang::En), "from entry to exit");
    }
}
