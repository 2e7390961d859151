//! Charts drawn as inline SVG: status with interval whiskers, distance
//! travelled as a diverging bar, funnel plot, Kaplan-Meier curve.
//!
//! Colours come from the Okabe-Ito palette, which stays distinct for the
//! common forms of colour blindness; meaning never rests on colour alone
//! (legends, labels, line styles). Each chart carries `role="img"`, a
//! `<title>` and an `aria-label`, and the report prints its figures in a
//! table beside it. Coordinates are rounded to 0.1 so that output is stable.

use super::{change_estimates, escape_html as esc, Doc, Ind};
use crate::catalogue::{Direction, Wave};
use crate::locale::numbers::{self as nums, colon};
use crate::locale::report::report as words;
use crate::report::{
    Comparison, FunnelFlag, GroupId, MeasureKind, SurvivalEstimates, SurvivalGroup, TimeToEventReport,
};
use crate::text::Lang;
use std::fmt::Write;

/// Okabe-Ito colours.
pub(crate) const ORANGE: &str = "#E69F00";
pub(crate) const SKY: &str = "#56B4E9";
pub(crate) const GREEN: &str = "#009E73";
pub(crate) const BLUE: &str = "#0072B2";
pub(crate) const VERMILLION: &str = "#D55E00";
const PURPLE: &str = "#CC79A7";
const YELLOW: &str = "#F0E442";
/// Ink for text and the network's marks.
pub(crate) const INK: &str = "#1d2433";
/// Secondary text, axes.
pub(crate) const MUTED: &str = "#5b6475";
/// Grid lines.
pub(crate) const GRID: &str = "#e3e6eb";
/// "Unchanged" in the diverging bar.
const NEUTRAL: &str = "#c4c9d2";

/// Colours of organisations' curves, yellow last (weakest on white).
const ORG_COLOURS: [&str; 7] = [ORANGE, SKY, GREEN, BLUE, VERMILLION, PURPLE, YELLOW];

/// Width of every chart, in SVG units (CSS scales it down on small screens).
pub(crate) const WIDTH: f64 = 720.0;

pub(crate) fn f(x: f64) -> String {
    let s = format!("{x:.1}");
    if s == "-0.0" {
        "0.0".to_string()
    } else {
        s
    }
}

fn wave_colour(wave: Wave) -> &'static str {
    match wave {
        Wave::Entry => ORANGE,
        Wave::FollowUp => SKY,
        Wave::Exit => BLUE,
        Wave::PostExit => GREEN,
    }
}

