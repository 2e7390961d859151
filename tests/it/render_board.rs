//! What an association and its board read (issue 14): statistics that do
//! not apply are absent rather than "hidden", headline figures state their
//! base, funnel tables show the digits that decide a flag, and the board
//! summary.
//!
//! Built on the bundled sets' sample data under `examples/data/`, as
//! `impact demo` reports them.

use crate::it::render_browser::bundled_report;
use social_impact::report::render::{self, RenderOptions};
use social_impact::report::Report;
use social_impact::{Lang, ReferenceSet};
use std::sync::OnceLock;

/// The exclusion set's report on its sample data, computed once.
fn exclusion() -> &'static (Report, ReferenceSet) {
    static REPORT: OnceLock<(Report, ReferenceSet)> = OnceLock::new();
    REPORT.get_or_init(|| bundled_report("exclusion-2023"))
}

/// The Markdown section of the indicator `id`: from its heading to the next
/// indicator's or section's.
fn md_section<'a>(md: &'a str, id: &str) -> &'a str {
    let escaped = id.replace('_', "\\_");
    let start = md.find(&format!("*{escaped} ·")).unwrap_or_else(|| panic!("no section for {id}"));
    let rest = &md[start..];
    let end = rest.find("\n### ").or_else(|| rest.find("\n## ")).unwrap_or(rest.len());
    &rest[..end]
}

/// The HTML article of the indicator `id`.
fn html_section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("<p class=\"meta\">{id} ·")).unwrap_or_else(|| panic!("no article for {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</article>").unwrap_or(rest.len())]
}

/// The data-quality section's list of hidden results, Markdown.
fn md_hidden_results<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.rfind(&format!("### {heading}")).unwrap_or_else(|| panic!("no {heading} heading"));
    let rest = &md[start..];
    &rest[..rest[4..].find("\n## ").map_or(rest.len(), |e| e + 4)]
}

#[test]
fn an_indicator_collected_once_has_no_change_and_nothing_hidden() {
    let (report, set) = exclusion();
    let once = ["excl.housing.exit_stable", "excl.support.plan"];
    for id in once {
        let def = set.registry().get(id).expect("in the set").definition();
        assert!(!def.waves.contains(&set.change().from), "{id} is asked at entry: pick another indicator");
    }
    let cases = [
        (Lang::En, "Distance travelled", "change from entry to exit does not apply", "Hidden results", "fewer than"),
        (
            Lang::Fr,
            "Chemin parcouru",
            "l'évolution de l'entrée à la sortie ne s'applique pas",
            "Résultats masqués",
            "moins de",
        ),
    ];
    for (lang, distance, not_applicable, hidden, fewer) in cases {
        let options = RenderOptions::new(lang);
        let md = render::markdown(report, set, &options);
        let html = render::html(report, set, &options);
        for id in once {
            let label = report.indicators.iter().find(|i| i.indicator == id).expect("reported").label.get(lang);
            for (format, text) in [("md", md_section(&md, id)), ("html", html_section(&html, id))] {
                assert!(!text.contains(distance), "{lang} {format} {id}: a distance section:\n{text}");
                assert!(!text.contains(fewer), "{lang} {format} {id}: something reads as hidden:\n{text}");
                let plain = text.replace("&#39;", "'");
                assert!(plain.contains(not_applicable), "{lang} {format} {id}: no word on why:\n{text}");
            }
            let listed = md_hidden_results(&md, hidden);
            assert!(!listed.contains(&format!("| {label} |")), "{lang}: {id} listed as hidden:\n{listed}");
        }
        // An indicator collected at entry and exit keeps its change.
        let both = md_section(&md, "excl.housing.situation");
        assert!(both.contains(distance), "{lang}: excl.housing.situation lost its distance section");
    }
}
