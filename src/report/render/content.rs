//! What a report says, once, as a list of blocks that the HTML and
//! Markdown renderers each lay out in their own way.
//!
//! Keeping the content here means the two formats cannot drift apart: a
//! table added for one is in the other. Blocks hold plain text; escaping is
//! the renderer's job.

use super::reading as say;
use super::svg::{self, group_name};
use super::{change_estimates, change_p, Doc, Ind};
use crate::catalogue::Dimension;
use crate::catalogue::MeasureType;
use crate::locale::key_results::key_results;
use crate::locale::numbers::{self as nums, colon, int, level, p_cell};
use crate::locale::report::report as words;
use crate::report::{Comparison, Group, GroupId, Suppressible, TimeToEventReport};

/// One block of a report.
pub(crate) enum Block {
    /// The first page's title block.
    Cover {
        /// Kind of document, above the title.
        kind: String,
        /// The set's title.
        title: String,
        /// Set id and version.
        subtitle: String,
        /// Key facts: label and value.
        facts: Vec<(String, String)>,
        /// The association's name, above the title.
        by: Option<String>,
        /// The association's logo, as a `data:` URI.
        logo: Option<String>,
    },
    /// The headline results.
    Headlines {
        /// Heading.
        title: String,
        /// One-line introduction.
        intro: String,
        /// The results.
        items: Vec<Headline>,
    },
    /// Table of contents: its heading and entries.
    Toc(String, Vec<TocEntry>),
    /// Start of a top-level section (a new page in print).
    Section {
        /// Anchor.
        id: String,
        /// Heading.
        title: String,
    },
    /// An indicator heading with its id and definition.
    Indicator {
        /// Anchor.
        id: String,
        /// Label.
        title: String,
        /// Indicator id, measure and direction.
        meta: String,
        /// Definition text.
        definition: Option<String>,
    },
    /// The start of the items of a composite scale, inside the scale's
    /// section: folded away on screen until opened, printed in full.
    /// Indicators up to [`Block::ItemsEnd`] are the items.
    Items {
        /// Anchor.
        id: String,
        /// What the fold holds: "The scale's 6 items".
        summary: String,
        /// How it opens, and that print shows it all.
        hint: String,
    },
    /// The end of a scale's items.
    ItemsEnd,
    /// A sub-heading.
    Heading(String),
    /// A paragraph.
    Para(String),
    /// A warning the reader must see before anything else (e.g. that the
    /// figures are illustrative).
    Banner(String),
    /// A chart and the table of its figures.
    Figure {
        /// The SVG element.
        svg: String,
        /// Its figures.
        table: Table,
    },
    /// A table on its own.
    Table(Table),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Terms and their definitions.
    Glossary(Vec<(String, String)>),
}

/// One entry of the table of contents: where it jumps, its title, and
/// the entries under it (an outcome area's indicators, a scale's items).
pub(crate) struct TocEntry {
    /// Anchor.
    pub anchor: String,
    /// Title.
    pub name: String,
    /// Entries under it.
    pub children: Vec<TocEntry>,
}

impl TocEntry {
    /// An entry with nothing under it.
    pub(crate) fn leaf((anchor, name): (String, String)) -> TocEntry {
        TocEntry { anchor, name, children: Vec::new() }
    }
}

/// One headline result.
pub(crate) struct Headline {
    /// The indicator's outcome area.
    pub dimension: String,
    /// The indicator's label.
    pub label: String,
    /// Anchor of the indicator's section.
    pub anchor: String,
    /// The key figure: the network's status at the later wave.
    pub key: String,
    /// When the key figure was measured and out of how many people: "at
    /// exit, 1,027 people".
    pub key_wave: String,
    /// The earlier status and its base: "against 13% at entry (1,870
    /// people)".
    pub before: String,
    /// Whether the change is clear, and which way.
    pub verdict: super::Verdict,
    /// The verdict in a few words.
    pub verdict_text: String,
    /// The whole result in plain words.
    pub text: String,
}

/// A table of figures.
pub(crate) struct Table {
    /// Caption, read before the table.
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Rows.
    pub rows: Vec<Row>,
}

impl Table {
    /// Which columns to right-align: those where most cells read as
    /// numbers ("Hidden" or "not reached" may sit among them). The first
    /// column names the row and never is.
    pub(crate) fn numeric_columns(&self) -> Vec<bool> {
        let numeric = |text: &str| text.chars().next().is_some_and(|c| c.is_ascii_digit() || "−+<–".contains(c));
        (0..self.head.len())
            .map(|c| {
                let cells = || self.rows.iter().filter_map(|r| r.cells.get(c)).filter(|x| !x.main.is_empty());
                let numbers = cells().filter(|x| numeric(&x.main)).count();
                c > 0 && numbers > 0 && numbers * 2 > cells().count()
            })
            .collect()
    }
}

/// A table row.
pub(crate) struct Row {
    /// Cells, one per column.
    pub cells: Vec<Cell>,
    /// The network's row, set in bold.
    pub strong: bool,
}

/// A table cell: a main value and an optional second line (an interval, a
/// count).
pub(crate) struct Cell {
    /// Main text.
    pub main: String,
    /// Second line.
    pub sub: Option<String>,
}

