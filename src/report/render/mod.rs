//! Reports people read: one self-contained HTML file with charts, or
//! Markdown for documents and wikis, in French or English.
//!
//! Both renderers take the [`Report`] object (the JSON contract) and the
//! [`ReferenceSet`] it was computed against, which supplies what the report
//! does not carry: definitions, category labels, scales and units. Output is
//! deterministic: the same report gives byte-identical text (no timestamp,
//! no random identifier).
//!
//! The HTML file has no script, no web font and no request to any other
//! address: its styles and its SVG charts are inline, so it can be mailed,
//! archived and printed (A4, one outcome area per page) as it is.
//!
//! ```
//! use social_impact::analysis::{analyse, AnalysisOptions};
//! use social_impact::catalogue::Catalogue;
//! use social_impact::data::DatasetBuilder;
//! use social_impact::report::render::{self, RenderOptions};
//! use social_impact::Lang;
//!
//! let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
//! let report = analyse(&set, &DatasetBuilder::new(&set).build(), &AnalysisOptions::default())?;
//! let english: Lang = "en".parse()?;
//! let page = render::html(&report, &set, &RenderOptions::new(english));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! let text = render::markdown(&report, &set, &RenderOptions::default());
//! assert!(text.contains("Qualité des données"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Which results make the first page is decided by [`headline_indicators`],
//! so that a program can show the same selection elsewhere.

mod activity;
mod content;
mod html;
mod logo;
mod served;
pub(crate) use html::page_start;
mod markdown;
mod reading;
mod standardised;
mod summary;
mod svg;

/// What other documents written for people (the SROI result,
/// `crate::costs::render`) reuse of this renderer: the page shell, the block
/// writers, the charts' primitives and the number formats.
pub(crate) mod kit {
    pub(crate) use super::content::{Block, Cell, Row, Table};
    pub(crate) use super::html::page;
    pub(crate) use super::markdown::document;
    pub(crate) use super::svg::{f, open, text, ticks, Scale, BLUE, GRID, INK, MUTED, ORANGE, SKY, VERMILLION, WIDTH};
    pub(crate) use crate::locale::numbers::{int, level, num, pct, percent_sign};

    /// A wave's name without its article: `entrée`, `entry`.
    pub(crate) fn bare_wave(wave: crate::catalogue::Wave, lang: crate::Lang) -> &'static str {
        crate::locale::report::report(lang).bare_wave(wave)
    }
}

use crate::catalogue::{Dimension, IndicatorDefinition, Measure, MeasureType};
use crate::locale::numbers::{self as nums, NBSP};
use crate::locale::report::report as words;
use crate::report::{
    Change, ChangeEstimates, FunnelFlag, Group, GroupId, IndicatorReport, MeasureKind, Report, StatusEstimates,
};
use crate::set::ReferenceSet;
use crate::text::Lang;
use std::collections::BTreeSet;

pub use crate::locale::numbers::{num as format_number, pct as format_percent};
pub use logo::{Logo, LogoError};

/// How a report is rendered.
///
/// ```
/// use social_impact::report::render::RenderOptions;
/// use social_impact::Lang;
/// let mut options = RenderOptions::new(Lang::default());
/// options.notes.push("3 lignes écartées dans observations.csv (dates invalides).".into());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The language of every heading, label, sentence and number.
    pub lang: Lang,
    /// Extra lines for the data-quality section, e.g. the summary of the
    /// checks made while reading the files. Shown as given (escaped), in
    /// order; they must not contain personal data.
    pub notes: Vec<String>,
    /// The most headline results on the first page (default 5): the set's
    /// key outcomes first, always shown and counted among them, then the
    /// others chosen by their change (at least 3 when the data allow it and
    /// the key outcomes leave room).
    pub max_headlines: usize,
    /// An avoided-cost result to show as a section after the outcome areas,
    /// with its entry in the table of contents (default none). The JSON
    /// report does not carry it: the result is its own contract,
    /// `impact-sroi/1`.
    pub sroi: Option<crate::costs::render::ReportSection>,
    /// The organisation a network report is written for (`impact network
    /// --for`): the report opens with where it stands against the network,
    /// it is listed in every table and marked on every funnel plot.
    pub member: Option<String>,
    /// The board summary instead of the full report (default false): who
    /// was served, the key results with their intervals, how organisations
    /// compare (one line per indicator) and the caveats, in two to four
    /// printed A4 pages.
    pub summary: bool,
    /// The association's name, shown above the title of the first page.
    pub association: Option<String>,
    /// The association's logo, on the first page of the HTML report.
    pub logo: Option<Logo>,
}

