//! Issue 11, workbooks: hostile `.xlsx` files never abort the program,
//! never print a panic, never take memory past the stated limits, never
//! echo a raw id, and 1904-system dates are read right. Each failed on the
//! main branch before the fix.

use crate::it::hardening_support::{enrolment_header, s, sheet_xml, text, text_cell, Scratch, Xlsx};
use crate::it::support::run_impact;
use social_impact::ingest::{read_enrolments, IngestOptions, Limits, ReadItem};
use std::path::Path;

/// Validates `enrolments` (a workbook) against a tiny observations file.
fn validate(dir: &Scratch, enrolments: &Path) -> std::process::Output {
    let obs = dir.path("obs.csv");
    std::fs::write(&obs, "organisation,beneficiary,indicator,wave,date,value,missing_reason\n").unwrap();
    run_impact(&[
        "validate",
        "--set",
        "exclusion-2023",
        "--lang",
        "fr",
        "--enrolments",
        s(enrolments),
        "--observations",
        s(&obs),
    ])
}

/// The problems (rendered in English) and accepted records of a read.
fn read(path: &Path, limits: Limits) -> (Vec<String>, Vec<social_impact::data::Enrolment>) {
    let options = IngestOptions::default().with_limits(limits);
    let mut problems = Vec::new();
    let mut records = Vec::new();
    for item in read_enrolments(path, &options).unwrap() {
        match item {
            ReadItem::Problem(p) => problems.push(p.render(social_impact::Lang::En)),
            ReadItem::Record(r) => {
                problems.extend(r.problems.iter().map(|p| p.render(social_impact::Lang::En)));
                records.extend(r.record);
            }
        }
    }
    (problems, records)
}

fn row(n: u32, beneficiary_cell: &str) -> String {
    format!(
        r#"<row r="{n}">{}{beneficiary_cell}{}{}</row>"#,
        text_cell(&format!("A{n}"), "ASSO-A"),
        text_cell(&format!("C{n}"), "2024-01-10"),
        text_cell(&format!("F{n}"), "F"),
    )
}

fn no_crash(run: &std::process::Output) {
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked") && !err.contains("memory allocation"), "{err}");
}

