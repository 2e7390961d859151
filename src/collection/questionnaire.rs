//! The printable questionnaire of a form: one self-contained HTML page set
//! (A4, French or English) for interviews on paper. The same questions as
//! the XLSForm, in the same order, each with its answer boxes or scale, the
//! missing-reason boxes and the interviewer's hint; the identification
//! boxes first. Each question is one block that a printed page never cuts
//! (`break-inside: avoid`, and no block is taller than a page).
//!
//! The page shell and style sheet are the report's
//! ([`crate::report::render`]): system fonts, no script, no request.

use super::form::{missing_choices, Answer, Block, FormPlan, Question};
use super::CollectionError;
use crate::catalogue::Wave;
use crate::locale::form::{form as words, FormWords};
use crate::report::render::{escape_html as esc, page_start};
use crate::set::ReferenceSet;
use crate::text::Lang;
use std::fmt::Write;

/// Scales with at most this many points are drawn as a row of boxes; wider
/// ones as a box to write the number in.
const MAX_DRAWN_POINTS: i64 = 11;

/// What the questionnaire adds to the report's style sheet.
const CSS: &str = r#"
.paper h2{font-size:19px;margin:28px 0 8px}
.paper .intro ol{margin:6px 0 0;padding-left:22px}
.paper .intro li{margin:3px 0}
.q{border:1px solid var(--rule);border-left:4px solid var(--accent);padding:10px 14px 8px;margin:0 0 10px;break-inside:avoid;page-break-inside:avoid}
.q .top{display:flex;gap:10px;align-items:baseline}
.q .num{font-weight:700;color:var(--accent);min-width:1.6em}
.q h3{font-size:15.5px;font-weight:600;margin:0;line-height:1.35}
.q .hint{font-size:12.5px;color:var(--muted);margin:3px 0 6px 0;max-width:none}
.q .how{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:4px 0 2px}
.q .id{font-size:11px;color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace}
ul.choices{list-style:none;margin:2px 0 4px;padding:0;columns:2;column-gap:24px}
ul.choices li{break-inside:avoid;padding:2px 0;font-size:14px}
.box{display:inline-block;width:13px;height:13px;border:1.5px solid var(--ink);vertical-align:-2px;margin-right:7px;background:#fff}
.scale{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 2px}
.scale span{display:inline-flex;flex-direction:column;align-items:center;font-size:12px;min-width:26px}
.scale .box{margin:2px 0 0}
.ends{display:flex;justify-content:space-between;font-size:12px;color:var(--muted);max-width:520px}
.write{display:inline-block;min-width:150px;height:26px;border:1.5px solid var(--ink);margin:4px 8px 2px 0;vertical-align:middle;background:#fff}
.write.wide{min-width:300px}
.missing{font-size:12.5px;color:var(--muted);border-top:1px dashed var(--rule);margin-top:6px;padding-top:5px}
.missing label{margin-right:16px;white-space:nowrap}
.scaleintro{break-after:avoid}
@media print{.paper h2{margin-top:16px}.q{margin-bottom:7px}}
"#;

/// The printable questionnaire (a whole HTML page) of the form for `set` at
/// `wave`, in `lang`.
///
/// # Errors
///
/// [`CollectionError::NoIndicatorAtWave`] when no indicator of the set is
/// asked at `wave`.
///
/// ```
/// use social_impact::catalogue::{Catalogue, Wave};
/// use social_impact::Lang;
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let page = social_impact::collection::questionnaire(&set, Wave::Entry, Lang::Fr)?;
/// assert!(page.starts_with("<!DOCTYPE html>") && page.contains("excl.housing.situation"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn questionnaire(set: &ReferenceSet, wave: Wave, lang: Lang) -> Result<String, CollectionError> {
    let plan = FormPlan::new(set, wave)?;
    let w = words(lang);
    let title = plan.title(lang);
    let mut out = page_start(lang, &title, CSS);
    out.push_str("<div class=\"paper\">\n");
    let _ = write!(
        out,
        "<header class=\"cover\">\n<div class=\"kind\">{}</div>\n<h1>{}</h1>\n<dl class=\"facts\">",
        esc(w.paper_kind()),
        esc(set.title().get(lang))
    );
    for (k, v) in [
        (w.paper_wave(), w.wave_name(wave).to_string()),
        (w.paper_version(), set.version().to_string()),
        (w.paper_form_id(), plan.form_id()),
    ] {
        let _ = write!(out, "<div><dt>{}</dt><dd>{}</dd></div>", esc(k), esc(&v));
    }
    out.push_str("</dl>\n</header>\n");

    let _ = write!(out, "<section class=\"intro\">\n<h2>{}</h2>\n<ol>", esc(w.paper_instructions_title()));
    for p in w.paper_instructions() {
        let _ = write!(out, "<li>{}</li>", esc(p));
    }
    out.push_str("</ol>\n</section>\n");

    let _ = write!(out, "<section class=\"ids\">\n<h2>{}</h2>\n", esc(w.ids_group()));
    let mut ids = vec![
        (w.organisation_label(), w.organisation_hint(), "write"),
        (w.beneficiary_label(), w.beneficiary_hint(), "write wide"),
        (w.date_label(), "", "write"),
    ];
    if plan.asks_age() {
        ids.push((w.age_label(), w.age_hint(), "write"));
    }
    for (label, hint, class) in ids {
        let _ = write!(out, "<div class=\"q\"><div class=\"top\"><h3>{}</h3></div>", esc(label));
        if !hint.is_empty() {
            let _ = write!(out, "<p class=\"hint\">{}</p>", esc(hint));
        }
        let _ = writeln!(out, "<span class=\"{class}\"></span></div>");
    }
    out.push_str("</section>\n<section class=\"questions\">\n");

    let mut n = 0;
    for block in &plan.blocks {
        match block {
            Block::Single(q) => {
                n += 1;
                question(&mut out, q, n, lang, w);
            }
            Block::Scale { definition, items } => {
                let _ = writeln!(
                    out,
                    "<div class=\"scaleintro\"><h2>{}</h2><p>{} {}</p></div>",
                    esc(definition.label.get(lang)),
                    esc(definition.question.get(lang)),
                    esc(&w.scale_hint(items.len()))
                );
                for q in items {
                    n += 1;
                    question(&mut out, q, n, lang, w);
                }
            }
        }
    }
    let _ = write!(
        out,
        "</section>\n<footer>{}</footer>\n</div>\n</main>\n</body>\n</html>\n",
        esc(&w.paper_footer(&plan.form_id()))
    );
    Ok(out)
}

/// One question block.
fn question(out: &mut String, q: &Question<'_>, n: usize, lang: Lang, w: FormWords) {
    let _ = write!(
        out,
        "<div class=\"q\" id=\"{}\"><div class=\"top\"><span class=\"num\">{n}</span><h3>{}</h3></div>\
         <p class=\"hint\">{} <span class=\"id\">{}</span></p>",
        esc(q.name()),
        esc(q.definition.question.get(lang)),
        esc(&q.hint(lang)),
        esc(q.name())
    );
    match &q.answer {
        Answer::Choices { choices, .. } => {
            let _ = write!(out, "<p class=\"how\">{}</p><ul class=\"choices\">", esc(w.paper_tick_one()));
            for c in choices {
                let _ = write!(out, "<li><span class=\"box\"></span>{}</li>", esc(c.label.get(lang)));
            }
            out.push_str("</ul>");
        }
        Answer::Integer { min, max: Some(max), points } if max - min < MAX_DRAWN_POINTS && max >= min => {
            let _ = write!(out, "<p class=\"how\">{}</p><div class=\"scale\">", esc(w.paper_tick_one()));
            for p in *min..=*max {
                let _ = write!(out, "<span>{p}<span class=\"box\"></span></span>");
            }
            out.push_str("</div>");
            if let (Some(first), Some(last)) = (points.first(), points.last()) {
                let _ = write!(
                    out,
                    "<div class=\"ends\"><span>{}</span><span>{}</span></div>",
                    esc(&w.scale_point(&first.0, first.1.get(lang))),
                    esc(&w.scale_point(&last.0, last.1.get(lang)))
                );
            }
        }
        Answer::Integer { .. } | Answer::Decimal { .. } => {
            let _ = write!(out, "<p class=\"how\">{}</p><span class=\"write\"></span>", esc(w.paper_write_number()));
        }
    }
    let _ = write!(out, "<div class=\"missing\">{} ", esc(w.paper_no_answer()));
    for c in missing_choices() {
        let _ = write!(out, "<label><span class=\"box\"></span>{}</label>", esc(c.label.get(lang)));
    }
    out.push_str("</div></div>\n");
}