impl RenderOptions {
    /// Options for `lang`, with no notes, at most 5 headline results, no
    /// avoided-cost section, no member, and the full report rather than
    /// the summary.
    pub fn new(lang: Lang) -> RenderOptions {
        RenderOptions {
            lang,
            notes: Vec::new(),
            max_headlines: 5,
            sroi: None,
            member: None,
            summary: false,
            association: None,
            logo: None,
        }
    }
}

impl Default for RenderOptions {
    /// French, the language of the pilots.
    fn default() -> Self {
        RenderOptions::new(Lang::default())
    }
}

/// The report as one self-contained HTML page (inline CSS and SVG, no
/// script, no external resource).
pub fn html(report: &Report, set: &ReferenceSet, options: &RenderOptions) -> String {
    html::render(&Doc::new(report, set, options))
}

/// The report as Markdown: the same content as the HTML page, charts
/// replaced by their tables.
pub fn markdown(report: &Report, set: &ReferenceSet, options: &RenderOptions) -> String {
    markdown::render(&Doc::new(report, set, options))
}

/// The headline results of the first page as plain-words sentences, each
/// with its uncertainty and the base of each figure, e.g. "62 % of the 310
/// people who answered at exit were in stable housing (95 % CI 56–68 %),
/// against 13 % of the 402 people who answered at entry (243 people answered
/// at both and are followed from entry to exit)".
/// Each comes with the indicator it is about.
pub fn headlines<'r>(
    report: &'r Report,
    set: &'r ReferenceSet,
    options: &'r RenderOptions,
) -> Vec<(&'r IndicatorReport, String)> {
    let doc = Doc::new(report, set, options);
    doc.headlines().into_iter().filter_map(|ind| Some((ind.rep, reading::headline(&doc, ind)?))).collect()
}

/// The indicators shown on the first page, in order: the set's headline
/// indicators first (its key outcomes, `reference_set.headline`), in the
/// manifest's order and whatever the size of their change, each one whose
/// network (`*`) status is shown at some wave; then the others, best first.
///
/// Another indicator qualifies when the network's change between the set's
/// two waves is not suppressed and both statuses are shown. Qualifying
/// indicators are ranked by whether their change is significant at the
/// report's confidence level (McNemar for binary indicators, Wilcoxon
/// otherwise, paired t when Wilcoxon is undefined), then by the size of the
/// change (|Cohen's d_z|), then by their order in the set. All significant
/// changes up to `max` are kept; when fewer than 3 are significant, the
/// largest other changes make up 3. The key outcomes come on top of these:
/// a set that names two shows up to `max + 2` results.
pub fn headline_indicators(report: &Report, max: usize) -> Vec<&IndicatorReport> {
    let alpha = 1.0 - report.parameters.confidence;
    let declared: Vec<&IndicatorReport> = report
        .reference_set
        .headline
        .iter()
        .filter_map(|id| report.indicators.iter().find(|i| i.indicator == *id))
        .filter(|ind| network(ind).and_then(key_wave).is_some())
        .collect();
    let mut ranked: Vec<(bool, f64, usize, &IndicatorReport)> = report
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, ind)| !declared.iter().any(|d| d.indicator == ind.indicator))
        .filter_map(|(i, ind)| {
            let net = network(ind)?;
            let est = change_estimates(&net.change)?;
            shown_status(net, net.change.from)?;
            shown_status(net, net.change.to)?;
            let significant = change_p(ind, est).is_some_and(|p| p < alpha);
            Some((significant, est.cohens_dz.map_or(0.0, f64::abs), i, ind))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
    let significant = ranked.iter().filter(|r| r.0).count();
    // The set's key outcomes count within `max`, so that a summary stays
    // its length whatever the set declares.
    let room = max.saturating_sub(declared.len());
    let keep = significant.min(room).max(3.min(room));
    declared.into_iter().chain(ranked.into_iter().take(keep).map(|r| r.3)).collect()
}

/// The wave a key outcome's figure is given at: the later wave of the
/// set's change when the network's status is shown there, else the latest
/// wave where it is.
fn key_wave(net: &Group) -> Option<crate::catalogue::Wave> {
    let to = net.change.to;
    if shown_status(net, to).is_some() {
        return Some(to);
    }
    crate::analysis::WAVES.into_iter().rev().find(|w| shown_status(net, *w).is_some())
}

/// Whether the first page shows an indicator's change (both statuses and
/// the change shown), or only its status ([`key_wave`]).
fn change_is_shown(net: &Group) -> bool {
    change_estimates(&net.change).is_some()
        && shown_status(net, net.change.from).is_some()
        && shown_status(net, net.change.to).is_some()
}

/// Reports of more organisations than this name, in their tables and
/// charts, only the network, the organisations outside an indicator's 95 %
/// funnel limits and the member the report is written for
/// ([`RenderOptions::member`]); every organisation stays a point on the
/// funnel plots, and the JSON report holds them all.
pub const ORGANISATIONS_LISTED_UP_TO: usize = 40;

/// The network group (`*`) of an indicator.
fn network(ind: &IndicatorReport) -> Option<&Group> {
    ind.groups.iter().find(|g| g.organisation.is_network())
}

/// The estimates of a change that is shown.
fn change_estimates(change: &Change) -> Option<&ChangeEstimates> {
    change.estimates.shown()
}

/// The status of a group at a wave, when it is shown.
fn shown_status(group: &Group, wave: crate::catalogue::Wave) -> Option<&StatusEstimates> {
    group.status.iter().find(|s| s.wave == wave)?.estimates.shown()
}

/// The p-value that says whether a change is more than chance: McNemar for
/// binary indicators, Wilcoxon otherwise (paired t when it is undefined).
fn change_p(ind: &IndicatorReport, est: &ChangeEstimates) -> Option<f64> {
    if ind.measure_type == MeasureType::Binary {
        est.mcnemar_p.flatten()
    } else {
        est.wilcoxon_p.or(est.p_t)
    }
}

/// Which test [`change_p`] used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChangeTest {
    /// McNemar's test, for a binary indicator.
    McNemar,
    /// Wilcoxon's signed-rank test.
    Wilcoxon,
    /// The paired t-test, when Wilcoxon's is undefined.
    PairedT,
}

