//! Results in plain words: the sentences a board member reads.
//!
//! Every function returns plain text; renderers escape it. Sentences state
//! the uncertainty with the number and say in words what a test means, never
//! the test alone.

use super::i18n::{self, at_wave, colon, from_to, int, level, p_value, pct, words};
use super::{change_estimates, change_p, change_test, shown_status, ChangeTest, Doc, Ind};
use crate::catalogue::{Direction, Measure};
use crate::report::{Comparison, ComparisonTest, DurationEffect, FunnelFlag, Group, SurvivalGroup, TimeToEventReport};
use crate::text::Lang;

/// `(95 % CI 56–68 %)` / `(IC à 95 % : 56–68 %)`.
pub fn ci_paren(confidence: f64, range: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("(IC à {}{} {range})", level(confidence, lang), colon(lang)),
        Lang::En => format!("({} CI {range})", level(confidence, lang)),
    }
}

/// "fewer than 11 people".
pub fn fewer_than(min_cell: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("moins de {min_cell} personnes"),
        Lang::En => format!("fewer than {min_cell} people"),
    }
}

/// What counts as positive for a proportion, as a verb phrase:
/// `were in “supported” or “tenancy”`, `answered yes`.
fn positive_phrase(ind: &Ind<'_>, lang: Lang) -> String {
    let quote = |s: &str| match lang {
        Lang::Fr => format!("«{}{s}{}»", i18n::NBSP, i18n::NBSP),
        Lang::En => format!("“{s}”"),
    };
    match ind.def.map(|d| &d.measure) {
        Some(Measure::Categorical { categories }) => {
            let positive: Vec<String> =
                categories.iter().filter(|c| c.positive).map(|c| quote(c.label.get(lang))).collect();
            let or = match lang {
                Lang::Fr => " ou ",
                Lang::En => " or ",
            };
            match (lang, positive.len()) {
                (Lang::Fr, 1..=3) => format!("étaient en {}", positive.join(or)),
                (Lang::En, 1..=3) => format!("were in {}", positive.join(or)),
                (Lang::Fr, _) => "étaient dans une situation comptée comme positive".to_string(),
                (Lang::En, _) => "were in a situation counted as positive".to_string(),
            }
        }
        Some(Measure::Binary { labels: Some(labels) }) => match lang {
            Lang::Fr => format!("ont répondu {}", quote(labels.yes.get(lang))),
            Lang::En => format!("answered {}", quote(labels.yes.get(lang))),
        },
        Some(Measure::Binary { labels: None }) => match lang {
            Lang::Fr => "ont répondu oui".to_string(),
            Lang::En => "answered yes".to_string(),
        },
        _ => match lang {
            Lang::Fr => "avaient une réponse positive".to_string(),
            Lang::En => "had a positive answer".to_string(),
        },
    }
}

/// ` on a scale from 1 to 10` for ordinal indicators.
fn scale_phrase(ind: &Ind<'_>, lang: Lang) -> String {
    match ind.def.map(|d| &d.measure) {
        Some(Measure::Ordinal { min, max, .. }) => match lang {
            Lang::Fr => format!(" sur une échelle de {min} à {max}"),
            Lang::En => format!(" on a scale from {min} to {max}"),
        },
        _ => String::new(),
    }
}

