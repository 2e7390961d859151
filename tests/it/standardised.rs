//! The comparison standardised on age band (issue 14, "A fair comparison"):
//! a tiny case computed by hand, an organisation with a stratum under
//! `min_cell` whose strata are hidden everywhere (report JSON, HTML,
//! Markdown, aggregate) and counted nowhere, and the network report from
//! aggregates equal to the pooled one.

use crate::it::network::{load, split};
use serde_json::Value;
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::Catalogue;
use social_impact::report::render::{self, RenderOptions};
use social_impact::set::ReferenceSet;
use social_impact::tables::{network_report, Aggregate};
use std::fmt::Write as _;
use std::path::Path;

/// People of one organisation in one age band: how many, how many positive.
struct Band {
    org: &'static str,
    age: u32,
    n: u32,
    positive: u32,
}

/// ORGA: under 30, 3 of 4; 30 and over, 2 of 6. ORGB: 3 of 6; 3 of 4.
/// ORGC: 1 of 2 (under `min_cell` = 3); 4 of 8.
const BANDS: [Band; 6] = [
    Band { org: "ORGA", age: 20, n: 4, positive: 3 },
    Band { org: "ORGA", age: 40, n: 6, positive: 2 },
    Band { org: "ORGB", age: 20, n: 6, positive: 3 },
    Band { org: "ORGB", age: 40, n: 4, positive: 3 },
    Band { org: "ORGC", age: 22, n: 2, positive: 1 },
    Band { org: "ORGC", age: 41, n: 8, positive: 4 },
];

/// A set of one binary indicator (c1's `t.rights.coverage`), compared at
/// exit, with age bands 0–29 and 30+ and standardised on age band.
fn set(dir: &Path) -> ReferenceSet {
    set_on(dir, &["age_band"])
}

/// The same set standardised on `factors`.
fn set_on(dir: &Path, factors: &[&str]) -> ReferenceSet {
    let c1: Value = serde_json::from_str(
        &std::fs::read_to_string(crate::it::support::fixture("conformance/c1/set.json")).expect("c1"),
    )
    .expect("JSON");
    let indicator = c1["indicators"].as_array().expect("indicators").iter().find(|i| i["id"] == "t.rights.coverage");
    let manifest = serde_json::json!({
        "id": "synthetic-std",
        "version": "1.0.0",
        "title": { "fr": "Référentiel de test", "en": "Test set" },
        "domain": "exclusion",
        "indicators": [indicator.expect("t.rights.coverage")],
        "change": { "from": "entry", "to": "exit" },
        "comparison_wave": "exit",
        "age_bands": [0, 30],
        "standardise": factors
    });
    let path = dir.join("set.json");
    std::fs::write(&path, manifest.to_string()).expect("set written");
    Catalogue::default().reference_set_at(&path).expect("set")
}

fn data(dir: &Path) {
    let people: Vec<(&str, u32, &str, u32, u32)> = BANDS.iter().map(|b| (b.org, b.age, "F", b.n, b.positive)).collect();
    write_data(dir, &people);
}

/// Writes enrolments and exit answers: per row, organisation, age, sex,
/// people and how many of them are positive.
fn write_data(dir: &Path, people: &[(&str, u32, &str, u32, u32)]) {
    let mut enrolments = String::from("organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service\n");
    let mut observations = String::from("organisation,beneficiary,indicator,wave,date,value,missing_reason\n");
    let mut id = 0;
    for &(org, age, sex, n, positive) in people {
        for k in 0..n {
            id += 1;
            let person = format!("B{id:07}");
            writeln!(enrolments, "{org},{person},2024-01-10,2024-09-20,{age},{sex},CHRS").expect("text");
            let value = u32::from(k < positive);
            writeln!(observations, "{org},{person},t.rights.coverage,exit,2024-09-20,{value},").expect("text");
        }
    }
    std::fs::write(dir.join("enrolments.csv"), enrolments).expect("written");
    std::fs::write(dir.join("observations.csv"), observations).expect("written");
}

fn options() -> AnalysisOptions {
    AnalysisOptions { min_cell: 3, as_of: Some("2025-01-01".parse().expect("date")), ..AnalysisOptions::default() }
}

fn close(got: &Value, want: f64) {
    let got = got.as_f64().unwrap_or_else(|| panic!("a number, got {got}"));
    assert!((got - want).abs() < 1e-12, "got {got}, want {want}");
}

fn point<'a>(standardised: &'a Value, org: &str) -> &'a Value {
    standardised["funnel"].as_array().expect("funnel").iter().find(|p| p["organisation"] == org).expect("on the funnel")
}