/// Whether a change is clearly more than chance, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A clear change the better way.
    Better,
    /// A clear change the worse way.
    Worse,
    /// Could be chance, or cannot be tested.
    Unclear,
}

fn change_test(ind: &IndicatorReport, est: &ChangeEstimates) -> ChangeTest {
    if ind.measure_type == MeasureType::Binary {
        ChangeTest::McNemar
    } else if est.wilcoxon_p.is_some() {
        ChangeTest::Wilcoxon
    } else {
        ChangeTest::PairedT
    }
}

/// HTML-escapes text from data or definitions, for element content and
/// quoted attribute values alike.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Everything a renderer needs, gathered once.
struct Doc<'a> {
    report: &'a Report,
    set: &'a ReferenceSet,
    lang: Lang,
    options: &'a RenderOptions,
    /// The indicators, each with its definition and number format.
    indicators: Vec<Ind<'a>>,
    /// Organisation codes in report order (without the network).
    organisations: Vec<&'a str>,
    /// More organisations than [`ORGANISATIONS_LISTED_UP_TO`]: tables and
    /// charts name only those [`Doc::listed`] keeps.
    condensed: bool,
    /// The composite scales' items, grouped: for each indicator, by its
    /// position in `indicators`, the positions of the items shown under
    /// it (see [`scale_groups`]).
    items: Vec<Vec<usize>>,
    /// Whether the indicator at each position is shown under a scale.
    grouped: Vec<bool>,
}

impl<'a> Doc<'a> {
    fn new(report: &'a Report, set: &'a ReferenceSet, options: &'a RenderOptions) -> Doc<'a> {
        let indicators: Vec<Ind<'a>> = report
            .indicators
            .iter()
            .map(|rep| Ind::new(rep, set.registry().get(&rep.indicator).map(|i| i.definition())))
            .collect();
        let mut organisations: BTreeSet<&str> = BTreeSet::new();
        let mut add = |o: &'a GroupId| {
            if !o.is_network() {
                organisations.insert(o.as_str());
            }
        };
        for ind in &report.indicators {
            ind.groups.iter().for_each(|g| add(&g.organisation));
            ind.comparison.iter().flat_map(|c| &c.funnel).for_each(|p| add(&p.organisation));
        }
        report.time_to_event.iter().flat_map(|t| &t.groups).for_each(|g| add(&g.organisation));
        let organisations: Vec<&str> = organisations.into_iter().collect();
        let condensed = organisations.len() > ORGANISATIONS_LISTED_UP_TO;
        let items = scale_groups(&indicators);
        let mut grouped = vec![false; indicators.len()];
        items.iter().flatten().for_each(|&k| grouped[k] = true);
        Doc { report, set, lang: options.lang, options, indicators, organisations, condensed, items, grouped }
    }

