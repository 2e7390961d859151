//! End-to-end report: read enrolments and observations (CSV), validate,
//! fold, analyse — what `impact report --format json` does, minus printing.
//!
//! Inputs come from the sample generator (`exclusion-2023`, seed 1): about
//! 100,000 and 1,000,000 observation rows. Run with
//! `cargo bench --bench report`; see BENCHMARKS.md for figures and the
//! pandas + scipy baseline measured beside it.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::Catalogue;
use social_impact::ingest::{load, IngestOptions};
use social_impact::sample::{write_csv, SampleSpec};
use std::time::Duration;

fn end_to_end(c: &mut Criterion) {
    let Ok(catalogue) = Catalogue::bundled() else { return };
    let Ok(set) = catalogue.reference_set("exclusion-2023") else { return };
    let Ok(dir) = tempfile::tempdir() else { return };
    let mut group = c.benchmark_group("report_end_to_end");
    group.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(2));
    // ~45 observation rows per person with this set (see `social_impact::sample`).
    for (label, people) in [("100k_rows", 2_200usize), ("1M_rows", 22_000)] {
        let out = dir.path().join(label);
        let Ok(summary) = write_csv(&set, &SampleSpec::new(20, people, 1), &out) else { return };
        let enrolments = out.join("enrolments.csv");
        let observations = out.join("observations.csv");
        group.throughput(Throughput::Elements(summary.observations));
        group.bench_function(label, |b| {
            b.iter(|| {
                let loaded = load(&set, &enrolments, &observations, &IngestOptions::default()).ok();
                loaded.and_then(|l| analyse(&set, &l.dataset, &AnalysisOptions::default()).ok())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
