//! A set's headline indicators (its key outcomes) come first on the first
//! page of every report people read (HTML, Markdown, the board summary, the
//! "you against the network" opening), whatever the size of their change;
//! the JSON report names them only when the set does.

use crate::it::render_support::{conformance_report, conformance_report_with};
use social_impact::catalogue::Catalogue;
use social_impact::report::render::{self, RenderOptions};
use social_impact::report::{Report, Suppressible};
use social_impact::{Lang, ReferenceSet};

/// Conformance case c1 against its own set with `headline` declared.
fn c1_with_headline(headline: &[&str]) -> (Report, ReferenceSet) {
    let dir = crate::it::support::fixture("conformance/c1");
    let text = std::fs::read_to_string(dir.join("set.json")).expect("c1 set");
    let mut manifest: serde_json::Value = serde_json::from_str(&text).expect("c1 set is JSON");
    manifest["headline"] = serde_json::json!(headline);
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("set.json");
    std::fs::write(&path, serde_json::to_string(&manifest).expect("JSON")).expect("write set");
    let set = Catalogue::default().reference_set_at(&path).expect("the set with a headline loads");
    (conformance_report_with("c1", &set), set)
}

fn ids(report: &Report, max: usize) -> Vec<String> {
    render::headline_indicators(report, max).into_iter().map(|i| i.indicator.clone()).collect()
}

/// The labels of the first page's results, in order, as the Markdown
/// numbered list gives them.
fn first_page_labels(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter_map(|l| l.split_once(". **").filter(|(n, _)| n.parse::<u32>().is_ok()))
        .filter_map(|(_, rest)| rest.split_once("**").map(|(label, _)| label.to_string()))
        .collect()
}

#[test]
fn the_key_outcome_comes_first_whatever_the_size_of_its_change() {
    let (plain, _) = conformance_report("c1");
    let picked = ids(&plain, 5);
    // The key outcome is the indicator the ranking puts last (or leaves out).
    let all: Vec<&str> = plain.indicators.iter().map(|i| i.indicator.as_str()).collect();
    let key = all.iter().find(|id| !picked.iter().any(|p| p == *id)).copied().unwrap_or(picked.last().expect("some"));
    let (report, set) = c1_with_headline(&[key]);
    assert_eq!(report.reference_set.headline, vec![key.to_string()]);
    let now = ids(&report, 5);
    assert_eq!(now[0], key, "{now:?}");
    let others: Vec<String> = picked.iter().filter(|p| *p != key).cloned().collect();
    assert!(others.starts_with(&now[1..]), "the others as before, in their order: {now:?} after {picked:?}");
    assert!(now.len() <= 5, "the key outcome counts among the five results: {now:?}");
    let label =
        |lang: Lang| report.indicators.iter().find(|i| i.indicator == key).expect("key").label.get(lang).to_string();

    for lang in [Lang::En, Lang::Fr] {
        let mut options = RenderOptions::new(lang);
        let md = render::markdown(&report, &set, &options);
        assert_eq!(first_page_labels(&md).first(), Some(&label(lang)), "full report, {lang}");
        let html = render::html(&report, &set, &options);
        let first_item = html.split("<li><div class=\"key\">").nth(1).expect("a first-page item");
        assert!(first_item.contains(&format!(">{}</a></h3>", label(lang).replace('\'', "&#39;"))), "HTML, {lang}");
        options.summary = true;
        let board = render::markdown(&report, &set, &options);
        assert_eq!(first_page_labels(&board).first(), Some(&label(lang)), "board summary, {lang}");
        assert_eq!(render::headlines(&report, &set, &options)[0].0.indicator, key);
    }
    // The opening written for one member starts with the key outcome too.
    let member = report.indicators[0].groups.iter().find(|g| !g.organisation.is_network()).expect("an organisation");
    let mut options = RenderOptions::new(Lang::En);
    options.member = Some(member.organisation.as_str().to_string());
    let md = render::markdown(&report, &set, &options);
    let opening = md.split("You against the network").nth(1).expect("the member's opening");
    let first_line = opening.lines().find(|l| l.starts_with("- ")).expect("a first line");
    assert!(first_line.starts_with(&format!("- {}", label(Lang::En))), "{first_line}");
}

#[test]
fn a_key_outcome_without_a_change_is_shown_by_its_status() {
    let (mut report, set) = c1_with_headline(&["t.rights.coverage"]);
    let key = report.indicators.iter_mut().find(|i| i.indicator == "t.rights.coverage").expect("in c1");
    for group in &mut key.groups {
        group.change.estimates = Suppressible::Suppressed;
    }
    assert_eq!(ids(&report, 5)[0], "t.rights.coverage");
    let mut options = RenderOptions::new(Lang::En);
    let md = render::markdown(&report, &set, &options);
    let item = md.lines().find(|l| l.starts_with("1. **")).expect("a first item");
    assert!(item.contains(" people asked at exit "), "{item}");
    assert!(!item.contains("against"), "no change is claimed: {item}");
    assert!(md.contains("First the key outcomes the reference set names"), "the introduction says so");
    let html = render::html(&report, &set, &options);
    let first_item = html.split("<li><div class=\"key\">").nth(1).expect("a first-page item");
    assert!(first_item.contains("Key outcome"), "tagged as a key outcome, not as chance");
    options.lang = Lang::Fr;
    let md = render::markdown(&report, &set, &options);
    let item = md.lines().find(|l| l.starts_with("1. **")).expect("a first item");
    assert!(item.contains(" personnes interrogées à la sortie "), "{item}");
}

#[test]
fn the_json_report_names_key_outcomes_only_when_the_set_does() {
    let (plain, _) = conformance_report("c1");
    let text = serde_json::to_string(&plain).expect("JSON");
    assert!(!text.contains("\"headline\""), "a set without headline keeps its report as it was");
    let (report, _) = c1_with_headline(&["t.health.forgone", "t.housing.ladder"]);
    let value = serde_json::to_value(&report).expect("JSON");
    assert_eq!(value["reference_set"]["headline"], serde_json::json!(["t.health.forgone", "t.housing.ladder"]));
    assert_eq!(ids(&report, 5)[..2], ["t.health.forgone".to_string(), "t.housing.ladder".to_string()]);
}
