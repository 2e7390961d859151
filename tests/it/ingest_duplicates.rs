//! Same-date duplicates that disagree (BRIEF section 5): the answer is
//! missing whatever the order of the rows, and each warning names the
//! lines of the other rows in conflict, in both languages, without the raw
//! id. On the main branch the warning named its own line only.

use crate::it::support::fixture;
use social_impact::catalogue::{Catalogue, Wave};
use social_impact::data::{PseudonymKey, Pseudonymiser};
use social_impact::ingest::{load, IngestOptions, Loaded, Location, ProblemCode, ProblemKind};
use social_impact::Lang;
use std::collections::BTreeSet;

const KEY: &[u8] = b"test-key-for-duplicates-0123456789";
const RAW_ID: &str = "B7000123";

fn load_rows(dir: &tempfile::TempDir, rows: &[String]) -> Loaded {
    let set = Catalogue::bundled().unwrap().reference_set_at(&fixture("ingest/set.json")).unwrap();
    let e = dir.path().join("e.csv");
    std::fs::write(&e, format!("organisation,beneficiary,entry_date,exit_date\nA1,{RAW_ID},2024-01-10,2024-06-30\n"))
        .unwrap();
    let o = dir.path().join("o.csv");
    std::fs::write(&o, format!("organisation,beneficiary,indicator,wave,date,value\n{}\n", rows.join("\n"))).unwrap();
    let options = IngestOptions::default().with_key(&PseudonymKey::from_bytes(KEY));
    load(&set, &e, &o, &options).unwrap()
}

fn exit_score(loaded: &Loaded) -> Option<f64> {
    let key = Pseudonymiser::new(&PseudonymKey::from_bytes(KEY)).pseudonymise(RAW_ID);
    let k = loaded.dataset.indicators().iter().position(|i| i.as_str() == "t.rights.coverage")?;
    let person = loaded.dataset.people().find(|p| p.enrolment().is_some_and(|e| e.beneficiary == key))?;
    person.answers(k)?.score(Wave::Exit).map(|s| s.value)
}

/// The conflict warnings: (own line, lines named), and their messages.
fn conflicts(loaded: &Loaded) -> (Vec<(u64, Vec<u64>)>, Vec<String>) {
    let line = |l: &Location| match l {
        Location::Line(n) => *n,
        other => panic!("not a line: {other:?}"),
    };
    let mut found = Vec::new();
    let mut shown = Vec::new();
    for p in loaded.validation.problems().iter().filter(|p| p.code() == ProblemCode::ConflictingDuplicates) {
        let ProblemKind::ConflictingDuplicates { others, .. } = p.kind() else { panic!("{p:?}") };
        found.push((line(p.location()), others.iter().map(line).collect()));
        shown.extend([p.render(Lang::En), p.render(Lang::Fr)]);
    }
    (found, shown)
}

#[test]
fn ingest_conflicting_duplicates_name_the_other_lines_in_any_order() {
    let values = ["1", "0", "1", "0"];
    let row = |v: &str| format!("A1,{RAW_ID},t.rights.coverage,exit,2024-06-28,{v}");
    // Each order of the four rows (lines 2 to 5 of the file).
    let orders: [[usize; 4]; 4] = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
    let dir = tempfile::tempdir().unwrap();
    for order in orders {
        let rows: Vec<String> = order.iter().map(|&i| row(values[i])).collect();
        let loaded = load_rows(&dir, &rows);
        assert_eq!(exit_score(&loaded), None, "{order:?}: conflicting answers are missing");
        let (found, shown) = conflicts(&loaded);
        assert!(!found.is_empty(), "{order:?}: no warning");
        // Each warning names every row read before it on that date.
        for (own, named) in &found {
            assert_eq!(named, &(2..*own).collect::<Vec<u64>>(), "{order:?}");
        }
        // Together they name every line in conflict.
        let lines: BTreeSet<u64> = found.iter().flat_map(|(own, named)| named.iter().copied().chain([*own])).collect();
        assert_eq!(lines, (2..=5).collect(), "{order:?}");
        for s in &shown {
            assert!(!s.contains(RAW_ID), "raw id shown: {s}");
        }
    }
    // The first order, as people read it.
    let rows: Vec<String> = values.iter().map(|v| row(v)).collect();
    let (_, shown) = conflicts(&load_rows(&dir, &rows));
    assert!(shown[0].contains("on the same date for this person (line 2) that says something else"), "{}", shown[0]);
    assert!(shown[1].contains("(ligne 2) qui ne dit pas"), "{}", shown[1]);
    assert!(shown[2].contains("(line 2 and line 3) that do not all say the same"), "{}", shown[2]);
    assert!(shown[5].contains("(ligne 2, ligne 3 et ligne 4) qui ne disent pas"), "{}", shown[5]);
}