    /// The items shown under `ind`, a composite scale, in the scale's
    /// order (none for any other indicator).
    fn items_of(&self, ind: &Ind<'a>) -> Vec<&Ind<'a>> {
        let k = self.position(ind);
        self.items.get(k).map_or(Vec::new(), |items| items.iter().map(|&i| &self.indicators[i]).collect())
    }

    /// Whether `ind` is shown under a composite scale rather than on its
    /// own in its outcome area.
    fn is_grouped(&self, ind: &Ind<'a>) -> bool {
        self.grouped.get(self.position(ind)).copied().unwrap_or(false)
    }

    /// The position of `ind` among the report's indicators.
    fn position(&self, ind: &Ind<'_>) -> usize {
        self.indicators.iter().position(|i| i.rep.indicator == ind.rep.indicator).unwrap_or(0)
    }

    /// The organisation the report is written for, if any.
    fn member(&self) -> Option<&str> {
        self.options.member.as_deref()
    }

    /// Whether `organisation` is the member the report is written for.
    fn is_member(&self, organisation: &GroupId) -> bool {
        self.member() == Some(organisation.as_str())
    }

    /// Whether `organisation` is named in the tables of an indicator whose
    /// funnel flags `flagged`: always, up to [`ORGANISATIONS_LISTED_UP_TO`]
    /// organisations; beyond, the network, the flagged organisations and
    /// the member.
    fn listed(&self, flagged: &BTreeSet<&str>, organisation: &GroupId) -> bool {
        !self.condensed
            || organisation.is_network()
            || self.is_member(organisation)
            || flagged.contains(organisation.as_str())
    }

    /// The groups of an indicator its tables show: the network first, then
    /// the organisations [`Doc::listed`] keeps, in report order.
    fn listed_groups<'i>(&self, ind: &Ind<'i>) -> Vec<&'i Group> {
        let mut out: Vec<&Group> = ind.rep.groups.iter().filter(|g| g.organisation.is_network()).collect();
        out.extend(
            ind.rep
                .groups
                .iter()
                .filter(|g| !g.organisation.is_network() && self.listed(&ind.flagged, &g.organisation)),
        );
        out
    }

    /// The groups an indicator's status and distance charts draw: those
    /// of [`Doc::listed_groups`] up to [`ORGANISATIONS_LISTED_UP_TO`]
    /// organisations; beyond, only the network and the member (a chart of a
    /// hundred flagged rows reads no better than their table).
    fn charted_groups<'i>(&self, ind: &Ind<'i>) -> Vec<&'i Group> {
        let mut groups = self.listed_groups(ind);
        groups.retain(|g| self.charted(&g.organisation));
        groups
    }

    /// Whether a chart other than a funnel plot draws `organisation` (see
    /// [`Doc::charted_groups`]).
    fn charted(&self, organisation: &GroupId) -> bool {
        !self.condensed || organisation.is_network() || self.is_member(organisation)
    }

    /// The sentence saying how many of `total` organisations a table
    /// leaves out, when it lists only `listed` of them.
    fn not_listed(&self, listed: usize, total: usize) -> Option<String> {
        (self.condensed && listed < total).then(|| {
            let lang = self.lang;
            let left_out = (total - listed) as u64;
            crate::locale::network::not_listed(
                lang,
                (left_out, &nums::int(left_out, lang)),
                &nums::int(total as u64, lang),
                ORGANISATIONS_LISTED_UP_TO,
                self.member(),
            )
        })
    }

    /// The outcome areas in the order of their first indicator in the set,
    /// leaving out those whose every indicator is shown under a scale of
    /// another area.
    fn dimensions(&self) -> Vec<Dimension> {
        let mut dims: Vec<Dimension> = Vec::new();
        for ind in self.indicators.iter().filter(|i| !self.is_grouped(i)) {
            if !dims.contains(&ind.rep.dimension) {
                dims.push(ind.rep.dimension);
            }
        }
        dims
    }

    /// The indicators of one outcome area shown on their own, in the
    /// set's order (an item of a composite scale is shown under its scale).
    fn in_dimension(&self, dim: Dimension) -> impl Iterator<Item = &Ind<'a>> {
        self.indicators.iter().filter(move |i| i.rep.dimension == dim && !self.is_grouped(i))
    }

    fn ind(&self, id: &str) -> Option<&Ind<'a>> {
        self.indicators.iter().find(|i| i.rep.indicator == id)
    }

    /// The headline indicators, see [`headline_indicators`].
    fn headlines(&self) -> Vec<&Ind<'a>> {
        headline_indicators(self.report, self.options.max_headlines)
            .into_iter()
            .filter_map(|rep| self.ind(&rep.indicator))
            .collect()
    }

    /// The set's title in the report's language.
    fn title(&self) -> &str {
        self.report.reference_set.title.get(self.lang)
    }

    /// The footer: what the report promises, then which tool and which
    /// reference set made it, so a printed page says what produced it.
    fn footer(&self) -> String {
        let set = &self.report.reference_set;
        let made = words(self.lang).made_with(env!("CARGO_PKG_VERSION"), &set.id, &set.version);
        format!("{} {made}", words(self.lang).labels().footer)
    }

    /// "fewer than 11 people".
    fn min_cell(&self) -> u32 {
        self.report.parameters.min_cell
    }

    /// Anchor of an outcome area's section.
    fn anchor(dim: Dimension) -> String {
        format!("dim-{}", dim.as_str().replace('_', "-"))
    }

    /// Organisation codes in report order (without the network), for a
    /// stable colour per organisation across charts.
    fn organisations(&self) -> &[&'a str] {
        &self.organisations
    }
}