impl Cell {
    pub(crate) fn new(main: impl Into<String>) -> Cell {
        Cell { main: main.into(), sub: None }
    }

    pub(crate) fn with(main: impl Into<String>, sub: impl Into<String>) -> Cell {
        Cell { main: main.into(), sub: Some(sub.into()) }
    }
}

/// Column headings.
fn heads(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

fn row(cells: Vec<Cell>, org: &GroupId) -> Row {
    Row { cells, strong: org.is_network() }
}

/// How many organisations (not the network) an indicator's groups hold.
fn organisations_of(ind: &Ind<'_>) -> usize {
    ind.rep.groups.iter().filter(|g| !g.organisation.is_network()).count()
}

/// The sentence under a table of `groups` out of the indicator's `total`
/// organisations, when some are not listed.
fn not_listed_para<'g>(
    doc: &Doc<'_>,
    groups: impl IntoIterator<Item = &'g GroupId>,
    total: usize,
    out: &mut Vec<Block>,
) {
    let listed = groups.into_iter().filter(|o| !o.is_network()).count();
    if let Some(text) = doc.not_listed(listed, total) {
        out.push(Block::Para(text));
    }
}

pub(super) fn hidden_cell(doc: &Doc<'_>) -> Cell {
    let w = words(doc.lang);
    Cell::with(w.labels().hidden, w.fewer_than(doc.min_cell()))
}

/// Anchor of the `k`-th indicator's section.
fn ind_anchor(doc: &Doc<'_>, ind: &Ind<'_>) -> String {
    let k = doc.indicators.iter().position(|i| i.rep.indicator == ind.rep.indicator).unwrap_or(0);
    format!("ind-{}", k + 1)
}

/// The whole report.
pub(crate) fn blocks(doc: &Doc<'_>) -> Vec<Block> {
    if doc.options.summary {
        return super::summary::blocks(doc);
    }
    let lang = doc.lang;
    let w = words(lang).labels();
    let mut out = vec![cover(doc)];
    if let Some(member) = doc.member() {
        you_against_the_network(doc, member, &mut out);
    }
    out.push(headlines(doc, w.headlines));
    let mut toc = vec![TocEntry::leaf(("served".to_string(), crate::locale::served::served(lang).title().to_string()))];
    toc.extend(doc.dimensions().into_iter().map(|d| dimension_toc(doc, d)));
    toc.extend(doc.options.sroi.as_ref().map(|s| TocEntry::leaf(s.toc_entry(lang))));
    toc.push(TocEntry::leaf(("data-quality".to_string(), w.data_quality.to_string())));
    toc.push(TocEntry::leaf(("methods".to_string(), w.methods.to_string())));
    out.push(Block::Toc(w.contents.to_string(), toc));
    super::served::blocks(doc, false, &mut out);
    for dim in doc.dimensions() {
        dimension(doc, dim, &mut out);
    }
    if let Some(sroi) = &doc.options.sroi {
        out.extend(sroi.blocks(lang));
    }
    data_quality(doc, &mut out);
    methods(doc, &mut out);
    out
}

/// The first page's results, under `title`: the set's key outcomes first
/// (said in the introduction when there are any), then the clearest changes.
pub(super) fn headlines(doc: &Doc<'_>, title: &str) -> Block {
    let lang = doc.lang;
    let w = words(lang).labels();
    let inds = doc.headlines();
    let declared = inds.iter().any(|i| doc.report.reference_set.headline.contains(&i.rep.indicator));
    let items: Vec<Headline> = inds.into_iter().filter_map(|ind| headline(doc, ind)).collect();
    let intro = match (items.is_empty(), declared) {
        (true, _) => w.no_headline,
        (false, true) => key_results(lang).intro(),
        (false, false) => w.headlines_intro,
    };
    Block::Headlines { title: title.to_string(), intro: intro.to_string(), items }
}

pub(super) fn headline(doc: &Doc<'_>, ind: &Ind<'_>) -> Option<Headline> {
    let lang = doc.lang;
    let net = super::network(ind.rep)?;
    if !super::change_is_shown(net) {
        return key_status(doc, ind, net);
    }
    let (from, to) = (net.change.from, net.change.to);
    let v_to = super::shown_status(net, to)?.estimate;
    let v_from = super::shown_status(net, from)?.estimate;
    let verdict = say::verdict(doc, ind, net);
    Some(Headline {
        dimension: words(lang).dimension_name(ind.rep.dimension).to_string(),
        label: ind.label(lang).to_string(),
        anchor: ind_anchor(doc, ind),
        key: key_figure(ind, v_to, lang),
        key_wave: {
            let n = say::status_n(net, to);
            words(lang).at_wave_of(words(lang).at_wave(to), &int(n, lang), n)
        },
        before: {
            let n = say::status_n(net, from);
            words(lang).against(&ind.value(v_from, lang), words(lang).at_wave(from), &int(n, lang), n)
        },
        verdict,
        verdict_text: words(lang).verdict(verdict).to_string(),
        text: say::headline(doc, ind)?,
    })
}

/// The key figure of a first-page item: "4.9/10" says at once where the
/// score sits on its scale.
fn key_figure(ind: &Ind<'_>, value: f64, lang: crate::Lang) -> String {
    match ind.def.map(|d| &d.measure) {
        Some(crate::catalogue::Measure::Ordinal { max, .. }) => format!("{}/{max}", ind.value(value, lang)),
        _ => ind.value(value, lang),
    }
}