/// The headline sentence of an indicator: status at the later wave with its
/// interval, against the earlier wave, and the people followed.
pub fn headline(doc: &Doc<'_>, ind: &Ind<'_>) -> Option<String> {
    let lang = doc.lang;
    let c = doc.report.parameters.confidence;
    let net = super::network(ind.rep)?;
    let (from, to) = (net.change.from, net.change.to);
    let s_to = shown_status(net, to)?;
    let s_from = shown_status(net, from)?;
    let (v_to, v_from) = (s_to.estimate?, s_from.estimate?);
    let ci = match (s_to.ci_low.flatten(), s_to.ci_high.flatten()) {
        (Some(lo), Some(hi)) => format!(" {}", ci_paren(c, &ind.range(lo, hi, lang), lang)),
        _ => String::new(),
    };
    let n = int(net.change.n_pairs, lang);
    let ft = from_to(from, to, lang);
    let mut text = if ind.is_proportion() {
        let phrase = positive_phrase(ind, lang);
        match lang {
            Lang::Fr => format!(
                "{} des personnes accompagnées {phrase} {}{ci}, contre {} {} ({n} personnes suivies {ft}).",
                pct(v_to, lang),
                at_wave(to, lang),
                pct(v_from, lang),
                at_wave(from, lang),
            ),
            Lang::En => format!(
                "{} of the people supported {phrase} {}{ci}, against {} {} ({n} people followed {ft}).",
                pct(v_to, lang),
                at_wave(to, lang),
                pct(v_from, lang),
                at_wave(from, lang),
            ),
        }
    } else {
        let est = change_estimates(&net.change)?;
        let chg_ci = match (est.ci_low, est.ci_high) {
            (Some(lo), Some(hi)) => format!(" {}", ci_paren(c, &ind.change_range(lo, hi, lang), lang)),
            _ => String::new(),
        };
        let scale = scale_phrase(ind, lang);
        match lang {
            Lang::Fr => format!(
                "En moyenne {}{scale} {}{ci}, contre {} {}{} une évolution moyenne de {} par personne{chg_ci}, \
                 pour {n} personnes suivies {ft}.",
                ind.value(v_to, lang),
                at_wave(to, lang),
                ind.value(v_from, lang),
                at_wave(from, lang),
                colon(lang),
                ind.change_value(est.mean_change, lang),
            ),
            Lang::En => format!(
                "On average {}{scale} {}{ci}, against {} {}: a mean change of {} per person{chg_ci}, \
                 for {n} people followed {ft}.",
                ind.value(v_to, lang),
                at_wave(to, lang),
                ind.value(v_from, lang),
                at_wave(from, lang),
                ind.change_value(est.mean_change, lang),
            ),
        }
    };
    if let Some(reading) = change_reading(doc, ind, net) {
        text.push(' ');
        text.push_str(&reading);
    }
    Some(text)
}

/// Whether a mean change goes the better way for this indicator.
fn better(direction: Direction, x: f64) -> bool {
    match direction {
        Direction::HigherIsBetter => x > 0.0,
        Direction::LowerIsBetter => x < 0.0,
    }
}

fn test_name(test: ChangeTest, lang: Lang) -> &'static str {
    match (test, lang) {
        (ChangeTest::McNemar, Lang::Fr) => "test de McNemar",
        (ChangeTest::Wilcoxon, Lang::Fr) => "test des rangs signés de Wilcoxon",
        (ChangeTest::PairedT, Lang::Fr) => "test t apparié",
        (ChangeTest::McNemar, Lang::En) => "McNemar test",
        (ChangeTest::Wilcoxon, Lang::En) => "Wilcoxon signed-rank test",
        (ChangeTest::PairedT, Lang::En) => "paired t-test",
    }
}

/// Whether a change is clearly more than chance, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A clear change the better way.
    Better,
    /// A clear change the worse way.
    Worse,
    /// Could be chance, or cannot be tested.
    Unclear,
}

/// The verdict on a group's change at the report's confidence level.
pub fn verdict(doc: &Doc<'_>, ind: &Ind<'_>, group: &Group) -> Verdict {
    let alpha = 1.0 - doc.report.parameters.confidence;
    let Some(est) = change_estimates(&group.change) else { return Verdict::Unclear };
    match change_p(ind.rep, est) {
        Some(p) if p < alpha && est.mean_change != 0.0 => {
            if better(ind.rep.direction, est.mean_change) {
                Verdict::Better
            } else {
                Verdict::Worse
            }
        }
        _ => Verdict::Unclear,
    }
}

/// A verdict in a few words, for a tag.
pub fn verdict_text(v: Verdict, lang: Lang) -> &'static str {
    match (v, lang) {
        (Verdict::Better, Lang::Fr) => "Amélioration nette",
        (Verdict::Worse, Lang::Fr) => "Dégradation nette",
        (Verdict::Unclear, Lang::Fr) => "Peut-être le hasard",
        (Verdict::Better, Lang::En) => "Clear improvement",
        (Verdict::Worse, Lang::En) => "Clear deterioration",
        (Verdict::Unclear, Lang::En) => "Could be chance",
    }
}

