//! Issue 11, workbooks other than `.xlsx`: an `.ods` whose repeated rows
//! and columns (or repeated spaces) would make calamine allocate past the
//! limits is refused, located, before calamine reads it; `.xls` files and
//! archives that are neither `.xlsx` nor `.ods`, whose readers cannot be
//! bounded, are refused with advice to save as `.xlsx` or CSV. On the old
//! main branch the first ones aborted the program (memory allocation
//! failure) and the `.xls` was handed to calamine.

use crate::it::hardening_support::{ods_cell, ods_enrolment_header, ods_row, s, text, Ods, Scratch};
use crate::it::support::run_impact;
use social_impact::ingest::{read_enrolments, IngestOptions, Limits, Location, ProblemKind, ReadItem};
use social_impact::Lang;
use std::path::Path;

/// Validates `enrolments` against a tiny observations file, in `lang`.
fn validate(dir: &Scratch, enrolments: &Path, lang: &str) -> std::process::Output {
    let obs = dir.path("obs.csv");
    std::fs::write(&obs, "organisation,beneficiary,indicator,wave,date,value,missing_reason\n").unwrap();
    run_impact(&[
        "validate",
        "--set",
        "exclusion-2023",
        "--lang",
        lang,
        "--enrolments",
        s(enrolments),
        "--observations",
        s(&obs),
    ])
}

/// The problems (kind, location, English text) and records of a read.
fn read(path: &Path, limits: Limits) -> (Vec<(ProblemKind, Location, String)>, usize) {
    let options = IngestOptions::default().with_limits(limits);
    let mut problems = Vec::new();
    let mut records = 0;
    for item in read_enrolments(path, &options).unwrap() {
        match item {
            ReadItem::Problem(p) => problems.push((p.kind().clone(), p.location().clone(), p.render(Lang::En))),
            ReadItem::Record(r) => records += usize::from(r.record.is_some()),
        }
    }
    (problems, records)
}

/// Refused by the CLI with a message naming the file, without a crash.
fn refused(run: &std::process::Output, name: &str) -> String {
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked") && !err.contains("memory allocation"), "{err}");
    let out = text(&run.stdout);
    assert!(out.contains(name), "{out}");
    out
}

fn person(n: u32) -> String {
    ods_row(&["ASSO-A", &format!("P-{n}"), "2024-01-10", "", "34", "F", "CHRS"])
}

#[test]
fn hardening_ods_is_still_read() {
    let dir = Scratch::new();
    let path = dir.path("inscriptions.ods");
    let rows: String = (1..=3).map(person).collect();
    Ods::sheet(&format!("{}{rows}", ods_enrolment_header())).write(&path);
    let (problems, records) = read(&path, Limits::default());
    assert_eq!(records, 3, "{problems:?}");
    // LibreOffice ends each row and the sheet with repeated empty cells and
    // rows up to the sheet's edge: they expand to nothing and pass.
    let edge = r#"<table:table-cell table:number-columns-repeated="16377"/>"#;
    let tail = r#"<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#;
    let rows: String =
        (1..=3).map(|n| person(n).replace("</table:table-row>", &format!("{edge}</table:table-row>"))).collect();
    Ods::sheet(&format!("{}{rows}{tail}", ods_enrolment_header())).write(&path);
    let (problems, records) = read(&path, Limits::default());
    assert_eq!(records, 3, "{problems:?}");
}

#[test]
fn hardening_ods_repeated_cells_past_the_limit_are_refused_before_calamine() {
    let dir = Scratch::new();
    // A filled cell repeated across the whole sheet: 17 billion cells
    // from a few hundred bytes.
    let filled = r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>"#.to_string();
    // A sparse sheet: a cell at the last row and column.
    let sparse = format!(
        r#"<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16383"/>{}</table:table-row>"#,
        ods_cell("x")
    );
    for (name, rows, row) in [("filled.ods", filled, 2), ("sparse.ods", sparse, 1048576)] {
        let path = dir.path(name);
        Ods::sheet(&format!("{}{rows}", ods_enrolment_header())).write(&path);
        assert!(std::fs::metadata(&path).unwrap().len() < 4096);
        let (problems, records) = read(&path, Limits::default());
        assert_eq!(records, 0);
        let [(ProblemKind::SheetTooLarge { sheet, cells, limit }, location, shown)] = &problems[..] else {
            panic!("{name}: {problems:?}")
        };
        assert_eq!((sheet.as_str(), *limit), ("inscriptions", 20_000_000), "{name}");
        assert!(*cells > 16_000_000_000, "{name}: {cells}");
        assert_eq!(location, &Location::SheetRow { sheet: "inscriptions".into(), row }, "{name}");
        assert!(shown.contains("past the limit of 20000000"), "{shown}");
        let out = refused(&validate(&dir, &path, "fr"), name);
        assert!(out.contains("au-delà de la limite"), "{out}");
    }
}