/// The first-page item of a key outcome whose change is not shown: its
/// figure at its [`key_wave`](super::key_wave), the earlier wave's figure
/// when there is one, and no verdict.
fn key_status(doc: &Doc<'_>, ind: &Ind<'_>, net: &Group) -> Option<Headline> {
    let lang = doc.lang;
    let w = words(lang);
    let wave = super::key_wave(net)?;
    let value = super::shown_status(net, wave)?.estimate;
    let from = net.change.from;
    let n = say::status_n(net, wave);
    let before = match super::shown_status(net, from) {
        Some(s) if from != wave => {
            let n_from = say::status_n(net, from);
            w.against(&ind.value(s.estimate, lang), w.at_wave(from), &int(n_from, lang), n_from)
        }
        _ => key_results(lang).no_figure(w.at_wave(from)),
    };
    Some(Headline {
        dimension: w.dimension_name(ind.rep.dimension).to_string(),
        label: ind.label(lang).to_string(),
        anchor: ind_anchor(doc, ind),
        key: key_figure(ind, value, lang),
        key_wave: w.at_wave_of(w.at_wave(wave), &int(n, lang), n),
        before,
        verdict: super::Verdict::Unclear,
        verdict_text: key_results(lang).tag().to_string(),
        text: say::headline(doc, ind)?,
    })
}

pub(super) fn cover(doc: &Doc<'_>) -> Block {
    let lang = doc.lang;
    let w = words(lang).labels();
    let r = doc.report;
    let orgs = doc.organisations().len();
    let mut facts = vec![
        (w.beneficiaries.to_string(), int(r.data_quality.beneficiaries, lang)),
        (w.organisations.to_string(), int(orgs as u64, lang)),
        (w.indicators.to_string(), int(r.indicators.len() as u64, lang)),
    ];
    if let Some(d) = r.parameters.as_of {
        facts.push((w.data_up_to.to_string(), nums::date(d, lang)));
    }
    Block::Cover {
        kind: w.report_kind.to_string(),
        title: doc.title().to_string(),
        subtitle: format!("{} {}, {} {}", w.reference_set, r.reference_set.id, w.version, r.reference_set.version),
        facts,
        by: doc.options.association.clone(),
        logo: doc.options.logo.as_ref().map(|l| l.data_uri()),
    }
}

/// An outcome area's entry of the table of contents: its indicators, each
/// composite scale with its items under it.
fn dimension_toc(doc: &Doc<'_>, dim: Dimension) -> TocEntry {
    let lang = doc.lang;
    let entry = |ind: &Ind<'_>, children| TocEntry {
        anchor: ind_anchor(doc, ind),
        name: ind.label(lang).to_string(),
        children,
    };
    TocEntry {
        anchor: Doc::anchor(dim),
        name: words(lang).dimension_name(dim).to_string(),
        children: doc
            .in_dimension(dim)
            .map(|ind| entry(ind, doc.items_of(ind).into_iter().map(|item| entry(item, Vec::new())).collect()))
            .collect(),
    }
}

/// An outcome area's section: its indicators in the set's order, each
/// composite scale followed by its items, folded (wherever the set puts
/// them: an item is shown under its scale only).
fn dimension(doc: &Doc<'_>, dim: Dimension, out: &mut Vec<Block>) {
    let lang = doc.lang;
    out.push(Block::Section { id: Doc::anchor(dim), title: words(lang).dimension_name(dim).to_string() });
    for ind in doc.in_dimension(dim) {
        indicator_with_time_to_event(doc, ind, out);
        let items = doc.items_of(ind);
        if !items.is_empty() {
            let layout = crate::locale::layout::layout(lang);
            out.push(Block::Items {
                id: format!("{}-items", ind_anchor(doc, ind)),
                summary: layout.scale_items(items.len()),
                hint: layout.items_hint().to_string(),
            });
            for item in items {
                indicator_with_time_to_event(doc, item, out);
            }
            out.push(Block::ItemsEnd);
        }
    }
}

/// An indicator's section, then the time-to-event analyses of its outcome.
fn indicator_with_time_to_event(doc: &Doc<'_>, ind: &Ind<'_>, out: &mut Vec<Block>) {
    indicator(doc, ind, out);
    for tte in doc.report.time_to_event.iter().filter(|t| t.indicator == ind.rep.indicator) {
        time_to_event(doc, tte, out);
    }
}

