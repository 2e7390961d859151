//! `impact demo`, the README's main command: on a clean checkout, with no
//! argument and no file, it writes JSON, HTML and Markdown reports for both
//! bundled sets. The reports validate against the published report schema,
//! hold no raw beneficiary id, and are byte-identical from run to run; the
//! HTML and Markdown reports hold the set's avoided-cost section, as
//! `impact report --sroi` writes it. Beside them, the board summary (HTML,
//! Markdown), as `impact report --summary` writes it.

use crate::it::support::run_impact;
use std::collections::HashSet;
use std::path::Path;

const SETS: [&str; 2] = ["exclusion-2023", "child-protection-2024"];
const FILES: [&str; 5] = ["report.json", "report.html", "report.md", "board-summary.html", "board-summary.md"];

fn run_demo(out: &Path, lang: &str) -> String {
    let run = run_impact(&["demo", "--out", out.to_str().unwrap_or_default(), "--lang", lang]);
    assert!(run.status.success(), "impact demo failed: {}", String::from_utf8_lossy(&run.stderr));
    String::from_utf8_lossy(&run.stdout).into_owned()
}

fn raw_ids(enrolments: &Path) -> HashSet<String> {
    let text = std::fs::read_to_string(enrolments).unwrap();
    text.lines().skip(1).filter_map(|l| l.split(',').nth(1)).map(str::to_string).collect()
}

/// The raw ids that appear in `text` as whole words (one pass over the text).
fn leaked<'a>(text: &str, ids: &'a HashSet<String>) -> Vec<&'a str> {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_')
        .filter_map(|word| ids.get(word).map(String::as_str))
        .collect()
}

#[test]
fn demo_writes_three_reports_per_set_that_are_valid_private_and_reproducible() {
    let first = tempfile::tempdir().unwrap();
    let printed = run_demo(first.path(), "en");
    let schema = social_impact::report::json_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for set in SETS {
        assert!(printed.contains(set), "demo output does not name {set}:\n{printed}");
        let dir = first.path().join(set);
        let ids = raw_ids(&dir.join("data/enrolments.csv"));
        assert!(ids.len() > 1000, "{set}: only {} people in the sample", ids.len());
        let probe = ids.iter().next().cloned().unwrap_or_default();
        assert_eq!(leaked(&format!("<td>{probe}</td>"), &ids), vec![probe.as_str()], "the leak check finds nothing");
        for name in FILES {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let found = leaked(&text, &ids);
            assert!(found.is_empty(), "{set}/{name} contains raw beneficiary ids: {found:?}");
        }
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).unwrap()).unwrap();
        let errors: Vec<String> = validator.iter_errors(&report).map(|e| format!("{}: {e}", e.instance_path)).collect();
        assert!(errors.is_empty(), "{set}/report.json does not follow the report schema:\n{}", errors.join("\n"));
        assert_eq!(report["reference_set"]["id"], set);
        let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        // The set's illustrative avoided-cost model is a section of the
        // reports for people, not of the JSON contract.
        assert!(html.contains("<section class=\"part\" id=\"sroi\">"), "{set}/report.html has no SROI section");
        let md = std::fs::read_to_string(dir.join("report.md")).unwrap();
        assert!(
            md.contains("## Avoided costs and social return on investment\n"),
            "{set}/report.md has no SROI section"
        );
        assert!(!report.as_object().unwrap().contains_key("sroi"));
        let board = std::fs::read_to_string(dir.join("board-summary.md")).unwrap();
        assert!(board.contains("*Board summary*") && board.contains("\n## Caveats\n"), "{set}/board-summary.md");
    }
    // Three or four headline results in plain words, with their uncertainty.
    assert!(printed.matches("95% CI").count() >= 3, "headlines missing:\n{printed}");
    // Same inputs, byte-identical reports: `impact report` on the demo's data
    // gives exactly the files the demo wrote.
    let dir = first.path().join("exclusion-2023");
    for (format, name, sroi) in
        [("json", "report.json", &[][..]), ("html", "report.html", &["--sroi", "exclusion-2023"][..])]
    {
        let again = dir.join(format!("again.{format}"));
        let run = run_impact(
            &[
                &[
                    "report",
                    "--set",
                    "exclusion-2023",
                    "--enrolments",
                    dir.join("data/enrolments.csv").to_str().unwrap_or_default(),
                    "--observations",
                    dir.join("data/observations.csv").to_str().unwrap_or_default(),
                    "--format",
                    format,
                    "--lang",
                    "en",
                    "--out",
                    again.to_str().unwrap_or_default(),
                ][..],
                sroi,
            ]
            .concat(),
        );
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        assert!(std::fs::read(&again).unwrap() == std::fs::read(dir.join(name)).unwrap(), "{name} is not reproducible");
    }
}

#[test]
fn conformance_reports_validate_against_the_report_schema() {
    let schema = social_impact::report::json_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for case in ["c1", "c2"] {
        let dir = crate::it::support::fixture(&format!("conformance/{case}"));
        let run = run_impact(&[
            "report",
            "--set",
            dir.join("set.json").to_str().unwrap_or_default(),
            "--enrolments",
            dir.join("enrolments.csv").to_str().unwrap_or_default(),
            "--observations",
            dir.join("observations.csv").to_str().unwrap_or_default(),
            "--min-cell",
            "1",
        ]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        // Standard error is not a terminal here: no progress bar, nothing at all.
        assert!(run.stderr.is_empty(), "{case}: unexpected output on stderr: {}", String::from_utf8_lossy(&run.stderr));
        let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        let errors: Vec<String> = validator.iter_errors(&report).map(|e| format!("{}: {e}", e.instance_path)).collect();
        assert!(errors.is_empty(), "{case}: {}", errors.join("\n"));
    }
}

#[test]
fn report_refuses_data_with_errors_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let enrolments = dir.path().join("enrolments.csv");
    let observations = dir.path().join("observations.csv");
    std::fs::write(&enrolments, "organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service\nASSO-A,P1,2024-01-10,2024-06-01,30,F,CHRS\n").unwrap();
    std::fs::write(
        &observations,
        "organisation,beneficiary,indicator,wave,date,value,missing_reason\nASSO-A,P1,excl.housing.situation,entry,2024-01-10,castle,\n",
    )
    .unwrap();
    let out = dir.path().join("report.json");
    let run = run_impact(&[
        "report",
        "--set",
        "exclusion-2023",
        "--enrolments",
        enrolments.to_str().unwrap_or_default(),
        "--observations",
        observations.to_str().unwrap_or_default(),
        "--out",
        out.to_str().unwrap_or_default(),
        "--lang",
        "en",
    ]);
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("castle") && stderr.contains("line 2"), "{stderr}");
    assert!(!stderr.contains("P1"), "a raw id was printed: {stderr}");
    assert!(!out.exists(), "a report was written despite errors");
}
