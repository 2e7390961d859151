//! Measures streaming ingestion (see `BENCHMARKS.md`).
//!
//! ```text
//! cargo run --release --example ingest_measure -- generate DIR ROWS
//! /usr/bin/time -v target/release/examples/ingest_measure load DIR/enrolments.csv DIR/observations.csv
//! /usr/bin/time -v target/release/examples/ingest_measure load DIR/enrolments.csv DIR/observations.jsonl
//! /usr/bin/time -v target/release/examples/ingest_measure hold DIR/observations.csv
//! ```
//!
//! `generate` writes synthetic long-form data for the conformance set
//! `tests/fixtures/conformance/c1/set.json` (39 observation rows per person);
//! `load` streams both files through `ingest::load`; `hold` reads the same
//! observations but keeps every record in a `Vec`, the memory a naive loader
//! would need.

use social_impact::catalogue::Catalogue;
use social_impact::ingest::{load, read_observations, IngestOptions, ReadItem};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

const INDICATORS: [(&str, bool); 7] = [
    ("t.housing.ladder", true),
    ("t.rights.coverage", true),
    ("t.health.forgone", true),
    ("t.autonomy.budget", true),
    ("t.social.loneliness", true),
    ("t.stability.moves", false),
    ("t.income.monthly", false),
];
const LADDER: [&str; 5] = ["street", "shelter", "temporary", "supported", "tenancy"];

fn set_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance/c1/set.json")
}

/// A small deterministic generator (xorshift), so no extra dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn value(rng: &mut Rng, indicator: &str) -> String {
    match indicator {
        "t.housing.ladder" => LADDER[rng.next(5) as usize].to_string(),
        "t.rights.coverage" | "t.health.forgone" => rng.next(2).to_string(),
        "t.autonomy.budget" => (1 + rng.next(10)).to_string(),
        "t.social.loneliness" => (1 + rng.next(5)).to_string(),
        "t.stability.moves" => rng.next(6).to_string(),
        _ => format!("{}.{:02}", rng.next(2000), rng.next(100)),
    }
}

fn generate(dir: &Path, rows: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut enrol = BufWriter::new(std::fs::File::create(dir.join("enrolments.csv"))?);
    let mut csv = BufWriter::new(std::fs::File::create(dir.join("observations.csv"))?);
    let mut jsonl = BufWriter::new(std::fs::File::create(dir.join("observations.jsonl"))?);
    writeln!(enrol, "organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service")?;
    writeln!(csv, "organisation,beneficiary,indicator,wave,date,value,missing_reason")?;
    let start = jiff::civil::date(2022, 1, 1);
    let (mut written, mut person) = (0u64, 0u64);
    while written < rows {
        person += 1;
        let org = format!("ORG{}", person % 5);
        let id = format!("B{person:08}");
        let entry = start.checked_add(jiff::Span::new().days(rng.next(700) as i64)).unwrap_or(start);
        let exit = entry.checked_add(jiff::Span::new().days(180 + rng.next(300) as i64)).unwrap_or(entry);
        writeln!(enrol, "{org},{id},{entry},{exit},{},F,CHRS", 18 + rng.next(60))?;
        let mut waves = vec![("entry", entry)];
        for k in 1..=5 {
            waves.push(("follow_up", entry.checked_add(jiff::Span::new().days(30 * k)).unwrap_or(entry)));
        }
        waves.push(("exit", exit));
        for (wave, date) in waves {
            for (indicator, follow_up) in INDICATORS {
                if wave == "follow_up" && !follow_up {
                    continue;
                }
                if written >= rows {
                    break;
                }
                let v = value(&mut rng, indicator);
                writeln!(csv, "{org},{id},{indicator},{wave},{date},{v},")?;
                writeln!(
                    jsonl,
                    "{{\"organisation\":\"{org}\",\"beneficiary\":\"{id}\",\"indicator\":\"{indicator}\",\"wave\":\"{wave}\",\"date\":\"{date}\",\"value\":\"{v}\"}}"
                )?;
                written += 1;
            }
        }
    }
    enrol.flush()?;
    csv.flush()?;
    jsonl.flush()?;
    eprintln!("{written} observation rows for {person} people in {}", dir.display());
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let set = Catalogue::bundled()?.reference_set_at(&set_path())?;
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["generate", dir, rows] => generate(Path::new(dir), rows.parse()?)?,
        ["load", enrolments, observations] => {
            let t = Instant::now();
            let loaded = load(&set, Path::new(enrolments), Path::new(observations), &IngestOptions::default())?;
            let secs = t.elapsed().as_secs_f64();
            let rows = loaded.validation.observations.rows_read + loaded.validation.enrolments.rows_read;
            println!(
                "load: {rows} rows in {secs:.2} s = {:.0} rows/s; {} people, {} errors, {} warnings",
                rows as f64 / secs,
                loaded.dataset.beneficiary_count(),
                loaded.validation.error_count(),
                loaded.validation.warning_count()
            );
        }
        ["hold", observations] => {
            let t = Instant::now();
            let held: Vec<_> = read_observations(observations, &set, &IngestOptions::default())?
                .filter_map(|item| match item {
                    ReadItem::Record(r) => r.record,
                    ReadItem::Problem(_) => None,
                })
                .collect();
            let secs = t.elapsed().as_secs_f64();
            println!("hold: {} records kept in a Vec in {secs:.2} s", held.len());
        }
        _ => {
            return Err(
                "usage: ingest_measure generate DIR ROWS | load ENROLMENTS OBSERVATIONS | hold OBSERVATIONS".into()
            )
        }
    }
    Ok(())
}