fn indicator(doc: &Doc<'_>, ind: &Ind<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let w = words(lang).labels();
    out.push(Block::Indicator {
        id: ind_anchor(doc, ind),
        title: ind.label(lang).to_string(),
        meta: format!(
            "{} · {} · {}",
            ind.rep.indicator,
            say::measure(ind, lang),
            words(lang).direction(ind.rep.direction)
        ),
        definition: ind.def.map(|d| d.definition.get(lang).to_string()),
    });
    // Status.
    out.push(Block::Heading(w.status.to_string()));
    let listed = doc.listed_groups(ind);
    let total = organisations_of(ind);
    out.push(Block::Figure { svg: svg::status(doc, ind), table: status_table(doc, ind) });
    not_listed_para(doc, listed.iter().map(|g| &g.organisation), total, out);
    // Distance travelled, when the set collects the indicator at both waves.
    let change = doc.set.change();
    if !ind.measures_change(change) {
        out.push(Block::Para(
            words(lang).change_not_measured(&ind.asked_at(lang), &words(lang).span(change.from, change.to)),
        ));
    } else {
        distance_section(doc, ind, out);
        not_listed_para(doc, listed.iter().map(|g| &g.organisation), total, out);
    }
    // Comparison.
    out.push(Block::Heading(w.comparison.to_string()));
    let compared: std::collections::BTreeSet<&str> =
        ind.rep.comparison.iter().flat_map(|c| c.funnel.iter().map(|p| p.organisation.as_str())).collect();
    let left_out: Vec<&str> = ind
        .rep
        .groups
        .iter()
        .filter(|g| !g.organisation.is_network() && !compared.contains(g.organisation.as_str()))
        .map(|g| g.organisation.as_str())
        .collect();
    match &ind.rep.comparison {
        Some(cmp) if !cmp.funnel.is_empty() => {
            for text in say::funnel_reading(doc, ind, cmp) {
                out.push(Block::Para(text));
            }
            let id = format!("clip-{}", ind_anchor(doc, ind));
            out.push(Block::Figure { svg: svg::funnel(doc, ind, cmp, &id), table: funnel_table(doc, ind, cmp) });
            out.push(Block::Para(words(lang).comparison_caution().to_string()));
            if let Some(standardised) = &cmp.standardised {
                super::standardised::blocks(doc, ind, standardised, out);
            }
        }
        _ => out.push(Block::Para(words(lang).no_comparison(doc.min_cell()))),
    }
    if let Some(text) = say::left_out(doc, &left_out) {
        out.push(Block::Para(text));
    }
    // Duration effect.
    let effects: Vec<(&Group, &crate::report::DurationEffect)> =
        listed.iter().filter_map(|g| Some((*g, g.duration_effect.as_ref()?))).collect();
    if let Some((_, net)) = effects.iter().find(|(g, _)| g.organisation.is_network()) {
        out.push(Block::Heading(w.duration.to_string()));
        out.push(Block::Para(say::duration(doc, ind, net)));
        if effects.len() > 1 {
            out.push(Block::Table(duration_table(doc, &effects)));
        }
        let with_effect = ind.rep.groups.iter().filter(|g| g.duration_effect.is_some());
        let total = with_effect.filter(|g| !g.organisation.is_network()).count();
        not_listed_para(doc, effects.iter().map(|(g, _)| &g.organisation), total, out);
    }
    // Reliability of a composite scale.
    let alphas: Vec<&crate::report::Reliability> =
        doc.report.reliability.iter().filter(|r| r.indicator == ind.rep.indicator).collect();
    if !alphas.is_empty() {
        out.push(Block::Heading(w.reliability.to_string()));
        let rows = alphas
            .iter()
            .map(|r| Row {
                cells: vec![
                    Cell::new(words(lang).wave_name(r.wave)),
                    if r.alpha.is_suppressed() { hidden_cell(doc) } else { Cell::new(int(r.n_complete, lang)) },
                    Cell::new(match r.alpha {
                        Suppressible::Shown(Some(a)) => nums::num(a, 2, lang),
                        _ => "–".to_string(),
                    }),
                ],
                strong: false,
            })
            .collect();
        out.push(Block::Table(Table {
            caption: format!("{} – {}", w.alpha, ind.label(lang)),
            head: heads(&[w.wave, w.people, w.alpha]),
            rows,
        }));
    }
}

/// The distance travelled: who improved, stayed, worsened, and its chart.
fn distance_section(doc: &Doc<'_>, ind: &Ind<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let w = words(lang).labels();
    out.push(Block::Heading(w.distance.to_string()));
    if let Some(net) = super::network(ind.rep) {
        match say::distance(doc, ind, net) {
            Some(text) => {
                out.push(Block::Para(text));
                if let Some(reading) = say::change_reading(doc, ind, net) {
                    out.push(Block::Para(reading));
                }
            }
            None => out.push(Block::Para(format!(
                "{}{} {}.",
                w.hidden,
                colon(lang),
                words(lang).fewer_than(doc.min_cell())
            ))),
        }
    }
    out.push(Block::Figure { svg: svg::distance(doc, ind), table: distance_table(doc, ind) });
}

fn status_table(doc: &Doc<'_>, ind: &Ind<'_>) -> Table {
    let lang = doc.lang;
    let w = words(lang).labels();
    let mut waves: Vec<crate::catalogue::Wave> = Vec::new();
    for g in &ind.rep.groups {
        for s in &g.status {
            if !waves.contains(&s.wave) {
                waves.push(s.wave);
            }
        }
    }
    waves.sort();
    let mut head = vec![w.organisation.to_string()];
    head.extend(waves.iter().map(|wv| words(lang).wave_name(*wv).to_string()));
    let rows = doc
        .listed_groups(ind)
        .into_iter()
        .map(|g| {
            let mut cells = vec![Cell::new(group_name(&g.organisation, lang))];
            for wave in &waves {
                cells.push(match g.status.iter().find(|s| s.wave == *wave) {
                    None => Cell::new("–"),
                    Some(s) => match &s.estimates {
                        Suppressible::Suppressed => hidden_cell(doc),
                        Suppressible::Shown(e) => {
                            let n = format!("n = {}", int(s.n, lang));
                            match (e.ci_low, e.ci_high) {
                                (Some(lo), Some(hi)) => Cell::with(
                                    ind.value(e.estimate, lang),
                                    format!("{} · {n}", ind.range(lo, hi, lang)),
                                ),
                                _ => Cell::with(ind.value(e.estimate, lang), n),
                            }
                        }
                    },
                });
            }
            row(cells, &g.organisation)
        })
        .collect();
    let what = ind.summary(lang);
    Table {
        caption: format!(
            "{} – {}{} {what}, {} {} {}",
            w.status,
            ind.label(lang),
            colon(lang),
            w.with_ci_at,
            level(doc.report.parameters.confidence, lang),
            w.and_n_answers,
        ),
        head,
        rows,
    }
}