/// Which indicators the report shows under a composite scale: for each
/// indicator (by position), the positions of its items. A scale that is
/// itself no item of another takes its items, and their items in turn
/// (a scale of scales keeps them all under it), each item once, under the
/// first scale in report order that names it; items the report does not
/// hold are left out.
fn scale_groups(indicators: &[Ind<'_>]) -> Vec<Vec<usize>> {
    let position = |id: &str| indicators.iter().position(|i| i.rep.indicator == id);
    let items = |k: usize| -> Vec<usize> {
        indicators[k]
            .def
            .and_then(|d| d.composite.as_ref())
            .map_or(Vec::new(), |c| c.items.iter().filter_map(|item| position(item.indicator.as_str())).collect())
    };
    let is_item: BTreeSet<usize> =
        (0..indicators.len()).flat_map(|k| items(k).into_iter().filter(move |&i| i != k)).collect();
    let mut claimed: BTreeSet<usize> = BTreeSet::new();
    let mut groups = vec![Vec::new(); indicators.len()];
    for scale in (0..indicators.len()).filter(|k| !is_item.contains(k)) {
        claimed.insert(scale);
        let mut stack: Vec<usize> = items(scale).into_iter().rev().collect();
        while let Some(k) = stack.pop() {
            if claimed.insert(k) {
                groups[scale].push(k);
                stack.extend(items(k).into_iter().rev());
            }
        }
    }
    groups
}

/// One indicator: its results, its definition and how its numbers read.
struct Ind<'a> {
    rep: &'a IndicatorReport,
    def: Option<&'a IndicatorDefinition>,
    /// Decimals of a mean (proportions are whole percentages).
    decimals: usize,
    /// The organisations outside the 95 % limits of its funnel plot.
    flagged: BTreeSet<&'a str>,
}

