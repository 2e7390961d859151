//! The board summary: what an association's board reads in two to four
//! printed pages. Who was served, the key results with their uncertainty,
//! how organisations compare (one line per indicator) and the caveats; the
//! rest is in the full report.
//!
//! Built from the same blocks as the full report, so the HTML and Markdown
//! summaries say the same thing.

use super::content::{self, Block, Cell, Row, Table};
use super::reading as say;
use super::svg::group_name;
use super::{Doc, Ind};
use crate::catalogue::{Direction, Wave};
use crate::locale::numbers::{int, level};
use crate::locale::report::report as words;
use crate::locale::summary::summary as summary_words;
use crate::report::{FunnelFlag, Group, GroupId};

/// Organisations listed one by one in the table of who was served (and
/// named in a comparison cell) up to this many; past it, their number.
const LISTED_UP_TO: usize = 12;

/// Names in a comparison cell up to this many; past it, their number.
const NAMED_UP_TO: usize = 5;

/// The summary's blocks.
pub(super) fn blocks(doc: &Doc<'_>) -> Vec<Block> {
    let lang = doc.lang;
    let s = summary_words(lang);
    let mut out = Vec::new();
    match content::cover(doc) {
        Block::Cover { title, subtitle, facts, by, logo, .. } => {
            out.push(Block::Cover { kind: s.kind().to_string(), title, subtitle, facts, by, logo })
        }
        other => out.push(other),
    }
    // The key results: the first page's headlines, each with its interval.
    out.push(content::headlines(doc, s.results_title()));
    served(doc, &mut out);
    comparison(doc, &mut out);
    caveats(doc, &mut out);
    out
}

/// Who was served: totals, and people by organisation at each wave of change.
fn served(doc: &Doc<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let s = summary_words(lang);
    let w = words(lang);
    let q = &doc.report.data_quality;
    let orgs = doc.organisations();
    out.push(Block::Section { id: "served".to_string(), title: s.served_title().to_string() });
    out.push(Block::Para(s.served(
        (&int(q.beneficiaries, lang), q.beneficiaries),
        (&int(orgs.len() as u64, lang), orgs.len() as u64),
        &int(q.enrolments, lang),
        &int(q.observations, lang),
    )));
    let change = doc.set.change();
    // The network first (`None`), then each organisation by its code.
    let mut ids: Vec<Option<&str>> = vec![None];
    if orgs.len() <= LISTED_UP_TO {
        ids.extend(orgs.iter().map(|o| Some(*o)));
    }
    let rows = ids
        .iter()
        .map(|id| {
            let is = |g: &&Group| match id {
                None => g.organisation.is_network(),
                Some(o) => g.organisation.as_str() == *o,
            };
            let groups: Vec<&Group> = doc.report.indicators.iter().flat_map(|i| i.groups.iter()).filter(is).collect();
            let most = |wave: Wave| {
                groups
                    .iter()
                    .flat_map(|g| g.status.iter().filter(|st| st.wave == wave && !st.estimates.is_suppressed()))
                    .map(|st| st.n)
                    .max()
            };
            let pairs = groups.iter().filter(|g| !g.change.estimates.is_suppressed()).map(|g| g.change.n_pairs).max();
            let cell = |n: Option<u64>| match n {
                Some(n) => Cell::new(int(n, lang)),
                None => Cell::with(w.labels().hidden, w.fewer_than(doc.min_cell())),
            };
            Row {
                cells: vec![
                    Cell::new(id.map_or_else(|| group_name(&GroupId::Network, lang), str::to_string)),
                    cell(most(change.from)),
                    cell(most(change.to)),
                    cell(pairs),
                ],
                strong: id.is_none(),
            }
        })
        .collect();
    out.push(Block::Table(Table {
        caption: s.served_caption().to_string(),
        head: vec![
            w.labels().organisation.to_string(),
            s.answered_at(w.at_wave(change.from)),
            s.answered_at(w.at_wave(change.to)),
            s.followed(&w.span(change.from, change.to)),
        ],
        rows,
    }));
    if orgs.len() > LISTED_UP_TO {
        out.push(Block::Para(s.too_many_to_list(&int(orgs.len() as u64, lang))));
    }
    super::served::blocks(doc, true, out);
    super::activity::blocks(doc, true, out);
}