fn distance_table(doc: &Doc<'_>, ind: &Ind<'_>) -> Table {
    let lang = doc.lang;
    let w = words(lang).labels();
    let c = doc.report.parameters.confidence;
    let binary = ind.rep.measure_type == MeasureType::Binary;
    let rows = doc
        .listed_groups(ind)
        .into_iter()
        .map(|g| {
            let mut cells = vec![Cell::new(group_name(&g.organisation, lang))];
            match change_estimates(&g.change) {
                None => {
                    cells.push(hidden_cell(doc));
                    cells.extend((0..5).map(|_| Cell::new("")));
                }
                Some(est) => {
                    let n = g.change.n_pairs;
                    let share = |k: u64| if n > 0 { nums::pct(k as f64 / n as f64, lang) } else { "–".to_string() };
                    cells.push(Cell::new(int(n, lang)));
                    cells.push(Cell::with(int(est.improved, lang), share(est.improved)));
                    cells.push(Cell::with(int(est.unchanged, lang), share(est.unchanged)));
                    cells.push(Cell::with(int(est.worsened, lang), share(est.worsened)));
                    cells.push(match (est.ci_low, est.ci_high) {
                        (Some(lo), Some(hi)) => Cell::with(
                            ind.change_value(est.mean_change, lang),
                            format!("{} {}", w.ci, ind.change_range(lo, hi, lang)),
                        ),
                        _ => Cell::new(ind.change_value(est.mean_change, lang)),
                    });
                    let p = change_p(ind.rep, est).map_or("–".to_string(), |p| p_cell(p, lang));
                    cells.push(match est.cohens_dz {
                        Some(d) => Cell::with(p, format!("d_z = {}", nums::num(d, 2, lang))),
                        None => Cell::new(p),
                    });
                }
            }
            row(cells, &g.organisation)
        })
        .collect();
    let test = if binary { w.mcnemar_p } else { w.wilcoxon_p };
    Table {
        caption: format!(
            "{} – {}{} {}",
            w.distance,
            ind.label(lang),
            colon(lang),
            words(lang).span(doc.set.change().from, doc.set.change().to)
        ),
        head: heads(&[
            w.organisation,
            w.pairs,
            w.improved,
            w.unchanged,
            w.worsened,
            &format!("{} ({} {})", w.mean_change, w.ci, level(c, lang)),
            test,
        ]),
        rows,
    }
}

fn funnel_table(doc: &Doc<'_>, ind: &Ind<'_>, cmp: &Comparison) -> Table {
    let lang = doc.lang;
    let w = words(lang).labels();
    let listed: Vec<&crate::report::FunnelPoint> =
        cmp.funnel.iter().filter(|p| doc.listed(&ind.flagged, &p.organisation)).collect();
    let flagged_only = listed.len() < cmp.funnel.len();
    let only = flagged_only.then(|| {
        crate::locale::network::flagged_only(lang, &int(listed.len() as u64, lang), &int(cmp.funnel.len() as u64, lang))
    });
    let rows = listed
        .into_iter()
        .map(|p| {
            // As many decimals as the flag needs to be read off the row.
            let extra =
                ind.deciding_decimals(p.estimate, &[p.limit95_low, p.limit95_high, p.limit998_low, p.limit998_high]);
            Row {
                cells: vec![
                    Cell::new(p.organisation.as_str()),
                    Cell::new(int(p.n, lang)),
                    Cell::new(ind.value_finer(p.estimate, extra, lang)),
                    Cell::new(ind.range_finer(p.limit95_low, p.limit95_high, extra, lang)),
                    Cell::new(ind.range_finer(p.limit998_low, p.limit998_high, extra, lang)),
                    Cell::new(words(lang).flag_name(p.flag)),
                ],
                strong: false,
            }
        })
        .collect();
    let v0 = svg::FunnelShape::of(cmp).map(|s| ind.value(s.v0, lang)).unwrap_or_default();
    let only = only.map(|o| format!(" {o}")).unwrap_or_default();
    Table {
        caption: format!(
            "{} – {}{} {} {}, {} {v0}{only}",
            w.comparison,
            ind.label(lang),
            colon(lang),
            w.result_lower,
            words(lang).at_wave(cmp.wave),
            w.network_value.to_lowercase(),
        ),
        head: heads(&[w.organisation, w.people, w.result, w.limits95, w.limits998, w.position]),
        rows,
    }
}

