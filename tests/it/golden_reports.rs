//! Golden reports: the same inputs give byte-identical JSON, before and after
//! a change of the code (issue 8). Each case is regenerated here and compared
//! byte for byte with `tests/fixtures/golden/`: the conformance cases c1 and
//! c2 through `impact report`, a network report merged from c1's
//! per-organisation aggregates and one of those aggregates through the
//! library, and the demo's reports for both bundled sets through `impact
//! demo` (kept as SHA-256 digests: each is half a megabyte).
//!
//! When a change of the output is intended (and documented in the change's
//! message), refresh the files with
//! `UPDATE_GOLDEN=1 cargo test --test lib it::golden_reports`.

use crate::it::network::{load, split};
use crate::it::support::{fixture, run_impact};
use serde_json::Value;
use sha2::{Digest, Sha256};
use social_impact::analysis::AnalysisOptions;
use social_impact::catalogue::Catalogue;
use social_impact::data::Date;
use social_impact::tables::{network_report, Aggregate};
use std::path::PathBuf;

const REFRESH: &str = "UPDATE_GOLDEN=1 cargo test --test lib it::golden_reports";

fn golden(name: &str) -> PathBuf {
    fixture("golden").join(name)
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

/// The first line where two texts differ, for the failure message.
fn first_difference(want: &str, got: &str) -> String {
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(want.lines().count().min(got.lines().count()));
    format!(
        "line {}: golden {:?}, now {:?}",
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>")
    )
}

/// Compares `text` with the golden file `name`, or rewrites the file under
/// `UPDATE_GOLDEN=1`.
fn assert_golden(name: &str, text: &str) {
    let path = golden(name);
    if updating() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("golden folder");
        std::fs::write(&path, text).expect("golden file written");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; create it with `{REFRESH}`", path.display()));
    assert!(
        want == text,
        "{name} is no longer byte-identical to tests/fixtures/golden/{name} ({}). The same inputs must give the \
         same report; if the change of the output is intended and documented, refresh with `{REFRESH}`",
        first_difference(&want, text)
    );
}

/// Compares the SHA-256 of `text` with the digest kept in `name`.
fn assert_golden_digest(name: &str, text: &[u8]) {
    let digest: String = Sha256::digest(text).iter().map(|b| format!("{b:02x}")).collect();
    assert_golden(name, &format!("{digest}\n"));
}

fn pretty(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON");
    text.push('\n');
    text
}

/// `impact report` on a conformance case with its parameters, as
/// `tests/it/conformance.rs` runs it.
fn conformance_report(name: &str) -> String {
    let dir = fixture(&format!("conformance/{name}"));
    let params: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("params.json")).unwrap()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.json");
    let path = |file: &str| dir.join(file).to_str().expect("utf-8").to_string();
    let run = run_impact(&[
        "report",
        "--set",
        &path("set.json"),
        "--enrolments",
        &path("enrolments.csv"),
        "--observations",
        &path("observations.csv"),
        "--format",
        "json",
        "--out",
        report.to_str().unwrap(),
        "--confidence",
        &params["confidence"].to_string(),
        "--min-cell",
        &params["min_cell"].to_string(),
        "--as-of",
        params["as_of"].as_str().unwrap_or_default(),
    ]);
    assert!(run.status.success(), "impact report failed: {}", String::from_utf8_lossy(&run.stderr));
    std::fs::read_to_string(&report).unwrap()
}

#[test]
fn conformance_c1_report_is_byte_identical_to_its_golden_file() {
    assert_golden("c1.report.json", &conformance_report("c1"));
}

#[test]
fn conformance_c2_report_is_byte_identical_to_its_golden_file() {
    assert_golden("c2.report.json", &conformance_report("c2"));
}

/// c1 split by organisation, one aggregate per organisation, merged into the
/// network report (as `tests/it/network.rs`).
#[test]
fn network_report_and_aggregate_are_byte_identical_to_their_golden_files() {
    let dir = fixture("conformance/c1");
    let set = Catalogue::default().reference_set_at(&dir.join("set.json")).expect("set");
    let as_of: Date = "2025-12-31".parse().expect("date");
    let options = AnalysisOptions { as_of: Some(as_of), ..AnalysisOptions::default() };
    let tmp = tempfile::tempdir().expect("temp dir");
    let aggregates: Vec<Aggregate> = split(&dir, tmp.path())
        .iter()
        .map(|folder| Aggregate::from_dataset(&set, &load(&set, folder).dataset, &options, 0).expect("aggregate"))
        .collect();
    assert!(aggregates.len() >= 2, "at least two organisations");
    assert_golden("c1.aggregate.json", &pretty(&aggregates[0]));
    let network = network_report(&set, &aggregates).expect("network report");
    assert_golden("c1.network.report.json", &pretty(&network));
}

/// `impact demo`'s JSON reports, both bundled sets.
#[test]
fn demo_reports_are_byte_identical_to_their_golden_digests() {
    let out = tempfile::tempdir().unwrap();
    let run = run_impact(&["demo", "--out", out.path().to_str().unwrap()]);
    assert!(run.status.success(), "impact demo failed: {}", String::from_utf8_lossy(&run.stderr));
    for set in ["exclusion-2023", "child-protection-2024"] {
        let text = std::fs::read(out.path().join(set).join("report.json")).unwrap();
        assert_golden_digest(&format!("demo.{set}.report.json.sha256"), &text);
    }
}

/// Every golden report follows the published schema and reads back into the
/// typed model as it was written (field for field, in order; numbers as
/// `serde_json` reads them); the aggregate likewise.
#[test]
fn golden_files_follow_the_published_schemas_and_read_back_byte_for_byte() {
    let report_schema = social_impact::report::json_schema();
    let report_validator = jsonschema::validator_for(&report_schema).expect("a valid schema");
    for name in ["c1.report.json", "c2.report.json", "c1.network.report.json"] {
        let text = std::fs::read_to_string(golden(name)).expect("golden file");
        let value: Value = serde_json::from_str(&text).expect("JSON");
        let errors: Vec<String> =
            report_validator.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path)).collect();
        assert!(errors.is_empty(), "{name} does not follow the report schema:\n{}", errors.join("\n"));
        let report: social_impact::report::Report = serde_json::from_str(&text).expect("the typed model reads it");
        assert_eq!(serde_json::to_value(&report).expect("JSON"), value, "{name} does not read back as written");
    }
    let aggregate_schema = social_impact::tables::json_schema();
    let aggregate_validator = jsonschema::validator_for(&aggregate_schema).expect("a valid schema");
    let text = std::fs::read_to_string(golden("c1.aggregate.json")).expect("golden file");
    let value: Value = serde_json::from_str(&text).expect("JSON");
    assert!(aggregate_validator.is_valid(&value), "c1.aggregate.json does not follow the aggregate schema");
    let aggregate: Aggregate = serde_json::from_str(&text).expect("the typed model reads it");
    assert_eq!(
        serde_json::to_value(&aggregate).expect("JSON"),
        value,
        "c1.aggregate.json does not read back as written"
    );
}
