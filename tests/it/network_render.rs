//! The network report people read, at the federation's size: tables name
//! only the network, the flagged organisations and the `--for` member,
//! every organisation stays a point on the funnel plots, and a report
//! written for one member opens with "you against the network".

use crate::it::network::{c1, load, split};
use social_impact::analysis::AnalysisOptions;
use social_impact::catalogue::Catalogue;
use social_impact::report::render::{self, RenderOptions, ORGANISATIONS_LISTED_UP_TO};
use social_impact::report::{FunnelFlag, Report, Suppressible};
use social_impact::sample::{write_csv, SampleSpec};
use social_impact::set::ReferenceSet;
use social_impact::tables::{censoring_dates, for_member, network_report, Aggregate};
use social_impact::Lang;
use std::collections::BTreeSet;

/// A network report of `organisations` generated organisations of 20
/// people each, merged from one aggregate.
pub(crate) fn generated(organisations: usize) -> (ReferenceSet, Report) {
    let set = Catalogue::bundled().expect("catalogue").reference_set("exclusion-2023").expect("set");
    let dir = tempfile::tempdir().expect("temp dir");
    write_csv(&set, &SampleSpec::new(organisations, organisations * 20, 7), dir.path()).expect("sample");
    let data = load(&set, dir.path()).dataset;
    let options = AnalysisOptions { as_of: data.max_date(), ..AnalysisOptions::default() };
    let aggregate = Aggregate::from_dataset(&set, &data, &options, 0).expect("aggregate");
    let report = network_report(&set, &[aggregate]).expect("network");
    (set, report)
}

/// Whether `code` occurs in `text` as a whole code (not inside a longer
/// one: `ASSO-A` is in `ASSO-AB`).
fn mentions(text: &str, code: &str) -> bool {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '-';
    text.match_indices(code).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + code.len()..].chars().next();
        !before.is_some_and(part) && !after.is_some_and(part)
    })
}

/// Organisation codes no funnel flags, on any indicator.
fn never_flagged(report: &Report) -> Vec<String> {
    let flagged: BTreeSet<&str> = report
        .indicators
        .iter()
        .flat_map(|i| i.comparison.iter().flat_map(|c| &c.funnel))
        .filter(|p| p.flag != FunnelFlag::Within)
        .map(|p| p.organisation.as_str())
        .collect();
    let all: BTreeSet<&str> =
        report.indicators.iter().flat_map(|i| &i.groups).map(|g| g.organisation.as_str()).collect();
    all.into_iter().filter(|o| *o != "*" && !flagged.contains(o)).map(str::to_string).collect()
}

/// Every round dot of the compact funnel plots (`M x y h0`).
fn dots(html: &str) -> usize {
    html.matches("h0M").count() + html.matches("h0\"").count()
}