/// Whether a group's change is more than chance, in words.
pub fn change_reading(doc: &Doc<'_>, ind: &Ind<'_>, group: &Group) -> Option<String> {
    let lang = doc.lang;
    let est = change_estimates(&group.change)?;
    let alpha = 1.0 - doc.report.parameters.confidence;
    let Some(p) = change_p(ind.rep, est) else {
        return Some(match lang {
            Lang::Fr => "Trop peu de changements pour dire s'ils dépassent le hasard.".to_string(),
            Lang::En => "Too few changes to tell whether they are more than chance.".to_string(),
        });
    };
    let test = format!("{}, {}", test_name(change_test(ind.rep, est), lang), p_value(p, lang));
    Some(if p < alpha && est.mean_change != 0.0 {
        let good = better(ind.rep.direction, est.mean_change);
        match (lang, good) {
            (Lang::Fr, true) => format!(
                "Une amélioration nette{} une évolution de cette ampleur a peu de chances d'être due au hasard ({test}).",
                colon(lang)
            ),
            (Lang::Fr, false) => format!(
                "Une dégradation nette{} une évolution de cette ampleur a peu de chances d'être due au hasard ({test}).",
                colon(lang)
            ),
            (Lang::En, true) => {
                format!("A clear improvement: a change this large is unlikely to be due to chance ({test}).")
            }
            (Lang::En, false) => {
                format!("A clear deterioration: a change this large is unlikely to be due to chance ({test}).")
            }
        }
    } else {
        match lang {
            Lang::Fr => format!("Cette évolution pourrait être due au hasard ({test})."),
            Lang::En => format!("This change could be due to chance ({test})."),
        }
    })
}

/// How many people improved, stayed the same, worsened.
pub fn distance(doc: &Doc<'_>, group: &Group) -> Option<String> {
    let lang = doc.lang;
    let est = change_estimates(&group.change)?;
    let n = group.change.n_pairs;
    let share = |k: u64| if n > 0 { pct(k as f64 / n as f64, lang) } else { "–".to_string() };
    let ft = from_to(group.change.from, group.change.to, lang);
    Some(match lang {
        Lang::Fr => format!(
            "Sur les {} personnes suivies {ft}, {} ont progressé ({}), {} sont restées au même niveau ({}) et {} ont reculé ({}).",
            int(n, lang),
            int(est.improved, lang),
            share(est.improved),
            int(est.unchanged, lang),
            share(est.unchanged),
            int(est.worsened, lang),
            share(est.worsened),
        ),
        Lang::En => format!(
            "Of the {} people followed {ft}, {} improved ({}), {} stayed at the same level ({}) and {} worsened ({}).",
            int(n, lang),
            int(est.improved, lang),
            share(est.improved),
            int(est.unchanged, lang),
            share(est.unchanged),
            int(est.worsened, lang),
            share(est.worsened),
        ),
    })
}

