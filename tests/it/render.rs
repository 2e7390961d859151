//! The HTML and Markdown reports: structure snapshots, privacy, escaping,
//! self-containment and determinism.
//!
//! Reports are built from the conformance cases through the library (see
//! `render_support.rs`). To look at them, `impact report --format html` on a
//! conformance case, or `impact demo`, writes the same pages.

use crate::it::render_support::conformance_report;
use social_impact::report::render::{self, RenderOptions};
use social_impact::Lang;

/// Snapshots live in `tests/snapshots/`, beside the test binary's modules.
macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

/// Every `<svg …>…</svg>` element of a page, in order.
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let Some(len) = rest[start..].find("</svg>") else { break };
        out.push(&rest[start..start + len + "</svg>".len()]);
        rest = &rest[start + len..];
    }
    out
}

/// An SVG element with one element per line, so that snapshot diffs read.
fn lines(svg: &str) -> String {
    svg.replace("><", ">\n<")
}

/// Both formats, in both languages, carry every indicator of the report
/// and every outcome area's section, in the report's order.
#[test]
fn every_indicator_and_outcome_area_is_in_both_formats_and_languages() {
    for case in ["c1", "c2"] {
        let (report, set) = conformance_report(case);
        assert!(!report.indicators.is_empty(), "{case}: the report has indicators");
        for lang in Lang::ALL {
            let html = render::html(&report, &set, &RenderOptions::new(lang));
            let md = render::markdown(&report, &set, &RenderOptions::new(lang));
            let mut last = (0, 0);
            for ind in &report.indicators {
                let label = ind.label.get(lang);
                let in_html = html.find(&format!(">{}</h3>", render::escape_html(label)));
                let in_md = md.find(&format!("### {label}"));
                let (Some(h), Some(m)) = (in_html, in_md) else {
                    panic!("{case} {lang}: indicator {} has no heading (html {in_html:?}, md {in_md:?})", ind.indicator)
                };
                assert!(h > last.0 && m > last.1, "{case} {lang}: {} is out of the report's order", ind.indicator);
                last = (h, m);
            }
            let areas = report.indicators.iter().map(|i| i.dimension).collect::<std::collections::BTreeSet<_>>();
            let sections = html.matches("<section").count();
            assert!(
                sections > areas.len(),
                "{case} {lang}: {sections} sections for {} outcome areas plus data quality and methods",
                areas.len()
            );
        }
    }
}

#[test]
fn markdown_structure_is_pinned() {
    let (report, set) = conformance_report("c2");
    snapshot!("markdown_c2_en", render::markdown(&report, &set, &RenderOptions::new(Lang::En)));
    snapshot!("markdown_c2_fr", render::markdown(&report, &set, &RenderOptions::new(Lang::Fr)));
}

#[test]
fn charts_are_pinned() {
    let (report, set) = conformance_report("c2");
    let html = render::html(&report, &set, &RenderOptions::new(Lang::En));
    let charts = svgs(&html);
    // The first indicator has, in order: status, distance, funnel; its
    // time-to-event analysis follows with the Kaplan-Meier curve.
    assert!(charts.len() >= 4, "expected at least 4 charts, found {}", charts.len());
    for (name, svg) in ["chart_status", "chart_distance", "chart_funnel", "chart_kaplan_meier"].iter().zip(&charts) {
        snapshot!(*name, lines(svg));
    }
}

#[test]
fn output_is_deterministic() {
    let (report, set) = conformance_report("c1");
    let (again, _) = conformance_report("c1");
    for lang in Lang::ALL {
        let options = RenderOptions::new(lang);
        assert_eq!(render::html(&report, &set, &options), render::html(&again, &set, &options));
        assert_eq!(render::markdown(&report, &set, &options), render::markdown(&again, &set, &options));
    }
}

#[test]
fn no_raw_beneficiary_id_reaches_a_report() {
    for case in ["c1", "c2"] {
        let (report, set) = conformance_report(case);
        let path = crate::it::support::fixture(&format!("conformance/{case}/enrolments.csv"));
        let mut reader = csv::Reader::from_path(&path).expect("enrolments");
        let ids: Vec<String> = reader.records().filter_map(Result::ok).map(|r| r[1].to_string()).collect();
        assert!(ids.iter().any(|id| id == "B7000001") || case != "c1", "the fixture's raw ids are known");
        for lang in Lang::ALL {
            let mut options = RenderOptions::new(lang);
            options.notes.push("3 rows set aside".into());
            for (format, text) in
                [("html", render::html(&report, &set, &options)), ("md", render::markdown(&report, &set, &options))]
            {
                for id in &ids {
                    assert!(!text.contains(id.as_str()), "{case} {lang} {format}: raw id {id} in the report");
                }
            }
        }
    }
}

