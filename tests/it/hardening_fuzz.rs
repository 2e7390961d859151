//! Bounded mutation fuzzing of every reader (CSV, JSON Lines, JSON, XLSX,
//! ODS, definitions), run by CI in seconds: seeds that look like real files are
//! mutated (bytes flipped, inserted, deleted, chunks repeated, cut), and each
//! mutant must be read without a panic, with problems rather than errors
//! where the file is wrong. Deterministic (fixed seed), so a failure can be
//! replayed; the counts are printed with `--nocapture` and recorded in the
//! README. `IMPACT_FUZZ_MUTANTS=N` runs N mutants per reader instead (a
//! longer run by hand). No nightly toolchain is needed (cargo-fuzz would
//! need one).

use crate::it::hardening_support::{
    enrolment_header, ods_cell, ods_enrolment_header, ods_row, sheet_xml, text_cell, Ods, Scratch, Xlsx,
};
use rand::{Rng, SeedableRng};
use social_impact::ingest::{read_enrolments, IngestOptions, Limits, ReadItem};
use std::path::Path;

/// Mutants per reader by default: small enough for CI, large enough to
/// find the shallow panics a hostile file reaches first.
const MUTANTS: usize = 300;

/// Mutants per reader: [`MUTANTS`], or `IMPACT_FUZZ_MUTANTS`.
fn mutants() -> usize {
    std::env::var("IMPACT_FUZZ_MUTANTS").ok().and_then(|n| n.parse().ok()).unwrap_or(MUTANTS)
}

fn mutate(rng: &mut rand::rngs::StdRng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..rng.gen_range(1..8) {
        if out.is_empty() {
            out.push(rng.gen());
            continue;
        }
        let at = rng.gen_range(0..out.len());
        match rng.gen_range(0..6) {
            0 => out[at] = rng.gen(),
            1 => out.insert(at, *b",;\t\"\n\r{}[]:\\\xe9\x00".get(rng.gen_range(0..15)).unwrap_or(&b'x')),
            2 => {
                out.remove(at);
            }
            3 => {
                let end = (at + rng.gen_range(1..64)).min(out.len());
                let chunk = out[at..end].to_vec();
                for _ in 0..rng.gen_range(1..20) {
                    out.splice(at..at, chunk.iter().copied());
                }
            }
            4 => out.truncate(at),
            _ => out[at] ^= 1 << rng.gen_range(0..8),
        }
    }
    out
}

/// Small limits, so that the limit paths are fuzzed too.
fn limits() -> Limits {
    Limits { max_columns: 64, max_record_bytes: 4096, max_cell_chars: 512, max_sheet_cells: 5000, ..Limits::default() }
}

/// Reads `path` to the end; panics (failing the test) only if the reader does.
fn read_all(path: &Path) -> usize {
    let options = IngestOptions::default().with_limits(limits());
    match read_enrolments(path, &options) {
        Ok(reader) => reader.map(|item| matches!(item, ReadItem::Problem(_)) as usize).sum(),
        Err(_) => 1,
    }
}

fn fuzz(name: &str, seed: &[u8], read: impl Fn(&Path) -> usize) -> (usize, usize) {
    let dir = Scratch::new();
    let path = dir.path(name);
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    let mut with_problems = 0;
    let count = mutants();
    for i in 0..count {
        let mutant = if i == 0 { seed.to_vec() } else { mutate(&mut rng, seed) };
        std::fs::write(&path, &mutant).unwrap();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(&path)));
        match outcome {
            Ok(n) => with_problems += usize::from(n > 0),
            Err(_) => {
                // Kept outside the scratch folder (removed at the end), to replay.
                let kept = std::env::temp_dir().join(format!("impact-fuzz-crash-{name}"));
                let _ = std::fs::write(&kept, &mutant);
                panic!("{name}: mutant {i} panicked the reader ({} bytes), kept as {}", mutant.len(), kept.display())
            }
        }
    }
    println!("fuzz {name}: {count} inputs, {with_problems} reported problems, 0 panics");
    (count, with_problems)
}

const CSV: &str = "organisation;bénéficiaire;date_entree;date_sortie;age;sexe;dispositif\r\nASSO-A;P-0001;15/01/2024;;34;F;CHRS\r\nASSO-A;\"P-0002\";2024-02-01;2024-06-30;41;M;\"Accueil; jour\"\r\n";

