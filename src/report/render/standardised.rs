//! The comparison standardised on age band and sex, beside the raw funnel:
//! its heading, what it corrects and what not, and its table (raw and
//! standardised figure, interval, limits and position of each organisation).

use super::content::{Block, Cell, Row, Table};
use super::{Doc, Ind};
use crate::catalogue::StandardiseFactor;
use crate::locale::numbers::int;
use crate::locale::report::report as words;
use crate::locale::standardised::standardised as std_words;
use crate::report::{StandardisedComparison, StandardisedPoint};

/// The blocks of `cmp`, or none when no organisation is on it.
pub(super) fn blocks(doc: &Doc<'_>, ind: &Ind<'_>, cmp: &StandardisedComparison, out: &mut Vec<Block>) {
    if cmp.funnel.is_empty() {
        return;
    }
    let lang = doc.lang;
    let s = std_words(lang);
    // The heading names the factors of the strata used, which may be fewer
    // than the set declares (sex dropped by the collapse chain).
    let used: Vec<StandardiseFactor> = cmp
        .factors
        .iter()
        .copied()
        .filter(|f| match f {
            StandardiseFactor::AgeBand => cmp.strata.age_bands_merged.is_some(),
            StandardiseFactor::Sex => cmp.strata.sex,
            #[allow(unreachable_patterns)]
            _ => true,
        })
        .collect();
    out.push(Block::Heading(s.heading(&used).to_string()));
    out.push(Block::Para(s.explain().to_string()));
    if cmp.funnel.iter().all(|p| p.estimate.is_none()) {
        out.push(Block::Para(s.none().to_string()));
    } else {
        out.push(Block::Table(table(doc, ind, cmp)));
        out.push(Block::Para(s.used(cmp.strata.age_bands_merged, cmp.strata.sex)));
    }
}

/// The rule of hidden and empty strata, for the methods, when a comparison
/// of the report is standardised.
pub(super) fn methods(doc: &Doc<'_>, out: &mut Vec<Block>) {
    let standardised =
        doc.report.indicators.iter().any(|i| i.comparison.as_ref().is_some_and(|c| c.standardised.is_some()));
    if standardised {
        out.push(Block::Para(std_words(doc.lang).rule(&int(u64::from(doc.min_cell()), doc.lang))));
    }
}

/// An optional figure, `–` when absent.
fn or_dash(x: Option<String>) -> String {
    x.unwrap_or_else(|| "–".to_string())
}

fn table(doc: &Doc<'_>, ind: &Ind<'_>, cmp: &StandardisedComparison) -> Table {
    let lang = doc.lang;
    let w = words(lang).labels();
    let s = std_words(lang);
    let rows = cmp
        .funnel
        .iter()
        .filter(|p| doc.listed(&ind.flagged, &p.organisation))
        .map(|p: &StandardisedPoint| {
            let range =
                |low: Option<f64>, high: Option<f64>| or_dash(low.zip(high).map(|(l, h)| ind.range(l, h, lang)));
            let (standardised, position) = match (p.estimate, p.reason) {
                (Some(e), _) => (ind.value(e, lang), p.flag.map_or("–", |f| words(lang).flag_name(f)).to_string()),
                (None, Some(reason)) => (s.reason(reason).to_string(), "–".to_string()),
                (None, None) => ("–".to_string(), "–".to_string()),
            };
            Row {
                cells: vec![
                    Cell::new(p.organisation.as_str()),
                    Cell::new(int(p.n, lang)),
                    Cell::new(ind.value(p.raw_estimate, lang)),
                    Cell::new(standardised),
                    Cell::new(range(p.ci_low, p.ci_high)),
                    Cell::new(range(p.limit95_low, p.limit95_high)),
                    Cell::new(range(p.limit998_low, p.limit998_high)),
                    Cell::new(position),
                ],
                strong: false,
            }
        })
        .collect();
    let network = or_dash(cmp.network_estimate.map(|v| ind.value(v, lang)));
    let [raw, standardised, interval] = s.columns();
    let at_wave = ind.rep.comparison.as_ref().map_or(doc.set.comparison_wave(), |c| c.wave);
    Table {
        caption: s.caption(ind.label(lang), words(lang).at_wave(at_wave), &network),
        head: [w.organisation, w.people, raw, standardised, interval, w.limits95, w.limits998, w.position]
            .iter()
            .map(|h| h.to_string())
            .collect(),
        rows,
    }
}