#[test]
fn hardening_ods_repeated_spaces_past_the_cell_limit_are_refused() {
    let dir = Scratch::new();
    let path = dir.path("spaces.ods");
    let cell = r#"<table:table-cell office:value-type="string"><text:p>P<text:s text:c="4000000000"/>1</text:p></table:table-cell>"#;
    let row = format!("<table:table-row>{}{cell}</table:table-row>", ods_cell("ASSO-A"));
    Ods::sheet(&format!("{}{row}", ods_enrolment_header())).write(&path);
    let (problems, _) = read(&path, Limits::default());
    let [(ProblemKind::CellTooLong { column: 2, limit: 32_767 }, Location::SheetRow { row: 2, .. }, _)] = &problems[..]
    else {
        panic!("{problems:?}")
    };
    refused(&validate(&dir, &path, "en"), "spaces.ods");
}

#[test]
fn hardening_ods_limits_are_checked_with_small_values() {
    let dir = Scratch::new();
    let path = dir.path("rows.ods");
    let rows: String = (1..=38).map(person).collect();
    Ods::sheet(&format!("{}{rows}", ods_enrolment_header())).write(&path);
    let (problems, records) = read(&path, Limits::default());
    assert_eq!(records, 38, "{problems:?}");
    // 7 columns: the limit of 50 cells is passed at the eighth row.
    let (problems, records) = read(&path, Limits { max_sheet_cells: 50, ..Limits::default() });
    assert_eq!(records, 0);
    let [(ProblemKind::SheetTooLarge { cells: 56, limit: 50, .. }, Location::SheetRow { row: 8, .. }, _)] =
        &problems[..]
    else {
        panic!("{problems:?}")
    };
    // The sheets of a workbook count together: calamine holds them all.
    let two = dir.path("two.ods");
    let small: String = (1..=4).map(person).collect();
    let table =
        |name: &str| format!(r#"<table:table table:name="{name}">{}{small}</table:table>"#, ods_enrolment_header());
    Ods { tables: format!("{}{}", table("inscriptions"), table("archives")) }.write(&two);
    assert_eq!(read(&two, Limits { max_sheet_cells: 70, ..Limits::default() }).1, 4);
    let (problems, _) = read(&two, Limits { max_sheet_cells: 60, ..Limits::default() });
    assert!(
        matches!(&problems[..], [(ProblemKind::SheetTooLarge { sheet, .. }, _, _)] if sheet == "archives"),
        "{problems:?}"
    );
    // Cell text, and the unpacked size of content.xml.
    let (problems, _) = read(&path, Limits { max_cell_chars: 3, ..Limits::default() });
    assert!(matches!(&problems[..], [(ProblemKind::CellTooLong { column: 1, limit: 3 }, _, _)]), "{problems:?}");
    let (problems, _) = read(&path, Limits { max_workbook_part_bytes: 2000, ..Limits::default() });
    assert!(
        matches!(&problems[..], [(ProblemKind::WorkbookPartTooLarge { part, .. }, _, _)] if part == "content.xml"),
        "{problems:?}"
    );
}

#[test]
fn hardening_xls_and_other_archives_are_refused_with_advice() {
    let dir = Scratch::new();
    // The OLE signature, then a header whose sector numbers point far
    // past the end of the file (calamine would size its buffer by them).
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.resize(512, 0xFF);
    let path = dir.path("ancien.xls");
    std::fs::write(&path, &xls).unwrap();
    let (problems, records) = read(&path, Limits::default());
    assert_eq!(records, 0);
    let [(ProblemKind::UnboundedWorkbook { .. }, Location::File, shown)] = &problems[..] else {
        panic!("{problems:?}")
    };
    assert!(shown.contains(".xls") && shown.contains("Excel Workbook (.xlsx)") && shown.contains("CSV"), "{shown}");
    let out = refused(&validate(&dir, &path, "fr"), "ancien.xls");
    assert!(out.contains("Excel 97-2003") && out.contains("enregistrez-le"), "{out}");
    // A zip that is neither .xlsx nor .ods (a binary .xlsb).
    let xlsb = dir.path("binaire.xlsb");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&xlsb).unwrap());
    zip.start_file("xl/workbook.bin", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, &[0u8; 64]).unwrap();
    zip.finish().unwrap();
    let (problems, _) = read(&xlsb, Limits::default());
    assert!(matches!(&problems[..], [(ProblemKind::UnboundedWorkbook { .. }, Location::File, _)]), "{problems:?}");
    refused(&validate(&dir, &xlsb, "en"), "binaire.xlsb");
}