#[test]
fn the_network_report_grows_far_less_than_its_organisations() {
    let (set, small) = generated(60);
    let (_, large) = generated(300);
    const { assert!(60 > ORGANISATIONS_LISTED_UP_TO, "both reports are above the threshold") };
    let mut sizes = Vec::new();
    for report in [&small, &large] {
        let html = render::html(report, &set, &RenderOptions::new(Lang::En));
        let md = render::markdown(report, &set, &RenderOptions::new(Lang::Fr));
        // Every organisation stays a point on every funnel plot.
        let points: usize =
            report.indicators.iter().filter_map(|i| i.comparison.as_ref()).map(|c| c.funnel.len()).sum();
        assert!(points > 0);
        assert_eq!(dots(&html), points, "one dot per funnel point");
        // An organisation that no funnel flags is named nowhere.
        let quiet = never_flagged(report);
        assert!(quiet.len() > report.indicators[0].groups.len() / 2, "most organisations are never flagged");
        for code in &quiet {
            assert!(!mentions(&html, code), "{code} is named in the HTML");
            assert!(!mentions(&md, code), "{code} is named in the Markdown");
        }
        // A flagged organisation is listed in its indicator's tables.
        let ind = report
            .indicators
            .iter()
            .find(|i| i.comparison.as_ref().is_some_and(|c| c.funnel.iter().any(|p| p.flag != FunnelFlag::Within)));
        let flagged = ind.and_then(|i| i.comparison.as_ref()?.funnel.iter().find(|p| p.flag != FunnelFlag::Within));
        let flagged = &flagged.expect("some organisation is flagged").organisation;
        assert!(html.contains(&format!("<th scope=\"row\">{flagged}</th>")));
        assert!(md.contains(&format!("| {flagged} |")));
        // Every left-out organisation is counted, in words.
        assert!(html.contains("organisations are not listed here: above 40 organisations"));
        assert!(md.contains("structures ne sont pas listées ici"));
        sizes.push((html.len(), md.len()));
    }
    let [(html60, md60), (html300, md300)] = [sizes[0], sizes[1]];
    let per_org = |a: usize, b: usize| (b.saturating_sub(a)) as f64 / 240.0;
    // 27 indicators: a dot per indicator and the flagged rows, in the raw
    // tables and in the standardised ones (each organisation now has a
    // standardised figure), under 3 KB an organisation.
    assert!(per_org(html60, html300) < 3_000.0, "HTML: {html60} then {html300} bytes");
    assert!(per_org(md60, md300) < 1_500.0, "Markdown: {md60} then {md300} bytes");
    assert!(html300 < 2 * html60, "5 times the organisations, less than twice the page: {html60} then {html300}");
}