fn join_names(names: &[&str], lang: Lang) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => {
            let and = match lang {
                Lang::Fr => "et",
                Lang::En => "and",
            };
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

/// One sentence per organisation outside the funnel limits, one for those
/// inside, one for the test across organisations.
pub fn funnel_reading(doc: &Doc<'_>, ind: &Ind<'_>, cmp: &Comparison) -> Vec<String> {
    let lang = doc.lang;
    let mut out = Vec::new();
    let mut within: Vec<&str> = Vec::new();
    let note = match (ind.rep.direction, lang) {
        (Direction::HigherIsBetter, _) => "",
        (Direction::LowerIsBetter, Lang::Fr) => " (pour cet indicateur, plus c'est bas, mieux c'est)",
        (Direction::LowerIsBetter, Lang::En) => " (for this indicator, lower is better)",
    };
    for point in &cmp.funnel {
        let org = point.organisation.as_str();
        let (above, strong) = match point.flag {
            FunnelFlag::Within => {
                within.push(org);
                continue;
            }
            FunnelFlag::Above95 => (true, false),
            FunnelFlag::Below95 => (false, false),
            FunnelFlag::Above998 => (true, true),
            FunnelFlag::Below998 => (false, true),
        };
        out.push(match (lang, above, strong) {
            (Lang::Fr, true, false) => format!(
                "{org} est au-dessus de la limite à 95{}%{} son résultat est plus élevé que celui du réseau, \
                 au-delà de ce que le hasard expliquerait{note}.",
                i18n::NNBSP,
                colon(lang)
            ),
            (Lang::Fr, false, false) => format!(
                "{org} est en dessous de la limite à 95{}%{} son résultat est plus bas que celui du réseau, \
                 au-delà de ce que le hasard expliquerait{note}.",
                i18n::NNBSP,
                colon(lang)
            ),
            (Lang::Fr, true, true) => format!(
                "{org} est au-dessus de la limite à 99,8{}%{} son résultat est nettement plus élevé que celui \
                 du réseau, bien au-delà de ce que le hasard expliquerait{note}.",
                i18n::NNBSP,
                colon(lang)
            ),
            (Lang::Fr, false, true) => format!(
                "{org} est en dessous de la limite à 99,8{}%{} son résultat est nettement plus bas que celui \
                 du réseau, bien au-delà de ce que le hasard expliquerait{note}.",
                i18n::NNBSP,
                colon(lang)
            ),
            (Lang::En, true, false) => format!(
                "{org} is above the 95% limit: its result is higher than the network's beyond what chance \
                 would explain{note}."
            ),
            (Lang::En, false, false) => format!(
                "{org} is below the 95% limit: its result is lower than the network's beyond what chance \
                 would explain{note}."
            ),
            (Lang::En, true, true) => format!(
                "{org} is above the 99.8% limit: its result is clearly higher than the network's, far beyond \
                 what chance would explain{note}."
            ),
            (Lang::En, false, true) => format!(
                "{org} is below the 99.8% limit: its result is clearly lower than the network's, far beyond \
                 what chance would explain{note}."
            ),
        });
    }
    if !within.is_empty() {
        let names = join_names(&within, lang);
        out.push(match (lang, within.len()) {
            (Lang::Fr, 1) => {
                format!(
                    "{names} est dans les limites{} son écart au réseau peut s'expliquer par le hasard.",
                    colon(lang)
                )
            }
            (Lang::Fr, _) => format!(
                "{names} sont dans les limites{} leurs écarts au réseau peuvent s'expliquer par le hasard.",
                colon(lang)
            ),
            (Lang::En, 1) => {
                format!("{names} is within the limits: its difference from the network can be explained by chance.")
            }
            (Lang::En, _) => {
                format!("{names} are within the limits: their differences from the network can be explained by chance.")
            }
        });
    }
    if let Some(p) = cmp.p {
        out.push(comparison_test(doc, cmp, p));
    }
    out
}

fn comparison_test(doc: &Doc<'_>, cmp: &Comparison, p: f64) -> String {
    let lang = doc.lang;
    let alpha = 1.0 - doc.report.parameters.confidence;
    let test = match (cmp.test, lang) {
        (ComparisonTest::ChiSquare, Lang::Fr) => "test du khi-deux",
        (ComparisonTest::ChiSquare, Lang::En) => "chi-square test",
        (ComparisonTest::KruskalWallis, Lang::Fr) => "test de Kruskal-Wallis",
        (ComparisonTest::KruskalWallis, Lang::En) => "Kruskal-Wallis test",
    };
    let holm = cmp.p_holm.map(|h| match lang {
        Lang::Fr => format!("{}\u{a0}; après correction de Holm, {}", p_value(p, lang), p_value(h, lang)),
        Lang::En => format!("{}; Holm-adjusted {}", p_value(p, lang), p_value(h, lang)),
    });
    let detail = format!("{test}, {}", holm.unwrap_or_else(|| p_value(p, lang)));
    let holm_significant = cmp.p_holm.is_some_and(|h| h < alpha);
    match (lang, p < alpha, holm_significant) {
        (Lang::Fr, true, true) => format!(
            "Les structures diffèrent plus que le hasard ne l'expliquerait, même en tenant compte du nombre \
             d'indicateurs comparés ({detail})."
        ),
        (Lang::Fr, true, false) => format!(
            "Prises seules, les structures semblent différer, mais plus une fois pris en compte le nombre \
             d'indicateurs comparés ({detail})."
        ),
        (Lang::Fr, false, _) => {
            format!("Pas de différence nette entre structures au-delà du hasard ({detail}).")
        }
        (Lang::En, true, true) => format!(
            "The organisations differ more than chance would explain, even allowing for the number of \
             indicators compared ({detail})."
        ),
        (Lang::En, true, false) => format!(
            "Taken alone the organisations seem to differ, but no longer once the number of indicators \
             compared is allowed for ({detail})."
        ),
        (Lang::En, false, _) => {
            format!("No clear difference between organisations beyond chance ({detail}).")
        }
    }
}

/// Organisations left out of a comparison because they are too small.
pub fn left_out(doc: &Doc<'_>, orgs: &[&str]) -> Option<String> {
    if orgs.is_empty() {
        return None;
    }
    let lang = doc.lang;
    let names = join_names(orgs, lang);
    Some(match lang {
        Lang::Fr => format!("Non comparé{} {names} ({}).", colon(lang), fewer_than(doc.min_cell(), lang)),
        Lang::En => format!("Not compared: {names} ({}).", fewer_than(doc.min_cell(), lang)),
    })
}

/// The duration effect in words.
pub fn duration(doc: &Doc<'_>, ind: &Ind<'_>, effect: &DurationEffect) -> String {
    let lang = doc.lang;
    let alpha = 1.0 - doc.report.parameters.confidence;
    let n = int(effect.n, lang);
    let (Some(rho), Some(p)) = (effect.spearman_rho, effect.p) else {
        return match lang {
            Lang::Fr => format!(
                "Pas assez de données pour relier la durée d'accompagnement à l'évolution ({n} personnes sorties)."
            ),
            Lang::En => format!("Not enough data to relate length of support to change ({n} people who left)."),
        };
    };
    let stats = format!("rho = {}, {}, n = {n}", i18n::num(rho, 2, lang), p_value(p, lang));
    let more = better(ind.rep.direction, rho);
    match (lang, p < alpha, more) {
        (Lang::Fr, true, true) => format!(
            "Les personnes accompagnées plus longtemps ont davantage progressé{} ce lien a peu de chances \
             d'être dû au hasard (Spearman {stats}).",
            colon(lang)
        ),
        (Lang::Fr, true, false) => format!(
            "Les personnes accompagnées plus longtemps ont moins progressé{} ce lien a peu de chances d'être \
             dû au hasard (Spearman {stats}).",
            colon(lang)
        ),
        (Lang::Fr, false, _) => {
            format!("Pas de lien net entre la durée d'accompagnement et l'évolution (Spearman {stats}).")
        }
        (Lang::En, true, true) => format!(
            "People supported for longer improved more: this link is unlikely to be due to chance (Spearman {stats})."
        ),
        (Lang::En, true, false) => format!(
            "People supported for longer improved less: this link is unlikely to be due to chance (Spearman {stats})."
        ),
        (Lang::En, false, _) => {
            format!("No clear link between the length of support and the change (Spearman {stats}).")
        }
    }
}

/// The network's Kaplan-Meier result in words, and the log-rank test.
pub fn time_to_event(doc: &Doc<'_>, tte: &TimeToEventReport, net: &SurvivalGroup) -> Vec<String> {
    let lang = doc.lang;
    let alpha = 1.0 - doc.report.parameters.confidence;
    let mut out = Vec::new();
    let as_of = doc.report.parameters.as_of.as_deref().map(|d| i18n::date(d, lang));
    if net.suppressed {
        out.push(match lang {
            Lang::Fr => format!("Résultat masqué{} {}.", colon(lang), fewer_than(doc.min_cell(), lang)),
            Lang::En => format!("Result hidden: {}.", fewer_than(doc.min_cell(), lang)),
        });
        return out;
    }
    let (n, events) = (int(net.n, lang), int(net.events.unwrap_or(0), lang));
    out.push(match (net.median_days.flatten(), lang) {
        (Some(m), Lang::Fr) => format!(
            "La moitié des personnes ont atteint ce résultat en {} jours ou moins (médiane, ensemble du réseau).",
            i18n::num(m, 0, lang)
        ),
        (Some(m), Lang::En) => format!(
            "Half of the people reached this outcome within {} days (median, whole network).",
            i18n::num(m, 0, lang)
        ),
        (None, Lang::Fr) => {
            "Moins de la moitié des personnes ont atteint ce résultat pendant la période observée : la médiane \
             n'est pas atteinte."
                .replace(" :", &colon(lang))
        }
        (None, Lang::En) => {
            "Fewer than half of the people reached this outcome during the period observed: the median is not \
             reached."
                .to_string()
        }
    });
    out.push(match (lang, as_of) {
        (Lang::Fr, Some(d)) => format!(
            "{events} des {n} personnes suivies l'ont atteint{} les autres comptent jusqu'à leur sortie ou \
             jusqu'au {d}.",
            colon(lang)
        ),
        (Lang::Fr, None) => format!(
            "{events} des {n} personnes suivies l'ont atteint{} les autres comptent jusqu'à leur sortie.",
            colon(lang)
        ),
        (Lang::En, Some(d)) => {
            format!("{events} of the {n} people followed reached it; the others count until they left or until {d}.")
        }
        (Lang::En, None) => {
            format!("{events} of the {n} people followed reached it; the others count until they left.")
        }
    });
    if let Some(lr) = &tte.logrank {
        let detail = format!("log-rank, {}", p_value(lr.p, lang));
        out.push(match (lang, lr.p < alpha) {
            (Lang::Fr, true) => {
                format!("Les délais diffèrent entre structures plus que le hasard ne l'expliquerait ({detail}).")
            }
            (Lang::Fr, false) => format!("Pas de différence nette de délai entre structures ({detail})."),
            (Lang::En, true) => {
                format!("Times differ between organisations more than chance would explain ({detail}).")
            }
            (Lang::En, false) => format!("No clear difference in time between organisations ({detail})."),
        });
    }
    out
}

/// The measure of an indicator in words: "Proportion positive (categorical)".
pub fn measure(ind: &Ind<'_>, lang: Lang) -> String {
    let kind = match (ind.def.map(|d| &d.measure), lang) {
        (Some(Measure::Binary { .. }), Lang::Fr) => "oui / non".to_string(),
        (Some(Measure::Binary { .. }), Lang::En) => "yes / no".to_string(),
        (Some(Measure::Categorical { categories }), Lang::Fr) => format!("{} catégories", categories.len()),
        (Some(Measure::Categorical { categories }), Lang::En) => format!("{} categories", categories.len()),
        (Some(Measure::Ordinal { min, max, .. }), Lang::Fr) => format!("échelle de {min} à {max}"),
        (Some(Measure::Ordinal { min, max, .. }), Lang::En) => format!("scale from {min} to {max}"),
        (Some(Measure::Count { .. }), Lang::Fr) => "nombre".to_string(),
        (Some(Measure::Count { .. }), Lang::En) => "count".to_string(),
        (Some(Measure::Continuous { unit, .. }), Lang::Fr) => format!("quantité ({unit})"),
        (Some(Measure::Continuous { unit, .. }), Lang::En) => format!("quantity ({unit})"),
        (None, _) => ind.rep.measure_type.clone(),
    };
    let summary = match (ind.is_proportion(), lang) {
        (true, Lang::Fr) => "part des réponses positives",
        (true, Lang::En) => "share of positive answers",
        (false, Lang::Fr) => "moyenne",
        (false, Lang::En) => "mean",
    };
    format!("{kind}{} {summary}", colon(lang))
}

/// "higher is better" / "lower is better".
pub fn direction(direction: Direction, lang: Lang) -> &'static str {
    match direction {
        Direction::HigherIsBetter => words(lang).higher_is_better,
        Direction::LowerIsBetter => words(lang).lower_is_better,
    }
}