#[test]
fn ingest_conflicting_duplicates_name_ten_lines_then_count() {
    let dir = tempfile::tempdir().unwrap();
    let rows: Vec<String> =
        (0..13).map(|i| format!("A1,{RAW_ID},t.rights.coverage,exit,2024-06-28,{}", i % 2)).collect();
    let loaded = load_rows(&dir, &rows);
    let last = loaded.validation.problems().iter().rev().find(|p| p.code() == ProblemCode::ConflictingDuplicates);
    let last = last.expect("a warning");
    let ProblemKind::ConflictingDuplicates { others, more, .. } = last.kind() else { panic!() };
    assert_eq!((others.len(), *more), (10, 2));
    assert!(last.render(Lang::En).contains("line 11 and 2 more)"), "{}", last.render(Lang::En));
    assert!(last.render(Lang::Fr).contains("ligne 11 et 2 autres)"), "{}", last.render(Lang::Fr));
    // A later date settles the answer, and is not a conflict.
    let mut settled = rows.clone();
    settled.push(format!("A1,{RAW_ID},t.rights.coverage,exit,2024-06-29,1"));
    let loaded = load_rows(&dir, &settled);
    assert_eq!(exit_score(&loaded), Some(1.0));
}

/// Loads `rows` of two people (`RAW_ID` and `OTHER_ID`, both in `A1`)
/// written as `file` (`o.csv`, or `o.json` for a JSON array of records).
fn load_two(dir: &tempfile::TempDir, file: &str, rows: &[(&str, &str, &str)]) -> Loaded {
    let set = Catalogue::bundled().unwrap().reference_set_at(&fixture("ingest/set.json")).unwrap();
    let e = dir.path().join("e.csv");
    let enrolments = format!(
        "organisation,beneficiary,entry_date,exit_date\nA1,{RAW_ID},2024-01-10,2024-06-30\nA1,{OTHER_ID},2024-01-10,2024-06-30\n"
    );
    std::fs::write(&e, enrolments).unwrap();
    let o = dir.path().join(file);
    let text = if file.ends_with(".json") {
        let records: Vec<String> = rows
            .iter()
            .map(|(id, date, v)| {
                format!(
                    r#"{{"organisation": "A1", "beneficiary": "{id}", "indicator": "t.rights.coverage", "wave": "exit", "date": "{date}", "value": "{v}"}}"#
                )
            })
            .collect();
        format!("[\n{}\n]\n", records.join(",\n"))
    } else {
        let lines: Vec<String> =
            rows.iter().map(|(id, date, v)| format!("A1,{id},t.rights.coverage,exit,{date},{v}")).collect();
        format!("organisation,beneficiary,indicator,wave,date,value\n{}\n", lines.join("\n"))
    };
    std::fs::write(&o, text).unwrap();
    let options = IngestOptions::default().with_key(&PseudonymKey::from_bytes(KEY));
    load(&set, &e, &o, &options).unwrap()
}

const OTHER_ID: &str = "B7000456";

/// The rows of two people, interleaved: on each date the first row
/// counts, a later date starts afresh, an earlier one changes nothing.
const INTERLEAVED: [(&str, &str, &str); 8] = [
    (RAW_ID, "2024-06-28", "1"),
    (OTHER_ID, "2024-06-28", "0"),
    (RAW_ID, "2024-06-27", "0"),
    (OTHER_ID, "2024-06-28", "1"),
    (RAW_ID, "2024-06-28", "0"),
    (RAW_ID, "2024-06-29", "1"),
    (OTHER_ID, "2024-06-28", "0"),
    (RAW_ID, "2024-06-29", "0"),
];

#[test]
fn ingest_conflicting_duplicates_of_interleaved_people_name_their_own_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (found, shown) = conflicts(&load_two(&dir, "o.csv", &INTERLEAVED));
    // Lines 2 to 9: each warning names the earlier lines of its person on
    // its date, not the other person's, nor those of an older date.
    assert_eq!(found, [(5, vec![3]), (6, vec![2]), (8, vec![3, 5]), (9, vec![7])]);
    for s in &shown {
        assert!(!s.contains(RAW_ID) && !s.contains(OTHER_ID), "raw id shown: {s}");
    }
}

/// A record of a JSON array: its number and the line where it starts.
type Record = (u64, u64);

#[test]
fn ingest_conflicting_duplicates_in_a_json_array_name_their_records() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = load_two(&dir, "o.json", &INTERLEAVED);
    let record = |l: &Location| match l {
        Location::Record { index, line } => (*index, *line),
        other => panic!("not a record: {other:?}"),
    };
    let found: Vec<(Record, Vec<Record>)> = loaded
        .validation
        .problems()
        .iter()
        .filter(|p| p.code() == ProblemCode::ConflictingDuplicates)
        .map(|p| {
            let ProblemKind::ConflictingDuplicates { others, .. } = p.kind() else { panic!("{p:?}") };
            (record(p.location()), others.iter().map(record).collect())
        })
        .collect();
    // Record n starts on line n + 1 (the `[` is line 1).
    let at = |n: u64| (n, n + 1);
    assert_eq!(found, [(at(4), vec![at(2)]), (at(5), vec![at(1)]), (at(7), vec![at(2), at(4)]), (at(8), vec![at(6)])]);
}
