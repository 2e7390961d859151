//! The SROI result written for people: one self-contained HTML page (the
//! report's page shell, inline SVG, no script) or Markdown, in French or
//! English.
//!
//! Both show the ratio with its interval in words, the distribution of the
//! simulated ratio, a tornado chart of the sensitivity, the outcomes valued,
//! every assumption with its source, the method, and a banner first when the
//! model is illustrative. Output is deterministic.

mod charts;

use super::model::{Amount, Field, Quantity, SroiModel};
use super::output::SroiResult;
use crate::analysis::NETWORK;
use crate::locale::sroi::{sroi, SroiWords};
use crate::report::render::kit::{self, bare_wave, int, level, num, pct, Block, Cell, Row, Table};
use crate::text::Lang;

/// The result as one self-contained HTML page.
pub fn html(result: &SroiResult, model: &SroiModel, lang: Lang) -> String {
    kit::page(lang, result.model.title.get(lang), blocks(result, model, lang, true), sroi(lang).footer())
}

/// The result as Markdown: the same content, charts replaced by their tables.
pub fn markdown(result: &SroiResult, model: &SroiModel, lang: Lang) -> String {
    kit::document(lang, blocks(result, model, lang, false), sroi(lang).footer())
}

/// The ratio with its interval in words, e.g. "Each euro invested returns
/// between 1.4 and 3.1 euros of avoided public spending (95 % interval),
/// 2.2 at central values; the chance that it returns less than it costs:
/// 3 %".
pub fn summary(result: &SroiResult, lang: Lang) -> String {
    let w = sroi(lang);
    let mc = &result.monte_carlo;
    let (one, many) = w.unit(&result.model.currency);
    // The amount read last ("… and 1.3 euros") carries the noun.
    // As shown: one decimal (`ratio`).
    let shown_high = (mc.ratio_high * 10.0).round() / 10.0;
    let many = if w.plural(shown_high) { many } else { one.clone() };
    w.summary(
        &ratio(mc.ratio_low, lang),
        &ratio(mc.ratio_high, lang),
        &level(mc.confidence, lang),
        &ratio(result.central.ratio, lang),
        &chance(1.0 - mc.probability_ratio_above_1, lang),
        (&one, &many),
    )
}

/// The last line when a model or a report is refused: `3 problems: nothing
/// was written`.
pub fn refusal(problems: usize, lang: Lang) -> String {
    sroi(lang).refused(problems)
}

/// `cannot read FILE: ERROR`, in `lang`.
pub fn cannot_read(file: &str, error: &str, lang: Lang) -> String {
    sroi(lang).cannot_read(file, error)
}

/// `cannot write FILE: ERROR`, in `lang`.
pub fn cannot_write(file: &str, error: &str, lang: Lang) -> String {
    sroi(lang).cannot_write(file, error)
}

/// `FILE is not a report (ERROR)`, in `lang`.
pub fn not_a_report(file: &str, error: &str, lang: Lang) -> String {
    sroi(lang).not_a_report(file, error)
}

/// A ratio as read: one decimal.
fn ratio(x: f64, lang: Lang) -> String {
    num(x, 1, lang)
}

/// A probability: a whole percentage, `< 1 %` rather than `0 %` when some
/// draws fell there.
fn chance(p: f64, lang: Lang) -> String {
    if p > 0.0 && p < 0.005 {
        format!("<\u{a0}{}", pct(0.01, lang))
    } else if p < 1.0 && p > 0.995 {
        format!(">\u{a0}{}", pct(0.99, lang))
    } else {
        pct(p, lang)
    }
}

/// An amount of money: whole units, grouped, with the currency code.
fn money(x: f64, currency: &str, lang: Lang) -> String {
    format!("{}\u{a0}{currency}", num(x, 0, lang))
}

/// A value of an input, written for its kind: money, fraction or rate.
fn value(x: f64, kind: ValueKind, currency: &str, lang: Lang) -> String {
    match kind {
        ValueKind::Money => money(x, currency, lang),
        ValueKind::Fraction => {
            let decimals = if ((x * 100.0) - (x * 100.0).round()).abs() < 1e-9 { 0 } else { 1 };
            format!("{}{}", num(x * 100.0, decimals, lang), kit::percent_sign(lang))
        }
    }
}

#[derive(Clone, Copy)]
enum ValueKind {
    Money,
    Fraction,
}

/// An input's readable name and how its values are written.
fn input_name(name: &str, model: &SroiModel, w: SroiWords, lang: Lang) -> (String, ValueKind) {
    match name {
        "investment" => (w.investment().to_string(), ValueKind::Money),
        "discount_rate" => (w.discount_rate().to_string(), ValueKind::Fraction),
        _ => {
            let (id, field) = name.split_once('.').unwrap_or((name, ""));
            let field = Field::ALL.into_iter().find(|f| f.name() == field);
            let label = model.outcomes.iter().find(|o| o.id == id).map_or(id, |o| o.label.get(lang));
            match field {
                Some(f) => (
                    format!("{label} — {}", w.field(f)),
                    if f == Field::Proxy { ValueKind::Money } else { ValueKind::Fraction },
                ),
                None => (label.to_string(), ValueKind::Money),
            }
        }
    }
}