/// What is hidden for one group, e.g. "status at follow-up and exit;
/// change".
pub fn hidden_parts(group: &Group, lang: Lang) -> Option<String> {
    let waves: Vec<&str> =
        group.status.iter().filter(|s| s.suppressed).map(|s| i18n::wave_name(s.wave, lang)).collect();
    let mut parts = Vec::new();
    if !waves.is_empty() {
        let waves = join_names(&waves, lang).to_lowercase();
        parts.push(match lang {
            Lang::Fr => format!("situation ({waves})"),
            Lang::En => format!("status ({waves})"),
        });
    }
    if group.change.suppressed {
        parts.push(match lang {
            Lang::Fr => "évolution".to_string(),
            Lang::En => "change".to_string(),
        });
    }
    if parts.is_empty() {
        None
    } else {
        Some(parts.join(" ; ").replace(" ; ", if lang == Lang::Fr { "\u{a0}; " } else { "; " }))
    }
}

/// The glossary: each statistic in one sentence.
pub fn glossary(lang: Lang) -> Vec<(&'static str, &'static str)> {
    match lang {
        Lang::Fr => vec![
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
        ],
        Lang::En => vec![
            ("Confidence interval (CI)", "The range in which the true value very probably lies (95 times out of 100 at the 95% level); the more people, the narrower it is."),
            ("Wilson interval", "The range of a proportion, reliable even for small groups or proportions close to 0 or 100%."),
            ("t interval (Student)", "The range of a mean, which allows for the number of people and how spread out their answers are."),
            ("Paired t-test", "Checks whether the mean change of the same people between two waves is larger than chance would produce."),
            ("Wilcoxon signed-rank test", "The same question as the paired t-test, but based on the ranking of the changes, so extreme values weigh less."),
            ("McNemar test", "For a yes/no question asked twice of the same people: compares those who move from no to yes with those who move from yes to no."),
            ("Cohen's d_z", "The size of a change relative to its spread: about 0.2 is a small change, 0.5 medium, 0.8 large."),
            ("p-value", "The probability of seeing a difference at least this large if in fact nothing had changed; below 0.05, the difference is called clear."),
            ("Chi-square test", "Checks whether the share of positive answers differs between organisations more than chance would explain."),
            ("Kruskal-Wallis test", "Checks whether scores differ between organisations, by comparing their rankings."),
            ("Holm correction", "When many tests are run some look clear by chance alone; Holm's correction raises the bar to allow for it."),
            ("Funnel plot", "Places each organisation by its number of answers: limits widen for small organisations, whose results vary more by chance; a point outside the limits deserves a closer look."),
            ("Spearman correlation (rho)", "Measures, from −1 to +1, whether two quantities rise or fall together, here the length of support and the change."),
            ("Kaplan-Meier curve", "The share of people who have not yet reached the outcome, day by day since entry, counting properly those still supported or who left before."),
            ("Log-rank test", "Checks whether the Kaplan-Meier curves of several organisations differ more than chance would explain."),
            ("Cronbach's alpha", "Measures whether the questions of one scale point the same way; above 0.7 the scale is considered consistent."),
            ("Hidden result", "Groups that are too small are not shown, so that nobody can be recognised and because their figures would be too uncertain."),
        ],
    }
}

