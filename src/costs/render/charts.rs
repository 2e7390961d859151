//! The two SROI charts, drawn with the report's SVG primitives: the
//! distribution of the simulated ratio and the tornado of the sensitivity.
//! Colours from the same Okabe-Ito palette; meaning never rests on colour
//! alone (the table beside each chart gives every figure).

use super::{input_name, SroiModel, SroiResult};
use crate::locale::sroi::sroi;
use crate::report::render::kit::{f, open, text, ticks, Scale, BLUE, GRID, INK, MUTED, ORANGE, SKY, VERMILLION, WIDTH};
use crate::report::render::kit::{level, num};
use crate::text::Lang;
use std::fmt::Write;

const LEFT: f64 = 60.0;
const RIGHT: f64 = 24.0;

/// A ratio axis covering `lo..hi` and 1, with a little room.
fn ratio_scale(lo: f64, hi: f64, r0: f64, r1: f64) -> Scale {
    let lo = lo.min(1.0);
    let hi = hi.max(1.0);
    let pad = ((hi - lo) * 0.05).max(0.05);
    Scale { d0: (lo - pad).max(0.0).min(lo), d1: hi + pad, r0, r1 }
}

fn axis(out: &mut String, x: Scale, top: f64, bottom: f64, lang: Lang) {
    for t in ticks(x.d0, x.d1) {
        let px = x.at(t);
        let _ = write!(out, r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{GRID}"/>"#, f(px), f(top), f(bottom));
        let decimals = if (t - t.round()).abs() < 1e-9 { 0 } else { 1 };
        text(out, px, bottom + 16.0, "middle", &format!(r#" fill="{MUTED}""#), &num(t, decimals, lang));
    }
    text(out, (x.r0 + x.r1) / 2.0, bottom + 36.0, "middle", &format!(r#" fill="{MUTED}""#), sroi(lang).axis_ratio());
}

fn one_line(out: &mut String, x: Scale, top: f64, bottom: f64, lang: Lang) {
    let px = x.at(1.0);
    let _ = write!(
        out,
        r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{VERMILLION}" stroke-width="2" stroke-dasharray="6 4"/>"#,
        f(px),
        f(top - 6.0),
        f(bottom)
    );
    text(
        out,
        px + 6.0,
        top + 4.0,
        "start",
        &format!(r#" fill="{VERMILLION}" font-weight="600""#),
        sroi(lang).legend_one(),
    );
}

/// Histogram of the simulated ratios, the interval shaded, 1 marked.
pub(super) fn distribution(result: &SroiResult, lang: Lang) -> String {
    let w = sroi(lang);
    let mc = &result.monte_carlo;
    let h = &mc.histogram;
    let (top, bottom) = (30.0, 230.0);
    let height = bottom + 50.0;
    let x = ratio_scale(h.low, h.high, LEFT, WIDTH - RIGHT);
    let mut out = String::new();
    open(&mut out, height, w.chart_distribution());
    // The interval band under the bars.
    let _ = write!(
        out,
        r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#e8f1f8"/>"##,
        f(x.at(mc.ratio_low)),
        f(top),
        f((x.at(mc.ratio_high) - x.at(mc.ratio_low)).max(1.0)),
        f(bottom - top)
    );
    axis(&mut out, x, top, bottom, lang);
    let max = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let bins = h.counts.len().max(1) as f64;
    let width = if h.high > h.low { (h.high - h.low) / bins } else { 0.0 };
    for (k, c) in h.counts.iter().enumerate() {
        let (a, b) = if width > 0.0 {
            (h.low + width * k as f64, h.low + width * (k + 1) as f64)
        } else {
            (h.low - 0.01, h.low + 0.01)
        };
        let (px0, px1) = (x.at(a), x.at(b));
        let bar = (bottom - top - 10.0) * (*c as f64) / max;
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{SKY}" stroke="#fff" stroke-width="0.5"/>"##,
            f(px0),
            f(bottom - bar),
            f((px1 - px0).max(1.0)),
            f(bar)
        );
    }
    let _ = write!(out, r#"<line x1="{}" x2="{}" y1="{2}" y2="{2}" stroke="{INK}"/>"#, f(x.r0), f(x.r1), f(bottom));
    // Median and central value.
    let m = x.at(mc.ratio_median);
    let _ = write!(
        out,
        r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{BLUE}" stroke-width="2"/>"#,
        f(m),
        f(top),
        f(bottom)
    );
    one_line(&mut out, x, top, bottom, lang);
    text(
        &mut out,
        x.at(mc.ratio_low),
        top - 8.0,
        "start",
        &format!(r#" fill="{MUTED}""#),
        &w.legend_interval(&level(mc.confidence, lang)),
    );
    out.push_str("</svg>");
    out
}

/// Tornado: one bar per input from its low-value ratio to its high-value
/// ratio, the widest first; the central ratio and 1 marked.
pub(super) fn tornado(result: &SroiResult, model: &SroiModel, lang: Lang) -> String {
    let w = sroi(lang);
    let mut rows: Vec<&crate::costs::Sensitivity> = result.sensitivity.iter().collect();
    // Widest swing first; ties in model order (the sort is stable).
    rows.sort_by(|a, b| (b.high_ratio - b.low_ratio).abs().total_cmp(&(a.high_ratio - a.low_ratio).abs()));
    let label_w = 300.0;
    let row_h = 28.0;
    let top = 30.0;
    let bottom = top + row_h * rows.len() as f64;
    let height = bottom + 72.0;
    let lo = rows.iter().map(|s| s.low_ratio.min(s.high_ratio)).fold(result.central.ratio, f64::min);
    let hi = rows.iter().map(|s| s.low_ratio.max(s.high_ratio)).fold(result.central.ratio, f64::max);
    let x = ratio_scale(lo, hi, label_w, WIDTH - RIGHT);
    let mut out = String::new();
    open(&mut out, height, w.chart_tornado());
    axis(&mut out, x, top, bottom, lang);
    let c = x.at(result.central.ratio);
    for (i, s) in rows.iter().enumerate() {
        let y = top + row_h * i as f64;
        let (name, _) = input_name(&s.input, model, w, lang);
        let short = shorten(&name, 40);
        text(&mut out, label_w - 8.0, y + row_h / 2.0 + 4.0, "end", &format!(r#" fill="{INK}""#), &short);
        // Low value's side in orange, high value's side in blue.
        for (r, colour) in [(s.low_ratio, ORANGE), (s.high_ratio, BLUE)] {
            let p = x.at(r);
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{colour}"/>"#,
                f(p.min(c)),
                f(y + 5.0),
                f((p - c).abs().max(0.5)),
                f(row_h - 10.0)
            );
        }
    }
    let _ = write!(
        out,
        r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{INK}" stroke-width="1.5"/>"#,
        f(c),
        f(top - 4.0),
        f(bottom)
    );
    one_line(&mut out, x, top, bottom, lang);
    // Legend: which colour is which end.
    let ly = height - 8.0;
    let _ = write!(out, r#"<rect x="{}" y="{}" width="12" height="10" fill="{ORANGE}"/>"#, f(LEFT), f(ly - 9.0));
    text(&mut out, LEFT + 16.0, ly, "start", &format!(r#" fill="{MUTED}""#), w.col_low_ratio());
    let _ = write!(out, r#"<rect x="{}" y="{}" width="12" height="10" fill="{BLUE}"/>"#, f(LEFT + 150.0), f(ly - 9.0));
    text(&mut out, LEFT + 166.0, ly, "start", &format!(r#" fill="{MUTED}""#), w.col_high_ratio());
    out.push_str("</svg>");
    out
}

/// A label of at most `max` characters that keeps the field's name: the
/// outcome's part is cut, `Family ties… — deadweight`.
fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    match name.rsplit_once(" — ") {
        Some((outcome, field)) if field.chars().count() + 5 < max => {
            let keep = max - field.chars().count() - 4;
            format!("{}… — {field}", outcome.chars().take(keep).collect::<String>().trim_end())
        }
        _ => name.chars().take(max - 1).chain(['…']).collect(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_labels_keep_their_field() {
        assert_eq!(super::shorten("Housing — drop-off", 40), "Housing — drop-off");
        let s = super::shorten("Family ties kept: shorter placements — deadweight", 30);
        assert_eq!(s, "Family ties kept… — deadweight");
        assert!(s.chars().count() <= 30);
    }
}