#[test]
fn standardised_figures_match_the_hand_computation_and_hide_a_small_stratum_everywhere() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let set = set(tmp.path());
    data(tmp.path());
    let report = analyse(&set, &load(&set, tmp.path()).dataset, &options()).expect("report");
    let json = serde_json::to_value(&report).expect("JSON");
    let s = &json["indicators"][0]["comparison"]["standardised"];
    // The standard is ORGA and ORGB only: ORGC's strata are hidden, so its
    // people are in no stratum of the mix (10 and 10, not 12 and 18).
    let sizes: Vec<u64> =
        s["standard"].as_array().expect("standard").iter().map(|c| c["n"].as_u64().expect("n")).collect();
    assert_eq!(sizes, [10, 10]);
    close(&s["standard"][0]["weight"], 0.5);
    // P = 0.5·6/10 + 0.5·5/10.
    close(&s["network_estimate"], 0.55);
    // ORGA: 0.5·3/4 + 0.5·2/6; se = sqrt(0.25·(0.75·0.25/4) + 0.25·((1/3)·(2/3)/6));
    // se0 at the network's stratum figures (0.6, 0.5): sqrt(0.25·0.24/4 + 0.25·0.25/6).
    let a = point(s, "ORGA");
    close(&a["raw_estimate"], 0.5);
    close(&a["estimate"], 0.541_666_666_666_666_6);
    close(&a["se"], 0.144_837_872_323_709_8);
    close(&a["ci_low"], 0.257_789_653_314_784_76);
    close(&a["ci_high"], 0.825_543_680_018_548_5);
    close(&a["z"], -0.052_270_837_348_932_18);
    // The limits use the funnel's constants (1.959964, 3.090232).
    close(&a["limit95_low"], 0.55 - 1.959_964 * 0.159_426_053_914_241_58);
    close(&a["limit998_low"], 0.55 - 3.090_232 * 0.159_426_053_914_241_58);
    // 0.55 + 3.090232·se0 is above 1: a proportion's limit is clipped.
    close(&a["limit998_high"], 1.0);
    assert_eq!(a["flag"], "within");
    close(&point(s, "ORGB")["estimate"], 0.625);
    // ORGC is on the raw funnel (10 people) but has no standardised figure.
    let c = point(s, "ORGC");
    assert_eq!(c["reason"], "small_stratum");
    assert!(c["estimate"].is_null() && c["se"].is_null() && c["z"].is_null());
    // Its aggregate holds its strata table's size only, no cell.
    let dirs = split(tmp.path(), &tmp.path().join("split"));
    let aggregates: Vec<Aggregate> = dirs
        .iter()
        .map(|d| Aggregate::from_dataset(&set, &load(&set, d).dataset, &options(), 0).expect("aggregate"))
        .collect();
    let orgc = serde_json::to_value(&aggregates[2]).expect("JSON");
    let strata = &orgc["organisations"][0]["strata"][0];
    assert_eq!(strata["n"], 10);
    assert!(strata.get("cells").is_none() && strata.get("unknown").is_none(), "{strata}");
    let orga = serde_json::to_value(&aggregates[0]).expect("JSON");
    assert_eq!(orga["organisations"][0]["strata"][0]["cells"].as_array().map(Vec::len), Some(2));
    // The network from the aggregates is the pooled report.
    let network = serde_json::to_value(network_report(&set, &aggregates).expect("network")).expect("JSON");
    assert_eq!(network["indicators"][0]["comparison"], json["indicators"][0]["comparison"]);
    // HTML and Markdown show the standardised table, ORGC's row saying why
    // it has no figure.
    let en = RenderOptions::new("en".parse().expect("lang"));
    for text in [render::html(&report, &set, &en), render::markdown(&report, &set, &en)] {
        assert!(text.contains("Standardised on age band"), "no standardised section");
        assert!(text.contains("Hidden (a stratum too small at these strata)"), "ORGC's row");
        assert!(text.contains("Strata used here: the set"), "the strata used");
        assert!(text.contains("corrects the comparison for differences in who is served"));
        assert!(text.contains("counts at least 3 people"), "the rule in the methods");
    }
}