/// The methods paragraph: how the figures were computed.
pub fn methods(doc: &Doc<'_>) -> Vec<String> {
    let lang = doc.lang;
    let p = &doc.report.parameters;
    let lvl = level(p.confidence, lang);
    let change = doc.set.change();
    let ft = from_to(change.from, change.to, lang);
    let cmp_wave = i18n::bare_wave(doc.set.comparison_wave(), lang);
    match lang {
        Lang::Fr => vec![
            format!(
                "Chaque indicateur est résumé à chaque temps de collecte, pour chaque structure et pour l'ensemble \
                 du réseau : part des réponses positives (intervalle de Wilson) ou moyenne (intervalle t), avec un \
                 intervalle de confiance à {lvl}. Au suivi, la réponse la plus récente compte."
            ),
            format!(
                "L'évolution est mesurée {ft} sur les personnes qui ont répondu aux deux temps (test t apparié, \
                 test de Wilcoxon, et test de McNemar pour les questions oui/non)."
            ),
            format!(
                "Les structures sont comparées à {cmp_wave} (khi-deux ou Kruskal-Wallis, puis correction de Holm \
                 sur l'ensemble des indicateurs) et placées sur un graphique en entonnoir avec des limites à 95 % \
                 et 99,8 %."
            )
            .replace(" %", &format!("{}%", i18n::NNBSP)),
            format!(
                "Les groupes de moins de {} personnes sont masqués{} leurs chiffres ne sont ni affichés ni \
                 utilisés dans les comparaisons entre structures.",
                p.min_cell,
                colon(lang)
            ),
        ],
        Lang::En => vec![
            format!(
                "Each indicator is summarised at each wave, for each organisation and for the whole network: share \
                 of positive answers (Wilson interval) or mean (t interval), with a {lvl} confidence interval. At \
                 follow-up, the latest answer counts."
            ),
            format!(
                "Change is measured {ft} over the people who answered at both waves (paired t-test, Wilcoxon test, \
                 and McNemar test for yes/no questions)."
            ),
            format!(
                "Organisations are compared at {cmp_wave} (chi-square or Kruskal-Wallis, then Holm's correction \
                 over all indicators) and placed on a funnel plot with 95% and 99.8% limits."
            ),
            format!(
                "Groups of fewer than {} people are hidden: their figures are neither shown nor used in comparisons \
                 between organisations.",
                p.min_cell
            ),
        ],
    }
}
