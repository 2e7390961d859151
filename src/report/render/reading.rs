//! Results in plain words: which sentence a result calls for, with its
//! figures written out. The words themselves are in
//! [`locale::report`](crate::locale::report).
//!
//! Every function returns plain text; renderers escape it. Sentences state
//! the uncertainty with the number and say in words what a test means, never
//! the test alone.

use super::{change_estimates, change_p, change_test, shown_status, Doc, Ind, Verdict};
use crate::catalogue::{Direction, Measure};
use crate::locale::key_results::{key_results, StatusFacts};
use crate::locale::numbers::{colon, date, int, level, num, p_value, pct};
use crate::locale::report::{report as words, HeadlineFacts, Outside, Steps};
use crate::report::{Comparison, DurationEffect, FunnelFlag, Group, SurvivalGroup, TimeToEventReport};
use crate::text::Lang;

/// `(95 % CI 56–68 %)` / `(IC à 95 % : 56–68 %)`.
fn ci_paren(confidence: f64, range: &str, lang: Lang) -> String {
    words(lang).ci_paren(&level(confidence, lang), range)
}

/// What counts as positive for a proportion, as a verb phrase:
/// `were in “supported” or “tenancy”`, `answered yes`.
fn positive_phrase(ind: &Ind<'_>, lang: Lang) -> String {
    let w = words(lang);
    match ind.def.map(|d| &d.measure) {
        Some(Measure::Categorical { categories }) => {
            let positive: Vec<&str> = categories.iter().filter(|c| c.positive).map(|c| c.label.get(lang)).collect();
            w.in_categories(&positive)
        }
        Some(Measure::Binary { labels }) => w.answered(labels.as_ref().map(|l| l.yes.get(lang))),
        _ => w.positive_answer().to_string(),
    }
}

/// ` on a scale from 1 to 10` for ordinal indicators.
fn scale_phrase(ind: &Ind<'_>, lang: Lang) -> String {
    match ind.def.map(|d| &d.measure) {
        Some(Measure::Ordinal { min, max, .. }) => words(lang).on_scale(*min, *max),
        _ => String::new(),
    }
}

/// The headline sentence of an indicator: status at the later wave with its
/// interval, against the earlier wave, and the people followed.
/// A key outcome whose change is not shown has its status sentence
/// instead ([`key_status`]).
pub(super) fn headline(doc: &Doc<'_>, ind: &Ind<'_>) -> Option<String> {
    let lang = doc.lang;
    let w = words(lang);
    let c = doc.report.parameters.confidence;
    let net = super::network(ind.rep)?;
    if !super::change_is_shown(net) {
        return key_status(doc, ind, net);
    }
    let (from, to) = (net.change.from, net.change.to);
    let s_to = shown_status(net, to)?;
    let s_from = shown_status(net, from)?;
    let (v_to, v_from) = (s_to.estimate, s_from.estimate);
    let ci = match (s_to.ci_low, s_to.ci_high) {
        (Some(lo), Some(hi)) => format!(" {}", ci_paren(c, &ind.range(lo, hi, lang), lang)),
        _ => String::new(),
    };
    let n = int(net.change.n_pairs, lang);
    let (n_later, n_earlier) = (int(status_n(net, to), lang), int(status_n(net, from), lang));
    let ft = w.span(from, to);
    let (later, earlier) = if ind.is_proportion() {
        (pct(v_to, lang), pct(v_from, lang))
    } else {
        (ind.value(v_to, lang), ind.value(v_from, lang))
    };
    let facts = HeadlineFacts {
        later: &later,
        at_later: w.at_wave(to),
        n_later: &n_later,
        ci: &ci,
        earlier: &earlier,
        at_earlier: w.at_wave(from),
        n_earlier: &n_earlier,
        n: &n,
        from_to: &ft,
    };
    let mut text = if ind.is_proportion() {
        w.headline_share(&facts, &positive_phrase(ind, lang))
    } else {
        let est = change_estimates(&net.change)?;
        let chg_ci = match (est.ci_low, est.ci_high) {
            (Some(lo), Some(hi)) => format!(" {}", ci_paren(c, &ind.change_range(lo, hi, lang), lang)),
            _ => String::new(),
        };
        let change = ind.change_value(est.mean_change, lang);
        let change = match ind.def.map(|d| &d.measure) {
            Some(Measure::Ordinal { .. }) => w.scale_change(&change, est.mean_change.abs()),
            _ => change,
        };
        w.headline_mean(&facts, &scale_phrase(ind, lang), &change, &chg_ci)
    };
    if let Some(reading) = change_reading(doc, ind, net) {
        text.push(' ');
        text.push_str(&reading);
    }
    Some(text)
}