/// `--for`: the opening names the member and no other organisation, one
/// line per indicator, key results first; a hidden figure is not given.
#[test]
fn a_report_for_one_member_opens_with_you_against_the_network() {
    let (set, mut report) = generated(60);
    let codes: Vec<String> = report.indicators[0]
        .groups
        .iter()
        .filter(|g| !g.organisation.is_network())
        .map(|g| g.organisation.to_string())
        .collect();
    let member = codes[5].clone();
    assert!(for_member(&mut report, &member, Lang::En));
    // The member hidden on one indicator, outside the limits on another
    // where lower is better.
    let wave = set.comparison_wave();
    let hidden = &mut report.indicators[0];
    let hidden_label = hidden.label.en.clone();
    let g = hidden.groups.iter_mut().find(|g| g.organisation.as_str() == member).expect("the member's group");
    let s = g.status.iter_mut().find(|s| s.wave == wave).expect("a status at the compared wave");
    s.estimates = Suppressible::Suppressed;
    if let Some(c) = &mut hidden.comparison {
        c.funnel.retain(|p| p.organisation.as_str() != member);
    }
    let lower = report
        .indicators
        .iter_mut()
        .find(|i| {
            i.direction == social_impact::catalogue::Direction::LowerIsBetter
                && i.comparison.as_ref().is_some_and(|c| c.funnel.iter().any(|p| p.organisation.as_str() == member))
        })
        .expect("a lower-is-better indicator comparing the member");
    let lower_label = lower.label.en.clone();
    let point = lower.comparison.as_mut().and_then(|c| c.funnel.iter_mut().find(|p| p.organisation.as_str() == member));
    point.expect("the member's point").flag = FunnelFlag::Above95;
    let mut options = RenderOptions::new(Lang::En);
    options.member = Some(member.clone());
    let md = render::markdown(&report, &set, &options);
    let start = md.find("#### You against the network").expect("the opening");
    let end = start + md[start..].find("\n## ").expect("the headline results follow");
    let opening = &md[start..end];
    let lines: Vec<&str> = opening.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(lines.len(), report.indicators.len(), "one line per indicator:\n{opening}");
    assert!(lines.iter().all(|l| mentions(l, &member)), "every line names the member:\n{opening}");
    assert!(!opening.contains("Member 0"), "no other member in the opening:\n{opening}");
    for code in codes.iter().filter(|c| **c != member) {
        assert!(!mentions(&md, code), "{code} is named in a report for {member}");
    }
    // Key results first: the first line is the first headline indicator's.
    let first = render::headline_indicators(&report, options.max_headlines)[0].label.en.clone();
    assert!(lines[0].starts_with(&format!("- {}", first)), "{}", lines[0]);
    let hidden_line = lines.iter().find(|l| l.contains(&hidden_label)).expect("the hidden indicator's line");
    assert_eq!(
        *hidden_line,
        format!("- {hidden_label}: hidden for {member} at exit (fewer than 11 people), so no figure is given.")
    );
    let lower_line = lines.iter().find(|l| l.starts_with(&format!("- {lower_label}:"))).expect("its line");
    assert!(lower_line.contains("people), against "), "{lower_line}");
    assert!(lower_line.contains("which is worse (lower is better for this indicator)."), "{lower_line}");
    // The same in French, in the HTML page; the member's point is ringed.
    options.lang = Lang::Fr;
    let html = render::html(&report, &set, &options);
    assert!(html.contains("<h4>Vous face au réseau</h4>"));
    assert!(html.contains(
        &format!("{hidden_label}\u{a0}: masqué pour {member}")
            .replace(&hidden_label, report.indicators[0].label.fr.as_str())
    ));
    assert!(html.contains(r#"r="9" fill="none""#), "the member's point is marked");
}

/// Aggregates censored at different dates are merged: the report's
/// `as_of` is the latest, and `impact network` says how many were censored
/// earlier, on standard error and in the report's data quality.
#[test]
fn aggregates_censored_at_different_dates_are_merged_and_stated() {
    let (set, dir, options) = c1();
    let tmp = tempfile::tempdir().expect("temp dir");
    let folders = split(&dir, &tmp.path().join("split"));
    let make = |folder: &std::path::Path, o: &AnalysisOptions| {
        Aggregate::from_dataset(&set, &load(&set, folder).dataset, o, 0).expect("aggregate")
    };
    let a = make(&folders[0], &options);
    let earlier = AnalysisOptions { as_of: Some("2025-06-30".parse().expect("date")), ..options.clone() };
    let b = make(&folders[1], &earlier);
    let dates = censoring_dates(&[b.clone(), a.clone()]);
    assert_eq!(dates, vec![earlier.as_of, options.as_of]);
    let report = network_report(&set, &[b.clone(), a.clone()]).expect("merged");
    assert_eq!(report.parameters.as_of, options.as_of);
    let mut files = Vec::new();
    for (name, aggregate) in [("b.json", &b), ("a.json", &a)] {
        let path = tmp.path().join(name);
        std::fs::write(&path, serde_json::to_string(aggregate).expect("JSON")).expect("written");
        files.push(path.to_str().expect("utf-8").to_string());
    }
    let set_file = dir.join("set.json");
    let set_file = set_file.to_str().expect("utf-8");
    let network = |aggregates: &[String], out: &std::path::Path| {
        let mut args = vec!["network", "--lang", "en", "--set", set_file, "--aggregates"];
        args.extend(aggregates.iter().map(String::as_str));
        args.extend(["--format", "md", "--output", out.to_str().expect("utf-8")]);
        let run = crate::it::support::run_impact(&args);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        (String::from_utf8_lossy(&run.stderr).to_string(), std::fs::read_to_string(out).expect("read"))
    };
    let said = "1 aggregate was censored before 2025-12-31, the earliest at 2025-06-30.";
    let (stderr, md) = network(&files, &tmp.path().join("network.md"));
    assert!(stderr.contains(said), "{stderr}");
    assert!(md.contains(said), "the report's data quality says it too");
    // One date: nothing to say.
    let (stderr, md) = network(&files[1..], &tmp.path().join("again.md"));
    assert!(!stderr.contains("censored before") && !md.contains("censored before"), "{stderr}");
}