/// One line per indicator compared: the network's figure and the
/// organisations beyond the 95 % limits, the better way and the worse way.
fn comparison(doc: &Doc<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let s = summary_words(lang);
    let w = words(lang);
    let wave = doc.set.comparison_wave();
    out.push(Block::Section { id: "comparison".to_string(), title: s.comparison_title().to_string() });
    let rows: Vec<Row> = doc.indicators.iter().filter_map(|ind| comparison_row(doc, ind)).collect();
    if rows.is_empty() {
        out.push(Block::Para(s.no_comparison().to_string()));
        return;
    }
    out.push(Block::Para(s.comparison_intro(w.at_wave(wave))));
    out.push(Block::Table(Table {
        caption: s.comparison_title().to_string(),
        head: vec![
            w.labels().indicator.to_string(),
            s.network_at(w.at_wave(wave)),
            s.better().to_string(),
            s.worse().to_string(),
        ],
        rows,
    }));
}

fn comparison_row(doc: &Doc<'_>, ind: &Ind<'_>) -> Option<Row> {
    let lang = doc.lang;
    let s = summary_words(lang);
    let cmp = ind.rep.comparison.as_ref().filter(|c| !c.funnel.is_empty())?;
    let lower_is_better = ind.rep.direction == Direction::LowerIsBetter;
    let (mut better, mut worse): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for p in &cmp.funnel {
        let above = match p.flag {
            FunnelFlag::Within => continue,
            FunnelFlag::Above95 | FunnelFlag::Above998 => true,
            FunnelFlag::Below95 | FunnelFlag::Below998 => false,
        };
        if above != lower_is_better {
            better.push(p.organisation.as_str());
        } else {
            worse.push(p.organisation.as_str());
        }
    }
    let names = |list: &[&str]| match list.len() {
        0 => "–".to_string(),
        k if k <= NAMED_UP_TO => words(lang).join(list),
        k => s.organisations(&int(k as u64, lang), k),
    };
    let (better_cell, worse_cell) = if better.is_empty() && worse.is_empty() {
        (Cell::new(s.all_within()), Cell::new("–"))
    } else {
        (Cell::new(names(&better)), Cell::new(names(&worse)))
    };
    let network = ind.value(cmp.network_estimate, lang);
    Some(Row { cells: vec![Cell::new(ind.label(lang)), Cell::new(network), better_cell, worse_cell], strong: false })
}

/// What a board must keep in mind: hidden results, whom change counts,
/// what a comparison means, data quality, what the ranges are.
fn caveats(doc: &Doc<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let s = summary_words(lang);
    let w = words(lang);
    let r = doc.report;
    let q = &r.data_quality;
    let change = doc.set.change();
    let hidden = doc
        .indicators
        .iter()
        .map(|ind| {
            let applies = ind.measures_change(change);
            ind.rep.groups.iter().filter(|g| say::hidden_parts(g, applies, lang).is_some()).count()
        })
        .sum::<usize>()
        + r.time_to_event.iter().flat_map(|t| &t.groups).filter(|g| g.estimates.is_suppressed()).count();
    let missing: u64 = q.missing.iter().map(|m| m.count).sum();
    let warnings: u64 = q.warnings.iter().map(|m| m.count).sum();
    out.push(Block::Section { id: "caveats".to_string(), title: s.caveats_title().to_string() });
    let mut items = vec![
        s.hidden((&int(hidden as u64, lang), hidden), &w.fewer_than(doc.min_cell())),
        s.change_caveat(&w.span(change.from, change.to)),
        s.comparison_caveat(w.at_wave(doc.set.comparison_wave())),
        s.quality(
            (&int(q.rejected, lang), q.rejected),
            (&int(missing, lang), missing),
            (&int(warnings, lang), warnings),
        ),
        s.ranges(&level(r.parameters.confidence, lang)),
    ];
    items.extend(doc.options.notes.iter().cloned());
    items.push(s.full_report().to_string());
    out.push(Block::Bullets(items));
}
