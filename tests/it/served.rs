//! Who was served (issue 14): people with an enrolment by age band, sex and
//! service, each organisation's cells below `min_cell` hidden with
//! complementary suppression, the network the merge of the shown cells, in
//! the report and in the aggregate alike.

use crate::it::network::c1;
use proptest::prelude::*;
use serde_json::Value;
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::data::{Dataset, DatasetBuilder, Date, Enrolment, Pseudonymiser, Sex};
use social_impact::report::Served;
use social_impact::set::ReferenceSet;
use social_impact::tables::{network_report, Aggregate};
use social_impact::OrganisationCode;

/// One person at entry: age, sex, service.
type Person = (Option<u32>, Option<Sex>, Option<&'static str>);

fn dataset(set: &ReferenceSet, orgs: &[(&str, Vec<Person>)]) -> Dataset {
    let ids = Pseudonymiser::ephemeral();
    let entry: Date = "2024-01-08".parse().expect("date");
    let mut data = DatasetBuilder::new(set);
    for (org, people) in orgs {
        let code = OrganisationCode::new(*org).expect("code");
        for (i, (age, sex, service)) in people.iter().enumerate() {
            data.add_enrolment(Enrolment {
                organisation: code.clone(),
                beneficiary: ids.pseudonymise(&format!("{org}-{i}")),
                entry_date: entry,
                exit_date: None,
                age_at_entry: *age,
                sex: *sex,
                service: service.map(str::to_string),
            });
        }
    }
    data.build()
}

fn people(n: usize, person: Person) -> Vec<Person> {
    vec![person; n]
}

/// ASSO-A: ages 20 (20 people), 40 (15) and unknown (4); 30 women and 9
/// men; all in "CHRS" (written with spaces). ASSO-B: 12 men of 20 in "HU".
/// ASSO-C: 5 people.
fn fixture(set: &ReferenceSet) -> Dataset {
    let mut a = people(20, (Some(20), Some(Sex::Female), Some(" CHRS ")));
    a.extend(people(10, (Some(40), Some(Sex::Female), Some("CHRS"))));
    a.extend(people(5, (Some(40), Some(Sex::Male), Some("CHRS"))));
    a.extend(people(4, (None, Some(Sex::Male), Some("CHRS"))));
    let b = people(12, (Some(20), Some(Sex::Male), Some("HU")));
    let c = people(5, (Some(70), None, None));
    dataset(set, &[("ASSO-A", a), ("ASSO-B", b), ("ASSO-C", c)])
}

/// A breakdown as (group, count) pairs, `None` for a hidden count.
fn cells(group: &Value, breakdown: &str, key: &str) -> Option<Vec<(Value, Option<u64>)>> {
    let cells = group.get(breakdown)?.as_array()?;
    Some(cells.iter().map(|c| (c[key].clone(), c.get("count").and_then(Value::as_u64))).collect())
}

const BREAKDOWNS: [(&str, &str); 3] = [("age_band", "age_band"), ("sex", "sex"), ("service", "service")];

/// Every way to recompute a hidden count from what `groups` show: a lone
/// hidden cell (the size minus the shown ones), a hidden cell carrying a
/// count, a shown cell below `min_cell`, and a network cell that is not
/// the sum of the organisations' shown cells.
fn recoverable(groups: &[Value], min_cell: u64) -> Vec<String> {
    let mut out = Vec::new();
    let (orgs, star) = groups.split_at(groups.len() - 1);
    for g in groups {
        let name = &g["organisation"];
        for (breakdown, key) in BREAKDOWNS {
            let Some(cs) = g.get(breakdown).and_then(Value::as_array) else { continue };
            let hidden = cs.iter().filter(|c| c["suppressed"] == true).count();
            // The network's hidden cells are the groups no organisation
            // shows: what they hold together, its size minus its shown
            // cells, is the organisations' hidden people, which each
            // organisation's own row already gives.
            if hidden == 1 && name != "*" {
                out.push(format!("{name} {breakdown}: one hidden cell = n - the shown ones"));
            }
            if cs.iter().any(|c| c["suppressed"] == true && c.get("count").is_some()) {
                out.push(format!("{name} {breakdown}: a hidden cell carries its count"));
            }
            if cs.iter().filter_map(|c| c["count"].as_u64()).any(|k| k < min_cell) {
                out.push(format!("{name} {breakdown}: a small cell is shown"));
            }
            if name == "*" {
                for (group, count) in cells(g, breakdown, key).unwrap_or_default() {
                    let shown: u64 = orgs
                        .iter()
                        .flat_map(|o| cells(o, breakdown, key).unwrap_or_default())
                        .filter(|(k, _)| *k == group)
                        .filter_map(|(_, c)| c)
                        .sum();
                    let shown_somewhere = orgs
                        .iter()
                        .flat_map(|o| cells(o, breakdown, key).unwrap_or_default())
                        .any(|(k, c)| k == group && c.is_some());
                    if count.is_none() && !shown_somewhere {
                        continue;
                    }
                    if count != Some(shown) {
                        out.push(format!("network {breakdown} {group}: {count:?} against {shown} shown"));
                    }
                }
            }
        }
    }
    assert_eq!(star[0]["organisation"], "*");
    out
}

#[test]
fn each_breakdown_hides_small_cells_and_the_next_smallest() {
    let (set, _, options) = c1();
    let report = analyse(&set, &fixture(&set), &options).expect("report");
    let json = serde_json::to_value(&report).expect("JSON");
    let groups = json["served"]["groups"].as_array().expect("served groups");
    assert_eq!(json["served"]["age_bands"], serde_json::json!([0, 18, 25, 35, 50, 65]));
    let by = |org: &str| groups.iter().find(|g| g["organisation"] == org).expect("group");
    let a = by("ASSO-A");
    assert_eq!(a["n"], 39);
    // Bands 18-24 (20 people), 35-49 (15) and unknown (4): the 4 are hidden,
    // and the 15 with them, so that 39 - 20 gives their sum only.
    assert_eq!(
        cells(a, "age_band", "age_band"),
        Some(vec![(Value::from(1), Some(20)), (Value::from(3), None), (Value::Null, None)])
    );
    // 30 women and 9 men: the 9 hidden, the 30 too.
    assert_eq!(cells(a, "sex", "sex"), Some(vec![(Value::from("female"), None), (Value::from("male"), None)]));
    // " CHRS " and "CHRS" are one service, as the readers read it.
    assert_eq!(cells(a, "service", "service"), Some(vec![(Value::from("CHRS"), Some(39))]));
    // ASSO-C's 5 people are all of one group: each breakdown is withheld.
    let c = by("ASSO-C");
    assert_eq!(c["n"], 5);
    assert!(BREAKDOWNS.iter().all(|(b, _)| c.get(*b).is_none()), "{c}");
    // The network adds the shown cells: 20 + 12 people aged 18-24; the
    // others are in its n (56) and in no count, and a group no organisation
    // shows is there, hidden (its sum is not known).
    let star = by("*");
    assert_eq!(star["n"], 56);
    assert_eq!(
        cells(star, "age_band", "age_band"),
        Some(vec![(Value::from(1), Some(32)), (Value::from(3), None), (Value::Null, None)])
    );
    assert_eq!(cells(star, "sex", "sex"), Some(vec![(Value::from("female"), None), (Value::from("male"), Some(12))]));
    assert_eq!(
        cells(star, "service", "service"),
        Some(vec![(Value::from("CHRS"), Some(39)), (Value::from("HU"), Some(12))])
    );
    assert_eq!(recoverable(groups, 11), Vec::<String>::new());
}

#[test]
fn the_aggregate_shows_what_the_report_shows_and_nothing_hidden() {
    let (set, _, options) = c1();
    let data = fixture(&set);
    let report = serde_json::to_value(analyse(&set, &data, &options).expect("report")).expect("JSON");
    let aggregate =
        serde_json::to_value(Aggregate::from_dataset(&set, &data, &options, 0).expect("aggregate")).expect("JSON");
    let groups = report["served"]["groups"].as_array().expect("groups");
    for org in aggregate["organisations"].as_array().expect("organisations") {
        let mut served = org["served"].clone();
        served["organisation"] = org["organisation"].clone();
        let in_report = groups.iter().find(|g| g["organisation"] == org["organisation"]).expect("in the report");
        assert_eq!(&served, in_report);
    }
    // The 4 of unknown age and the 15 aged 35-49 are in no output.
    let text = serde_json::to_string(&aggregate).expect("JSON");
    assert!(!text.contains("\"count\":4") && !text.contains("\"count\":15") && !text.contains("\"count\":9"));
}

#[test]
fn an_aggregate_with_a_lone_hidden_cell_is_refused() {
    let (set, _, options) = c1();
    let aggregate = Aggregate::from_dataset(&set, &fixture(&set), &options, 0).expect("aggregate");
    let mut json = serde_json::to_value(&aggregate).expect("JSON");
    // Show ASSO-A's 35-49 band again: its unknown group would then be n - the rest.
    json["organisations"][0]["served"]["age_band"][1] =
        serde_json::json!({"age_band": 3, "suppressed": false, "count": 15});
    let tampered: Aggregate = serde_json::from_value(json).expect("still an aggregate");
    let err = network_report(&set, &[tampered]).expect_err("refused");
    assert!(err.to_string().contains("single hidden cell"), "{err}");
}

fn served_of(report: &social_impact::report::Report) -> Option<&Served> {
    report.served.as_ref()
}

fn person() -> impl Strategy<Value = Person> {
    (
        prop_oneof![Just(None), (0u32..90).prop_map(Some)],
        prop_oneof![Just(None), Just(Some(Sex::Female)), Just(Some(Sex::Male)), Just(Some(Sex::Other))],
        prop_oneof![Just(None), Just(Some("CHRS")), Just(Some("HU")), Just(Some("ACT"))],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// The network merged from each organisation's aggregate is the pooled
    /// report's, and neither lets a hidden count be recomputed.
    #[test]
    fn merged_aggregates_give_the_pooled_breakdowns(
        a in proptest::collection::vec(person(), 1..60),
        b in proptest::collection::vec(person(), 1..60),
        c in proptest::collection::vec(person(), 1..30),
        min_cell in 1u32..12,
    ) {
        let (set, _, options) = c1();
        let options = AnalysisOptions { min_cell, ..options };
        let orgs = [("ASSO-A", a), ("ASSO-B", b), ("ASSO-C", c)];
        let pooled = analyse(&set, &dataset(&set, &orgs), &options).expect("pooled report");
        let aggregates: Vec<Aggregate> = orgs
            .iter()
            .map(|o| Aggregate::from_dataset(&set, &dataset(&set, std::slice::from_ref(o)), &options, 0).expect("aggregate"))
            .collect();
        let network = network_report(&set, &aggregates).expect("network report");
        prop_assert_eq!(served_of(&pooled), served_of(&network));
        let json = serde_json::to_value(&pooled).expect("JSON");
        let groups = json["served"]["groups"].as_array().expect("groups");
        let bad = recoverable(groups, u64::from(min_cell));
        prop_assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}

/// The lines of the Markdown table under `caption`.
fn table<'a>(md: &'a str, caption: &str) -> Vec<&'a str> {
    let start = md.find(&format!("*{caption}*")).unwrap_or_else(|| panic!("no table «{caption}»"));
    md[start..].lines().skip(2).take_while(|l| l.starts_with('|')).collect()
}

#[test]
fn the_report_has_a_table_per_breakdown_with_hidden_cells_said_so() {
    use social_impact::report::render::{self, RenderOptions};
    let (set, _, options) = c1();
    let report = analyse(&set, &fixture(&set), &options).expect("report");
    let md = render::markdown(&report, &set, &RenderOptions::new(social_impact::Lang::En));
    assert!(md.contains("\n## Who was served\n"), "no section");
    let age = table(&md, "People by age band at entry");
    // ASSO-C's band (65 and over) is withheld with its breakdown: no column.
    assert_eq!(age[0], "| Organisation | 18 to 24 | 35 to 49 | Age unknown | Total |");
    // The network has no shown cell of 35-49 or of unknown age: hidden, not 0.
    assert!(age[2].starts_with("| **Network** | **32** | **Hidden** | **Hidden** | **56** |"), "{}", age[2]);
    let a = age.iter().find(|l| l.starts_with("| ASSO-A |")).expect("ASSO-A's row");
    assert!(a.starts_with("| ASSO-A | 20 | Hidden") && !a.contains("15") && !a.contains("| 4 |"), "{a}");
    let c = age.iter().find(|l| l.starts_with("| ASSO-C |")).expect("ASSO-C's row");
    assert_eq!(c.matches("Hidden").count(), 3, "{c}");
    // The network's people in hidden groups are said, not shown by group.
    assert!(md.contains("24 of its 56 people are in groups hidden in their organisation"), "{md}");
    let service = table(&md, "People by service at entry");
    // ASSO-C's unknown service is withheld with its breakdown: no column.
    assert_eq!(service[0], "| Organisation | CHRS | HU | Total |");
    // French words, French table.
    let fr = render::markdown(&report, &set, &RenderOptions::new(social_impact::Lang::Fr));
    assert_eq!(table(&fr, "Personnes par sexe")[0], "| Structure | Femmes | Hommes | Total |");
}

#[test]
fn past_forty_organisations_only_the_network_is_listed() {
    use social_impact::report::render::{self, RenderOptions};
    let (set, _, options) = c1();
    let codes: Vec<String> = (0..41).map(|i| format!("ASSO-{i:02}")).collect();
    let orgs: Vec<(&str, Vec<Person>)> =
        codes.iter().map(|c| (c.as_str(), people(12, (Some(30), Some(Sex::Female), Some("HU"))))).collect();
    let report = analyse(&set, &dataset(&set, &orgs), &options).expect("report");
    let md = render::markdown(&report, &set, &RenderOptions::new(social_impact::Lang::En));
    let age = table(&md, "People by age band at entry");
    assert_eq!(age.len(), 3, "{age:?}");
    assert!(age[2].starts_with("| **Network** | **492** |"), "{}", age[2]);
}

#[test]
fn a_report_for_one_member_names_no_other_organisation_in_who_was_served() {
    let (set, _, options) = c1();
    let aggregate = Aggregate::from_dataset(&set, &fixture(&set), &options, 0).expect("aggregate");
    let mut report = network_report(&set, &[aggregate]).expect("network report");
    assert!(social_impact::tables::for_member(&mut report, "ASSO-B", social_impact::Lang::En));
    let served = report.served.as_ref().expect("served");
    let names: Vec<String> = served.groups.iter().map(|g| g.organisation.to_string()).collect();
    assert!(names.contains(&"ASSO-B".to_string()) && names.contains(&"*".to_string()), "{names:?}");
    let text = serde_json::to_string(&report).expect("JSON");
    assert!(!text.contains("ASSO-A") && !text.contains("ASSO-C"), "another member named");
}