fn duration_table(doc: &Doc<'_>, effects: &[(&Group, &crate::report::DurationEffect)]) -> Table {
    let lang = doc.lang;
    let w = words(lang).labels();
    let rows = effects
        .iter()
        .map(|(g, e)| {
            row(
                vec![
                    Cell::new(group_name(&g.organisation, lang)),
                    Cell::new(int(e.n, lang)),
                    Cell::new(e.spearman_rho.map_or("–".to_string(), |r| nums::num(r, 2, lang))),
                    Cell::new(e.p.map_or("–".to_string(), |p| p_cell(p, lang))),
                ],
                &g.organisation,
            )
        })
        .collect();
    Table {
        caption: format!("{}{} {}", w.duration, colon(lang), w.spearman_caption),
        head: heads(&[w.organisation, w.people, "rho", "p"]),
        rows,
    }
}

fn time_to_event(doc: &Doc<'_>, tte: &TimeToEventReport, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let w = words(lang).labels();
    out.push(Block::Heading(format!("{}{} {}", w.time_to_event, colon(lang), tte.label.get(lang))));
    if let Some(net) = tte.groups.iter().find(|g| g.organisation.is_network()) {
        for text in say::time_to_event(doc, tte, net) {
            out.push(Block::Para(text));
        }
    }
    let ordered = listed_survival(doc, tte);
    let rows = ordered
        .iter()
        .map(|g| {
            let mut cells = vec![Cell::new(group_name(&g.organisation, lang))];
            match g.estimates.shown() {
                None => {
                    cells.push(hidden_cell(doc));
                    cells.extend((0..2).map(|_| Cell::new("")));
                }
                Some(e) => {
                    cells.push(Cell::new(int(g.n, lang)));
                    cells.push(Cell::new(int(e.events, lang)));
                    cells.push(Cell::new(match e.median_days {
                        Some(m) => nums::num(m, 0, lang),
                        None => w.not_reached.to_string(),
                    }));
                }
            }
            row(cells, &g.organisation)
        })
        .collect();
    let table = Table {
        caption: format!("{}{} {}", w.time_to_event, colon(lang), tte.label.get(lang)),
        head: heads(&[w.organisation, w.people, w.events, w.median_days]),
        rows,
    };
    out.push(Block::Figure { svg: svg::kaplan_meier(doc, tte), table });
    let total = tte.groups.iter().filter(|g| !g.organisation.is_network()).count();
    not_listed_para(doc, ordered.iter().map(|g| &g.organisation), total, out);
}

/// The groups of a time-to-event analysis its table lists: the network
/// first, then the organisations [`Doc::listed`] keeps for the indicator
/// whose event it times.
fn listed_survival<'t>(doc: &Doc<'_>, tte: &'t TimeToEventReport) -> Vec<&'t crate::report::SurvivalGroup> {
    let none = std::collections::BTreeSet::new();
    let flagged = doc.ind(&tte.indicator).map_or(&none, |i| &i.flagged);
    let mut out: Vec<&crate::report::SurvivalGroup> =
        tte.groups.iter().filter(|g| g.organisation.is_network()).collect();
    out.extend(tte.groups.iter().filter(|g| !g.organisation.is_network() && doc.listed(flagged, &g.organisation)));
    out
}