/// Age band by sex, `min_cell` 3: ORGA has 2 men under 30 and ORGC one
/// person of sex "other", so neither can be shown by age band and sex; the
/// network drops sex (the first step of the chain) and standardises all
/// three on age band alone, computed by hand.
#[test]
fn the_strata_are_collapsed_once_for_the_network_until_most_organisations_are_standardised() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let set = set_on(tmp.path(), &["age_band", "sex"]);
    #[rustfmt::skip]
    write_data(tmp.path(), &[
        ("ORGA", 20, "F", 4, 3), ("ORGA", 20, "M", 2, 1), ("ORGA", 40, "F", 3, 1), ("ORGA", 40, "M", 3, 2),
        ("ORGB", 20, "F", 3, 2), ("ORGB", 20, "M", 3, 1), ("ORGB", 40, "F", 4, 3), ("ORGB", 40, "M", 4, 2),
        ("ORGC", 20, "F", 5, 2), ("ORGC", 20, "X", 1, 1), ("ORGC", 40, "M", 5, 4),
    ]);
    let report = analyse(&set, &load(&set, tmp.path()).dataset, &options()).expect("report");
    let json = serde_json::to_value(&report).expect("JSON");
    let s = &json["indicators"][0]["comparison"]["standardised"];
    // At age band and sex only ORGB (1 of 3) could be standardised; without
    // sex all three: the network uses step 1, the set's age bands alone.
    assert_eq!(s["strata"], serde_json::json!({ "level": 1, "age_bands_merged": 1, "sex": false }));
    // The standard, by hand: under 30, 6 + 6 + 6 people (ORGC's person of
    // sex "other" counts in its band), 4 + 3 + 3 positive; 30 and over,
    // 6 + 8 + 5 people, 3 + 5 + 4 positive.
    let sizes: Vec<u64> =
        s["standard"].as_array().expect("standard").iter().map(|c| c["n"].as_u64().expect("n")).collect();
    assert_eq!(sizes, [18, 19]);
    assert!(s["standard"][0].get("sex").is_none());
    close(&s["network_estimate"], 22.0 / 37.0);
    // D = 18/37·p_young + 19/37·p_old (numpy: 0.581081081081081,
    // 0.5641891891891891, 0.654054054054054).
    close(&point(s, "ORGA")["estimate"], (18.0 * 4.0 / 6.0 + 19.0 * 3.0 / 6.0) / 37.0);
    close(&point(s, "ORGB")["estimate"], (18.0 * 3.0 / 6.0 + 19.0 * 5.0 / 8.0) / 37.0);
    close(&point(s, "ORGC")["estimate"], (18.0 * 3.0 / 6.0 + 19.0 * 4.0 / 5.0) / 37.0);
    // se = sqrt(Σ w²·p(1-p)/n) for ORGA (numpy: 0.14054487172813238).
    close(&point(s, "ORGA")["se"], 0.140_544_871_728_132_38);
    // Each aggregate holds its table at its own finest step only: ORGA
    // and ORGC by age band (their small strata by sex are written nowhere),
    // ORGB by age band and sex.
    let dirs = split(tmp.path(), &tmp.path().join("split"));
    let aggregates: Vec<Aggregate> = dirs
        .iter()
        .map(|d| Aggregate::from_dataset(&set, &load(&set, d).dataset, &options(), 0).expect("aggregate"))
        .collect();
    let strata = |a: &Aggregate| serde_json::to_value(a).expect("JSON")["organisations"][0]["strata"][0].clone();
    let (a, b, c) = (strata(&aggregates[0]), strata(&aggregates[1]), strata(&aggregates[2]));
    assert_eq!((a["level"].as_u64(), a["unknown"].as_u64()), (Some(1), Some(0)));
    let sizes = |t: &Value| -> Vec<u64> {
        t["cells"].as_array().expect("cells").iter().map(|c| c["n"].as_u64().expect("n")).collect()
    };
    assert_eq!(sizes(&a), [6, 6]);
    assert!(a["cells"].as_array().expect("cells").iter().all(|c| c["stratum"].get("sex").is_none()), "{a}");
    assert_eq!((b["level"].as_u64(), sizes(&b)), (Some(0), vec![3, 3, 4, 4]));
    assert_eq!((c["level"].as_u64(), sizes(&c)), (Some(1), vec![6, 5]));
    // The network from the aggregates is the pooled report.
    let network = serde_json::to_value(network_report(&set, &aggregates).expect("network")).expect("JSON");
    assert_eq!(network["indicators"][0]["comparison"], json["indicators"][0]["comparison"]);
    let en = RenderOptions::new("en".parse().expect("lang"));
    let html = render::html(&report, &set, &en);
    assert!(html.contains("Strata used here: the set"));
    // The heading names the factor used, not the two the set declares.
    assert!(html.contains("Standardised on age band<") && !html.contains("Standardised on age band and sex"));
}