impl<'a> Ind<'a> {
    fn new(rep: &'a IndicatorReport, def: Option<&'a IndicatorDefinition>) -> Ind<'a> {
        // Means read best with as few decimals as their size allows; the
        // choice is made once per indicator so that a table lines up.
        let largest = rep
            .groups
            .iter()
            .flat_map(|g| g.status.iter().filter_map(|s| Some(s.estimates.shown()?.estimate)))
            .fold(0.0_f64, |m, x| m.max(x.abs()));
        let decimals = match def.map(|d| &d.measure) {
            Some(Measure::Ordinal { .. }) => 1,
            _ if largest >= 100.0 => 0,
            _ if largest >= 10.0 => 1,
            _ => 2,
        };
        let flagged = rep
            .comparison
            .iter()
            .flat_map(|c| c.funnel.iter().filter(|p| p.flag != FunnelFlag::Within).map(|p| p.organisation.as_str()))
            .collect();
        Ind { rep, def, decimals, flagged }
    }

    /// Whether change between `from` and `to` applies: the set collects
    /// the indicator at both waves (an indicator of unknown definition is
    /// taken to be).
    fn measures_change(&self, change: crate::catalogue::ChangeSpec) -> bool {
        self.def.is_none_or(|d| d.waves.contains(&change.from) && d.waves.contains(&change.to))
    }

    /// The waves where the set collects the indicator, in a sentence:
    /// `at exit`, `at exit and after exit`.
    fn asked_at(&self, lang: Lang) -> String {
        let w = words(lang);
        let waves: Vec<&str> = self.def.map(|d| d.waves.iter().map(|v| w.at_wave(*v)).collect()).unwrap_or_default();
        w.join(&waves)
    }

    fn is_proportion(&self) -> bool {
        self.rep.measure == MeasureKind::Proportion
    }

    /// What a status figure summarises: "share of positive answers" or "mean".
    fn summary(&self, lang: Lang) -> &'static str {
        let labels = words(lang).labels();
        if self.is_proportion() {
            labels.share_positive
        } else {
            labels.mean
        }
    }

    fn label(&self, lang: Lang) -> &'a str {
        self.rep.label.get(lang)
    }

    fn unit(&self) -> Option<&'a str> {
        match self.def.map(|d| &d.measure) {
            Some(Measure::Continuous { unit, .. }) => Some(unit.as_str()),
            _ => None,
        }
    }

    /// A status value: `62 %` or `6.2` (with its unit, if any).
    fn value(&self, x: f64, lang: Lang) -> String {
        if self.is_proportion() {
            nums::pct(x, lang)
        } else {
            let n = nums::num(x, self.decimals, lang);
            match self.unit() {
                Some(u) => format!("{n}{NBSP}{u}"),
                None => n,
            }
        }
    }

    /// A status interval: `56–68 %` or `5.8–6.6`.
    fn range(&self, low: f64, high: f64, lang: Lang) -> String {
        if self.is_proportion() {
            nums::pct_range(low, high, lang)
        } else {
            nums::num_range(low, high, self.decimals, lang)
        }
    }

    /// A status value with `extra` more decimals than usual: `53.75 %`.
    fn value_finer(&self, x: f64, extra: usize, lang: Lang) -> String {
        if self.is_proportion() {
            format!("{}{}", nums::num(x * 100.0, extra, lang), nums::percent_sign(lang))
        } else {
            let n = nums::num(x, self.decimals + extra, lang);
            match self.unit() {
                Some(u) => format!("{n}{NBSP}{u}"),
                None => n,
            }
        }
    }

    /// A status interval with `extra` more decimals than usual.
    fn range_finer(&self, low: f64, high: f64, extra: usize, lang: Lang) -> String {
        if self.is_proportion() {
            format!(
                "{}–{}{}",
                nums::num(low * 100.0, extra, lang),
                nums::num(high * 100.0, extra, lang),
                nums::percent_sign(lang)
            )
        } else {
            nums::num_range(low, high, self.decimals + extra, lang)
        }
    }

    /// How many more decimals than usual make the comparison of `estimate`
    /// with each of `limits` visible: the written estimate sits on the same
    /// side of each written limit as the true one (never "54 %" flagged
    /// below a limit of "54 %"). At most 4.
    fn deciding_decimals(&self, estimate: f64, limits: &[f64]) -> usize {
        let (scale, base) = if self.is_proportion() { (100.0, 0) } else { (1.0, self.decimals) };
        let written = |x: f64, d: usize| (x * scale * 10f64.powi(d as i32)).round();
        (0..=4)
            .find(|&extra| {
                let d = base + extra;
                limits.iter().all(|&l| {
                    let (e, w) = (written(estimate, d), written(l, d));
                    estimate.total_cmp(&l) == e.total_cmp(&w) || estimate == l
                })
            })
            .unwrap_or(4)
    }

    /// Whether the mean change of this indicator is a difference of
    /// proportions (binary), read in percentage points.
    fn change_in_points(&self) -> bool {
        self.rep.measure_type == MeasureType::Binary
    }

    /// A mean change: `+18 pts`, `+0.64`, `−120 EUR`.
    fn change_value(&self, x: f64, lang: Lang) -> String {
        if self.change_in_points() {
            format!("{}{NBSP}{}", nums::signed(x * 100.0, 0, lang), words(lang).labels().points)
        } else {
            let decimals = if self.is_proportion() { 2 } else { self.decimals };
            let n = nums::signed(x, decimals, lang);
            match self.unit() {
                Some(u) => format!("{n}{NBSP}{u}"),
                None => n,
            }
        }
    }

    /// The interval of a mean change.
    fn change_range(&self, low: f64, high: f64, lang: Lang) -> String {
        if self.change_in_points() {
            format!("{}{NBSP}{}", nums::num_range(low * 100.0, high * 100.0, 0, lang), words(lang).labels().points)
        } else {
            let decimals = if self.is_proportion() { 2 } else { self.decimals };
            nums::num_range(low, high, decimals, lang)
        }
    }

    /// The bounds of the value axis of a chart: a proportion goes from 0 to
    /// 1, an ordinal scale from its min to its max, anything else from 0
    /// (or the lowest interval end) to the highest interval end.
    fn axis(&self) -> (f64, f64) {
        if self.is_proportion() {
            return (0.0, 1.0);
        }
        if let Some(Measure::Ordinal { min, max, .. }) = self.def.map(|d| &d.measure) {
            return (*min as f64, *max as f64);
        }
        let values = self.rep.groups.iter().flat_map(|g| {
            g.status
                .iter()
                .filter_map(|s| s.estimates.shown())
                .flat_map(|e| [Some(e.estimate), e.ci_low, e.ci_high])
                .flatten()
        });
        let funnel = self
            .rep
            .comparison
            .iter()
            .flat_map(|c| c.funnel.iter().flat_map(|f| [f.estimate, f.limit998_low, f.limit998_high]));
        let (lo, hi) = values.chain(funnel).fold((0.0_f64, 0.0_f64), |(lo, hi), x| (lo.min(x), hi.max(x)));
        if hi > lo {
            (lo, hi)
        } else {
            (lo, lo + 1.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_go_under_the_scale_that_is_no_item_with_their_own_items_and_once() {
        use crate::analysis::{analyse, AnalysisOptions};
        use crate::catalogue::{Catalogue, CompositeItem};
        let set = Catalogue::bundled().unwrap().reference_set("exclusion-2023").unwrap();
        let report =
            analyse(&set, &crate::data::DatasetBuilder::new(&set).build(), &AnalysisOptions::default()).unwrap();
        let mut defs: Vec<IndicatorDefinition> =
            report.indicators.iter().map(|r| set.registry().get(&r.indicator).unwrap().definition().clone()).collect();
        let pos = |id: &str| report.indicators.iter().position(|r| r.indicator == id).unwrap();
        let [scale, mail, travel, housing] =
            ["scale", "item_mail", "item_travel", "housing.situation"].map(|s| match s {
                "housing.situation" => pos("excl.housing.situation"),
                s => pos(&format!("excl.autonomy.{s}")),
            });
        // The mail item made a scale of the travel item and of an indicator
        // of another outcome area.
        let mut nested = defs[scale].composite.clone().unwrap();
        nested.items = [travel, housing]
            .map(|k| CompositeItem {
                indicator: crate::IndicatorId::new(report.indicators[k].indicator.clone()).unwrap(),
                reverse: false,
            })
            .to_vec();
        defs[mail].composite = Some(nested);
        let inds: Vec<Ind<'_>> = report.indicators.iter().zip(&defs).map(|(r, d)| Ind::new(r, Some(d))).collect();
        let groups = scale_groups(&inds);
        let names = |ks: &[usize]| ks.iter().map(|&k| inds[k].rep.indicator.as_str()).collect::<Vec<_>>();
        assert_eq!(
            names(&groups[scale]),
            [
                "excl.autonomy.item_appointments",
                "excl.autonomy.item_mail",
                "excl.autonomy.item_travel",
                "excl.housing.situation",
                "excl.autonomy.item_daily_life",
                "excl.autonomy.item_where_to_turn",
                "excl.autonomy.item_needs_help",
            ]
        );
        // No other indicator holds a group: the mail item is an item.
        for (k, group) in groups.iter().enumerate() {
            assert!(k == scale || group.is_empty(), "{} holds {:?}", inds[k].rep.indicator, names(group));
        }
    }

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape_html(r#"<script>alert("x&y")</script> l'été"#),
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; l&#39;été"
        );
        assert_eq!(escape_html("plain text"), "plain text");
    }
}