fn row(cells: Vec<Cell>) -> Row {
    Row { cells, strong: false }
}

/// An SROI result shown as a section of the outcome report, after its
/// outcome areas (see `report::render::RenderOptions::sroi`): the same body
/// as the document of its own ([`html`], [`markdown`]), under one heading
/// with its entry in the table of contents.
///
/// The result should be computed from the report it is shown in; the
/// section names the model, the reference set and the group it read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReportSection {
    /// The result shown.
    pub result: SroiResult,
    /// The model it was computed with (its assumptions and sources).
    pub model: SroiModel,
}

impl ReportSection {
    /// The section of `result`, computed with `model`.
    pub fn new(result: SroiResult, model: SroiModel) -> ReportSection {
        ReportSection { result, model }
    }

    /// The anchor of the section in the report.
    pub(crate) const ANCHOR: &'static str = "sroi";

    /// The section's entry in the report's table of contents.
    pub(crate) fn toc_entry(&self, lang: Lang) -> (String, String) {
        (Self::ANCHOR.to_string(), sroi(lang).report_section().to_string())
    }

    /// The section's blocks: its heading, then the body.
    pub(crate) fn blocks(&self, lang: Lang) -> Vec<Block> {
        let title = sroi(lang).report_section().to_string();
        let mut out = vec![Block::Section { id: Self::ANCHOR.to_string(), title }];
        out.extend(body(&self.result, &self.model, lang, true, Place::Report));
        out
    }
}

/// Where the body goes: a document of its own, whose parts are top-level
/// sections, or one section of the outcome report, whose parts are
/// sub-headings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Document,
    Report,
}

/// The standalone document: its cover, then the body.
fn blocks(result: &SroiResult, model: &SroiModel, lang: Lang, charts: bool) -> Vec<Block> {
    let w = sroi(lang);
    let mc = &result.monte_carlo;
    let lvl = level(mc.confidence, lang);
    let mut out = vec![Block::Cover {
        kind: w.kind().to_string(),
        title: result.model.title.get(lang).to_string(),
        subtitle: subtitle(result, w),
        facts: vec![
            (w.fact_central().to_string(), ratio(result.central.ratio, lang)),
            (w.fact_interval(&lvl), format!("{}–{}", ratio(mc.ratio_low, lang), ratio(mc.ratio_high, lang))),
            (w.fact_below().to_string(), chance(1.0 - mc.probability_ratio_above_1, lang)),
        ],
        by: None,
        logo: None,
    }];
    out.extend(body(result, model, lang, charts, Place::Document));
    out
}

/// Model, version, set and group read.
fn subtitle(result: &SroiResult, w: SroiWords) -> String {
    let organisation = (result.organisation != NETWORK).then_some(result.organisation.as_str());
    w.subtitle(&result.model.id, &result.model.version, &result.reference_set.id, &w.group(organisation))
}