/// The sentence of a key outcome shown by its status alone: the network's
/// figure at its [`key_wave`](super::key_wave), with its interval and base.
fn key_status(doc: &Doc<'_>, ind: &Ind<'_>, net: &Group) -> Option<String> {
    let lang = doc.lang;
    let wave = super::key_wave(net)?;
    let s = shown_status(net, wave)?;
    let ci = match (s.ci_low, s.ci_high) {
        (Some(lo), Some(hi)) => {
            format!(" {}", ci_paren(doc.report.parameters.confidence, &ind.range(lo, hi, lang), lang))
        }
        _ => String::new(),
    };
    let count = status_n(net, wave);
    let (value, n) = if ind.is_proportion() {
        (pct(s.estimate, lang), int(count, lang))
    } else {
        (ind.value(s.estimate, lang), int(count, lang))
    };
    let facts = StatusFacts { value: &value, n: &n, count, at_wave: words(lang).at_wave(wave), ci: &ci };
    let k = key_results(lang);
    Some(if ind.is_proportion() {
        k.share(&facts, &positive_phrase(ind, lang))
    } else {
        k.mean(&facts, &scale_phrase(ind, lang))
    })
}

/// How many people answered at `wave` (0 when the group has no status then).
pub(super) fn status_n(group: &Group, wave: crate::catalogue::Wave) -> u64 {
    group.status.iter().find(|s| s.wave == wave).map_or(0, |s| s.n)
}

/// What improving means for an indicator: a step on ordered answers, the
/// better answer to a yes / no question, a better value.
fn steps(ind: &Ind<'_>) -> Steps {
    match ind.def.map(|d| &d.measure) {
        Some(Measure::Binary { .. }) => Steps::YesNo,
        Some(Measure::Ordinal { .. } | Measure::Categorical { .. }) => Steps::Scale,
        Some(_) => Steps::Quantity,
        None if ind.rep.measure_type == crate::catalogue::MeasureType::Binary => Steps::YesNo,
        None => Steps::Quantity,
    }
}

/// Whether a mean change goes the better way for this indicator.
fn better(direction: Direction, x: f64) -> bool {
    match direction {
        Direction::HigherIsBetter => x > 0.0,
        Direction::LowerIsBetter => x < 0.0,
    }
}

/// The verdict on a group's change at the report's confidence level.
pub(super) fn verdict(doc: &Doc<'_>, ind: &Ind<'_>, group: &Group) -> Verdict {
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

/// Whether a group's change is more than chance, in words.
pub(super) fn change_reading(doc: &Doc<'_>, ind: &Ind<'_>, group: &Group) -> Option<String> {
    let lang = doc.lang;
    let w = words(lang);
    let est = change_estimates(&group.change)?;
    let alpha = 1.0 - doc.report.parameters.confidence;
    let Some(p) = change_p(ind.rep, est) else {
        return Some(w.too_few_changes().to_string());
    };
    let test = format!("{}, {}", w.change_test(change_test(ind.rep, est)), p_value(p, lang));
    Some(if p < alpha && est.mean_change != 0.0 {
        w.clear_change(better(ind.rep.direction, est.mean_change), &test)
    } else {
        w.maybe_chance(&test)
    })
}

/// How many people improved, stayed the same, worsened, and what improving
/// means for this indicator.
pub(super) fn distance(doc: &Doc<'_>, ind: &Ind<'_>, group: &Group) -> Option<String> {
    let lang = doc.lang;
    let w = words(lang);
    let est = change_estimates(&group.change)?;
    let n = group.change.n_pairs;
    let share = |k: u64| if n > 0 { pct(k as f64 / n as f64, lang) } else { "–".to_string() };
    let counts = [est.improved, est.unchanged, est.worsened].map(|k| (k, int(k, lang), share(k)));
    let [a, b, c] = &counts;
    Some(w.distance(
        &int(n, lang),
        &w.span(group.change.from, group.change.to),
        [(a.0, &a.1, &a.2), (b.0, &b.1, &b.2), (c.0, &c.1, &c.2)],
        steps(ind),
    ))
}

/// One sentence per organisation outside the funnel limits, one for those
/// inside, one for the test across organisations.
pub(super) fn funnel_reading(doc: &Doc<'_>, ind: &Ind<'_>, cmp: &Comparison) -> Vec<String> {
    if doc.condensed {
        return funnel_counts(doc, cmp);
    }
    let w = words(doc.lang);
    let mut out = Vec::new();
    let mut within: Vec<&str> = Vec::new();
    let lower_is_better = ind.rep.direction == Direction::LowerIsBetter;
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
        out.push(w.outside_limits(org, Outside { above, strong, lower_is_better }));
    }
    if !within.is_empty() {
        out.push(w.within_limits(&w.join(&within), within.len()));
    }
    if let Some(p) = cmp.p {
        out.push(comparison_test(doc, cmp, p));
    }
    out
}

