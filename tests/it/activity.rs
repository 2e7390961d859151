//! Activity figures (entries, exits, people still supported, people lost to
//! follow-up, the response rate at each wave) on a hand-made fixture whose
//! counts are known, from pooled data and from merged aggregates alike,
//! with the small-cell rule applied.

use crate::it::support::fixture;
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::{Catalogue, Wave};
use social_impact::data::{Dataset, DatasetBuilder, Date, Enrolment, Observation, PseudonymKey, Pseudonymiser};
use social_impact::report::render::{self, RenderOptions};
use social_impact::report::{Activity, ActivityGroup, Report, Suppressible};
use social_impact::tables::{network_report, Aggregate};
use social_impact::{IndicatorId, Lang, OrganisationCode, ReferenceSet};

/// (organisation, person, entry, exit, answers as (wave, date)), at
/// `as_of` 2025-12-31. What each person counts as is said beside them.
type Person = (&'static str, &'static str, &'static str, &'static str, &'static [(Wave, &'static str)]);
const PEOPLE: &[Person] = &[
    // Left after 171 days (no follow-up expected), 184 days before as_of
    // (expected after exit, did not answer).
    ("ASSO-A", "A1", "2025-01-10", "2025-06-30", &[(Wave::Entry, "2025-01-10"), (Wave::Exit, "2025-06-30")]),
    // Still supported, last answer 670 days ago: lost.
    ("ASSO-A", "A2", "2024-03-01", "", &[(Wave::Entry, "2024-03-01")]),
    // Still supported, answered at follow-up 91 days ago: not lost.
    ("ASSO-A", "A3", "2024-06-01", "", &[(Wave::Entry, "2024-06-01"), (Wave::FollowUp, "2025-10-01")]),
    // Entered 60 days ago, no answer yet: still supported, not lost.
    ("ASSO-A", "A4", "2025-11-01", "", &[]),
    // Entered after as_of: counted nowhere.
    ("ASSO-A", "A5", "2026-02-01", "", &[(Wave::Entry, "2026-02-01")]),
    // Leaves after as_of, so still supported then; last answer 333 days ago: lost.
    ("ASSO-A", "A6", "2025-02-01", "2026-01-15", &[(Wave::Entry, "2025-02-01")]),
    // Supported 184 days (follow-up expected, none), left 121 days ago.
    ("ASSO-B", "B1", "2025-03-01", "2025-09-01", &[(Wave::Entry, "2025-03-01"), (Wave::Exit, "2025-09-01")]),
    // Still supported, last answer 244 days ago: lost.
    ("ASSO-B", "B2", "2025-05-01", "", &[(Wave::Entry, "2025-05-01")]),
];

fn set() -> ReferenceSet {
    Catalogue::default().reference_set_at(&fixture("conformance/c1/set.json")).expect("c1 set")
}

fn date(s: &str) -> Option<Date> {
    (!s.is_empty()).then(|| s.parse().expect("date"))
}

/// The people of `only` (all when `None`).
fn dataset(set: &ReferenceSet, only: Option<&str>) -> Dataset {
    let ids = Pseudonymiser::new(&PseudonymKey::from_bytes(b"activity tests".to_vec()));
    let mut data = DatasetBuilder::new(set);
    for (org, id, entry, exit, answers) in PEOPLE.iter().filter(|p| only.is_none_or(|o| o == p.0)) {
        let organisation = OrganisationCode::new(*org).expect("code");
        data.add_enrolment(Enrolment {
            organisation: organisation.clone(),
            beneficiary: ids.pseudonymise(id),
            entry_date: date(entry).expect("entry date"),
            exit_date: date(exit),
            age_at_entry: Some(30),
            sex: None,
            service: None,
        });
        for (wave, on) in *answers {
            data.add_observation(Observation {
                organisation: organisation.clone(),
                beneficiary: ids.pseudonymise(id),
                indicator: IndicatorId::new("t.rights.coverage").expect("id"),
                wave: *wave,
                date: date(on).expect("date"),
                value: "1".to_string(),
                missing_reason: None,
            })
            .expect("observation");
        }
    }
    data.build()
}

fn options(min_cell: u32) -> AnalysisOptions {
    AnalysisOptions { min_cell, as_of: date("2025-12-31"), ..AnalysisOptions::default() }
}

fn pooled(min_cell: u32) -> Report {
    let set = set();
    analyse(&set, &dataset(&set, None), &options(min_cell)).expect("report")
}

fn merged(min_cell: u32) -> Report {
    let set = set();
    let aggregates: Vec<Aggregate> = ["ASSO-A", "ASSO-B"]
        .iter()
        .map(|org| Aggregate::from_dataset(&set, &dataset(&set, Some(org)), &options(min_cell), 0).expect("aggregate"))
        .collect();
    network_report(&set, &aggregates).expect("network report")
}

fn group<'a>(activity: &'a Activity, org: &str) -> &'a ActivityGroup {
    activity.groups.iter().find(|g| g.organisation.as_str() == org).expect("group")
}

