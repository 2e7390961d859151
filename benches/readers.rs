//! Throughput of the streaming readers on generated long-form rows (CSV and
//! JSON Lines), reading only and reading into a dataset. See `BENCHMARKS.md`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use social_impact::catalogue::Catalogue;
use social_impact::ingest::{load, read_observations, IngestOptions, ReadItem};
use std::io::Write;
use std::path::{Path, PathBuf};

const ROWS: u64 = 50_000;
const INDICATORS: [(&str, &str); 5] = [
    ("t.rights.coverage", "1"),
    ("t.autonomy.budget", "7"),
    ("t.housing.ladder", "shelter"),
    ("t.income.monthly", "512,25"),
    ("t.social.loneliness", "3"),
];

fn write_data(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut e = std::io::BufWriter::new(std::fs::File::create(dir.join("enrolments.csv"))?);
    let mut c = std::io::BufWriter::new(std::fs::File::create(dir.join("observations.csv"))?);
    let mut j = std::io::BufWriter::new(std::fs::File::create(dir.join("observations.jsonl"))?);
    writeln!(e, "organisation,beneficiary,entry_date,exit_date,age_at_entry")?;
    writeln!(c, "organisation;beneficiary;indicator;wave;date;value")?;
    let people = ROWS / 10;
    for p in 0..people {
        writeln!(e, "ORG{},B{p:07},2024-01-15,2024-12-20,30", p % 5)?;
    }
    for r in 0..ROWS {
        let p = r % people;
        let (ind, v) = INDICATORS[(r / people) as usize % INDICATORS.len()];
        let wave = if r / people < 5 { "entry" } else { "exit" };
        let date = if wave == "entry" { "15/01/2024" } else { "20/12/2024" };
        writeln!(c, "ORG{};B{p:07};{ind};{wave};{date};{v}", p % 5)?;
        writeln!(
            j,
            "{{\"organisation\":\"ORG{}\",\"beneficiary\":\"B{p:07}\",\"indicator\":\"{ind}\",\"wave\":\"{wave}\",\"date\":\"{date}\",\"value\":\"{v}\"}}",
            p % 5
        )?;
    }
    e.flush()?;
    c.flush()?;
    j.flush()
}

fn readers(c: &mut Criterion) {
    let dir: PathBuf = std::env::temp_dir().join(format!("si-bench-readers-{}", std::process::id()));
    if let Err(e) = write_data(&dir) {
        eprintln!("cannot write bench data: {e}");
        return;
    }
    let set_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance/c1/set.json");
    let Ok(set) = Catalogue::bundled().and_then(|c| c.reference_set_at(&set_path)) else {
        eprintln!("cannot load the conformance set");
        return;
    };
    let options = IngestOptions::default();
    let mut group = c.benchmark_group("readers");
    group.throughput(Throughput::Elements(ROWS));
    group.sample_size(10);
    for file in ["observations.csv", "observations.jsonl"] {
        let path = dir.join(file);
        group.bench_with_input(BenchmarkId::new("read", file), &path, |b, path| {
            b.iter(|| {
                let reader = read_observations(path, &set, &options)
                    .map(|r| r.filter(|item| matches!(item, ReadItem::Record(r) if r.record.is_some())).count());
                assert_eq!(reader.ok(), Some(ROWS as usize));
            })
        });
        group.bench_with_input(BenchmarkId::new("load", file), &path, |b, path| {
            b.iter(|| {
                let loaded = load(&set, &dir.join("enrolments.csv"), path, &options);
                assert!(loaded.is_ok_and(|l| !l.validation.has_errors()));
            })
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, readers);
criterion_main!(benches);