/// At the federation's size: how many organisations are above, below and
/// inside the limits (the table names those outside), then the test.
fn funnel_counts(doc: &Doc<'_>, cmp: &Comparison) -> Vec<String> {
    let lang = doc.lang;
    let count = |pred: fn(FunnelFlag) -> bool| cmp.funnel.iter().filter(|p| pred(p.flag)).count() as u64;
    let above = count(|f| matches!(f, FunnelFlag::Above95 | FunnelFlag::Above998));
    let below = count(|f| matches!(f, FunnelFlag::Below95 | FunnelFlag::Below998));
    let mut out = vec![crate::locale::network::words(lang).funnel_counts(
        (above + below, &int(above + below, lang)),
        &int(above, lang),
        &int(below, lang),
        &int(cmp.funnel.len() as u64, lang),
    )];
    if let Some(p) = cmp.p {
        out.push(comparison_test(doc, cmp, p));
    }
    out
}

fn comparison_test(doc: &Doc<'_>, cmp: &Comparison, p: f64) -> String {
    let lang = doc.lang;
    let w = words(lang);
    let alpha = 1.0 - doc.report.parameters.confidence;
    let holm = cmp.p_holm.map(|h| w.holm(&p_value(p, lang), &p_value(h, lang)));
    let detail = format!("{}, {}", w.comparison_test(cmp.test), holm.unwrap_or_else(|| p_value(p, lang)));
    let holm_significant = cmp.p_holm.is_some_and(|h| h < alpha);
    w.organisations_differ(p < alpha, holm_significant, &detail)
}

/// Organisations left out of a comparison because they are too small.
pub(super) fn left_out(doc: &Doc<'_>, orgs: &[&str]) -> Option<String> {
    if orgs.is_empty() {
        return None;
    }
    let w = words(doc.lang);
    let names = if doc.condensed {
        crate::locale::network::words(doc.lang).organisations(orgs.len() as u64, &int(orgs.len() as u64, doc.lang))
    } else {
        w.join(orgs)
    };
    Some(w.not_compared(&names, &w.fewer_than(doc.min_cell())))
}

/// The duration effect in words.
pub(super) fn duration(doc: &Doc<'_>, ind: &Ind<'_>, effect: &DurationEffect) -> String {
    let lang = doc.lang;
    let w = words(lang);
    let alpha = 1.0 - doc.report.parameters.confidence;
    let n = int(effect.n, lang);
    let (Some(rho), Some(p)) = (effect.spearman_rho, effect.p) else {
        return w.duration_no_data(&n);
    };
    let stats = format!("rho = {}, {}, n = {n}", num(rho, 2, lang), p_value(p, lang));
    w.duration_link(p < alpha, better(ind.rep.direction, rho), &stats)
}

/// The network's Kaplan-Meier result in words, and the log-rank test.
pub(super) fn time_to_event(doc: &Doc<'_>, tte: &TimeToEventReport, net: &SurvivalGroup) -> Vec<String> {
    let lang = doc.lang;
    let w = words(lang);
    let alpha = 1.0 - doc.report.parameters.confidence;
    let Some(shown) = net.estimates.shown() else {
        return vec![w.time_hidden(&w.fewer_than(doc.min_cell()))];
    };
    let as_of = doc.report.parameters.as_of.map(|d| date(d, lang));
    let (n, events) = (int(net.n, lang), int(shown.events, lang));
    let median = shown.median_days.map(|m| num(m, 0, lang));
    let mut out = vec![w.time_median(median.as_deref()), w.time_reached(&events, &n, as_of.as_deref())];
    if let Some(lr) = &tte.logrank {
        let detail = format!("log-rank, {}", p_value(lr.p, lang));
        out.push(w.logrank(lr.p < alpha, &detail));
    }
    out
}

/// The measure of an indicator in words: "yes / no: share of positive answers".
pub(super) fn measure(ind: &Ind<'_>, lang: Lang) -> String {
    let w = words(lang);
    let kind = match ind.def.map(|d| &d.measure) {
        Some(m) => w.measure_kind(m),
        None => ind.rep.measure_type.as_str().to_string(),
    };
    format!("{kind}{} {}", colon(lang), ind.summary(lang))
}

/// What is hidden for one group, e.g. "status (follow-up and exit);
/// change". A change the set does not measure (`change_applies` false)
/// is not hidden: it does not exist.
pub(super) fn hidden_parts(group: &Group, change_applies: bool, lang: Lang) -> Option<String> {
    let w = words(lang);
    let waves: Vec<&str> =
        group.status.iter().filter(|s| s.estimates.is_suppressed()).map(|s| w.wave_name(s.wave)).collect();
    let mut parts = Vec::new();
    if !waves.is_empty() {
        parts.push(w.hidden_status(&w.join(&waves).to_lowercase()));
    }
    if change_applies && group.change.estimates.is_suppressed() {
        parts.push(w.hidden_change().to_string());
    }
    if parts.is_empty() {
        None
    } else {
        Some(w.semicolons(&parts))
    }
}

/// The methods paragraphs: how the figures were computed.
pub(super) fn methods(doc: &Doc<'_>) -> Vec<String> {
    let lang = doc.lang;
    let w = words(lang);
    let p = &doc.report.parameters;
    let change = doc.set.change();
    w.methods(
        &level(p.confidence, lang),
        &w.span(change.from, change.to),
        w.bare_wave(doc.set.comparison_wave()),
        p.min_cell,
    )
}
