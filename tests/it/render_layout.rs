//! How the full report is organised so that a reader finds an indicator
//! without paging through it (issue 14): the items of a composite scale sit
//! under their scale, folded away on screen (`<details>`, opened for print
//! by the style sheet), and the table of contents reaches every indicator.
//! In Markdown the items are sub-sections of their scale's section.
//!
//! Built on the exclusion set's sample data, as `impact demo` reports it;
//! that the printed page holds every item is checked in Chromium by
//! `layout_browser::printed_reports_keep_every_scale_item`.

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

/// The composite scales of the report, each with the ids of its items.
fn scales(report: &Report, set: &ReferenceSet) -> Vec<(String, Vec<String>)> {
    report
        .indicators
        .iter()
        .filter_map(|i| {
            let composite = set.registry().get(i.indicator.as_str())?.definition().composite.as_ref()?;
            Some((i.indicator.to_string(), composite.items.iter().map(|c| c.indicator.to_string()).collect()))
        })
        .collect()
}

/// Where the article of indicator `id` opens in `html`.
fn article_start(html: &str, id: &str) -> usize {
    let meta = html.find(&format!("<p class=\"meta\">{id} ·")).unwrap_or_else(|| panic!("no article for {id}"));
    html[..meta].rfind("<article").expect("an article around the meta line")
}

#[test]
fn scale_items_are_folded_inside_their_scale_section() {
    let (report, set) = exclusion();
    let scales = scales(report, set);
    assert!(!scales.is_empty(), "the exclusion set has a composite scale");
    for lang in Lang::ALL {
        let html = render::html(report, set, &RenderOptions::new(lang));
        for (scale, items) in &scales {
            let start = article_start(&html, scale);
            let fold = start + html[start..].find("<details class=\"items\"").expect("a fold of the items");
            let fold_end = fold + html[fold..].find("</details>").expect("the fold closes");
            // The fold is inside the scale's article: no article closes
            // between the scale's opening and the fold, and the scale's
            // article closes right after the fold.
            let before = &html[start..fold];
            assert_eq!(before.matches("<article").count(), 1, "{lang}: the fold is not in {scale}'s article");
            assert_eq!(before.matches("</article>").count(), 0, "{lang}: {scale}'s article closes before its items");
            assert!(html[fold_end..].starts_with("</details>\n</article>"), "{lang}: {scale}'s article holds its fold");
            // Closed on screen.
            let tag = &html[fold..fold + html[fold..].find('>').unwrap()];
            assert!(!tag.contains("open"), "{lang}: the fold is open on screen: {tag}");
            let summary = &html[fold..fold + html[fold..].find("</summary>").unwrap()];
            assert!(summary.contains(&items.len().to_string()), "{lang}: the fold says how many items: {summary}");
            // Every item's whole section, with its figures, is in the fold,
            // and nowhere else.
            let inside = &html[fold..fold_end];
            for item in items {
                let at = article_start(&html, item);
                assert!(fold < at && at < fold_end, "{lang}: {item} is not folded under {scale}");
                assert_eq!(html.matches(&format!("<p class=\"meta\">{item} ·")).count(), 1, "{lang}: {item} twice");
                let section = &html[at..at + html[at..].find("</article>").unwrap()];
                assert!(section.contains("<svg") && section.contains("<table"), "{lang}: {item} without its figures");
                assert!(section.contains("class=\"indicator item\""), "{lang}: {item} is not marked as an item");
            }
            assert_eq!(inside.matches("<article").count(), items.len(), "{lang}: only the items are in the fold");
        }
        // The printed page opens every fold.
        let print = &html[html.find("@media print").expect("a print style sheet")..];
        assert!(print.contains("details.items::details-content{content-visibility:visible}"), "{lang}");
    }
}

#[test]
fn the_table_of_contents_reaches_every_indicator() {
    let (report, set) = exclusion();
    for lang in Lang::ALL {
        let html = render::html(report, set, &RenderOptions::new(lang));
        let toc = &html[html.find("<nav class=\"toc\">").expect("a table of contents")..];
        let toc = &toc[..toc.find("</nav>").unwrap()];
        let anchors: Vec<&str> = toc.split("href=\"#").skip(1).filter_map(|a| a.split('"').next()).collect();
        for ind in &report.indicators {
            let escaped = render::escape_html(ind.label.get(lang));
            let anchor = anchors
                .iter()
                .find(|a| toc.contains(&format!("href=\"#{a}\">{escaped}</a>")))
                .unwrap_or_else(|| panic!("{lang}: {} is not in the table of contents", ind.indicator));
            // The anchor is the indicator's own article.
            let target = html.find(&format!("id=\"{anchor}\"")).expect("the anchor exists");
            assert!(
                html[target..].split("</h").next().is_some_and(|h| h.contains(&escaped)),
                "{lang}: {anchor} does not open {}",
                ind.indicator
            );
        }
        // A scale's items are listed under the scale's entry.
        for (scale, items) in scales(report, set) {
            let label = |id: &str| {
                render::escape_html(
                    report.indicators.iter().find(|i| i.indicator.as_str() == id).unwrap().label.get(lang),
                )
            };
            let at = toc.find(&format!(">{}</a>", label(&scale))).expect("the scale's entry");
            let sub = &toc[at..];
            let sub = &sub[..sub.find("</ol>").unwrap()];
            for item in &items {
                assert!(sub.contains(&format!(">{}</a>", label(item))), "{lang}: {item} is not under {scale}");
            }
        }
    }
}

#[test]
fn markdown_puts_scale_items_under_their_scale() {
    let (report, set) = exclusion();
    for lang in Lang::ALL {
        let md = render::markdown(report, set, &RenderOptions::new(lang));
        for (scale, items) in scales(report, set) {
            let id = |i: &str| format!("*{} ·", i.replace('_', "\\_"));
            let at = md.find(&id(&scale)).unwrap_or_else(|| panic!("no section for {scale}"));
            // The scale's section runs to the next indicator or section of
            // its level.
            let rest = &md[at..];
            let section = &rest[..rest.find("\n### ").or_else(|| rest.find("\n## ")).unwrap_or(rest.len())];
            // The items' sub-section: the last heading of the scale's level
            // before the first item's.
            let first_item = section.find("\n##### ").expect("the items are sub-sections");
            let group = section[..first_item].rfind("\n#### ").map(|g| &section[g..]).expect("a sub-section of items");
            let heading = group.lines().nth(1).unwrap();
            assert!(heading.contains(&items.len().to_string()), "{lang}: {heading}");
            for item in &items {
                let label = report.indicators.iter().find(|i| i.indicator.as_str() == item).unwrap().label.get(lang);
                let found = section.find(&id(item)).unwrap_or_else(|| panic!("{lang}: {item} is not under {scale}"));
                let title = section[..found].trim_end().lines().rev().find(|l| l.starts_with('#')).unwrap();
                assert!(title.starts_with("##### ") && title.contains(label), "{lang}: {item} is headed {title:?}");
                assert_eq!(md.matches(&id(item)).count(), 1, "{lang}: {item} has one section");
            }
            // The items' own sub-headings sit one level below theirs.
            assert!(group.contains("\n###### "), "{lang}: the items' sub-headings");
        }
    }
}
