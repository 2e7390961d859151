//! Issue 11, text files: header matching in linear time with unknown
//! columns listed a few and counted, names cut like values, JSON records
//! and CSV records bounded, Windows-1252 followed by UTF-8 reported, FIFOs
//! refused. Each failed on the main branch before the fix.

use crate::it::hardening_support::Scratch;
use social_impact::ingest::{read_enrolments, IngestOptions, Limits, ReadItem};
use std::path::Path;

const HEADER: &str = "organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service";

fn problems(path: &Path, limits: Limits) -> Vec<social_impact::ingest::Problem> {
    let options = IngestOptions::default().with_limits(limits);
    let mut out = Vec::new();
    for item in read_enrolments(path, &options).unwrap() {
        match item {
            ReadItem::Problem(p) => out.push(p),
            ReadItem::Record(r) => out.extend(r.problems),
        }
    }
    out
}

#[test]
fn hardening_wide_headers_are_matched_in_linear_time_and_listed_briefly() {
    let dir = Scratch::new();
    let path = dir.path("wide.csv");
    let extra: Vec<String> = (0..15_000).map(|i| format!("colonne_{i}")).collect();
    let row: Vec<&str> = std::iter::repeat_n("x", extra.len()).collect();
    std::fs::write(
        &path,
        format!("{HEADER},{}\nASSO-A,P-1,2024-01-10,,30,F,CHRS,{}\n", extra.join(","), row.join(",")),
    )
    .unwrap();
    let found = problems(&path, Limits::default());
    let unknown: Vec<_> = found.iter().filter(|p| p.code().as_str() == "unknown_column").collect();
    assert!(unknown.len() <= 21, "{} unknown-column problems", unknown.len());
    assert!(
        unknown.iter().any(|p| p.render(social_impact::Lang::En).contains("14980 more unknown columns")),
        "{unknown:?}"
    );
}

#[test]
fn hardening_header_names_are_cut_in_messages() {
    let dir = Scratch::new();
    let path = dir.path("long.csv");
    let long = "n".repeat(1_000_000);
    std::fs::write(&path, format!("{HEADER},{long}\nASSO-A,P-1,2024-01-10,,30,F,CHRS,x\n")).unwrap();
    for p in problems(&path, Limits::default()) {
        let shown = p.render(social_impact::Lang::Fr);
        assert!(shown.len() < 2_000, "a {} byte message", shown.len());
    }
}

#[test]
fn hardening_json_records_with_too_many_keys_are_refused() {
    let dir = Scratch::new();
    let path = dir.path("keys.jsonl");
    let keys: Vec<String> = (0..100_000).map(|i| format!("\"k{i}\":1")).collect();
    std::fs::write(&path, format!("{{\"organisation\":\"ASSO-A\",{}}}\n", keys.join(","))).unwrap();
    let found = problems(&path, Limits::default());
    assert!(
        found.iter().any(|p| p.is_error() && p.render(social_impact::Lang::En).contains("16384 keys")),
        "{found:?}"
    );
}

#[test]
fn hardening_text_limits_are_options_checked_with_small_values() {
    let dir = Scratch::new();
    let csv = dir.path("e.csv");
    std::fs::write(&csv, format!("{HEADER}\nASSO-A,P-1,2024-01-10,,30,F,{}\n", "x".repeat(5000))).unwrap();
    let found = problems(&csv, Limits { max_columns: 3, ..Limits::default() });
    assert!(found.iter().any(|p| p.render(social_impact::Lang::En).contains("past the limit of 3")), "{found:?}");
    let found = problems(&csv, Limits { max_record_bytes: 1000, ..Limits::default() });
    let long = found.iter().find(|p| p.render(social_impact::Lang::En).contains("longer than 1000 bytes"));
    assert!(long.is_some_and(|p| p.location().line() == Some(2)), "{found:?}");
    let jsonl = dir.path("e.jsonl");
    std::fs::write(&jsonl, format!("{{\"organisation\":\"ASSO-A\",\"service\":\"{}\"}}\n", "x".repeat(5000))).unwrap();
    let found = problems(&jsonl, Limits { max_record_bytes: 1000, ..Limits::default() });
    assert!(found.iter().any(|p| p.render(social_impact::Lang::En).contains("longer than 1000 bytes")), "{found:?}");
    let json = dir.path("e.json");
    std::fs::write(&json, format!("[{{\"organisation\":\"ASSO-A\",\"service\":\"{}\"}}]", "x".repeat(5000))).unwrap();
    let found = problems(&json, Limits { max_record_bytes: 1000, ..Limits::default() });
    assert!(found.iter().any(|p| p.render(social_impact::Lang::En).contains("longer than 1000 bytes")), "{found:?}");
}

#[test]
fn hardening_utf8_after_a_windows_1252_start_is_reported() {
    let dir = Scratch::new();
    let path = dir.path("mixed.csv");
    // Over 64 KiB of Windows-1252 first, so that the guess says so.
    let mut start = b"organisation;b\xe9n\xe9ficiaire;date_entr\xe9e;exit_date;age_at_entry;sex;service\r\n".to_vec();
    for i in 0..3000 {
        start.extend_from_slice(format!("ASSO-A;P-{i};15/01/2024;;30;F;H").as_bytes());
        start.extend_from_slice(b"\xe9bergement\r\n");
    }
    start.extend_from_slice("ASSO-A;P-9999;15/01/2024;;30;F;Hébergement\r\n".as_bytes());
    std::fs::write(&path, &start).unwrap();
    let found = problems(&path, Limits::default());
    let later = found.iter().find(|p| p.render(social_impact::Lang::En).contains("further on it holds UTF-8"));
    // Located on the first UTF-8 row (the csv reader counts its lines).
    assert!(later.is_some_and(|p| p.location().line().is_some_and(|l| l > 3000)), "{found:?}");
}

#[cfg(unix)]
#[test]
fn hardening_fifo_inputs_are_refused_without_blocking() {
    let dir = Scratch::new();
    let fifo = dir.path("enrolments.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let found = problems(&fifo, Limits::default());
    assert!(found.iter().any(|p| p.render(social_impact::Lang::En).contains("named pipe")), "{found:?}");
}