/// Marker shape per wave, so that waves differ by more than colour.
fn wave_marker(wave: Wave, x: f64, y: f64) -> String {
    let c = wave_colour(wave);
    match wave {
        Wave::Entry => {
            format!(r##"<circle cx="{}" cy="{}" r="4.5" fill="#fff" stroke="{c}" stroke-width="2.2"/>"##, f(x), f(y))
        }
        Wave::FollowUp => format!(
            r#"<rect x="{}" y="{}" width="8" height="8" fill="{c}" transform="rotate(45 {} {})"/>"#,
            f(x - 4.0),
            f(y - 4.0),
            f(x),
            f(y)
        ),
        Wave::Exit => format!(r#"<circle cx="{}" cy="{}" r="5" fill="{c}"/>"#, f(x), f(y)),
        Wave::PostExit => format!(r#"<rect x="{}" y="{}" width="9" height="9" fill="{c}"/>"#, f(x - 4.5), f(y - 4.5)),
    }
}

pub(crate) fn open(out: &mut String, height: f64, label: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{label}" font-size="12"><title>{label}</title>"#,
        w = f(WIDTH),
        h = f(height),
        label = esc(label),
    );
}

pub(crate) fn text(out: &mut String, x: f64, y: f64, anchor: &str, attrs: &str, content: &str) {
    let _ = write!(out, r#"<text x="{}" y="{}" text-anchor="{anchor}"{attrs}>{}</text>"#, f(x), f(y), esc(content));
}

/// A linear scale from a data interval to a pixel interval.
#[derive(Clone, Copy)]
pub(crate) struct Scale {
    pub(crate) d0: f64,
    pub(crate) d1: f64,
    pub(crate) r0: f64,
    pub(crate) r1: f64,
}

impl Scale {
    pub(crate) fn at(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return self.r0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// About five round tick values covering `[lo, hi]`.
pub(crate) fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let span = hi - lo;
    if span <= 0.0 || !span.is_finite() {
        return vec![lo];
    }
    let raw = span / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| span / s <= 6.0).unwrap_or(10.0 * mag);
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    // Multiplying, rather than adding steps, keeps 0.6 from reading 0.6000000000000001.
    (first..=last).map(|i| if i == 0 { 0.0 } else { (i as f64 * step * 1e6).round() / 1e6 }).collect()
}

fn tick_label(ind: &Ind<'_>, v: f64, lang: Lang) -> String {
    if ind.rep.measure == MeasureKind::Proportion {
        nums::pct(v, lang)
    } else {
        let decimals = if v.fract().abs() < 1e-9 { 0 } else { ind.decimals.min(1) };
        nums::num(v, decimals, lang)
    }
}

/// A horizontal value axis with vertical grid lines.
fn x_axis(out: &mut String, ind: &Ind<'_>, x: Scale, top: f64, bottom: f64, lang: Lang) {
    for t in ticks(x.d0, x.d1) {
        let px = x.at(t);
        let _ = write!(out, r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{GRID}"/>"#, f(px), f(top), f(bottom));
        text(out, px, bottom + 16.0, "middle", &format!(r#" fill="{MUTED}""#), &tick_label(ind, t, lang));
    }
}

/// The grid of an x-y chart (funnel, Kaplan-Meier): a line and a label per
/// tick on both axes (`y_label` writes a value axis tick; the x axis counts
/// whole numbers), and the x axis's title under it. The scales' pixel
/// ranges give the plot's left and right edges.
fn grid(
    out: &mut String,
    (x, y): (Scale, Scale),
    (top, bottom): (f64, f64),
    y_label: &dyn Fn(f64) -> String,
    x_title: &str,
    lang: Lang,
) {
    let (left, right) = (x.r0, x.r1);
    let muted = format!(r#" fill="{MUTED}""#);
    for t in ticks(y.d0, y.d1) {
        let py = y.at(t);
        let _ = write!(out, r#"<line x1="{0}" x2="{2}" y1="{1}" y2="{1}" stroke="{GRID}"/>"#, f(left), f(py), f(right));
        text(out, left - 8.0, py + 4.0, "end", &muted, &y_label(t));
    }
    for t in ticks(x.d0, x.d1) {
        let px = x.at(t);
        let _ = write!(
            out,
            r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{GRID}"/>"#,
            f(px),
            f(top),
            f(bottom + 4.0)
        );
        text(out, px, bottom + 18.0, "middle", &muted, &nums::num(t, 0, lang));
    }
    text(out, (left + right) / 2.0, bottom + 38.0, "middle", &muted, x_title);
}

/// The title of a vertical value axis, written upwards along the left edge,
/// centred on `middle`.
fn y_title(out: &mut String, middle: f64, title: &str) {
    let x = 14.0;
    text(
        out,
        x,
        middle,
        "middle",
        &format!(r#" fill="{MUTED}" font-size="11" transform="rotate(-90 {} {})""#, f(x), f(middle)),
        title,
    );
}

/// Status at each wave: one row per group, one marker per wave with its
/// interval as a whisker.
pub(crate) fn status(doc: &Doc<'_>, ind: &Ind<'_>) -> String {
    let lang = doc.lang;
    let w = words(lang).labels();
    let waves: Vec<Wave> = {
        let mut v: Vec<Wave> = Vec::new();
        for g in &ind.rep.groups {
            for s in &g.status {
                if !v.contains(&s.wave) {
                    v.push(s.wave);
                }
            }
        }
        v.sort();
        v
    };
    let groups = doc.charted_groups(ind);
    let sub = 13.0;
    let row_h = sub * waves.len().max(1) as f64 + 14.0;
    let (top, left, right) = (44.0, 120.0, WIDTH - 24.0);
    let height = top + row_h * groups.len() as f64 + 30.0;
    let label = format!("{}{} {} – {}. {}", w.chart, colon(lang), w.status, ind.label(lang), w.figures_follow);
    let mut out = String::new();
    open(&mut out, height, &label);
    // Legend.
    let mut lx = left;
    for wave in &waves {
        out.push_str(&wave_marker(*wave, lx + 5.0, 16.0));
        let name = words(lang).wave_name(*wave);
        text(&mut out, lx + 15.0, 20.0, "start", &format!(r#" fill="{INK}""#), name);
        lx += 30.0 + 7.0 * name.chars().count() as f64;
    }
    let ci = format!("— {} {}", w.ci, nums::level(doc.report.parameters.confidence, lang));
    text(&mut out, lx + 4.0, 20.0, "start", &format!(r#" fill="{MUTED}""#), &ci);
    let (d0, d1) = ind.axis();
    let x = Scale { d0, d1, r0: left, r1: right };
    let bottom = top + row_h * groups.len() as f64;
    x_axis(&mut out, ind, x, top - 6.0, bottom, lang);
    for (i, g) in groups.iter().enumerate() {
        let y0 = top + row_h * i as f64;
        if i % 2 == 0 {
            let _ = write!(
                out,
                r##"<rect x="0" y="{}" width="{}" height="{}" fill="#f6f7f9"/>"##,
                f(y0),
                f(WIDTH),
                f(row_h)
            );
        }
        // Redraw the grid over the band so that it stays visible.
        for t in ticks(x.d0, x.d1) {
            let _ = write!(
                out,
                r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{GRID}"/>"#,
                f(x.at(t)),
                f(y0),
                f(y0 + row_h)
            );
        }
        let name = group_name(&g.organisation, lang);
        let weight = if g.organisation.is_network() { r#" font-weight="700""# } else { "" };
        text(&mut out, left - 12.0, y0 + row_h / 2.0 + 4.0, "end", &format!(r#" fill="{INK}"{weight}"#), &name);
        let mut hidden = false;
        for (k, wave) in waves.iter().enumerate() {
            let y = y0 + 7.0 + sub * (k as f64 + 0.5);
            let Some(s) = g.status.iter().find(|s| s.wave == *wave) else { continue };
            let Some(e) = s.estimates.shown() else {
                hidden = true;
                continue;
            };
            let est = e.estimate;
            if let (Some(lo), Some(hi)) = (e.ci_low, e.ci_high) {
                let c = wave_colour(*wave);
                let _ = write!(
                    out,
                    r#"<line x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="{c}" stroke-width="2" stroke-linecap="round"/>"#,
                    f(x.at(lo)),
                    f(x.at(hi)),
                    y = f(y)
                );
            }
            out.push_str(&wave_marker(*wave, x.at(est), y));
        }
        if hidden {
            let note = format!("{} ({})", w.hidden.to_lowercase(), words(lang).fewer_than(doc.min_cell()));
            text(&mut out, right, y0 + row_h - 4.0, "end", &format!(r#" fill="{MUTED}" font-size="10.5""#), &note);
        }
    }
    out.push_str("</svg>");
    out
}

/// "Network" for `*`, the code otherwise.
pub(crate) fn group_name(org: &GroupId, lang: Lang) -> String {
    if org.is_network() {
        words(lang).labels().network.to_string()
    } else {
        org.to_string()
    }
}

/// Distance travelled: for each group a bar of people who worsened (left
/// of zero), stayed the same (split across zero) and improved (right).
pub(crate) fn distance(doc: &Doc<'_>, ind: &Ind<'_>) -> String {
    let lang = doc.lang;
    let w = words(lang).labels();
    let groups = doc.charted_groups(ind);
    let (top, left, right) = (44.0, 120.0, WIDTH - 24.0);
    let row_h = 30.0;
    let height = top + row_h * groups.len() as f64 + 30.0;
    let label = format!("{}{} {} – {}. {}", w.chart, colon(lang), w.distance, ind.label(lang), w.figures_follow);
    let mut out = String::new();
    open(&mut out, height, &label);
    let mut lx = left;
    for (colour, name) in [(VERMILLION, w.worsened), (NEUTRAL, w.unchanged), (GREEN, w.improved)] {
        let _ = write!(out, r#"<rect x="{}" y="10" width="12" height="12" rx="2" fill="{colour}"/>"#, f(lx));
        text(&mut out, lx + 17.0, 20.0, "start", &format!(r#" fill="{INK}""#), name);
        lx += 36.0 + 7.0 * name.chars().count() as f64;
    }
    let x = Scale { d0: -1.0, d1: 1.0, r0: left, r1: right };
    let bottom = top + row_h * groups.len() as f64;
    for t in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let px = x.at(t);
        let stroke = if t == 0.0 { MUTED } else { GRID };
        let _ = write!(
            out,
            r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{stroke}"/>"#,
            f(px),
            f(top - 6.0),
            f(bottom)
        );
        text(&mut out, px, bottom + 16.0, "middle", &format!(r#" fill="{MUTED}""#), &nums::pct(t.abs(), lang));
    }
    for (i, g) in groups.iter().enumerate() {
        let y = top + row_h * i as f64 + 6.0;
        let weight = if g.organisation.is_network() { r#" font-weight="700""# } else { "" };
        text(
            &mut out,
            left - 12.0,
            y + 13.0,
            "end",
            &format!(r#" fill="{INK}"{weight}"#),
            &group_name(&g.organisation, lang),
        );
        let Some(est) = change_estimates(&g.change) else {
            let note = format!("{} ({})", w.hidden.to_lowercase(), words(lang).fewer_than(doc.min_cell()));
            text(&mut out, x.at(0.0) + 8.0, y + 13.0, "start", &format!(r#" fill="{MUTED}" font-size="10.5""#), &note);
            continue;
        };
        let n = g.change.n_pairs.max(1) as f64;
        let (wo, un, im) = (est.worsened as f64 / n, est.unchanged as f64 / n, est.improved as f64 / n);
        let segments =
            [(-(wo + un / 2.0), wo, VERMILLION, "#fff"), (-un / 2.0, un, NEUTRAL, INK), (un / 2.0, im, GREEN, "#fff")];
        for (start, width, colour, ink) in segments {
            if width <= 0.0 {
                continue;
            }
            let (x0, x1) = (x.at(start), x.at(start + width));
            let _ =
                write!(out, r#"<rect x="{}" y="{}" width="{}" height="18" fill="{colour}"/>"#, f(x0), f(y), f(x1 - x0));
            if x1 - x0 >= 34.0 {
                text(
                    &mut out,
                    (x0 + x1) / 2.0,
                    y + 13.0,
                    "middle",
                    &format!(r#" fill="{ink}" font-size="11""#),
                    &nums::pct(width, lang),
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// The funnel as the report gives it, with no statistic computed here:
/// `v0` is the report's `network_estimate` (pooled over the included
/// organisations, BRIEF section 6), and each level's half-width at `n` is
/// `k / sqrt(n)`, `k` read from the report's own limits at the point with
/// the most answers (the narrowest, so the least likely to be clipped to
/// 0–1). The curves pass through every point's limits.
pub(crate) struct FunnelShape {
    /// The network value.
    pub v0: f64,
    /// The 95 % half-width times `sqrt(n)`.
    k95: f64,
    /// The 99.8 % half-width times `sqrt(n)`.
    k998: f64,
}

impl FunnelShape {
    /// The shape of a comparison's funnel; `None` without points.
    pub(crate) fn of(cmp: &Comparison) -> Option<FunnelShape> {
        let v0 = cmp.network_estimate;
        let widest = cmp.funnel.iter().max_by_key(|p| p.n)?;
        let root = (widest.n as f64).sqrt();
        // One side may be clipped to 0 or 1, the other is not.
        let k = |low: f64, high: f64| (high - v0).max(v0 - low) * root;
        Some(FunnelShape {
            v0,
            k95: k(widest.limit95_low, widest.limit95_high),
            k998: k(widest.limit998_low, widest.limit998_high),
        })
    }

    /// The limits at `n` answers for the level of half-width constant `k`.
    fn limits(&self, n: f64, k: f64, proportion: bool) -> (f64, f64) {
        let half = k / n.sqrt();
        let (lo, hi) = (self.v0 - half, self.v0 + half);
        if proportion {
            (lo.max(0.0), hi.min(1.0))
        } else {
            (lo, hi)
        }
    }
}

/// The funnel plot of a comparison; `id` makes its clip path unique in the
/// page.
pub(crate) fn funnel(doc: &Doc<'_>, ind: &Ind<'_>, cmp: &Comparison, id: &str) -> String {
    let lang = doc.lang;
    let w = words(lang).labels();
    let proportion = ind.rep.measure == MeasureKind::Proportion;
    let Some(shape) = FunnelShape::of(cmp) else { return String::new() };
    let (top, left, right, height) = (40.0, 70.0, WIDTH - 80.0, 330.0);
    let bottom = height - 46.0;
    let max_n = cmp.funnel.iter().map(|p| p.n).max().unwrap_or(1) as f64;
    let x = Scale { d0: 0.0, d1: (max_n * 1.15).max(10.0), r0: left, r1: right };
    let (y0, y1) = if proportion {
        (0.0, 1.0)
    } else {
        let lo = cmp.funnel.iter().map(|p| p.estimate.min(p.limit998_low)).fold(f64::INFINITY, f64::min);
        let hi = cmp.funnel.iter().map(|p| p.estimate.max(p.limit998_high)).fold(f64::NEG_INFINITY, f64::max);
        let pad = (hi - lo).max(1e-9) * 0.15;
        (lo - pad, hi + pad)
    };
    let y = Scale { d0: y0, d1: y1, r0: bottom, r1: top };
    let label = format!(
        "{}{} {} – {} ({} {})",
        w.chart,
        colon(lang),
        w.comparison,
        ind.label(lang),
        w.network_value.to_lowercase(),
        ind.value(shape.v0, lang)
    );
    let mut out = String::new();
    open(&mut out, height, &label);
    let _ = write!(
        out,
        r#"<defs><clipPath id="{id}"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath></defs>"#,
        f(left),
        f(top),
        f(right - left),
        f(bottom - top)
    );
    // Axes and grid.
    grid(&mut out, (x, y), (top, bottom), &|t| tick_label(ind, t, lang), w.answers, lang);
    // Limits as curves over n.
    let steps = 80;
    let n_start = (x.d1 / 200.0).max(1.0);
    let mut curves = String::new();
    for (k, dash) in [(shape.k95, "6 4"), (shape.k998, "2 3")] {
        for upper in [false, true] {
            let mut d = String::new();
            for s in 0..=steps {
                let n = n_start + (x.d1 - n_start) * s as f64 / steps as f64;
                let (lo, hi) = shape.limits(n, k, proportion);
                let v = if upper { hi } else { lo };
                let _ = write!(d, "{}{},{}", if s == 0 { "M" } else { " L" }, f(x.at(n)), f(y.at(v)));
            }
            let _ = write!(
                curves,
                r#"<path d="{d}" fill="none" stroke="{MUTED}" stroke-width="1.3" stroke-dasharray="{dash}"/>"#
            );
        }
    }
    let _ = write!(out, r#"<g clip-path="url(#{id})">{curves}</g>"#);
    let _ = write!(
        out,
        r#"<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" stroke="{INK}" stroke-width="1.6"/>"#,
        f(left),
        f(right),
        f(y.at(shape.v0))
    );
    text(
        &mut out,
        right + 6.0,
        y.at(shape.v0) + 4.0,
        "start",
        &format!(r#" fill="{INK}" font-size="11""#),
        &ind.value(shape.v0, lang),
    );
    // Points.
    let lines = |px: f64| {
        let n = x.d0 + (px - x.r0) / (x.r1 - x.r0) * (x.d1 - x.d0);
        let (a, b) = shape.limits(n.max(n_start), shape.k95, proportion);
        let (c, d) = shape.limits(n.max(n_start), shape.k998, proportion);
        [a, b, c, d, shape.v0].map(|v| y.at(v))
    };
    if doc.condensed {
        compact_points(&mut out, doc, ind, cmp, (x, y));
    } else {
        labelled_points(&mut out, doc, ind, cmp, (x, y), &lines);
    }
    // Legend.
    let mut lx = left;
    let items = [("", w.network_value.to_string()), ("6 4", w.limits95.to_string()), ("2 3", w.limits998.to_string())];
    for (dash, name) in items {
        let (stroke, sw) = if dash.is_empty() { (INK, "1.6") } else { (MUTED, "1.3") };
        let _ = write!(
            out,
            r#"<line x1="{}" x2="{}" y1="16" y2="16" stroke="{stroke}" stroke-width="{sw}" stroke-dasharray="{}"/>"#,
            f(lx),
            f(lx + 26.0),
            if dash.is_empty() { "none" } else { dash }
        );
        text(&mut out, lx + 32.0, 20.0, "start", &format!(r#" fill="{INK}""#), &name);
        lx += 52.0 + 7.0 * name.chars().count() as f64;
    }
    out.push_str("</svg>");
    out
}

/// A point's colour: outside the limits on the better side, on the worse
/// side, or inside.
fn point_colour(ind: &Ind<'_>, flag: FunnelFlag) -> &'static str {
    let outside = flag != FunnelFlag::Within;
    let higher = matches!(flag, FunnelFlag::Above95 | FunnelFlag::Above998);
    match (outside, higher == (ind.rep.direction == Direction::HigherIsBetter)) {
        (false, _) => MUTED,
        (true, true) => BLUE,
        (true, false) => VERMILLION,
    }
}

/// Every point as a circle with its organisation's code beside it.
fn labelled_points(
    out: &mut String,
    doc: &Doc<'_>,
    ind: &Ind<'_>,
    cmp: &Comparison,
    (x, y): (Scale, Scale),
    lines: &dyn Fn(f64) -> [f64; 5],
) {
    for p in &cmp.funnel {
        let outside = p.flag != FunnelFlag::Within;
        let colour = point_colour(ind, p.flag);
        let (px, py) = (x.at(p.n as f64), y.at(p.estimate));
        let _ = write!(
            out,
            r##"<circle cx="{}" cy="{}" r="5.5" fill="{colour}" stroke="#fff" stroke-width="1.5"/>"##,
            f(px),
            f(py)
        );
        let weight = if outside { r#" font-weight="700""# } else { "" };
        let name = p.organisation.as_str();
        let (lx, ly, anchor) = label_place(px, py, name, lines);
        // A white halo keeps a line that still passes close from striking
        // the name through.
        text(
            out,
            lx,
            ly,
            anchor,
            &format!(
                r##" fill="{colour}" font-size="11"{weight} stroke="#fff" stroke-width="3" paint-order="stroke""##
            ),
            name,
        );
        if doc.is_member(&p.organisation) {
            member_ring(out, px, py);
        }
    }
}

/// At the federation's size: every point, drawn as one path per colour
/// (a round dot is a zero-length stroke, `M x y h0`); labels only for the
/// member and the organisations beyond the 99.8 % limits.
fn compact_points(out: &mut String, doc: &Doc<'_>, ind: &Ind<'_>, cmp: &Comparison, (x, y): (Scale, Scale)) {
    // Per colour: the dots' path, and the labels, bare in a group.
    let mut marks: Vec<(&str, String, String)> =
        [MUTED, BLUE, VERMILLION].map(|c| (c, String::new(), String::new())).into();
    let mut rings = String::new();
    for p in &cmp.funnel {
        let colour = point_colour(ind, p.flag);
        let (px, py) = (x.at(p.n as f64), y.at(p.estimate));
        let Some((_, d, labels)) = marks.iter_mut().find(|(c, ..)| *c == colour) else { continue };
        let _ = write!(d, "M{} {}h0", f(px), f(py));
        let member = doc.is_member(&p.organisation);
        if member {
            member_ring(&mut rings, px, py);
        }
        if member || matches!(p.flag, FunnelFlag::Above998 | FunnelFlag::Below998) {
            let _ = write!(
                labels,
                r#"<text x="{}" y="{}">{}</text>"#,
                f(px + 8.0),
                f(py - 5.0),
                esc(p.organisation.as_str())
            );
        }
    }
    for (colour, d, labels) in &marks {
        let width = if *colour == MUTED { "4" } else { "6" };
        if !d.is_empty() {
            let _ = write!(
                out,
                r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-linecap="round"/>"#
            );
        }
        if !labels.is_empty() {
            let _ = write!(out, r#"<g fill="{colour}" font-size="11" font-weight="700">{labels}</g>"#);
        }
    }
    out.push_str(&rings);
}

/// The ring that marks the member's point.
fn member_ring(out: &mut String, px: f64, py: f64) {
    let _ = write!(out, r#"<circle cx="{}" cy="{}" r="9" fill="none" stroke="{INK}" stroke-width="2"/>"#, f(px), f(py));
}

/// Where a point's name goes on the funnel plot: the first of four places
/// around the point (above right, below right, above left, below left)
/// that no line crosses; `lines` gives the lines' heights at a horizontal
/// position. Returns the text's x, baseline and anchor.
fn label_place(px: f64, py: f64, name: &str, lines: &dyn Fn(f64) -> [f64; 5]) -> (f64, f64, &'static str) {
    let width = 6.5 * name.chars().count() as f64;
    let places = [(9.0, -6.0, "start"), (9.0, 15.0, "start"), (-9.0, -6.0, "end"), (-9.0, 15.0, "end")];
    let clear = |(dx, dy, anchor): (f64, f64, &str)| {
        let x0 = if anchor == "start" { px + dx } else { px + dx - width };
        let (top, bottom) = (py + dy - 10.0, py + dy + 2.0);
        (0..=8).all(|i| lines(x0 + width * i as f64 / 8.0).iter().all(|&ly| ly < top - 1.0 || ly > bottom + 1.0))
    };
    let (dx, dy, anchor) = places.into_iter().find(|p| clear(*p)).unwrap_or(places[0]);
    (px + dx, py + dy, anchor)
}

/// The Kaplan-Meier curves of a time-to-event analysis: the network with
/// its band and median, each shown organisation as a thinner line.
pub(crate) fn kaplan_meier(doc: &Doc<'_>, tte: &TimeToEventReport) -> String {
    let lang = doc.lang;
    let w = words(lang).labels();
    let orgs = doc.organisations();
    // At the federation's size, only the network's curve and the member's.
    let shown: Vec<(&SurvivalGroup, &SurvivalEstimates)> = tte
        .groups
        .iter()
        .filter(|g| doc.charted(&g.organisation))
        .filter_map(|g| Some((g, g.estimates.shown()?)))
        .collect();
    let net = shown.iter().find(|(g, _)| g.organisation.is_network()).map(|(_, e)| *e);
    let t_max = shown.iter().flat_map(|(_, e)| e.curve.iter().map(|p| p.t)).fold(0.0_f64, f64::max).max(30.0);
    let (top, left, right, height) = (40.0, 70.0, WIDTH - 24.0, 330.0);
    let bottom = height - 46.0;
    let x = Scale { d0: 0.0, d1: t_max * 1.05, r0: left, r1: right };
    let y = Scale { d0: 0.0, d1: 1.0, r0: bottom, r1: top };
    let median = net.and_then(|e| e.median_days).map(|m| nums::num(m, 0, lang));
    let median = words(lang).network_median(median.as_deref());
    let label = format!("{}{} {} – {} ({median})", w.chart, colon(lang), w.time_to_event, tte.label.get(lang));
    let mut out = String::new();
    open(&mut out, height, &label);
    grid(&mut out, (x, y), (top, bottom), &|t| nums::pct(t, lang), w.days_since_entry, lang);
    y_title(&mut out, (top + bottom) / 2.0, w.not_yet_reached);
    // The network's band, as a stepped polygon.
    if let Some(net) = net {
        let pts: Vec<(f64, f64, f64)> = net.curve.iter().filter_map(|p| Some((p.t, p.ci_low?, p.ci_high?))).collect();
        if !pts.is_empty() {
            let mut upper = String::new();
            let mut lower = Vec::new();
            for (i, (t, lo, hi)) in pts.iter().enumerate() {
                let t_next = pts.get(i + 1).map_or(*t, |p| p.0);
                let _ = write!(
                    upper,
                    "{}{},{} L{},{}",
                    if i == 0 { "M" } else { " L" },
                    f(x.at(*t)),
                    f(y.at(*hi)),
                    f(x.at(t_next)),
                    f(y.at(*hi))
                );
                lower.push(format!("{},{} L{},{}", f(x.at(t_next)), f(y.at(*lo)), f(x.at(*t)), f(y.at(*lo))));
            }
            lower.reverse();
            let _ = write!(
                out,
                r##"<path d="{upper} L{} Z" fill="#1d2433" fill-opacity="0.12" stroke="none"/>"##,
                lower.join(" L")
            );
        }
    }
    // Median line.
    let _ = write!(
        out,
        r#"<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" stroke="{MUTED}" stroke-dasharray="4 3"/>"#,
        f(left),
        f(right),
        f(y.at(0.5))
    );
    let mut legend: Vec<(String, &str, &str)> = Vec::new();
    for (g, e) in shown.iter().filter(|(g, _)| !g.organisation.is_network()) {
        let colour = orgs
            .iter()
            .position(|o| *o == g.organisation.as_str())
            .map_or(MUTED, |i| ORG_COLOURS[i % ORG_COLOURS.len()]);
        out.push_str(&step_path(e, x, y, colour, "1.6"));
        legend.push((g.organisation.to_string(), colour, "1.6"));
    }
    if let Some(net) = net {
        out.push_str(&step_path(net, x, y, INK, "2.8"));
        legend.insert(0, (w.network.to_string(), INK, "2.8"));
        if let Some(m) = net.median_days {
            let (px, py) = (x.at(m), y.at(0.5));
            let _ = write!(
                out,
                r##"<circle cx="{}" cy="{}" r="4.5" fill="#fff" stroke="{INK}" stroke-width="2"/>"##,
                f(px),
                f(py)
            );
            let median = words(lang).legend_median(&nums::num(m, 0, lang));
            // Near the right edge, the label goes to the left of the point.
            let (lx, anchor) = if px > right - 140.0 { (px - 8.0, "end") } else { (px + 8.0, "start") };
            text(
                &mut out,
                lx,
                py - 8.0,
                anchor,
                &format!(r#" fill="{INK}" font-size="11" font-weight="700""#),
                &median,
            );
        }
    }
    let mut lx = left;
    for (name, colour, sw) in &legend {
        let _ = write!(
            out,
            r#"<line x1="{}" x2="{}" y1="16" y2="16" stroke="{colour}" stroke-width="{sw}"/>"#,
            f(lx),
            f(lx + 22.0)
        );
        text(&mut out, lx + 28.0, 20.0, "start", &format!(r#" fill="{INK}""#), name);
        lx += 44.0 + 7.0 * name.chars().count() as f64;
    }
    out.push_str("</svg>");
    out
}

fn step_path(e: &SurvivalEstimates, x: Scale, y: Scale, colour: &str, width: &str) -> String {
    let mut d = format!("M{},{}", f(x.at(0.0)), f(y.at(1.0)));
    let mut s_prev = 1.0;
    for p in &e.curve {
        let _ = write!(d, " L{},{} L{},{}", f(x.at(p.t)), f(y.at(s_prev)), f(x.at(p.t)), f(y.at(p.survival)));
        s_prev = p.survival;
    }
    format!(r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-linejoin="round"/>"#)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0.0, 1.0), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(ticks(0.0, 500.0), vec![0.0, 100.0, 200.0, 300.0, 400.0, 500.0]);
        assert_eq!(ticks(1.0, 10.0), vec![2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(3.0, 3.0), vec![3.0]);
    }

    /// A comparison whose points carry the limits the analysis gives.
    fn comparison(v0: f64, se0: f64, ns: &[u64], proportion: bool) -> Comparison {
        let funnel = ns
            .iter()
            .map(|&n| {
                let se = se0 / (n as f64).sqrt();
                let l = crate::stats::funnel_limits(v0, se, proportion).unwrap();
                crate::report::FunnelPoint {
                    organisation: GroupId::Network,
                    n,
                    estimate: v0,
                    limit95_low: l.low95,
                    limit95_high: l.high95,
                    limit998_low: l.low998,
                    limit998_high: l.high998,
                    flag: FunnelFlag::Within,
                }
            })
            .collect();
        Comparison {
            wave: Wave::Exit,
            test: crate::report::ComparisonTest::ChiSquare,
            statistic: None,
            df: 1,
            p: None,
            p_holm: None,
            network_estimate: v0,
            funnel,
            standardised: None,
        }
    }

    #[test]
    fn the_funnel_curves_pass_through_the_limits_of_the_report() {
        for (v0, se0, proportion) in
            [(0.3, (0.3f64 * 0.7).sqrt(), true), (0.95, (0.95f64 * 0.05).sqrt(), true), (4.2, 2.5, false)]
        {
            let cmp = comparison(v0, se0, &[8, 20, 55, 300], proportion);
            let shape = FunnelShape::of(&cmp).unwrap();
            assert_eq!(shape.v0, v0);
            for p in &cmp.funnel {
                let n = p.n as f64;
                let (lo, hi) = shape.limits(n, shape.k95, proportion);
                assert!((lo - p.limit95_low).abs() < 1e-12 && (hi - p.limit95_high).abs() < 1e-12, "95% at n = {n}");
                let (lo, hi) = shape.limits(n, shape.k998, proportion);
                assert!(
                    (lo - p.limit998_low).abs() < 1e-12 && (hi - p.limit998_high).abs() < 1e-12,
                    "99.8% at n = {n}"
                );
            }
        }
    }

    #[test]
    fn the_funnel_follows_the_report_not_a_formula() {
        // Limits twice as wide in the report give curves twice as wide.
        let mut cmp = comparison(0.5, 0.5, &[40, 100], true);
        let narrow = FunnelShape::of(&cmp).unwrap();
        for p in &mut cmp.funnel {
            p.limit95_low = 0.5 - 2.0 * (0.5 - p.limit95_low);
            p.limit95_high = 0.5 + 2.0 * (p.limit95_high - 0.5);
        }
        let wide = FunnelShape::of(&cmp).unwrap();
        assert!((wide.k95 - 2.0 * narrow.k95).abs() < 1e-12);
        assert_eq!(wide.k998, narrow.k998);
        assert!(FunnelShape::of(&Comparison { funnel: Vec::new(), ..cmp }).is_none());
    }

    #[test]
    fn a_funnel_label_moves_away_from_a_line_through_it() {
        let far = 1000.0;
        // Nothing near: above right of the point.
        assert_eq!(label_place(100.0, 100.0, "ASSO-A", &|_| [far; 5]), (109.0, 94.0, "start"));
        // A line through the place above: below right.
        assert_eq!(label_place(100.0, 100.0, "ASSO-A", &|_| [90.0, far, far, far, far]), (109.0, 115.0, "start"));
        // Lines above and below on the right only: to the left.
        let right_only = |x: f64| if x > 100.0 { [90.0, 110.0, far, far, far] } else { [far; 5] };
        assert_eq!(label_place(100.0, 100.0, "ASSO-A", &right_only), (91.0, 94.0, "end"));
    }

    #[test]
    fn coordinates_never_read_minus_zero() {
        assert_eq!(f(-0.01), "0.0");
        assert_eq!(f(12.345), "12.3");
    }
}