fn data_quality(doc: &Doc<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let w = words(lang).labels();
    let q = &doc.report.data_quality;
    out.push(Block::Section { id: "data-quality".to_string(), title: w.data_quality.to_string() });
    super::activity::blocks(doc, false, out);
    out.push(Block::Heading(w.records_read.to_string()));
    out.push(Block::Table(Table {
        caption: w.records_read.to_string(),
        head: vec![String::new(), w.total.to_string()],
        rows: [
            (w.enrolments, q.enrolments),
            (w.observations, q.observations),
            (w.beneficiaries, q.beneficiaries),
            (w.rejected, q.rejected),
        ]
        .into_iter()
        .map(|(k, v)| Row { cells: vec![Cell::new(k), Cell::new(int(v, lang))], strong: false })
        .collect(),
    }));
    if !doc.options.notes.is_empty() {
        out.push(Block::Heading(w.notes.to_string()));
        out.push(Block::Bullets(doc.options.notes.clone()));
    }
    // Missing answers: one row per indicator and wave, one column per reason.
    out.push(Block::Heading(w.missing.to_string()));
    if q.missing.is_empty() {
        out.push(Block::Para(w.no_missing.to_string()));
    } else {
        // Only the reasons that occur get a column.
        let reasons: Vec<Option<crate::data::MissingReason>> = [
            Some(crate::data::MissingReason::Refused),
            Some(crate::data::MissingReason::NotApplicable),
            Some(crate::data::MissingReason::Unknown),
            None,
        ]
        .into_iter()
        .filter(|r| q.missing.iter().any(|m| m.reason == *r && m.count > 0))
        .collect();
        let mut keys: Vec<(&str, crate::catalogue::Wave)> = Vec::new();
        for m in &q.missing {
            if !keys.contains(&(m.indicator.as_str(), m.wave)) {
                keys.push((m.indicator.as_str(), m.wave));
            }
        }
        let rows = keys
            .into_iter()
            .map(|(id, wave)| {
                let label = doc.ind(id).map_or(id.to_string(), |i| i.label(lang).to_string());
                let mut cells = vec![Cell::new(label), Cell::new(words(lang).wave_name(wave))];
                let mut total = 0;
                for reason in &reasons {
                    let count: u64 = q
                        .missing
                        .iter()
                        .filter(|m| m.indicator == id && m.wave == wave && m.reason == *reason)
                        .map(|m| m.count)
                        .sum();
                    total += count;
                    cells.push(Cell::new(if count == 0 { "–".to_string() } else { int(count, lang) }));
                }
                cells.push(Cell::new(int(total, lang)));
                Row { cells, strong: false }
            })
            .collect();
        let mut head = vec![w.indicator.to_string(), w.wave.to_string()];
        head.extend(reasons.iter().map(|r| words(lang).missing_reason(*r).to_string()));
        head.push(w.total.to_string());
        out.push(Block::Table(Table { caption: w.missing_caption.to_string(), head, rows }));
    }
    out.push(Block::Heading(w.warnings.to_string()));
    if q.warnings.is_empty() {
        out.push(Block::Para(w.no_warning.to_string()));
    } else {
        out.push(Block::Bullets(
            q.warnings
                .iter()
                .map(|wc| {
                    let what = words(lang).warning_kind(wc.kind).map_or_else(|| wc.kind.to_string(), str::to_string);
                    format!("{what}{} {}", colon(lang), int(wc.count, lang))
                })
                .collect(),
        ));
    }
    // Hidden results.
    out.push(Block::Heading(w.suppressed.to_string()));
    let mut rows = Vec::new();
    // Organisations with something hidden, and those of them listed.
    let mut hidden = std::collections::BTreeSet::new();
    let mut listed = std::collections::BTreeSet::new();
    let mut hidden_row = |label: &str, org: &GroupId, parts: String| {
        if !org.is_network() {
            listed.insert(org.as_str().to_string());
        }
        rows.push(Row {
            cells: vec![Cell::new(label), Cell::new(group_name(org, lang)), Cell::new(parts)],
            strong: false,
        });
    };
    for ind in &doc.indicators {
        let measured = ind.measures_change(doc.set.change());
        let orgs = ind
            .rep
            .groups
            .iter()
            .filter(|g| !g.organisation.is_network() && say::hidden_parts(g, measured, lang).is_some());
        hidden.extend(orgs.map(|g| g.organisation.as_str()));
        for g in doc.listed_groups(ind) {
            if let Some(parts) = say::hidden_parts(g, measured, lang) {
                hidden_row(ind.label(lang), &g.organisation, parts);
            }
        }
    }
    for tte in &doc.report.time_to_event {
        let orgs = tte.groups.iter().filter(|g| g.estimates.is_suppressed() && !g.organisation.is_network());
        hidden.extend(orgs.map(|g| g.organisation.as_str()));
        for g in listed_survival(doc, tte).into_iter().filter(|g| g.estimates.is_suppressed()) {
            hidden_row(tte.label.get(lang), &g.organisation, w.time_to_outcome_hidden.to_string());
        }
    }
    if rows.is_empty() && hidden.is_empty() {
        out.push(Block::Para(w.no_suppressed.to_string()));
    } else {
        out.push(Block::Para(words(lang).hidden_results(&words(lang).fewer_than(doc.min_cell()))));
        if !rows.is_empty() {
            out.push(Block::Table(Table {
                caption: w.suppressed.to_string(),
                head: heads(&[w.indicator, w.organisation, w.hidden]),
                rows,
            }));
        }
    }
    if let Some(text) = doc.not_listed(listed.len(), hidden.len()) {
        out.push(Block::Para(text));
    }
}

fn methods(doc: &Doc<'_>, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let w = words(lang).labels();
    let r = doc.report;
    out.push(Block::Section { id: "methods".to_string(), title: w.methods.to_string() });
    for text in say::methods(doc) {
        out.push(Block::Para(text));
    }
    if let Some(activity) = &r.activity {
        out.push(Block::Para(super::activity::definitions(doc, activity)));
    }
    let from_aggregates = r
        .indicators
        .iter()
        .flat_map(|i| &i.groups)
        .any(|g| g.duration_effect.as_ref().is_some_and(|d| d.method == crate::report::DurationMethod::FisherZ));
    for text in crate::locale::network::methods(lang, r.parameters.min_cell, from_aggregates) {
        out.push(Block::Para(text));
    }
    super::standardised::methods(doc, out);
    out.push(Block::Heading(w.parameters.to_string()));
    out.push(Block::Table(Table {
        caption: w.parameters.to_string(),
        head: vec![String::new(), String::new()],
        rows: vec![
            (w.reference_set.to_string(), format!("{} ({})", doc.title(), r.reference_set.id)),
            (w.set_version.to_string(), r.reference_set.version.clone()),
            (w.confidence.to_string(), level(r.parameters.confidence, lang)),
            (w.min_cell.to_string(), words(lang).at_least(r.parameters.min_cell)),
            (w.as_of.to_string(), r.parameters.as_of.map_or(w.as_of_default.to_string(), |d| nums::date(d, lang))),
            (w.change_measured.to_string(), words(lang).span(doc.set.change().from, doc.set.change().to)),
            (w.organisations_compared.to_string(), words(lang).at_wave(doc.set.comparison_wave()).to_string()),
        ]
        .into_iter()
        .map(|(k, v)| Row { cells: vec![Cell::new(k), Cell::new(v)], strong: false })
        .collect(),
    }));
    out.push(Block::Heading(w.indicators.to_string()));
    out.push(Block::Table(Table {
        caption: w.indicators.to_string(),
        head: vec![w.indicator.to_string(), w.definition.to_string(), w.measure.to_string(), w.direction.to_string()],
        rows: doc
            .indicators
            .iter()
            .map(|ind| Row {
                cells: vec![
                    Cell::with(ind.label(lang), ind.rep.indicator.as_str()),
                    Cell::new(ind.def.map_or(String::new(), |d| d.definition.get(lang).to_string())),
                    Cell::new(say::measure(ind, lang)),
                    Cell::new(words(lang).direction(ind.rep.direction)),
                ],
                strong: false,
            })
            .collect(),
    }));
    out.push(Block::Heading(w.glossary.to_string()));
    out.push(Block::Glossary(words(lang).glossary().iter().map(|(t, d)| (t.to_string(), d.to_string())).collect()));
}