#[test]
fn hardening_fuzz_csv() {
    assert_eq!(fuzz("e.csv", CSV.as_bytes(), read_all).0, mutants());
}

#[test]
fn hardening_fuzz_json_lines() {
    let seed = "{\"organisation\":\"ASSO-A\",\"beneficiary\":\"P-1\",\"entry_date\":\"2024-01-15\",\"age_at_entry\":34,\"sex\":\"F\"}\n{\"organisation\":\"ASSO-B\",\"beneficiary\":2,\"entry_date\":\"15/01/2024\",\"exit_date\":null}\n";
    fuzz("e.jsonl", seed.as_bytes(), read_all);
}

#[test]
fn hardening_fuzz_json_array() {
    let seed = "[\n  {\"organisation\": \"ASSO-A\", \"beneficiary\": \"P-1\", \"entry_date\": \"2024-01-15\"},\n  {\"organisation\": \"ASSO-B\", \"beneficiary\": \"P-\\\"2\", \"entry_date\": \"2024-01-16\", \"sex\": \"M\"}\n]\n";
    fuzz("e.json", seed.as_bytes(), read_all);
}

#[test]
fn hardening_fuzz_xlsx_sheet_xml() {
    // The archive is rebuilt around each mutated sheet, so that the XML
    // parser and the cell reader are reached (a mutated zip mostly stops at
    // the archive check).
    let rows = format!(
        r#"{}<row r="2">{}{}{}<c r="D2"><v>45306</v></c><c r="E2" t="e"><v>#N/A</v></c></row>"#,
        enrolment_header(),
        text_cell("A2", "ASSO-A"),
        text_cell("B2", "P-1"),
        text_cell("C2", "2024-01-15")
    );
    let sheet = sheet_xml(r#"<dimension ref="A1:G2"/>"#, &rows);
    let dir = Scratch::new();
    let (n, _) = fuzz("sheet.xml", sheet.as_bytes(), |p| {
        let xml = String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
        let book = dir.path("w.xlsx");
        Xlsx { sheet: xml, shared: None, date1904: false }.write(&book);
        read_all(&book)
    });
    assert_eq!(n, mutants());
    // And mutated archives.
    let book = dir.path("seed.xlsx");
    Xlsx::rows(&rows).write(&book);
    fuzz("w.xlsx", &std::fs::read(&book).unwrap(), read_all);
}

#[test]
fn hardening_fuzz_ods_content_xml_and_xls() {
    // The archive is rebuilt around each mutated `content.xml`, so that the
    // cell counter and calamine's reader are reached; repeated rows and
    // columns are in the seed, so that mutations change their counts.
    let rows = format!(
        r#"{}{}<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2"/>{}<table:table-cell office:value-type="float" office:value="45306" table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b</text:p></table:table-cell></table:table-row>"#,
        ods_enrolment_header(),
        ods_row(&["ASSO-A", "P-1", "2024-01-15", "", "34", "F", "CHRS"]),
        ods_cell("P-2"),
    );
    let tables = format!(r#"<table:table table:name="inscriptions">{rows}</table:table>"#);
    let dir = Scratch::new();
    let (n, _) = fuzz("content.xml", tables.as_bytes(), |p| {
        let tables = String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
        let book = dir.path("w.ods");
        Ods { tables }.write(&book);
        read_all(&book)
    });
    assert_eq!(n, mutants());
    // Mutated archives, and mutated `.xls` headers (always refused).
    let book = dir.path("seed.ods");
    Ods { tables }.write(&book);
    fuzz("w.ods", &std::fs::read(&book).unwrap(), read_all);
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.resize(1024, 0);
    fuzz("w.xls", &xls, read_all);
}

#[cfg(feature = "check")]
#[test]
fn hardening_fuzz_definitions() {
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/definitions/good");
    let seed = std::fs::read_dir(&good)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| std::fs::read(p).unwrap())
        .unwrap_or_default();
    assert!(!seed.is_empty());
    fuzz("definition.json", &seed, |p| {
        let report = social_impact::catalogue::check::check_paths(&[p.to_path_buf()]);
        let loaded = social_impact::catalogue::Catalogue::from_dir(p.parent().unwrap_or(p));
        usize::from(!report.problems.is_empty() || loaded.is_err())
    });
}