#[test]
fn hardening_xlsx_far_cells_do_not_abort() {
    let dir = Scratch::new();
    let far = format!(r#"<row r="1048576">{}</row>"#, text_cell("XFD1048576", "x"));
    for (name, head) in [("dim.xlsx", r#"<dimension ref="A1:XFD1048576"/>"#), ("nodim.xlsx", "")] {
        let path = dir.path(name);
        Xlsx { sheet: sheet_xml(head, &format!("{}{far}", enrolment_header())), shared: None, date1904: false }
            .write(&path);
        let run = validate(&dir, &path);
        no_crash(&run);
        let out = text(&run.stdout);
        assert!(out.contains(name), "{out}");
    }
}

#[test]
fn hardening_xlsx_shared_string_out_of_range_prints_no_panic() {
    let dir = Scratch::new();
    let path = dir.path("sst.xlsx");
    let shared = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>ASSO-A</t></si></sst>"#;
    let rows =
        format!(r#"{}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>99</v></c></row>"#, enrolment_header());
    Xlsx { sheet: sheet_xml("", &rows), shared: Some(shared.to_string()), date1904: false }.write(&path);
    let run = validate(&dir, &path);
    no_crash(&run);
    let out = text(&run.stdout);
    assert!(out.contains("sst.xlsx"), "{out}");
    // The French report is in French only.
    assert!(!out.contains("index out of bounds"), "{out}");
}

#[test]
fn hardening_xlsx_huge_shared_string_is_refused_not_copied() {
    let dir = Scratch::new();
    let path = dir.path("big.xlsx");
    let big = "x".repeat(20 * 1024 * 1024);
    let shared = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>{big}</t></si></sst>"#
    );
    let rows: String = (2..502).map(|n| format!(r#"<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>"#)).collect();
    Xlsx { sheet: sheet_xml("", &format!("{}{rows}", enrolment_header())), shared: Some(shared), date1904: false }
        .write(&path);
    let run = validate(&dir, &path);
    no_crash(&run);
    assert!(text(&run.stdout).contains("32767"), "{}", text(&run.stdout));
}

#[test]
fn hardening_xlsx_error_cell_in_beneficiary_column_never_echoes_the_id() {
    let dir = Scratch::new();
    for (name, cell) in
        [("raw.xlsx", r#"<c r="B2" t="e"><v>B7000123</v></c>"#), ("na.xlsx", r##"<c r="B2" t="e"><v>#N/A</v></c>"##)]
    {
        let path = dir.path(name);
        Xlsx::rows(&format!("{}{}", enrolment_header(), row(2, cell))).write(&path);
        let run = validate(&dir, &path);
        no_crash(&run);
        let all = text(&run.stdout) + &text(&run.stderr);
        assert!(!all.contains("B7000123"), "{name}: raw id echoed: {all}");
        assert!(all.contains(name), "{all}");
    }
}

#[test]
fn hardening_xlsx_1904_dates_are_read_in_their_system() {
    let dir = Scratch::new();
    let path = dir.path("mac.xlsx");
    // 2024-01-15 is serial 45306 in the 1900 system, 43844 in the 1904 one.
    let data = format!(
        r#"<row r="2">{}{}<c r="C2"><v>43844</v></c>{}</row>"#,
        text_cell("A2", "ASSO-A"),
        text_cell("B2", "P-1"),
        text_cell("F2", "F")
    );
    Xlsx { sheet: sheet_xml("", &format!("{}{data}", enrolment_header())), shared: None, date1904: true }.write(&path);
    let (problems, records) = read(&path, Limits::default());
    assert_eq!(records.len(), 1, "{problems:?}");
    assert_eq!(records[0].entry_date.to_string(), "2024-01-15");
    assert!(problems.iter().any(|p| p.contains("1904")), "{problems:?}");
}

#[test]
fn hardening_xlsx_limits_are_options_checked_with_small_values() {
    let dir = Scratch::new();
    let rows: String = (2..40).map(|n| row(n, &text_cell(&format!("B{n}"), &format!("P-{n}")))).collect();
    let path = dir.path("rows.xlsx");
    Xlsx::rows(&format!("{}{rows}", enrolment_header())).write(&path);
    let (problems, records) = read(&path, Limits::default());
    assert_eq!(records.len(), 38, "{problems:?}");
    // Cells counted as they stream, whatever the dimension says.
    let (problems, _) = read(&path, Limits { max_sheet_cells: 50, ..Limits::default() });
    assert!(problems.iter().any(|p| p.contains("past the limit of 50")), "{problems:?}");
    // Unpacked part size, found by unpacking.
    let (problems, records) = read(&path, Limits { max_workbook_part_bytes: 2000, ..Limits::default() });
    assert!(records.is_empty() && problems.iter().any(|p| p.contains("unpacks to")), "{problems:?}");
    // Cell text.
    let (problems, _) = read(&path, Limits { max_cell_chars: 3, ..Limits::default() });
    assert!(problems.iter().any(|p| p.contains("more than 3 characters")), "{problems:?}");
    // Declared dimension, before any cell.
    let declared = dir.path("declared.xlsx");
    Xlsx { sheet: sheet_xml(r#"<dimension ref="A1:Z1000"/>"#, &enrolment_header()), shared: None, date1904: false }
        .write(&declared);
    let (problems, _) = read(&declared, Limits { max_sheet_cells: 1000, ..Limits::default() });
    assert!(problems.iter().any(|p| p.contains("declares 26000 cells")), "{problems:?}");
    // File size.
    let (problems, _) = read(&path, Limits { max_workbook_file_bytes: 100, ..Limits::default() });
    assert!(problems.iter().any(|p| p.contains("past the limit of 100 bytes")), "{problems:?}");
    // A zip bomb: a megabyte of spaces in a few kilobytes.
    let bomb = dir.path("bomb.xlsx");
    let spaces = " ".repeat(1 << 20);
    Xlsx { sheet: sheet_xml(&spaces, &enrolment_header()), shared: None, date1904: false }.write(&bomb);
    assert!(std::fs::metadata(&bomb).unwrap().len() < 64 * 1024);
    let (problems, _) = read(&bomb, Limits { max_workbook_part_bytes: 512 * 1024, ..Limits::default() });
    assert!(problems.iter().any(|p| p.contains("unpacks to")), "{problems:?}");
}