#[test]
fn text_from_data_and_definitions_is_escaped() {
    let (mut report, set) = conformance_report("c2");
    let evil = r#"<script>alert("x")</script> & <img src=x onerror=alert(1)>"#;
    report.reference_set.title.en = evil.to_string();
    report.indicators[0].label.en = evil.to_string();
    // A member's anonymous label is free text (warning kinds are codes now).
    report.indicators[0].groups[0].organisation = social_impact::report::GroupId::Member("<b>ORG</b>".to_string());
    let mut options = RenderOptions::new(Lang::En);
    options.notes.push(evil.to_string());
    let html = render::html(&report, &set, &options);
    assert!(!html.contains("<script"), "a script element got through");
    assert!(!html.contains("<img"), "an img element got through");
    assert!(!html.contains("<b>ORG"), "an organisation code got through unescaped");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img"));
    let md = render::markdown(&report, &set, &options);
    assert!(!md.replace(r"\<", "").contains('<'), "Markdown passes raw HTML through: every < must be escaped");
    assert!(md.contains(r"\<script\>"));
}

#[test]
fn html_is_self_contained_and_accessible() {
    let (report, set) = conformance_report("c1");
    for lang in Lang::ALL {
        let html = render::html(&report, &set, &RenderOptions::new(lang));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
        for forbidden in ["<script", "http://", "https://", "src=", "@import", "url(http", "<link", "<iframe"] {
            assert!(!html.contains(forbidden), "{lang}: {forbidden:?} in a self-contained page");
        }
        for href in html.split("href=\"").skip(1) {
            assert!(href.starts_with('#'), "{lang}: a link leaves the page: {}", &href[..href.len().min(40)]);
        }
        let charts = svgs(&html);
        assert!(charts.len() > 7 * 3, "{lang}: expected charts for every indicator, found {}", charts.len());
        for svg in &charts {
            assert!(svg.contains(r#"role="img""#) && svg.contains("aria-label=\"") && svg.contains("<title>"));
        }
        // Every chart is followed by the table of its figures.
        assert_eq!(html.matches("<figure>").count(), charts.len());
        for figure in html.split("<figure>").skip(1) {
            let figure = &figure[..figure.find("</figure>").unwrap_or(figure.len())];
            assert!(figure.contains("<table"), "{lang}: a chart without its table");
        }
        // Suppressed groups say why, never a number.
        assert!(html.contains(match lang {
            Lang::Fr => "moins de 11 personnes",
            Lang::En => "fewer than 11 people",
        }));
    }
}

#[test]
fn numbers_follow_the_language() {
    let (report, set) = conformance_report("c1");
    let fr = render::markdown(&report, &set, &RenderOptions::new(Lang::Fr));
    let en = render::markdown(&report, &set, &RenderOptions::new(Lang::En));
    // Housing ladder, network at exit: 23 positive of 72 people (the
    // organisations shown at exit; BRIEF section 6).
    assert!(fr.contains("32\u{202F}% des 72 personnes interrogées"), "French percent with a narrow no-break space");
    assert!(en.contains("32% of the 72 people who answered"));
    assert!(fr.contains("IC à 95\u{202F}%\u{a0}: 22–43\u{202F}%"));
    assert!(en.contains("95% CI 22–43%"));
    assert!(fr.contains("31\u{a0}décembre 2025") && en.contains("31\u{a0}December 2025"));
    assert!(fr.contains("0,30") && en.contains("0.30"), "Spearman rho of the housing ladder");
    assert!(!fr.contains("Distance travelled") && !en.contains("Chemin parcouru"));
}

#[test]
fn headlines_are_chosen_deterministically() {
    let (report, _) = conformance_report("c1");
    let picked: Vec<&str> = render::headline_indicators(&report, 5).into_iter().map(|i| i.indicator.as_str()).collect();
    assert!((3..=5).contains(&picked.len()), "{picked:?}");
    assert_eq!(
        picked,
        render::headline_indicators(&report, 5).iter().map(|i| i.indicator.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(render::headline_indicators(&report, 2).len(), 2);
}