/// (count, of) of a shown share; `None` when hidden.
fn counted(s: &Suppressible<social_impact::report::Share>) -> Option<(u64, u64)> {
    s.shown().map(|s| (s.count, s.of))
}

/// A wave's response: the wave, people expected, (answered, out of) when shown.
type Response = (Wave, u64, Option<(u64, u64)>);

/// Each wave's response.
fn response(g: &ActivityGroup) -> Vec<Response> {
    g.response.iter().map(|r| (r.wave, r.expected, counted(&r.answered))).collect()
}

#[test]
fn each_activity_figure_counts_what_its_definition_says() {
    let report = pooled(1);
    let activity = report.activity.as_ref().expect("activity figures");
    assert_eq!(activity.lost_after_days, 183);
    let a = group(activity, "ASSO-A");
    assert_eq!((a.entries, a.exits, a.still_supported), (5, 1, 4));
    assert_eq!(counted(&a.lost_to_follow_up), Some((2, 4)));
    assert_eq!(
        response(a),
        vec![
            (Wave::Entry, 5, Some((4, 5))),
            (Wave::FollowUp, 3, Some((1, 3))),
            (Wave::Exit, 1, Some((1, 1))),
            (Wave::PostExit, 1, Some((0, 1))),
        ]
    );
    let b = group(activity, "ASSO-B");
    assert_eq!((b.entries, b.exits, b.still_supported), (2, 1, 1));
    assert_eq!(counted(&b.lost_to_follow_up), Some((1, 1)));
    assert_eq!(
        response(b),
        vec![(Wave::Entry, 2, Some((2, 2))), (Wave::FollowUp, 2, Some((0, 2))), (Wave::Exit, 1, Some((1, 1)))]
    );
    let net = group(activity, "*");
    assert_eq!((net.entries, net.exits, net.still_supported), (7, 2, 5));
    assert_eq!(counted(&net.lost_to_follow_up), Some((3, 5)));
    let rate = net.response[0].answered.shown().expect("shown").share;
    assert!((rate - 6.0 / 7.0).abs() < 1e-12, "{rate}");
}

#[test]
fn small_groups_keep_their_size_and_the_network_counts_only_shown_organisations() {
    let report = pooled(3);
    let activity = report.activity.as_ref().expect("activity figures");
    let b = group(activity, "ASSO-B");
    assert_eq!((b.entries, b.exits, b.still_supported), (2, 1, 1), "sizes are shown");
    assert!(b.lost_to_follow_up.is_suppressed());
    assert!(b.response.iter().all(|r| r.answered.is_suppressed()), "{:?}", b.response);
    let a = group(activity, "ASSO-A");
    assert_eq!(counted(&a.lost_to_follow_up), Some((2, 4)));
    let net = group(activity, "*");
    // ASSO-B's lost person is in no shown figure: network minus ASSO-A recovers nothing.
    assert_eq!(counted(&net.lost_to_follow_up), Some((2, 4)));
    assert_eq!(
        response(net),
        vec![
            (Wave::Entry, 7, Some((4, 5))),
            (Wave::FollowUp, 5, Some((1, 3))),
            (Wave::Exit, 2, None),
            (Wave::PostExit, 1, None),
        ]
    );
    let json = serde_json::to_value(&report).expect("JSON");
    let hidden = &json["activity"]["groups"][2]["lost_to_follow_up"];
    assert_eq!(hidden, &serde_json::json!({ "suppressed": true }), "a hidden count carries nothing");
}

#[test]
fn merged_aggregates_give_the_pooled_activity() {
    for min_cell in [1, 3, 11] {
        assert_eq!(merged(min_cell).activity, pooled(min_cell).activity, "min_cell {min_cell}");
    }
}

#[test]
fn the_report_and_the_board_summary_show_the_activity_and_define_it() {
    let set = set();
    let report = pooled(1);
    for summary in [false, true] {
        let mut options = RenderOptions::new(Lang::En);
        options.summary = summary;
        let md = render::markdown(&report, &set, &options);
        let row = md
            .lines()
            .find(|l| l.starts_with("| **Network** | **7** | **2** | **5** |"))
            .expect("the network activity row");
        assert_eq!(row, "| **Network** | **7** | **2** | **5** | **3 (60%)** | **6 (86%)** | **1 (20%)** | **2 (100%)** | **0 (0%)** |");
        assert!(
            md.contains("lost to follow-up when they entered more than 183 days (six months) before"),
            "summary {summary}"
        );
        options.lang = Lang::Fr;
        let md = render::markdown(&report, &set, &options);
        assert!(
            md.contains("| Structure | Entrées | Sorties | Toujours accompagnées | Perdues de vue |"),
            "summary {summary}"
        );
        assert!(
            md.contains("perdue de vue quand elle est entrée plus de 183\u{a0}jours")
                || md.contains("perdue de vue quand elle est entrée plus de 183 jours")
        );
    }
}