/// The opening of a report written for one member (`--for`): for each
/// indicator, key results first, the member's figure against the network's
/// at the compared wave, and where the funnel plot puts it.
fn you_against_the_network(doc: &Doc<'_>, member: &str, out: &mut Vec<Block>) {
    let net_words = crate::locale::network::words(doc.lang);
    let key: Vec<&str> = doc.headlines().into_iter().map(|i| i.rep.indicator.as_str()).collect();
    let mut order: Vec<&Ind<'_>> = key.iter().filter_map(|id| doc.ind(id)).collect();
    order.extend(doc.indicators.iter().filter(|i| !key.contains(&i.rep.indicator.as_str())));
    let lines = order.into_iter().filter_map(|ind| member_line(doc, ind, member)).collect();
    out.push(Block::Heading(net_words.you_title().to_string()));
    out.push(Block::Para(net_words.you_intro(member)));
    out.push(Block::Bullets(lines));
}

/// One indicator's line of [`you_against_the_network`]; `None` when the
/// member has no group for it.
fn member_line(doc: &Doc<'_>, ind: &Ind<'_>, member: &str) -> Option<String> {
    use crate::locale::network::{MemberFacts, MemberReading};
    use crate::report::FunnelFlag;
    let lang = doc.lang;
    let w = words(lang);
    let net_words = crate::locale::network::words(lang);
    let label = ind.label(lang);
    let wave = ind.rep.comparison.as_ref().map_or(doc.set.comparison_wave(), |c| c.wave);
    let at_wave = w.at_wave(wave);
    let group = ind.rep.groups.iter().find(|g| g.organisation.as_str() == member)?;
    let fewer = w.fewer_than(doc.min_cell());
    let (people, estimate) = match group.status.iter().find(|s| s.wave == wave) {
        None => return Some(net_words.member_no_answer(label, member, at_wave)),
        Some(s) => match s.estimates.shown() {
            None => return Some(net_words.member_hidden(label, member, at_wave, &fewer)),
            Some(e) => (s.n, e.estimate),
        },
    };
    let figure = |x: f64| match ind.def.map(|d| &d.measure) {
        Some(crate::catalogue::Measure::Ordinal { max, .. }) => format!("{}/{max}", ind.value(x, lang)),
        _ => ind.value(x, lang),
    };
    let value = figure(estimate);
    let n = int(people, lang);
    let net = super::network(ind.rep)
        .and_then(|g| g.status.iter().find(|s| s.wave == wave))
        .and_then(|s| Some((s.n, s.estimates.shown()?.estimate)));
    let net_text = net.map(|(k, v0)| (figure(v0), k, int(k, lang)));
    let gap = net.map(|(_, v0)| {
        let d = estimate - v0;
        if ind.is_proportion() {
            net_words.points(&nums::signed(d * 100.0, 0, lang), (d * 100.0).round().abs() as u64)
        } else {
            let g = nums::signed(d, ind.decimals, lang);
            ind.unit().map_or(g.clone(), |u| format!("{g}{}{u}", crate::locale::numbers::NBSP))
        }
    });
    let point = ind.rep.comparison.as_ref().and_then(|c| c.funnel.iter().find(|p| p.organisation.as_str() == member));
    let lower_is_better = ind.rep.direction == crate::catalogue::Direction::LowerIsBetter;
    let reading = match point.map(|p| p.flag) {
        None => MemberReading::NotCompared,
        Some(FunnelFlag::Within) => MemberReading::Within,
        Some(flag) => {
            let above = matches!(flag, FunnelFlag::Above95 | FunnelFlag::Above998);
            let strong = matches!(flag, FunnelFlag::Above998 | FunnelFlag::Below998);
            MemberReading::Outside {
                outside: crate::locale::report::Outside { above, strong, lower_is_better },
                better: above != lower_is_better,
                lower_is_better,
            }
        }
    };
    Some(net_words.member_line(&MemberFacts {
        label,
        member,
        value: &value,
        n: (people, &n),
        at_wave,
        network: net_text.as_ref().map(|(v, k, t)| (v.as_str(), *k, t.as_str())),
        gap: gap.as_deref(),
        reading,
    }))
}