/// What the standalone document and the report's section both show: the
/// illustrative banner, the ratio with its interval in words, the
/// distribution of the simulated ratio, the outcomes valued, the tornado
/// chart of the sensitivity, every assumption with its source, the method.
fn body(result: &SroiResult, model: &SroiModel, lang: Lang, charts: bool, place: Place) -> Vec<Block> {
    let w = sroi(lang);
    let mc = &result.monte_carlo;
    let cur = &result.model.currency;
    // A part of the document is a section; in the report, a sub-heading of
    // the section (whose heading stands for the result's).
    let part = |out: &mut Vec<Block>, id: &str, title: &str| match place {
        Place::Document => out.push(Block::Section { id: id.into(), title: title.to_string() }),
        Place::Report if id == "result" => {}
        Place::Report => out.push(Block::Heading(title.to_string())),
    };
    let mut out = Vec::new();
    if result.model.illustrative {
        out.push(Block::Banner(w.illustrative_banner().to_string()));
    }
    // The report says which model was read on which group, as the
    // document's cover does.
    if place == Place::Report {
        out.push(Block::Para(w.report_section_intro(result.model.title.get(lang), &subtitle(result, w))));
    }
    part(&mut out, "result", w.result());
    out.push(Block::Para(summary(result, lang)));
    out.push(Block::Para(w.present_values(
        &money(result.central.present_value, cur, lang),
        &money(model.investment.central(), cur, lang),
        &money(result.central.net_present_value, cur, lang),
    )));
    if let Some(d) = &model.description {
        out.push(Block::Para(d.get(lang).to_string()));
    }

    out.push(Block::Heading(w.distribution().to_string()));
    out.push(Block::Para(w.distribution_reading(&int(mc.draws, lang), &mc.seed.to_string())));
    let stats = Table {
        caption: w.caption_distribution().to_string(),
        head: vec![w.col_statistic().to_string(), w.col_value().to_string()],
        rows: vec![
            row(vec![Cell::new(w.interval_low()), Cell::new(num(mc.ratio_low, 2, lang))]),
            row(vec![Cell::new(w.median()), Cell::new(num(mc.ratio_median, 2, lang))]),
            row(vec![Cell::new(w.interval_high()), Cell::new(num(mc.ratio_high, 2, lang))]),
            row(vec![Cell::new(w.above_one()), Cell::new(pct(mc.probability_ratio_above_1, lang))]),
        ],
    };
    if charts {
        out.push(Block::Figure { svg: charts::distribution(result, lang), table: stats });
    } else {
        out.push(Block::Table(stats));
    }

    out.push(Block::Heading(w.outcomes().to_string()));
    out.push(Block::Table(Table {
        caption: w.caption_outcomes().to_string(),
        head: vec![String::new(), w.col_quantity().to_string(), w.col_present_value().to_string()],
        rows: result
            .central
            .outcomes
            .iter()
            .map(|o| {
                let label = model.outcomes.iter().find(|m| m.id == o.id).map_or(o.id.as_str(), |m| m.label.get(lang));
                row(vec![
                    Cell::new(label),
                    Cell::new(num(o.quantity, 0, lang)),
                    Cell::new(money(o.present_value, cur, lang)),
                ])
            })
            .collect(),
    }));

    if !result.sensitivity.is_empty() {
        part(&mut out, "sensitivity", w.sensitivity());
        out.push(Block::Para(w.tornado_reading().to_string()));
        let table = Table {
            caption: w.caption_sensitivity().to_string(),
            head: [w.col_input(), w.col_low(), w.col_high(), w.col_low_ratio(), w.col_high_ratio(), w.col_break_even()]
                .map(str::to_string)
                .to_vec(),
            rows: result
                .sensitivity
                .iter()
                .map(|s| {
                    let (name, kind) = input_name(&s.input, model, w, lang);
                    row(vec![
                        Cell::with(name, s.input.clone()),
                        Cell::new(value(s.low, kind, cur, lang)),
                        Cell::new(value(s.high, kind, cur, lang)),
                        Cell::new(num(s.low_ratio, 2, lang)),
                        Cell::new(num(s.high_ratio, 2, lang)),
                        Cell::new(
                            s.break_even.map_or_else(|| w.none_in_range().to_string(), |b| value(b, kind, cur, lang)),
                        ),
                    ])
                })
                .collect(),
        };
        if charts {
            out.push(Block::Figure { svg: charts::tornado(result, model, lang), table });
        } else {
            out.push(Block::Table(table));
        }
    }

    part(&mut out, "assumptions", w.assumptions());
    out.push(Block::Table(assumptions(model, w, lang)));
    part(&mut out, "method", w.method());
    for p in w.method_text() {
        out.push(Block::Para(p.to_string()));
    }
    out
}

/// Every figure of the model: its value or range and its source.
fn assumptions(model: &SroiModel, w: SroiWords, lang: Lang) -> Table {
    let cur = &model.currency;
    let mut rows = Vec::new();
    let mut amount = |name: String, a: &Amount, kind: ValueKind| {
        let cells = match a {
            Amount::Certain(v) => vec![
                Cell::new(name),
                Cell::new(""),
                Cell::new(value(*v, kind, cur, lang)),
                Cell::new(""),
                Cell::new(w.certain()),
            ],
            Amount::Uncertain(r) => vec![
                Cell::new(name),
                Cell::new(value(r.low, kind, cur, lang)),
                Cell::new(value(r.central, kind, cur, lang)),
                Cell::new(value(r.high, kind, cur, lang)),
                Cell::new(source_text(&r.source, w, lang)),
            ],
        };
        rows.push(row(cells));
    };
    amount(w.investment().to_string(), &model.investment, ValueKind::Money);
    amount(w.discount_rate().to_string(), &model.discount_rate, ValueKind::Fraction);
    for o in &model.outcomes {
        let label = o.label.get(lang);
        for f in Field::ALL {
            let kind = if f == Field::Proxy { ValueKind::Money } else { ValueKind::Fraction };
            amount(format!("{label} — {}", w.field(f)), o.amount(f), kind);
        }
    }
    for o in &model.outcomes {
        let label = o.label.get(lang);
        let (what, source) = match &o.quantity {
            Quantity::FromReport { indicator, count, wave } => {
                (w.quantity_from(indicator, *count, wave.map(|v| bare_wave(v, lang))), String::new())
            }
            Quantity::Fixed { value, source } => (num(*value, 0, lang), source_text(source, w, lang)),
        };
        rows.push(row(vec![
            Cell::with(label, w.col_quantity()),
            Cell::new(""),
            Cell::new(what),
            Cell::new(""),
            Cell::with(source, w.duration(o.duration_years)),
        ]));
    }
    Table {
        caption: w.caption_assumptions().to_string(),
        head: [w.col_input(), w.col_low(), w.col_central(), w.col_high(), w.col_source()].map(str::to_string).to_vec(),
        rows,
    }
}

fn source_text(source: &super::model::Source, w: SroiWords, lang: Lang) -> String {
    if source.illustrative {
        format!("{} — {}", w.illustrative_source(), source.citation.get(lang))
    } else {
        source.citation.get(lang).to_string()
    }
}
